package dev.argus.core.story;

import dev.argus.core.enrich.Corpus;
import dev.argus.core.enrich.Enriched;
import dev.argus.core.enrich.Enricher;
import dev.argus.core.entity.watch.WatchList;
import dev.argus.core.entity.watch.WatchListMatcher;
import dev.argus.core.lang.LanguageIdentifier;
import dev.argus.core.model.Article;
import dev.argus.core.model.Link;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The labelled story fixtures (story/articles.txt), run through enrichment as a runner would. */
final class StoryFixtures {

  private StoryFixtures() {}

  /** One labelled article as written in the fixture file. */
  record Labelled(
      String id, String story, String published, String source, String country, Article article) {}

  /** One labelled article and its story input. */
  record Prepared(Labelled labelled, StoryInput input) {}

  static List<Labelled> load() {
    String text = resource("/story/articles.txt");
    List<Labelled> out = new ArrayList<>();
    String[] blocks = text.split("(?m)^=== ");
    for (int b = 1; b < blocks.length; b++) {
      List<String> lines = new ArrayList<>(List.of(blocks[b].split("\n")));
      String[] head = lines.remove(0).split("\\|");
      String id = head[0].strip();
      String source = head[3].strip();
      String title = lines.remove(0).strip();
      List<Link> links = new ArrayList<>();
      if (!lines.isEmpty() && lines.get(0).startsWith("links:")) {
        for (String url : lines.remove(0).substring(6).strip().split("\\s+")) {
          links.add(new Link(url, url, -1, -1));
        }
      }
      String body = String.join("\n", lines).strip();
      String url = "https://" + source + "/" + id;
      Article a =
          new Article(
              url, title, null, head[2].strip(), null, null, source, null, null, null, body, links);
      out.add(new Labelled(id, head[1].strip(), head[2].strip(), source, head[4].strip(), a));
    }
    return out;
  }

  /** The fixtures enriched and placed in a corpus in order of publication, as a stream would. */
  static List<Prepared> prepared() {
    WatchList list = WatchList.parse(resource("/story/watchlist.yaml"));
    Enricher enricher =
        Enricher.forLanguages(
                LanguageIdentifier.forLanguages(List.of("en", "fr", "de", "es", "it", "zh")))
            .withWatchList(WatchListMatcher.compile(list));
    Corpus corpus = Corpus.empty();
    List<Labelled> articles = new ArrayList<>(load());
    articles.sort(Comparator.comparing(Labelled::published));
    List<Prepared> out = new ArrayList<>();
    for (Labelled l : articles) {
      Enriched e = enricher.enrich(l.article());
      Corpus.Placed placed = corpus.place(l.id(), e);
      Instant fetched = Instant.parse(l.published()).plusSeconds(600);
      out.add(new Prepared(l, StoryInput.of(l.id(), e, placed, l.source(), l.country(), fetched)));
    }
    return out;
  }

  static String resource(String path) {
    try (InputStream in = StoryFixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
