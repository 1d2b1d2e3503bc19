package dev.argus.core.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokensTest {

  @Test
  void wordsAreFoldedAndShortOrFunctionWordsDropped() {
    assertThat(Tokens.of("Le PDG de Société Générale a été remercié"))
        .containsExactly("pdg", "societe", "generale", "remercie");
  }

  @Test
  void germanSharpSAndPluralsFold() {
    assertThat(Tokens.of("Straße Streets")).containsExactly("strasse", "street");
  }

  @Test
  void numbersAreNotWords() {
    assertThat(Tokens.of("4500 phones in 2026")).containsExactly("phone");
  }

  @Test
  void hanTextGivesCharacterPairs() {
    assertThat(Tokens.of("召回电池")).containsExactly("召回", "回电", "电池");
  }
}
