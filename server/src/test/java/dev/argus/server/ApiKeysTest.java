package dev.argus.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeysTest {

  @TempDir Path data;

  private static final Instant NOW = Instant.parse("2026-03-14T10:00:00Z");

  @Test
  void aKeyIsShownOnceAndOnlyItsHashIsStored() throws Exception {
    ApiKeys keys = ApiKeys.in(data);

    String key = keys.create("newsroom", NOW);

    assertThat(key).startsWith(ApiKeys.PREFIX).hasSize(ApiKeys.PREFIX.length() + 43);
    String file = Files.readString(data.resolve("keys.json"));
    assertThat(file)
        .doesNotContain(key.substring(ApiKeys.PREFIX.length()))
        .contains(ApiKeys.hash(key));
    assertThat(keys.list()).extracting(ApiKeys.StoredKey::name).containsExactly("newsroom");
  }

  @Test
  void aKeyVerifiesToItsName() throws Exception {
    ApiKeys keys = ApiKeys.in(data);
    String key = keys.create("newsroom", NOW);

    assertThat(keys.verify(key)).hasValue("newsroom");
    assertThat(keys.verify(key + "x")).isEmpty();
    assertThat(keys.verify("")).isEmpty();
    assertThat(keys.verify("x".repeat(10_000))).isEmpty();
  }

  @Test
  void aRevokedKeyNoLongerVerifiesInAnotherInstanceEither() throws Exception {
    ApiKeys server = ApiKeys.in(data);
    String key = ApiKeys.in(data).create("newsroom", NOW);
    assertThat(server.verify(key)).hasValue("newsroom");

    assertThat(ApiKeys.in(data).revoke("newsroom")).isTrue();

    assertThat(server.verify(key)).isEmpty();
    assertThat(ApiKeys.in(data).revoke("newsroom")).isFalse();
  }

  @Test
  void namesAreCheckedAndUnique() throws Exception {
    ApiKeys keys = ApiKeys.in(data);
    keys.create("newsroom", NOW);

    assertThatThrownBy(() -> keys.create("newsroom", NOW)).hasMessageContaining("exists");
    assertThatThrownBy(() -> keys.create("two words", NOW)).hasMessageContaining("key name");
    assertThatThrownBy(() -> keys.create("", NOW)).hasMessageContaining("key name");
  }

  @Test
  void noFileMeansNoKeys() throws Exception {
    assertThat(ApiKeys.in(data).list()).isEmpty();
    assertThat(ApiKeys.in(data).verify("argus_x")).isEmpty();
  }
}
