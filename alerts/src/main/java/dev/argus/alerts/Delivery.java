package dev.argus.alerts;

import java.time.Instant;
import java.util.List;

/**
 * One line of the delivery log: one attempt to deliver one notification to one channel. {@code
 * deliveryId} is the same for every attempt of a delivery (the webhook's {@code X-Argus-Delivery}).
 * {@code httpStatus} is 0 when no HTTP answer came; {@code error} is null on success.
 */
public record Delivery(
    long id,
    String deliveryId,
    String alertId,
    String alertName,
    String storyId,
    List<String> articleIds,
    Notification.Kind kind,
    String channel,
    int attempt,
    Status status,
    int httpStatus,
    String error,
    Instant time) {

  /** How an attempt ended. */
  public enum Status {
    /** Delivered. */
    OK,
    /** Failed; another attempt is scheduled. */
    RETRY,
    /** Failed for good: the last attempt, or an error no retry can fix. */
    FAILED
  }

  public Delivery {
    articleIds = List.copyOf(articleIds);
  }
}
