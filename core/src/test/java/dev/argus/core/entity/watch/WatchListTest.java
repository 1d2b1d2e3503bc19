package dev.argus.core.entity.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class WatchListTest {

  static WatchListException error(String content) {
    try {
      WatchList.parse(content);
    } catch (WatchListException e) {
      return e;
    }
    throw new AssertionError("no error for:\n" + content);
  }

  @Test
  void minimalYamlFormReadsNamesTypesAliasesContextAndExclusions() {
    WatchList list =
        WatchList.parse(
            """
            entities:
              - name: Xiaomi
                type: organization
                aliases: [Xiaomi, 小米, シャオミ]
              - name: Apple
                type: organization
                aliases: [Apple]
                context: [iPhone, iOS, Mac, Tim Cook]   # at least one must appear nearby
                exclude: [apple pie, apple juice]
            """);
    assertThat(list.entries()).hasSize(2);
    WatchEntry xiaomi = list.entries().get(0);
    assertThat(xiaomi.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(xiaomi.aliases())
        .extracting(Phrase::text)
        .containsExactly("Xiaomi", "Xiaomi", "小米", "シャオミ");
    WatchEntry apple = list.entries().get(1);
    assertThat(apple.context())
        .extracting(Phrase::text)
        .containsExactly("iPhone", "iOS", "Mac", "Tim Cook");
    assertThat(apple.exclude())
        .extracting(Phrase::text)
        .containsExactly("apple pie", "apple juice");
  }

  @Test
  void aliasesMayBeAMapPerLanguageOrScript() {
    WatchEntry e =
        WatchList.parse(
                """
                entities:
                  - name: Lei Jun
                    type: person
                    aliases: {en: [Lei Jun], zh: [雷军], zh-Hant: 雷軍}
                """)
            .entries()
            .get(0);
    assertThat(e.aliases())
        .containsExactly(
            new Phrase("Lei Jun", null, false),
            new Phrase("Lei Jun", "en", false),
            new Phrase("雷军", "zh", false),
            new Phrase("雷軍", "zh-Hant", false));
  }

  @Test
  void aliasObjectsSetCaseSensitivityAndOverrideTheDefault() {
    WatchEntry e =
        WatchList.parse(
                """
                entities:
                  - name: Artificial intelligence
                    type: topic
                    aliases:
                      - {text: ai, caseSensitive: true}
                      - {text: SAP, caseSensitive: false}
                      - {text: KI, lang: de}
                """)
            .entries()
            .get(0);
    assertThat(e.aliases())
        .containsExactly(
            new Phrase("Artificial intelligence", null, false),
            new Phrase("ai", null, true),
            new Phrase("SAP", null, false),
            new Phrase("KI", "de", true));
  }

  @Test
  void entryCaseSensitiveSetsTheDefaultForItsPhrases() {
    WatchEntry e =
        WatchList.parse(
                """
                entities:
                  - name: Bloom
                    type: product
                    caseSensitive: true
                    aliases: [Bloom Pro, {text: bloom, caseSensitive: false}]
                """)
            .entries()
            .get(0);
    assertThat(e.aliases()).extracting(Phrase::caseSensitive).containsExactly(true, true, false);
  }

  @Test
  void shortAllCapitalsAreCaseSensitiveByDefault() {
    assertThat(Phrase.defaultCaseSensitive("SAP")).isTrue();
    assertThat(Phrase.defaultCaseSensitive("AI")).isTrue();
    assertThat(Phrase.defaultCaseSensitive("3M")).isTrue();
    assertThat(Phrase.defaultCaseSensitive("HSBC")).isTrue();
    assertThat(Phrase.defaultCaseSensitive("Sony")).isFalse();
    assertThat(Phrase.defaultCaseSensitive("UNESCO")).isFalse();
    assertThat(Phrase.defaultCaseSensitive("iOS")).isFalse();
    assertThat(Phrase.defaultCaseSensitive("小米")).isFalse();
    assertThat(Phrase.defaultCaseSensitive("1984")).isFalse();
  }

  @Test
  void jsonIsDetectedAndReadTheSameWay() {
    WatchList list =
        WatchList.parse(
            """
            {"entities": [{"name": "Huawei", "type": "organization", "aliases": ["华为"]}]}
            """);
    assertThat(list.entries().get(0).aliases())
        .extracting(Phrase::text)
        .containsExactly("Huawei", "华为");
  }

  @Test
  void theNameIsAnAliasEvenWithoutAliases() {
    WatchEntry e =
        WatchList.parse("entities:\n  - {name: Sony, type: organization}\n").entries().get(0);
    assertThat(e.aliases()).extracting(Phrase::text).containsExactly("Sony");
  }

  @Test
  void unknownTypeNamesTheEntryTheLineAndTheAllowedTypes() {
    WatchListException e =
        error(
            """
            entities:
              - name: Sony
                type: organization
              - name: Apple
                type: company
            """);
    assertThat(e.entry()).isEqualTo(2);
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.getMessage())
        .contains("entry 2 (Apple) at line 4")
        .contains("unknown type 'company'")
        .contains("organization, person, product, place, topic");
  }

  @Test
  void missingNameIsAnErrorWithTheEntryIndex() {
    WatchListException e = error("entities:\n  - type: person\n    aliases: [X]\n");
    assertThat(e.entry()).isEqualTo(1);
    assertThat(e.getMessage()).contains("entry 1 at line 2").contains("'name' is missing");
  }

  @Test
  void missingTypeIsAnError() {
    assertThat(error("entities:\n  - name: Sony\n").getMessage()).contains("'type' is missing");
  }

  @Test
  void emptyAliasIsAnErrorNamingWhichOne() {
    WatchListException e =
        error("entities:\n  - name: Sony\n    type: organization\n    aliases: [Sony, '  ']\n");
    assertThat(e.getMessage()).contains("entry 1 (Sony)").contains("'aliases[1]' is empty");
  }

  @Test
  void anAliasOfOnlyInvisibleCharactersIsEmpty() {
    assertThat(
            error("entities:\n  - name: Sony\n    type: organization\n    aliases: [\"\\u200B\"]\n")
                .getMessage())
        .contains("is empty");
  }

  @Test
  void unknownKeysAreErrorsSoThatTyposAreNotIgnored() {
    assertThat(
            error("entities:\n  - name: Sony\n    type: organization\n    alias: [S]\n")
                .getMessage())
        .contains("unknown key 'alias'");
    assertThat(error("entitys: []\n").getMessage()).contains("unknown key 'entitys'");
  }

  @Test
  void duplicateNamesAreAnError() {
    assertThat(
            error(
                    """
                    entities:
                      - {name: Sony, type: organization}
                      - {name: Sony, type: product}
                    """)
                .getMessage())
        .contains("entry 2 (Sony) at line 3")
        .contains("already used");
  }

  @Test
  void syntaxErrorsCarryTheLine() {
    WatchListException yaml = error("entities:\n  - name: [Sony\n    type: organization\n");
    assertThat(yaml.getMessage()).contains("not valid YAML");
    assertThat(yaml.line()).isPositive();
    WatchListException json = error("{\"entities\": [\n {\"name\": \"Sony\",,}]}");
    assertThat(json.getMessage()).contains("not valid JSON").contains("line 2");
  }

  @Test
  void emptyAndShapelessFilesAreClearErrors() {
    assertThat(error("").getMessage()).contains("empty");
    assertThat(error("just a string").getMessage()).contains("'entities'");
    assertThat(error("entities: 3\n").getMessage()).contains("must be a list");
    assertThat(error("entities:\n  - Sony\n").getMessage()).contains("entry 1").contains("mapping");
    assertThat(error("version: 2\nentities: []\n").getMessage()).contains("version");
  }

  @Test
  void anEmptyEntitiesListIsAnEmptyWatchList() {
    assertThat(WatchList.parse("entities: []\n").entries()).isEmpty();
  }

  @Test
  void entryCountIsLimited() {
    StringBuilder sb = new StringBuilder("entities:\n");
    for (int i = 0; i <= WatchList.MAX_ENTRIES; i++)
      sb.append("- {name: E").append(i).append(", type: topic}\n");
    assertThat(error(sb.toString()).getMessage()).contains("too many entries");
  }

  @Test
  void phraseLengthIsLimited() {
    String ok = "a".repeat(WatchList.MAX_PHRASE_LENGTH);
    assertThat(
            WatchList.parse("entities:\n  - {name: X, type: topic, aliases: [" + ok + "]}\n")
                .entries())
        .hasSize(1);
    String tooLong = ok + "b";
    WatchListException e =
        error("entities:\n  - {name: X, type: topic, exclude: [" + tooLong + "]}\n");
    assertThat(e.getMessage()).contains("entry 1 (X)").contains("longer than the limit of 200");
  }

  @Test
  void phrasesPerEntryAreLimited() {
    StringBuilder sb = new StringBuilder("entities:\n  - name: X\n    type: topic\n    aliases:\n");
    for (int i = 0; i < WatchList.MAX_PHRASES_PER_ENTRY; i++)
      sb.append("      - a").append(i).append('\n');
    assertThat(error(sb.toString()).getMessage()).contains("phrases");
  }

  @Test
  void contentSizeIsLimited() {
    String big = "# " + "x".repeat(WatchList.MAX_CONTENT_CHARS) + "\nentities: []\n";
    assertThat(error(big).getMessage()).contains("more than the limit");
  }

  @Test
  void theSeedWatchListParses() throws IOException {
    WatchList list = WatchList.parse(WatchGoldenTest.resource("entity/seed-watchlist.yaml"));
    assertThat(list.entries())
        .extracting(WatchEntry::name)
        .containsExactly(
            "Xiaomi", "Lei Jun", "Hugo Barra", "Sony", "Samsung", "Apple", "Huawei", "WeChat");
    assertThat(list.entries().get(1).aliases()).extracting(Phrase::text).contains("雷军");
  }

  @Test
  void entriesBuiltInCodeAlsoCarryTheirName() {
    WatchEntry e = WatchEntry.of("Sony", EntityType.ORGANIZATION, "ソニー");
    assertThat(e.aliases()).extracting(Phrase::text).containsExactly("Sony", "ソニー");
    assertThatThrownBy(() -> new WatchEntry(" ", EntityType.TOPIC, List.of(), null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
