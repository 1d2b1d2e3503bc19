package dev.argus.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Feed tokens: what lets a feed reader, which cannot send an API key, read one alert's Atom feed
 * from a server whose reads need a key ({@code --read key}). A token is the HMAC-SHA256 of the
 * alert's id under a secret of the data folder, {@code DATA/feed-secret} (32 random bytes, made on
 * first use, readable by its owner only). So a token opens that one feed and nothing else, reads
 * only, stays the same for the alert's life, and nothing per alert needs storing. {@link #rotate()}
 * ({@code argus keys rotate-feeds}) replaces the secret, which changes every token at once: links
 * handed out before stop working, and the dashboard shows the new ones.
 *
 * <p>Unlike {@code keys.json}, which holds only hashes, a copy of this file lets its holder make
 * every feed's token. A running server sees a secret rotated by another process: it re-reads the
 * file when the file changed.
 */
public final class FeedTokens {

  /** The secret's file name in the data folder. */
  public static final String FILE = "feed-secret";

  /** Characters of a token: 32 bytes of HMAC, base64url without padding. */
  static final int TOKEN_CHARS = 43;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path file;

  /** The secret as last written (null when there is none). */
  private final PrivateFiles.Cached<byte[]> secret;

  public FeedTokens(Path file) {
    this.file = file;
    this.secret = new PrivateFiles.Cached<>(file, FeedTokens::read);
  }

  /** The feed tokens of data folder {@code data}. */
  public static FeedTokens in(Path data) {
    return new FeedTokens(data.resolve(FILE));
  }

  public Path file() {
    return file;
  }

  /** The token of the feed of the alert with id {@code alertId}; makes the secret if none yet. */
  public synchronized String token(String alertId) throws IOException {
    byte[] key = secret.get();
    if (key == null) {
      write(false); // another process that made one first wins
      key = secret.get();
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(key, alertId));
  }

  /**
   * Whether {@code presented} is the token of the feed of the alert with id {@code alertId},
   * compared in constant time. False when there is no secret yet (no token was ever made).
   */
  public boolean verify(String alertId, String presented) throws IOException {
    if (alertId == null || presented == null || presented.length() != TOKEN_CHARS) return false;
    byte[] asked;
    try {
      asked = Base64.getUrlDecoder().decode(presented);
    } catch (IllegalArgumentException e) {
      return false;
    }
    byte[] key = secret.get();
    return key != null && MessageDigest.isEqual(mac(key, alertId), asked);
  }

  /** Replaces the secret: every token made before stops opening its feed. */
  public synchronized void rotate() throws IOException {
    write(true);
  }

  private static byte[] read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
    byte[] secret;
    try {
      secret = Base64.getUrlDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      secret = new byte[0];
    }
    if (secret.length < 16) {
      throw new IOException(
          "the feed secret in "
              + file
              + " is not one Argus wrote; delete it or run argus keys rotate-feeds");
    }
    return secret;
  }

  /** Writes a new secret, over the one there or (without {@code replace}) only if none is. */
  private void write(boolean replace) throws IOException {
    byte[] fresh = new byte[32];
    RANDOM.nextBytes(fresh);
    String text = Base64.getUrlEncoder().withoutPadding().encodeToString(fresh) + "\n";
    PrivateFiles.write(file, text.getBytes(StandardCharsets.US_ASCII), replace);
    secret.forget();
  }

  private static byte[] mac(byte[] secret, String alertId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal(("argus-feed\0" + alertId).getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no HmacSHA256", e);
    }
  }
}
