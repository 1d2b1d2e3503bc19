package dev.argus.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance check of enrichment on real-looking scraped text: {@code argus extract
 * --watchlist} over two texts of our own that show what the seed files show (a coupon widget, an
 * author bio and a comment widget around the article, sentences glued together by the scraper, an
 * interview with an outlet, statements that lost their quotation marks after a colon line, a "via |
 * outlet" line, "C'est X qui a révélé"). The watch list is the seed watch list.
 */
class SeedAcceptanceTest {

  static final Path FIXTURES = Path.of("src/test/resources/acceptance");
  static final Path WATCHLIST = Path.of("../core/src/test/resources/entity/seed-watchlist.yaml");

  static JsonNode en;
  static JsonNode fr;

  @BeforeAll
  static void extract(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("out.jsonl");
    int code =
        Main.run(
            "extract",
            "--no-progress",
            "--watchlist",
            WATCHLIST.toString(),
            "--out",
            out.toString(),
            FIXTURES.resolve("en-interview.txt").toString(),
            FIXTURES.resolve("fr-division.txt").toString());
    assertThat(code).isZero();
    List<JsonNode> rows = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(out)) rows.add(json.readTree(line));
    assertThat(rows).hasSize(2);
    en = rows.get(0);
    fr = rows.get(1);
  }

  @Test
  void languagesAreIdentified() {
    assertThat(en.get("language").asText()).isEqualTo("en");
    assertThat(fr.get("language").asText()).isEqualTo("fr");
  }

  @Test
  void widgetCouponAndBioLinesAreGone() {
    String text = en.get("text").asText();
    assertThat(text)
        .doesNotContain("discount codes", "Marco Bellini", "Writer and gadget", "Subscribe")
        .doesNotContain("Comments", "[email protected]");
    assertThat(en.get("title").asText())
        .isEqualTo("Lei Jun talks strategy in a long TECHPULSE interview");
    assertThat(text).endsWith("via | Xiaomi Fans Italia");
  }

  @Test
  void gluedSentencesAreSplit() {
    String text = fr.get("text").asText();
    assertThat(text)
        .contains("smartphones pliants.\n\nParmi les fabricants")
        .contains("un retard.\n\nUne nouvelle équipe à Pékin\n\nC’est Gizmochina")
        .contains("elle-même ses dalles.\n\nReste à voir");
  }

  @Test
  void everyWatchedEntityIsFoundAtItsOffsets() {
    assertThat(mentions(en))
        .containsExactly(
            tuple("Xiaomi", "Xiaomi", 0),
            tuple("Lei Jun", "Lei Jun", 119),
            tuple("Hugo Barra", "Hugo Barra", 131),
            tuple("Lei Jun", "Lei Jun", 294),
            tuple("WeChat", "WeChat", 997),
            tuple("WeChat", "WeChat", 1157),
            tuple("Xiaomi", "Xiaomi", 1348));
    assertThat(mentions(fr))
        .containsExactly(
            tuple("Samsung", "Samsung", 34),
            tuple("Xiaomi", "Xiaomi", 114),
            tuple("Huawei", "Huawei", 217),
            tuple("Lei Jun", "Lei Jun", 503),
            tuple("Xiaomi", "Xiaomi", 525),
            tuple("Samsung", "Samsung", 601),
            tuple("Apple", "Apple", 624),
            tuple("Sony", "Sony", 672));
    for (JsonNode row : List.of(en, fr)) {
      String text = row.get("text").asText();
      for (JsonNode m : row.get("mentions")) {
        assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt()))
            .isEqualTo(m.get("text").asText());
      }
    }
  }

  @Test
  void citationsNameTheOutlets() {
    assertThat(citations(en))
        .containsExactly(tuple("TECHPULSE", "interview"), tuple("Xiaomi Fans Italia", "via"));
    assertThat(citations(fr)).containsExactly(tuple("Gizmochina", "reported"));
  }

  @Test
  void statementsWithoutQuotationMarksAreAttributedToLeiJun() {
    JsonNode quotes = en.get("quotes");
    assertThat(quotes).hasSize(3);
    String text = en.get("text").asText();
    for (JsonNode q : quotes) {
      assertThat(q.get("speaker").asText()).isEqualTo("Lei Jun");
      assertThat(q.get("marked").asBoolean()).isFalse();
      assertThat(text.substring(q.get("start").asInt(), q.get("end").asInt()))
          .isEqualTo(q.get("text").asText());
    }
    assertThat(quotes.get(0).get("text").asText()).startsWith("I think our phones");
    assertThat(quotes.get(2).get("text").asText()).startsWith("Some ideas from China");
    assertThat(fr.get("quotes")).isEmpty();
  }

  private static List<org.assertj.core.groups.Tuple> mentions(JsonNode row) {
    List<org.assertj.core.groups.Tuple> out = new ArrayList<>();
    for (JsonNode m : row.get("mentions")) {
      out.add(tuple(m.get("entity").asText(), m.get("text").asText(), m.get("start").asInt()));
    }
    return out;
  }

  private static List<org.assertj.core.groups.Tuple> citations(JsonNode row) {
    List<org.assertj.core.groups.Tuple> out = new ArrayList<>();
    for (JsonNode c : row.get("citations")) {
      out.add(tuple(c.get("name").asText(), c.get("kind").asText()));
    }
    return out;
  }
}
