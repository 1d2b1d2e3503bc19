package dev.argus.server;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The API keys of a data folder, in {@code DATA/keys.json}. A key is shown once, when it is
 * created; the file keeps only its SHA-256 hash, its name and when it was created, so a copy of the
 * file lets nobody in. Writes replace the file atomically (a temporary file moved over it). A
 * running server sees keys created or revoked by another process: it re-reads the file when the
 * file changed.
 *
 * <p>Keys are 32 random bytes: hashing them once with SHA-256 is enough (no slow password hash is
 * needed for secrets with 256 bits of entropy), and hashes are compared in constant time.
 */
public final class ApiKeys {

  /** What every key starts with, so a leaked one is easy to recognise and search for. */
  public static final String PREFIX = "argus_";

  /** Longest key header accepted; anything longer is not one of ours. */
  static final int MAX_KEY_CHARS = 128;

  /** Key names: letters, digits, dot, dash, underscore; 1 to 64 characters. */
  static final String NAME_PATTERN = "[A-Za-z0-9._-]{1,64}";

  /** One stored key: its name, the hex SHA-256 of the key, and when it was created. */
  public record StoredKey(String name, String sha256, Instant created) {
    public StoredKey {
      Objects.requireNonNull(name);
      Objects.requireNonNull(sha256);
      Objects.requireNonNull(created);
    }
  }

  /** The file's content. */
  record KeyFile(List<StoredKey> keys) {
    KeyFile {
      keys = keys == null ? List.of() : List.copyOf(keys);
    }
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path file;
  private final FeedTokens feeds;
  private final PrivateFiles.Cached<List<StoredKey>> stored;

  public ApiKeys(Path file) {
    this.file = file;
    this.feeds = new FeedTokens(file.resolveSibling(FeedTokens.FILE));
    this.stored = new PrivateFiles.Cached<>(file, ApiKeys::read);
  }

  /** The keys file of data folder {@code data}. */
  public static ApiKeys in(Path data) {
    return new ApiKeys(data.resolve("keys.json"));
  }

  public Path file() {
    return file;
  }

  /** The feed tokens of the same data folder, whose secret sits beside the keys file. */
  public FeedTokens feeds() {
    return feeds;
  }

  /**
   * Creates a key named {@code name} and returns it: the only time it can be seen.
   *
   * @throws IllegalArgumentException when the name is malformed or taken
   */
  public synchronized String create(String name, Instant now) throws IOException {
    if (name == null || !name.matches(NAME_PATTERN)) {
      throw new IllegalArgumentException(
          "a key name is 1 to 64 letters, digits, '.', '-' or '_', was '" + name + "'");
    }
    List<StoredKey> keys = new ArrayList<>(list());
    if (keys.stream().anyMatch(k -> k.name().equals(name))) {
      throw new IllegalArgumentException(
          "a key named '" + name + "' exists: revoke it first or choose another name");
    }
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    keys.add(new StoredKey(name, hash(key), now));
    write(keys);
    return key;
  }

  /** The stored keys, oldest first. */
  public synchronized List<StoredKey> list() throws IOException {
    List<StoredKey> keys = stored.get();
    return keys == null ? List.of() : keys;
  }

  private static List<StoredKey> read(Path file) throws IOException {
    try {
      return Json.MAPPER.readValue(file.toFile(), new TypeReference<KeyFile>() {}).keys();
    } catch (IOException e) {
      throw new IOException("cannot read the API keys in " + file + ": " + e.getMessage(), e);
    }
  }

  /** Revokes the key named {@code name}; false when there is none. */
  public synchronized boolean revoke(String name) throws IOException {
    List<StoredKey> keys = new ArrayList<>(list());
    if (!keys.removeIf(k -> k.name().equals(name))) return false;
    write(keys);
    return true;
  }

  /**
   * The name of the key {@code presented} is, if it is a valid key. Every stored hash is compared,
   * each in constant time, so the answer's timing says nothing about which bytes matched.
   */
  public Optional<String> verify(String presented) throws IOException {
    if (presented == null || presented.isEmpty() || presented.length() > MAX_KEY_CHARS) {
      return Optional.empty();
    }
    byte[] asked = HexFormat.of().parseHex(hash(presented));
    String found = null;
    for (StoredKey k : list()) {
      byte[] stored;
      try {
        stored = HexFormat.of().parseHex(k.sha256());
      } catch (IllegalArgumentException e) {
        continue;
      }
      if (MessageDigest.isEqual(stored, asked) && found == null) found = k.name();
    }
    return Optional.ofNullable(found);
  }

  static String hash(String key) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  private void write(List<StoredKey> keys) throws IOException {
    byte[] json = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(new KeyFile(keys));
    PrivateFiles.write(file, json, true);
    stored.forget();
  }
}
