package dev.argus.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LenientDatesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2025-11-03T10:15:00+01:00          | 2025-11-03T09:15:00Z",
        "2025-11-03 10:15:00                | 2025-11-03T10:15:00Z",
        "2025-11-03T10:15:00                | 2025-11-03T10:15:00Z",
        "2025-11-03T10:15:00.123+0100       | 2025-11-03T09:15:00Z",
        "2025/11/03 10:15                   | 2025-11-03T10:15:00Z",
        "2025-11-03                         | 2025-11-03T00:00:00Z",
        "Mon, 03 Nov 2025 10:15:00 CEST     | 2025-11-03T08:15:00Z",
        "Mon, 3 Nov 2025 10:15 +01:00       | 2025-11-03T09:15:00Z",
        "Monday, 3rd November 2025 10:15 GMT | 2025-11-03T10:15:00Z",
        "03 Nov 2025                        | 2025-11-03T00:00:00Z",
        "November 3, 2025 4:30 PM EST       | 2025-11-03T21:30:00Z",
        "Sept. 3, 2025                      | 2025-09-03T00:00:00Z",
        "Mon, 03 Nov 2025 10:15:00 XYZ      | 2025-11-03T10:15:00Z",
        "Mon, 03 Nov 2025 10:15:00 GMT+2    | 2025-11-03T08:15:00Z",
      })
  void readsCommonBrokenForms(String raw, String expected) {
    assertThat(LenientDates.parse(raw)).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "yesterday",
        "2025-13-45",
        "31 Foo 2025",
        "Mon, 03 Nov 2025 25:15:00 GMT",
        "0000-01-01",
        "3 hours ago"
      })
  void rejectsWhatItCannotRead(String raw) {
    assertThat(LenientDates.parse(raw)).isNull();
  }
}
