package dev.argus.bench.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argus.core.entity.watch.WatchEntry;
import dev.argus.core.entity.watch.WatchList;
import dev.argus.core.entity.watch.WatchListMatcher;
import java.util.List;
import org.junit.jupiter.api.Test;

class WatchListGeneratorTest {

  @Test
  void listsAreDistinctMultiScriptAndReproducible() {
    WatchList list = WatchListGenerator.list(3_000, 1);
    assertThat(list.entries()).hasSize(3_000);
    assertThat(list.entries().stream().map(WatchEntry::name).distinct()).hasSize(3_000);
    assertThat(list.entries().stream().filter(e -> !e.context().isEmpty())).isNotEmpty();
    assertThat(list.entries().stream().filter(e -> !e.exclude().isEmpty())).isNotEmpty();
    String names = String.join(" ", list.entries().stream().map(WatchEntry::name).toList());
    assertThat(names).containsPattern("\\p{IsHan}").containsPattern("\\p{IsKatakana}");
    assertThat(names).containsPattern("\\p{IsCyrillic}").containsPattern("\\p{IsLatin}");
    assertThat(WatchListGenerator.list(3_000, 1)).isEqualTo(list);
  }

  @Test
  void generatedArticlesMentionWatchedEntities() {
    WatchList list = WatchListGenerator.list(500, 2);
    List<String> texts = WatchListGenerator.articles(list, 20, 3_000, 6, 3);
    assertThat(texts).hasSize(20).allMatch(t -> t.length() >= 3_000);
    WatchListMatcher matcher = WatchListMatcher.compile(list);
    int mentions = texts.stream().mapToInt(t -> matcher.find(t).size()).sum();
    assertThat(mentions).isGreaterThan(20 * 3);
  }
}
