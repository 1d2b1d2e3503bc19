package dev.argus.alerts;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.argus.ingest.fetch.NetworkGuard;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.ConnectionPool;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * POSTs a notification as JSON, signed: {@code X-Argus-Signature: sha256=<hex HMAC-SHA256 of the
 * exact body bytes, keyed with the webhook's secret>}, with {@code X-Argus-Delivery} (the same id
 * on every attempt, so a receiver can drop repeats) and {@code X-Argus-Event} (the kind). Targets
 * go through ingest's {@link NetworkGuard}, as fetches do (loopback, private and metadata addresses
 * refused, also when a name re-resolves between check and connection) unless the webhook was made
 * with {@code allowPrivateNetwork}. Redirects are not followed: a 3xx is a failure. Any 2xx is a
 * delivery; 408, 429 and 5xx and network errors are retried; other answers are final.
 */
final class WebhookSender implements Sender {

  static final String SIGNATURE = "X-Argus-Signature";
  static final String DELIVERY = "X-Argus-Delivery";
  static final String EVENT = "X-Argus-Event";
  private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");

  private final OkHttpClient guarded;
  private final OkHttpClient open;
  private final NetworkGuard guard;

  WebhookSender(Duration timeout) {
    OkHttpClient base =
        new OkHttpClient.Builder()
            .connectTimeout(timeout)
            .readTimeout(timeout)
            .writeTimeout(timeout)
            .callTimeout(timeout.multipliedBy(2))
            .followRedirects(false)
            .followSslRedirects(false)
            .retryOnConnectionFailure(false)
            // A fresh connection per delivery: a pooled one the receiver closed in between fails
            // the POST ("unexpected end of stream"), and retrying it silently could post twice.
            // Webhooks are few; the handshake is cheap beside the retries a stale one costs.
            .connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS))
            .build();
    this.guard = new NetworkGuard(Dns.SYSTEM, false, Set.of());
    this.guarded = base.newBuilder().dns(guard).build();
    this.open = base;
  }

  /** The body a notification is sent as: its JSON with the delivery id first. */
  static byte[] body(String deliveryId, Notification n) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("delivery", deliveryId);
    m.putAll(AlertStore.JSON.convertValue(n, new TypeReference<Map<String, Object>>() {}));
    return AlertStore.json(m).getBytes(StandardCharsets.UTF_8);
  }

  /** {@code sha256=} and the hex HMAC-SHA256 of {@code body} keyed with {@code secret}. */
  static String signature(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  /**
   * Refuses a target the guard would refuse (checked when an alert is made, so a bad URL fails then
   * rather than at its first delivery).
   *
   * @throws IllegalArgumentException saying why
   */
  void checkTarget(Channel.Webhook w) {
    if (w.allowPrivateNetwork()) return;
    HttpUrl url = HttpUrl.parse(w.url());
    if (url == null) throw new IllegalArgumentException("not a URL: " + w.url());
    try {
      guard.check(url.host());
    } catch (NetworkGuard.BlockedAddressException e) {
      throw new IllegalArgumentException(
          "webhook refused: "
              + e.getMessage()
              + " (private networks are refused unless allowed explicitly)");
    } catch (UnknownHostException e) {
      // Not resolvable now: it may be later; the delivery will say.
    }
  }

  @Override
  public Result send(AlertStore.Outgoing o) {
    Channel.Webhook w = (Channel.Webhook) o.channel();
    HttpUrl url = HttpUrl.parse(w.url());
    if (url == null) return Result.fail(0, "not a URL: " + w.url());
    if (!w.allowPrivateNetwork()) {
      try {
        guard.check(url.host());
      } catch (NetworkGuard.BlockedAddressException e) {
        return Result.fail(0, "refused: " + e.getMessage());
      } catch (UnknownHostException e) {
        return Result.retry(0, "unknown host: " + e.getMessage());
      }
    }
    byte[] body = body(o.id(), o.notification());
    Request request =
        new Request.Builder()
            .url(url)
            .header("User-Agent", "Argus-Alerts/1")
            .header(DELIVERY, o.id())
            .header(EVENT, o.notification().kind().name().toLowerCase(java.util.Locale.ROOT))
            .header(SIGNATURE, signature(w.secret(), body))
            .post(RequestBody.create(body, JSON_TYPE))
            .build();
    OkHttpClient client = w.allowPrivateNetwork() ? open : guarded;
    try (Response r = client.newCall(request).execute()) {
      int status = r.code();
      if (status >= 200 && status < 300) return Result.ok(status);
      String error = "HTTP " + status;
      if (status == 408 || status == 429 || status >= 500) return Result.retry(status, error);
      return Result.fail(status, error);
    } catch (NetworkGuard.BlockedAddressException e) {
      return Result.fail(0, "refused: " + e.getMessage());
    } catch (InterruptedIOException e) {
      return Result.retry(0, "timeout: " + e.getMessage());
    } catch (IOException e) {
      return Result.retry(0, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }
}
