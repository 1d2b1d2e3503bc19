package dev.argus.core.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {

  @Test
  void thousandsSeparatorsOfEveryStyleMeet() {
    assertThat(Numbers.find("4,500 phones")).containsExactly("4500");
    assertThat(Numbers.find("4.500 Geräte")).containsExactly("4500");
    assertThat(Numbers.find("4 500 téléphones")).containsExactly("4500");
    assertThat(Numbers.find("4\u202f500 téléphones")).containsExactly("4500");
    assertThat(Numbers.find("4'500 Telefone")).containsExactly("4500");
    assertThat(Numbers.find("4500 phones")).containsExactly("4500");
    assertThat(Numbers.find("1,234,567 votes")).containsExactly("1234567");
  }

  @Test
  void aMarkNotFollowedByThreeDigitsIsDecimal() {
    assertThat(Numbers.find("up 6.4%")).containsExactly("6.4");
    assertThat(Numbers.find("en hausse de 6,4 %")).containsExactly("6.4");
    assertThat(Numbers.find("$4,500.75 each")).containsExactly("4500.75");
    assertThat(Numbers.find("2.50 euros")).containsExactly("2.5");
  }

  @Test
  void scaleWordsMultiplyInEveryLanguage() {
    assertThat(Numbers.find("€18.5 million")).containsExactly("18500000");
    assertThat(Numbers.find("18,5 millions d'euros")).containsExactly("18500000");
    assertThat(Numbers.find("18,5 Millionen Euro")).containsExactly("18500000");
    assertThat(Numbers.find("18,5 millones")).containsExactly("18500000");
    assertThat(Numbers.find("18,5 milioni")).containsExactly("18500000");
    assertThat(Numbers.find("1,9 milliard")).containsExactly("1900000000");
    assertThat(Numbers.find("1.900 millones")).containsExactly("1900000000");
    assertThat(Numbers.find("3 mil millones")).containsExactly("3000000000");
    assertThat(Numbers.find("19亿欧元")).containsExactly("1900000000");
    assertThat(Numbers.find("1850万")).containsExactly("18500000");
  }

  @Test
  void yearsSmallNumbersAndModelNamesAreSkipped() {
    assertThat(Numbers.find("In 2026, 3 people bought the X7 and the G5.")).isEmpty();
    assertThat(Numbers.find("2,026 people")).containsExactly("2026");
    assertThat(Numbers.find("3.5 points")).containsExactly("3.5");
  }

  @Test
  void aFigureAfterHanTextCounts() {
    assertThat(Numbers.find("召回4500部手机，共17起")).containsExactly("4500", "17");
  }

  @Test
  void atMostMaxNumbersAreKept() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < Numbers.MAX_NUMBERS + 10; i++) {
      text.append(100 + i).append(' ').append("items, ");
    }
    assertThat(Numbers.find(text.toString())).hasSize(Numbers.MAX_NUMBERS).startsWith("100");
  }
}
