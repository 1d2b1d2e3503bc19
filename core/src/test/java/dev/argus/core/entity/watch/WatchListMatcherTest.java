package dev.argus.core.entity.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.argus.core.model.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class WatchListMatcherTest {

  static WatchListMatcher matcher(String yaml) {
    return WatchListMatcher.compile(WatchList.parse(yaml));
  }

  static final WatchListMatcher SIMPLE =
      matcher(
          """
          entities:
            - {name: Sony, type: organization, aliases: [ソニー]}
            - {name: Xiaomi, type: organization, aliases: [小米, シャオミ]}
            - {name: Société Générale, type: organization}
            - {name: Lei Jun, type: person, aliases: [雷军]}
            - {name: SAP, type: organization}
            - {name: Samsung, type: organization, aliases: [삼성]}
          """);

  static List<String> surfaces(List<Mention> ms) {
    return ms.stream().map(Mention::text).toList();
  }

  @Test
  void mentionsCarryEntityTypeSurfaceAndExactOffsets() {
    String text = "Yesterday Sony said so.";
    assertThat(SIMPLE.find(text))
        .containsExactly(new Mention("Sony", "organization", "Sony", 10, 14));
  }

  @Test
  void accentsAndCaseAreFoldedInLatinText() {
    String text = "Societe Generale, SOCIÉTÉ GÉNÉRALE et société générale.";
    List<Mention> ms = SIMPLE.find(text);
    assertThat(surfaces(ms))
        .containsExactly("Societe Generale", "SOCIÉTÉ GÉNÉRALE", "société générale");
    assertThat(ms).allMatch(m -> m.entity().equals("Société Générale"));
  }

  @Test
  void decomposedAccentsKeepOffsetsIntoTheOriginalText() {
    String text = "La Socie\u0301te\u0301 Ge\u0301ne\u0301rale\u0301 a dit.";
    Mention m = SIMPLE.find(text).get(0);
    assertThat(m.start()).isEqualTo(3);
    assertThat(m.end()).isEqualTo(text.indexOf(" a dit"));
    assertThat(m.text()).isEqualTo(text.substring(m.start(), m.end()));
  }

  @Test
  void aMatchMustStartAndEndAtWordBoundariesInSpacedScripts() {
    assertThat(SIMPLE.find("Sonya met Sonys and PreSony staff.")).isEmpty();
    assertThat(surfaces(SIMPLE.find("(Sony) Sony, Sony."))).containsExactly("Sony", "Sony", "Sony");
  }

  @Test
  void possessivesAndHyphenatedCompoundsStillMatch() {
    assertThat(surfaces(SIMPLE.find("Xiaomi's plan, Xiaomi’s plan, Xiaomi-backed startups")))
        .containsExactly("Xiaomi", "Xiaomi", "Xiaomi");
  }

  @Test
  void cjkAliasesMatchInsideTextWithoutSpaces() {
    String text = "小米公司发布了新手机，雷军出席。";
    assertThat(SIMPLE.find(text))
        .extracting(Mention::entity, Mention::start, Mention::end)
        .containsExactly(tuple("Xiaomi", 0, 2), tuple("Lei Jun", 11, 13));
  }

  @Test
  void japaneseAndKoreanNamesMatchWithParticlesAttached() {
    assertThat(SIMPLE.find("シャオミがソニーと提携。삼성은 발표했다."))
        .extracting(Mention::entity)
        .containsExactly("Xiaomi", "Sony", "Samsung");
  }

  @Test
  void halfAndFullWidthFormsMatch() {
    assertThat(SIMPLE.find("ｼｬｵﾐ and Ｓｏｎｙ"))
        .extracting(Mention::entity, Mention::text)
        .containsExactly(tuple("Xiaomi", "ｼｬｵﾐ"), tuple("Sony", "Ｓｏｎｙ"));
  }

  @Test
  void latinNamesNextToCjkNeedNoSpace() {
    assertThat(SIMPLE.find("这家公司的英文名Xiaomi在海外"))
        .extracting(Mention::text)
        .containsExactly("Xiaomi");
  }

  @Test
  void whitespaceRunsInAliasesMatchAnyWhitespaceRun() {
    String text = "Lei\n  Jun and Lei\u00A0Jun and Lei\tJun but not LeiJun.";
    assertThat(surfaces(SIMPLE.find(text)))
        .containsExactly("Lei\n  Jun", "Lei\u00A0Jun", "Lei\tJun");
  }

  @Test
  void softHyphensAndZeroWidthSpacesInsideWordsAreIgnored() {
    String text = "Sam\u00ADsung and Sam\u200Bsung";
    assertThat(surfaces(SIMPLE.find(text))).containsExactly("Sam\u00ADsung", "Sam\u200Bsung");
  }

  @Test
  void shortAllCapitalAliasesAreCaseSensitiveByDefault() {
    assertThat(surfaces(SIMPLE.find("SAP said; sap flows; Sap rises."))).containsExactly("SAP");
  }

  @Test
  void caseSensitivityIsPerAliasAndAccentsAreStillFolded() {
    WatchListMatcher m =
        matcher(
            """
            entities:
              - name: Artificial intelligence
                type: topic
                aliases: [{text: AI, caseSensitive: true}, {text: Éclair, caseSensitive: true}]
            """);
    assertThat(surfaces(m.find("AI, ai, Ai, Eclair, eclair, ÉCLAIR")))
        .containsExactly("AI", "Eclair");
  }

  @Test
  void turkishDottedAndDotlessIMeet() {
    WatchListMatcher m = matcher("entities:\n  - {name: İstanbul Menkul, type: organization}\n");
    assertThat(
            surfaces(m.find("ISTANBUL MENKUL; istanbul menkul; ıstanbul menkul; İSTANBUL MENKUL")))
        .hasSize(4);
  }

  @Test
  void greekAndCyrillicFoldAccentsCaseAndFinalSigma() {
    WatchListMatcher m =
        matcher(
            """
            entities:
              - {name: Όμιλος Κρόνος, type: organization}
              - {name: Ёлка Групп, type: organization}
            """);
    assertThat(m.find("Ο ΟΜΙΛΟΣ ΚΡΟΝΟΣ και ο Ομιλος Κρονος. ЁЛКА ГРУПП и Елка групп."))
        .extracting(Mention::entity)
        .containsExactly("Όμιλος Κρόνος", "Όμιλος Κρόνος", "Ёлка Групп", "Ёлка Групп");
  }

  @Test
  void germanSharpSFoldsToDoubleS() {
    WatchListMatcher m = matcher("entities:\n  - {name: Großmann AG, type: organization}\n");
    List<Mention> ms = m.find("Die GROSSMANN AG und die Grossmann AG.");
    assertThat(surfaces(ms)).containsExactly("GROSSMANN AG", "Grossmann AG");
    Mention inside = m.find("x Großmann AG y").get(0);
    assertThat(inside.start()).isEqualTo(2);
    assertThat(inside.text()).isEqualTo("Großmann AG");
  }

  @Test
  void charactersOutsideTheBasicPlaneKeepOffsetsRight() {
    String text = "𠀋𠀋 Sony 😀 ソニー";
    List<Mention> ms = SIMPLE.find(text);
    assertThat(ms)
        .extracting(Mention::start, Mention::end)
        .containsExactly(tuple(5, 9), tuple(13, 16));
  }

  static final WatchListMatcher APPLE =
      matcher(
          """
          entities:
            - name: Apple
              type: organization
              context: [iPhone, iOS, Mac, Tim Cook]
              exclude: [apple pie, apple juice, Big Apple]
          """);

  @Test
  void aMentionNeedsAContextPhraseNearby() {
    assertThat(APPLE.find("Apple shares fell.")).isEmpty();
    assertThat(surfaces(APPLE.find("Apple shares fell after the iPhone launch.")))
        .containsExactly("Apple");
    assertThat(surfaces(APPLE.find("Tim Cook said Apple would grow."))).containsExactly("Apple");
  }

  @Test
  void contextFurtherThanTheWindowDoesNotCount() {
    String gap = " filler".repeat(WatchListMatcher.CONTEXT_WINDOW / 7 + 1);
    assertThat(APPLE.find("Apple" + gap + " iPhone")).isEmpty();
    String near = " filler".repeat(WatchListMatcher.CONTEXT_WINDOW / 7 - 2);
    assertThat(APPLE.find("Apple" + near + " iPhone")).hasSize(1);
  }

  @Test
  void contextInAnotherParagraphDoesNotCount() {
    assertThat(APPLE.find("The iPhone sold well.\n\nApple trees bloom.")).isEmpty();
    assertThat(APPLE.find("The iPhone sold well.\nApple shares rose.")).hasSize(1);
  }

  @Test
  void contextWordsNeedWordBoundariesToo() {
    assertThat(APPLE.find("Apple on the machine")).isEmpty();
    assertThat(APPLE.find("Apple on the Mac")).hasSize(1);
  }

  @Test
  void aMentionInsideAnExclusionIsDropped() {
    assertThat(APPLE.find("An apple pie next to an iPhone; apple juice too.")).isEmpty();
    assertThat(APPLE.find("The Big Apple loves the iPhone.")).isEmpty();
    assertThat(surfaces(APPLE.find("Apple pies aside, Apple sells the iPhone.")))
        .containsExactly("Apple", "Apple");
  }

  @Test
  void leftmostLongestWinsAmongOverlaps() {
    WatchListMatcher m =
        matcher(
            """
            entities:
              - {name: Bank, type: organization, aliases: [Bank of Nowhere]}
              - {name: Nowhere, type: place}
              - {name: Nowhere Trust, type: organization}
              - {name: Trust Fund Co, type: organization}
            """);
    assertThat(m.find("The Bank of Nowhere Trust Fund Co opened."))
        .extracting(Mention::entity, Mention::text)
        .containsExactly(tuple("Bank", "Bank of Nowhere"), tuple("Trust Fund Co", "Trust Fund Co"));
  }

  @Test
  void twoEntriesWithTheSameAliasAreBothReported() {
    WatchListMatcher m =
        matcher(
            """
            entities:
              - {name: Mercury, type: place}
              - {name: Freddie Mercury, type: person, aliases: [Mercury]}
            """);
    assertThat(m.find("Mercury rose."))
        .extracting(Mention::entity)
        .containsExactly("Mercury", "Freddie Mercury");
  }

  @Test
  void emptyAndNullTextsAndEmptyListsGiveNoMentions() {
    assertThat(SIMPLE.find(null)).isEmpty();
    assertThat(SIMPLE.find("")).isEmpty();
    assertThat(matcher("entities: []\n").find("Sony")).isEmpty();
  }

  @Test
  void controlAndLoneSurrogateCharactersDoNotBreakMatching() {
    String text = "\uD800 Sony \u0000\uDC00 ソニー \uFFFF";
    assertThat(surfaces(SIMPLE.find(text))).containsExactly("Sony", "ソニー");
  }

  @Test
  void aLongTextIsScannedLinearly() {
    String text = "Sony and 小米 and nothing else. ".repeat(100_000);
    long t0 = System.nanoTime();
    assertThat(SIMPLE.find(text)).hasSize(200_000);
    assertThat((System.nanoTime() - t0) / 1e9).isLessThan(10);
  }

  @Test
  void oneMatcherServesManyThreads() throws Exception {
    String text = "Sony, 小米 and Société Générale. ".repeat(50);
    List<Mention> expected = SIMPLE.find(text);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<List<Mention>>> jobs = new ArrayList<>();
      for (int i = 0; i < 64; i++) jobs.add(() -> SIMPLE.find(text));
      for (Future<List<Mention>> f : pool.invokeAll(jobs)) assertThat(f.get()).isEqualTo(expected);
    } finally {
      pool.shutdownNow();
    }
  }
}
