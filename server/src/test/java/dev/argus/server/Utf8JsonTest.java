package dev.argus.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.util.RawValue;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Utf8JsonTest {

  private static final String FIELDS = "{\"title\":\"Zürich \\\"neu\\\" 小米 🚢\",\"tone\":0.25}";

  /** The same answer with the fields as a raw string and as raw UTF-8. */
  private static String both(String fields) throws Exception {
    Map<String, Object> asString = new LinkedHashMap<>();
    asString.put("id", "a");
    asString.put("article", new RawValue(fields));
    Map<String, Object> asBytes = new LinkedHashMap<>();
    asBytes.put("id", "a");
    asBytes.put(
        "article",
        new RawValue(new Utf8Json(ByteBuffer.wrap(fields.getBytes(StandardCharsets.UTF_8)))));
    byte[] expected = Json.MAPPER.writeValueAsBytes(List.of(asString, asString));
    assertThat(Json.MAPPER.writeValueAsBytes(List.of(asBytes, asBytes))).isEqualTo(expected);
    // A generator over characters (writeValueAsString) gives the same text.
    assertThat(Json.MAPPER.writeValueAsString(asBytes))
        .isEqualTo(Json.MAPPER.writeValueAsString(asString));
    return new String(expected, StandardCharsets.UTF_8);
  }

  @Test
  void rawUtf8IsWrittenAsARawStringIs() throws Exception {
    assertThat(both(FIELDS)).contains("\"article\":" + FIELDS);
  }

  @Test
  void rawUtf8LongerThanTheGeneratorsBufferIsWrittenWhole() throws Exception {
    String longFields = "{\"snippet\":\"" + "é".repeat(20_000) + "\"}";
    assertThat(both(longFields)).contains("\"article\":" + longFields);
  }

  @Test
  void onlyTheBufferFromItsPositionToItsLimitCounts() throws Exception {
    ByteBuffer b = ByteBuffer.wrap(("xx" + FIELDS + "yy").getBytes(StandardCharsets.UTF_8));
    b.position(2).limit(b.limit() - 2);
    Utf8Json json = new Utf8Json(b);

    assertThat(json.getValue()).isEqualTo(FIELDS);
    assertThat(Json.MAPPER.writeValueAsString(new RawValue(json))).isEqualTo(FIELDS);
  }
}
