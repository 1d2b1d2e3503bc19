package dev.argus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argus.core.enrich.ArticleFields;
import dev.argus.core.enrich.Enriched;
import dev.argus.core.enrich.Enricher;
import dev.argus.core.lang.LanguageIdentifier;
import dev.argus.core.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

  @TempDir Path dir;

  private static final Enricher ENRICHER =
      Enricher.forLanguages(LanguageIdentifier.forLanguages(List.of("en", "fr")));

  private static final String STORY =
      "The harbour authority of Westmere approved a new container terminal on Tuesday after a"
          + " two-year review. Construction is expected to start in the spring and to take about"
          + " three years, with the first ships docking at the new quay before the end of the"
          + " decade. Local fishing crews had asked for a separate berth, which the plan now"
          + " includes on the northern side of the basin.";

  private static Enriched enriched(String url, String published, String text) {
    return ENRICHER.enrich(
        new Article(url, "Terminal", null, published, null, "en", null, null, null, null, text));
  }

  private static StoredArticle add(Store store, String url, String published, String text)
      throws IOException {
    Enriched e = enriched(url, published, text);
    return store.add(url, e, ArticleFields.of(e), java.time.Instant.parse("2026-03-10T00:00:00Z"));
  }

  @Test
  void aCopyAddedAfterAReopenJoinsTheGroupOfTheOriginal() throws IOException {
    try (Store store = Store.open(dir)) {
      add(store, "https://a.example/1", "2026-03-01", STORY);
      store.commit();
    }
    try (Store store = Store.open(dir)) {
      StoredArticle copy = add(store, "https://b.example/2", "2026-03-02", "Advert.\n\n" + STORY);

      assertThat(copy.fields()).containsEntry("duplicateOf", "https://a.example/1");
      assertThat(copy.fields()).containsEntry("dupGroup", "https://a.example/1");
    }
  }

  @Test
  void anIndexWriteThatFailsFailsEveryLaterCommitAndItsArticleIsNotAcknowledged()
      throws IOException {
    try (Store store = Store.open(dir)) {
      add(store, "https://a.example/1", "2026-03-01", STORY);
      store.commit();
      Enriched e = enriched("https://b.example/2", "2026-03-02", "Another text about ferries.");
      java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>(ArticleFields.of(e));
      fields.put("broken", new Object()); // no JSON for it: the document cannot be built
      store.add("https://b.example/2", e, fields, java.time.Instant.parse("2026-03-10T00:00:00Z"));

      assertThatThrownBy(store::commit)
          .isInstanceOf(IOException.class)
          .hasMessageContaining("https://b.example/2");
      assertThatThrownBy(store::commit).isInstanceOf(IOException.class);
    }
    try (Store store = Store.open(dir)) {
      assertThat(store.index().count()).isEqualTo(1);
      assertThat(store.index().get("https://b.example/2")).isEmpty();
    }
  }

  @Test
  void aNewVersionKeepsItsGroupAndStaysOneArticle() throws IOException {
    try (Store store = Store.open(dir)) {
      add(store, "https://a.example/1", "2026-03-01", STORY);
      store.commit();
      StoredArticle again = add(store, "https://a.example/1", "2026-03-01", STORY + " Updated.");
      store.commit();

      assertThat(again.fields()).containsEntry("dupGroup", "https://a.example/1");
      assertThat(store.index().count()).isEqualTo(1);
    }
  }

  @Test
  void uncommittedAddsAreGoneFromIndexAndCorpusAfterACrash() throws IOException {
    try (Store store = Store.open(dir)) {
      add(store, "https://a.example/1", "2026-03-01", STORY);
      store.commit();
      add(store, "https://b.example/2", "2026-02-01", "Advert.\n\n" + STORY);
      // closed without a commit, as a crash would leave it
    }
    try (Store store = Store.open(dir)) {
      assertThat(store.index().count()).isEqualTo(1);
      StoredArticle copy = add(store, "https://c.example/3", "2026-03-05", "Ad.\n\n" + STORY);
      // b.example/2 (published earlier) never became part of the corpus.
      assertThat(copy.fields()).containsEntry("duplicateOf", "https://a.example/1");
    }
  }

  @Test
  void aCopyJoinsTheStoryOfItsOriginalAndAnUpdateKeepsItsStory() throws IOException {
    try (Store store = Store.open(dir)) {
      StoredArticle first = add(store, "https://a.example/1", "2026-03-01", STORY);
      store.commit();
      StoredArticle copy = add(store, "https://b.example/2", "2026-03-02", "Advert.\n\n" + STORY);
      StoredArticle other =
          add(
              store,
              "https://c.example/3",
              "2026-03-02",
              "The paper mill in Oakridge will close in June, the owners told the two hundred"
                  + " workers on Friday. The town council asked the regional government for help"
                  + " to find a buyer before the summer.");
      StoredArticle update = add(store, "https://a.example/1", "2026-03-01", STORY + " Updated.");

      assertThat(first.text("storyId")).isNotNull();
      assertThat(copy.text("storyId")).isEqualTo(first.text("storyId"));
      assertThat(other.text("storyId")).isNotEqualTo(first.text("storyId"));
      assertThat(update.text("storyId")).isEqualTo(first.text("storyId"));
    }
  }

  @Test
  void storiesGoOnAfterAReopen() throws IOException {
    String storyId;
    try (Store store = Store.open(dir)) {
      storyId = add(store, "https://a.example/1", "2026-03-01", STORY).text("storyId");
      store.commit();
    }
    try (Store store = Store.open(dir)) {
      StoredArticle copy = add(store, "https://b.example/2", "2026-03-02", "Ad.\n\n" + STORY);
      assertThat(copy.text("storyId")).isEqualTo(storyId);
    }
  }

  @Test
  void onlyTheLatestCorpusSnapshotIsKept() throws IOException {
    try (Store store = Store.open(dir, null, Store.SnapshotPolicy.everyCommit())) {
      add(store, "https://a.example/1", null, STORY);
      store.commit();
      add(store, "https://a.example/2", null, "Another text entirely, about a mill.");
      store.commit();
    }
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("state-")))
          .containsExactly("state-2.bin");
    }
  }

  @Test
  void aMissingCorpusSnapshotIsAClearError() throws IOException {
    try (Store store = Store.open(dir, null, Store.SnapshotPolicy.everyCommit())) {
      add(store, "https://a.example/1", null, STORY);
      store.commit();
    }
    Files.delete(dir.resolve("state-1.bin"));

    assertThatThrownBy(() -> Store.open(dir))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("state-1.bin, which is missing");
  }

  @Test
  void aSnapshotIsWrittenOnlyEveryNCommits() throws IOException {
    var policy = new Store.SnapshotPolicy(3, java.time.Duration.ofHours(1));
    try (Store store = Store.open(dir, null, policy)) {
      add(store, "https://a.example/1", null, STORY);
      store.commit();
      store.commit();
      assertThat(stateFiles()).isEmpty();
      store.commit();
      assertThat(stateFiles()).containsExactly("state-1.bin");
    }
  }

  private List<String> stateFiles() throws IOException {
    try (var files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("state-"))
          .toList();
    }
  }

  private static final String MILL =
      "The paper mill in Oakridge will close in June, the owners told the two hundred workers on"
          + " Friday. The town council asked the regional government for help to find a buyer"
          + " before the summer, and the union called a meeting for Monday.";

  /** Adds, commits, then adds more; with a reopen after the first part when {@code reopen}. */
  private List<String> placements(Path folder, Store.SnapshotPolicy policy, boolean reopen)
      throws IOException {
    List<String> out = new java.util.ArrayList<>();
    Store store = Store.open(folder, null, policy);
    try {
      add(store, "https://a.example/1", "2026-03-01", STORY);
      store.commit();
      add(store, "https://c.example/3", "2026-03-02", MILL);
      add(store, "https://a.example/1", "2026-03-01", STORY + " Updated.");
      store.commit();
      add(store, "https://d.example/4", "2026-03-02", "Ad.\n\n" + MILL);
      store.commit();
      if (reopen) {
        // Only the index is closed, as a crash would leave it: a clean close writes a snapshot.
        store.index().close();
        store = Store.open(folder, null, policy);
      }
      for (String[] a :
          new String[][] {
            {"https://b.example/2", "2026-03-03", "Advert.\n\n" + STORY},
            {"https://e.example/5", "2026-03-03", "News.\n\n" + MILL},
          }) {
        StoredArticle s = add(store, a[0], a[1], a[2]);
        out.add(s.text("dupGroup") + " " + s.text("duplicateOf") + " " + s.text("storyId"));
      }
    } finally {
      store.close();
    }
    return out;
  }

  @Test
  void aStoreReopenedBetweenSnapshotsPlacesArticlesLikeOneThatNeverClosed() throws IOException {
    var never = new Store.SnapshotPolicy(1_000, java.time.Duration.ofHours(1));
    List<String> reopened = placements(dir.resolve("reopened"), never, true);
    List<String> open = placements(dir.resolve("open"), never, false);

    assertThat(reopened).isEqualTo(open);
    assertThat(reopened.get(0)).startsWith("https://a.example/1 https://a.example/1 ");
    assertThat(reopened.get(1)).startsWith("https://c.example/3 https://c.example/3 ");
  }

  @Test
  void aCleanCloseLeavesASnapshotOfEverythingCommitted() throws IOException {
    Path folder = dir.resolve("clean");
    var never = new Store.SnapshotPolicy(1_000, java.time.Duration.ofHours(1));
    try (Store store = Store.open(folder, null, never)) {
      add(store, "https://a.example/1", "2026-03-01", STORY);
      store.commit();
      assertThat(snapshots(folder)).isEmpty();
    }
    assertThat(snapshots(folder)).hasSize(1);
    try (Store store = Store.open(folder, null, never)) {
      StoredArticle copy = add(store, "https://b.example/2", "2026-03-03", "Advert.\n\n" + STORY);
      assertThat(copy.text("duplicateOf")).isEqualTo("https://a.example/1");
    }
  }

  private static List<String> snapshots(Path folder) throws IOException {
    try (var files = java.nio.file.Files.list(folder)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.startsWith("state-"))
          .toList();
    }
  }

  @Test
  void aReopenReplaysOnlyWhatTheLastSnapshotLacks() throws IOException {
    var policy = new Store.SnapshotPolicy(2, java.time.Duration.ofHours(1));
    List<String> reopened = placements(dir.resolve("reopened"), policy, true);
    List<String> everyCommit =
        placements(dir.resolve("every"), Store.SnapshotPolicy.everyCommit(), true);

    assertThat(reopened).isEqualTo(everyCommit);
  }
}
