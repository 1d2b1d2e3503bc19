package dev.argus.bench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyntheticArticlesTest {

  @Test
  void theSameIndexGivesTheSameArticle() {
    SyntheticArticles a = new SyntheticArticles(1_000, 3);
    SyntheticArticles b = new SyntheticArticles(1_000, 3);

    assertThat(b.article(417).fields()).isEqualTo(a.article(417).fields());
    assertThat(b.article(417).enriched().fingerprint())
        .isEqualTo(a.article(417).enriched().fingerprint());
  }

  @Test
  void articlesAreEnrichedInSeveralLanguagesWithMentionsWhereTheTextSaysSo() {
    SyntheticArticles gen = new SyntheticArticles(2_000, 3);
    Set<String> languages = new HashSet<>();
    int withMentions = 0;
    for (int i = 0; i < 200; i++) {
      SyntheticArticles.Item item = gen.article(i);
      languages.add(item.enriched().language());
      String text = item.enriched().article().text();
      for (var m : item.enriched().mentions()) {
        assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
      }
      if (!item.enriched().mentions().isEmpty()) withMentions++;
      assertThat(item.enriched().fingerprint().isEmpty()).isFalse();
    }
    assertThat(languages).hasSize(5);
    assertThat(withMentions).isGreaterThan(100);
  }

  @Test
  void someArticlesAreCopiesOfARecentOne() {
    SyntheticArticles gen = new SyntheticArticles(2_000, 3);
    int copies = 0;
    for (int i = 100; i < 600; i++) {
      if (gen.article(i).enriched().article().text().contains(" Published by Site ")) copies++;
    }
    assertThat(copies).isBetween(5, 60);
  }
}
