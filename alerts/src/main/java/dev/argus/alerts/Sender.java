package dev.argus.alerts;

/** Delivers one notification to one channel; never throws: a failure is a {@link Result}. */
interface Sender {

  /**
   * How an attempt went: {@code error} null when delivered; {@code retryable} when a later attempt
   * may succeed (a timeout, a 5xx), false when it cannot (a refused address, a 4xx).
   */
  record Result(int httpStatus, String error, boolean retryable) {
    static Result ok(int httpStatus) {
      return new Result(httpStatus, null, false);
    }

    static Result retry(int httpStatus, String error) {
      return new Result(httpStatus, error, true);
    }

    static Result fail(int httpStatus, String error) {
      return new Result(httpStatus, error, false);
    }

    boolean ok() {
      return error == null;
    }
  }

  Result send(AlertStore.Outgoing o);
}
