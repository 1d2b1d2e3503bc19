package dev.argus.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.store.index.Analysis;
import dev.argus.store.query.TestIndex.Article;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.QueryMatch;
import org.junit.jupiter.api.Test;

/**
 * Translated queries work as Lucene Monitor saved queries: the monitor matches what search finds.
 */
class QueryMonitorTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-02-12T00:00:00Z"), ZoneOffset.UTC);

  private static final List<String> QUERIES =
      List.of(
          "xiaomi",
          "photographie",
          "小米",
          "小米手机",
          "wi-fi",
          "xiaomi NOT camera",
          "NOT xiaomi",
          "sindaco OR xiaomi berlin",
          "\"lei jun\"",
          "\"lei jun\"~2",
          "xiaomi NEAR/5 camera",
          "(huawei OR xiaomi) NEAR/5 (camera OR kamera)",
          "xiao* NEAR/5 camera",
          "photo*",
          "source:lemonde.*",
          "*",
          "author:*",
          "lang:fr",
          "entity:\"Lei Jun\"",
          "title:xiaomi",
          "published:[2026-01-01 TO 2026-02-01]",
          "published:>now-7d",
          "tone:<0",
          "tone:[-1 TO -0.2] lang:en");

  @Test
  void monitorMatchesWhatSearchFinds() throws IOException {
    TestIndex index = new TestIndex(Articles.ALL);
    Map<String, Set<String>> expected = new TreeMap<>();
    Map<String, Set<String>> actual = new TreeMap<>();
    try (Monitor monitor = new Monitor(Analysis.plain())) {
      for (String q : QUERIES) {
        monitor.register(new MonitorQuery(q, QueryLanguage.parse(q).toLucene(CLOCK)));
        expected.put(q, index.ids(QueryLanguage.parse(q).toLucene(CLOCK)));
        actual.put(q, new TreeSet<>());
      }
      for (Article a : Articles.ALL) {
        MatchingQueries<QueryMatch> m =
            monitor.match(TestIndex.document(a), QueryMatch.SIMPLE_MATCHER);
        assertThat(m.getErrors()).isEmpty();
        for (QueryMatch qm : m.getMatches()) actual.get(qm.getQueryId()).add(a.id());
      }
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(expected.values()).allSatisfy(ids -> assertThat(ids).isNotEmpty());
  }
}
