package dev.argus.bench.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DedupBenchTest {

  private static final String FERRY =
      """
      Harbour ferry service to resume after six weeks of repairs

      The ferry between Port Alder and Greywick Island will run again from Monday, the operator Tidewater Lines said, after repairs to the landing stage took two weeks longer than planned.

      Engineers replaced the steel ramp that was damaged in the October storm and strengthened the pontoon so that it can take the newer, heavier vessels the company expects next spring.

      During the closure islanders relied on a small water taxi and on a weekly supply boat, and several shops on Greywick ran short of fresh food in the last days of November.

      Tidewater Lines said the first sailing leaves Port Alder at a quarter past seven and that the timetable will be the usual winter one until the end of March.
      """;

  private static final String LIBRARY =
      """
      Port Alder library extends opening hours for students

      The town library in Port Alder will stay open until ten in the evening on weekdays during the exam season, the council decided on Thursday after a petition signed by more than nine hundred students.

      Extra staff will be paid from the culture budget, which was increased this year because the museum renovation came in below its estimated cost.

      Librarian Mirela Osei said the reading rooms were full every afternoon and that many students had nowhere quiet to work at home, especially in the crowded flats near the harbour.

      The longer hours begin next week and will be reviewed in June, when the council will decide whether to keep them for the autumn term as well.
      """;

  private static final String MARKT =
      """
      Wochenmarkt in Lindenau zieht auf den Kirchplatz um

      Der Wochenmarkt in Lindenau findet ab dem kommenden Samstag auf dem Kirchplatz statt, weil der bisherige Standort am Bahnhof für den Bau eines Parkhauses gebraucht wird.

      Die meisten Händler begrüßen den Umzug. Auf dem Kirchplatz gebe es mehr Schatten und mehr Laufkundschaft, sagte der Sprecher der Marktgemeinschaft, der selbst seit zwanzig Jahren Käse verkauft.

      Anwohner befürchten dagegen Lärm am frühen Morgen, wenn die Stände aufgebaut werden. Die Stadt will deshalb den Aufbau erst ab sechs Uhr erlauben und prüft nach drei Monaten, ob sich die Regel bewährt.
      """;

  private static List<DedupBench.Page> pages() {
    return List.of(
        new DedupBench.Page("ferry", "tidewater-news.example", FERRY),
        new DedupBench.Page("library", "tidewater-news.example", LIBRARY),
        new DedupBench.Page("markt", "lindenauer-anzeiger.example", MARKT),
        new DedupBench.Page("brief", "lindenauer-anzeiger.example", "Markt heute geschlossen."));
  }

  private static DedupBench.Options options() {
    return new DedupBench.Options(null, 0, 3, 0, 0, 2000);
  }

  @Test
  void findsTheCopiesOfInlinePagesAndGroupsNoDifferentArticles() {
    DedupBench.Report r = DedupBench.evaluate(pages(), options(), msg -> {});
    assertThat(r.pages()).isEqualTo(3);
    assertThat(r.shortPages()).isEqualTo(1);
    assertThat(r.texts()).isEqualTo(3 + 3 * Perturbation.values().length);
    assertThat(r.rows()).hasSize(Perturbation.values().length + 2);
    for (DedupBench.Row row : r.rows()) {
      if (row.copies()) {
        assertThat(row.pairs()).as(row.kind()).isEqualTo(3);
        assertThat(row.meanJaccard()).as(row.kind()).isBetween(0.3, 1.0);
      }
    }
    DedupBench.Row sameSite = r.rows().get(Perturbation.values().length);
    assertThat(sameSite.pairs()).isEqualTo(1); // ferry and library
    assertThat(sameSite.grouped()).isZero();
    assertThat(r.falsePairs()).isZero();
    assertThat(r.recall()).isGreaterThan(0.9);
    assertThat(r.perSecond()).isPositive();
    assertThat(r.largeBytesPerArticle()).isBetween(100.0, 300.0);
    assertThat(DedupBench.table(r))
        .contains("dropped paragraphs", "different page, same site", "signatures+lookups/s");
  }

  @Test
  void theSameSeedGivesTheSameReport() {
    DedupBench.Report a = DedupBench.evaluate(pages(), options(), msg -> {});
    DedupBench.Report b = DedupBench.evaluate(pages(), options(), msg -> {});
    assertThat(b.rows()).isEqualTo(a.rows());
  }

  @Test
  void perturbationsChangeWhatTheySay() {
    Random r = new Random(1);
    String dropped = Perturbation.DROPPED.apply(FERRY, LIBRARY, r);
    assertThat(Perturbation.segments(dropped)).hasSize(Perturbation.segments(FERRY).size() - 1);
    String template = Perturbation.TEMPLATE.apply(FERRY, LIBRARY, r);
    assertThat(template).contains(FERRY.strip()).contains("Related: Port Alder library");
    String truncated = Perturbation.TRUNCATED.apply(FERRY, LIBRARY, r);
    assertThat(FERRY).startsWith(truncated);
    assertThat(truncated.length()).isLessThan(FERRY.length() * 9 / 10 + 10);
    String added = Perturbation.ADDED.apply(FERRY, LIBRARY, new Random(2));
    assertThat(Perturbation.segments(added)).hasSize(Perturbation.segments(FERRY).size() + 1);
    assertThat(Perturbation.EDITED.apply(FERRY, LIBRARY, new Random(3))).isNotEqualTo(FERRY);
  }

  @Test
  void chineseTextIsTruncatedByCharacters() {
    String zh = "海湾电池公司周三表示将投资建设位于深圳的新研发中心。重点开发用于电动自行车的固态电池。";
    String cut = Perturbation.TRUNCATED.apply(zh, zh, new Random(4));
    assertThat(zh).startsWith(cut);
    assertThat(cut.length()).isBetween(zh.length() / 2 - 1, zh.length() - 1);
  }

  @Test
  void sitesComeFromUrlHosts() {
    assertThat(DedupBench.site("https://www.Example.org/news/1")).isEqualTo("example.org");
    assertThat(DedupBench.site("not a url")).isNull();
    assertThat(DedupBench.site(null)).isNull();
  }

  @Test
  void fewerThanTwoPagesOfTextIsAnError() {
    assertThatThrownBy(
            () ->
                DedupBench.evaluate(
                    List.of(new DedupBench.Page("a", "x", FERRY)), options(), msg -> {}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
