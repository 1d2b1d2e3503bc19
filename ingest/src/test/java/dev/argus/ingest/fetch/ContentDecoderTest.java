package dev.argus.ingest.fetch;

import static dev.argus.ingest.fetch.HttpFetcherTest.deflate;
import static dev.argus.ingest.fetch.HttpFetcherTest.gzip;
import static dev.argus.ingest.fetch.HttpFetcherTest.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Content decoding and Retry-After parsing, without a server. */
class ContentDecoderTest {

  @Test
  void undoesStackedCodingsInReverseOrder() throws Exception {
    byte[] body = deflate(gzip(utf8("stacked")), false); // gzip applied first, then deflate

    assertThat(ContentDecoder.decode(body, "gzip, deflate", 1000, false))
        .isEqualTo(utf8("stacked"));
  }

  @Test
  void identityAndNoneChangeNothing() throws Exception {
    assertThat(ContentDecoder.decode(utf8("plain"), "identity", 1000, false))
        .isEqualTo(utf8("plain"));
    assertThat(ContentDecoder.decode(utf8("plain"), null, 1000, false)).isEqualTo(utf8("plain"));
  }

  @Test
  void unknownCodingIsBadEncoding() {
    assertThatThrownBy(() -> ContentDecoder.decode(utf8("x"), "zstd", 1000, false))
        .isInstanceOf(ContentDecoder.BadEncodingException.class)
        .hasMessageContaining("zstd");
  }

  @Test
  void truncatedGzipIsBadEncoding() throws Exception {
    byte[] whole = gzip(utf8("a body long enough to be cut somewhere in the middle"));
    byte[] cut = Arrays.copyOf(whole, whole.length - 12);

    assertThatThrownBy(() -> ContentDecoder.decode(cut, "gzip", 1000, false))
        .isInstanceOf(ContentDecoder.BadEncodingException.class);
  }

  @Test
  void truncatingModeKeepsThePrefix() throws Exception {
    byte[] body = gzip(new byte[100_000]);

    assertThat(ContentDecoder.decode(body, "gzip", 1000, true)).hasSize(1000);
    assertThatThrownBy(() -> ContentDecoder.decode(body, "gzip", 1000, false))
        .isInstanceOf(ContentDecoder.TooLargeException.class);
  }

  @Test
  void brotliFixtureDecodes() throws Exception {
    assertThat(ContentDecoder.decode(BrotliFixture.HELLO, "br", 1000, false))
        .isEqualTo(utf8(BrotliFixture.HELLO_TEXT));
  }

  @Test
  void retryAfterInSecondsOrAsAnHttpDate() {
    Instant now = Instant.parse("2026-11-26T10:00:00Z");

    assertThat(RetryAfter.parse("120", now)).isEqualTo(Duration.ofMinutes(2));
    assertThat(RetryAfter.parse("Thu, 26 Nov 2026 10:01:30 GMT", now))
        .isEqualTo(Duration.ofSeconds(90));
    assertThat(RetryAfter.parse("Thu, 26 Nov 2026 09:00:00 GMT", now)).isEqualTo(Duration.ZERO);
    assertThat(RetryAfter.parse("soon", now)).isNull();
    assertThat(RetryAfter.parse(null, now)).isNull();
  }

  @Test
  void robotNameIsTheProductToken() {
    assertThat(HttpFetcher.robotName("ArgusBot/0.1 (+https://x)")).isEqualTo("argusbot");
    assertThat(HttpFetcher.robotName("")).isEqualTo("argusbot");
  }
}
