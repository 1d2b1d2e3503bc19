package dev.argus.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The server's one JSON mapper: dates and durations as ISO-8601 text. */
final class Json {

  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);

  static final String TYPE = "application/json; charset=utf-8";

  /**
   * The request attribute holding where a 200 answer's bytes go as well (the {@link AnswerCache}),
   * set by the server on the routes whose answers it keeps.
   */
  static final String KEEP = "argus.keep-answer";

  private Json() {}

  /** Answers {@code body} as JSON with {@code status}. */
  static void send(Context ctx, int status, Object body) {
    try {
      byte[] bytes = MAPPER.writeValueAsBytes(body);
      if (status == 200 && ctx.attribute(KEEP) instanceof java.util.function.Consumer<?> keep) {
        @SuppressWarnings("unchecked")
        java.util.function.Consumer<byte[]> k = (java.util.function.Consumer<byte[]>) keep;
        k.accept(bytes);
      }
      ctx.status(status).contentType(TYPE).result(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Answers {@code body} as JSON with 200. */
  static void ok(Context ctx, Object body) {
    send(ctx, 200, body);
  }
}
