package dev.argus.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedTokensTest {

  @TempDir Path data;

  @Test
  void aTokenOpensItsOwnFeedOnly() throws IOException {
    FeedTokens tokens = FeedTokens.in(data);

    String token = tokens.token("a1b2c3");

    assertThat(token).hasSize(FeedTokens.TOKEN_CHARS);
    assertThat(tokens.verify("a1b2c3", token)).isTrue();
    assertThat(tokens.verify("d4e5f6", token)).isFalse();
    assertThat(tokens.token("d4e5f6")).isNotEqualTo(token);
  }

  @Test
  void aTokenStaysTheSameAcrossInstances() throws IOException {
    String token = FeedTokens.in(data).token("a1b2c3");

    assertThat(FeedTokens.in(data).token("a1b2c3")).isEqualTo(token);
    assertThat(FeedTokens.in(data).verify("a1b2c3", token)).isTrue();
  }

  @Test
  void rotatingTheSecretRefusesEveryEarlierToken() throws IOException {
    FeedTokens server = FeedTokens.in(data);
    String token = server.token("a1b2c3");

    FeedTokens.in(data).rotate(); // another process, as argus keys rotate-feeds

    assertThat(server.verify("a1b2c3", token)).isFalse();
    assertThat(server.verify("a1b2c3", server.token("a1b2c3"))).isTrue();
  }

  @Test
  void withoutASecretNothingIsATokenAndNoFileIsMade() throws IOException {
    FeedTokens tokens = FeedTokens.in(data);

    assertThat(tokens.verify("a1b2c3", "A".repeat(FeedTokens.TOKEN_CHARS))).isFalse();
    assertThat(tokens.file()).doesNotExist();
  }

  @Test
  void malformedTokensAreRefusedWithoutError() throws IOException {
    FeedTokens tokens = FeedTokens.in(data);
    String token = tokens.token("a1b2c3");

    assertThat(tokens.verify("a1b2c3", null)).isFalse();
    assertThat(tokens.verify("a1b2c3", "")).isFalse();
    assertThat(tokens.verify("a1b2c3", token + "A")).isFalse();
    assertThat(tokens.verify("a1b2c3", "!".repeat(FeedTokens.TOKEN_CHARS))).isFalse();
  }

  @Test
  void theSecretIsReadableByItsOwnerOnly() throws IOException {
    FeedTokens tokens = FeedTokens.in(data);
    tokens.token("a1b2c3");

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokens.file())))
        .isEqualTo("rw-------");
    try (var files = Files.list(data)) {
      assertThat(files).containsExactly(tokens.file()); // no temporary file left
    }
  }

  @Test
  void aSecretArgusDidNotWriteIsAClearError() throws IOException {
    Files.writeString(data.resolve(FeedTokens.FILE), "hunter2\n");

    assertThatThrownBy(() -> FeedTokens.in(data).token("a1b2c3"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not one Argus wrote")
        .hasMessageContaining("rotate-feeds");
  }
}
