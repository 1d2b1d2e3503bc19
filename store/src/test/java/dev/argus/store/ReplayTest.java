package dev.argus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argus.core.dedup.Fingerprint;
import dev.argus.core.enrich.Enriched;
import dev.argus.core.entity.discover.NameSpan;
import dev.argus.core.entity.discover.NameType;
import dev.argus.core.model.Article;
import dev.argus.core.model.Citation;
import dev.argus.core.model.Link;
import dev.argus.core.model.Mention;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplayTest {

  private static final String TEXT = "Acme Motors said on Monday that Anna Vogel will lead it.";

  private static Enriched enriched(String title) {
    Article a =
        new Article(
            "https://a.example/1",
            title,
            List.of("Jo Writer"),
            "2026-03-01",
            null,
            "en",
            "A Site",
            null,
            null,
            null,
            TEXT,
            List.of(new Link("https://b.example/x", "x", 0, 4)));
    return new Enriched(
        a,
        "en",
        0.9,
        0.2,
        List.of(new Mention("Acme Motors", "organization", "Acme Motors", 0, 11, 0.1)),
        List.of(),
        List.of(new Citation("Nordpress", null, Citation.Kind.ACCORDING_TO)),
        List.of(new NameSpan("Anna Vogel", 32, 42, NameType.PERSON, false, false)),
        Fingerprint.of(TEXT));
  }

  @Test
  void whatPlacingNeedsComesBackWithTheStoredTitleAndText() throws IOException {
    Enriched e = enriched("Acme names a chief");
    Instant fetched = Instant.parse("2026-03-01T10:15:30.123456789Z");
    byte[] bytes = Replay.encode(e, "A Site", "GB", fetched, "Acme names a chief", TEXT);

    Replay.Inputs in = Replay.decode(bytes, "Acme names a chief", TEXT);

    assertThat(in.source()).isEqualTo("A Site");
    assertThat(in.country()).isEqualTo("GB");
    assertThat(in.fetched()).isEqualTo(fetched);
    Enriched back = in.enriched();
    assertThat(back.article().title()).isEqualTo("Acme names a chief");
    assertThat(back.article().text()).isEqualTo(TEXT);
    assertThat(back.article().published()).isEqualTo("2026-03-01");
    assertThat(back.article().links()).extracting(Link::url).containsExactly("https://b.example/x");
    assertThat(back.language()).isEqualTo("en");
    assertThat(back.mentions())
        .extracting(Mention::entity, Mention::start, Mention::end)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Acme Motors", 0, 11));
    assertThat(back.citations()).isEqualTo(e.citations());
    assertThat(back.nameCandidates()).isEqualTo(e.nameCandidates());
    assertThat(back.fingerprint()).isEqualTo(e.fingerprint());
  }

  @Test
  void aTitleTheStoredArticleDoesNotHaveIsKeptInTheRecord() throws IOException {
    Enriched e = enriched("The page's own title");
    byte[] bytes = Replay.encode(e, "A Site", null, Instant.EPOCH, "A title the runner set", TEXT);

    assertThat(Replay.decode(bytes, "A title the runner set", TEXT).enriched().article().title())
        .isEqualTo("The page's own title");
  }

  @Test
  void bytesOfAnotherVersionAreAClearError() {
    assertThatThrownBy(() -> Replay.decode(new byte[] {9, 0, 0}, "t", "x"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("version 9");
  }
}
