package dev.argus.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argus.store.query.QuerySyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changing an alert (what the server's PUT does): its id, creation time and switch stay. */
class AlertsUpdateTest {

  @TempDir Path data;

  @Test
  void aChangeKeepsTheIdAndIsSeenByAnotherInstance() throws Exception {
    try (Alerts alerts = Alerts.open(data, Alerts.Settings.defaults())) {
      Alert a = alerts.add("nexori", "Nexori", List.of(new Channel.Atom()), Mode.INSTANT);
      alerts.setEnabled("nexori", false);

      Alert changed =
          alerts
              .update(
                  a.id(),
                  "nexori-fr",
                  "Nexori AND lang:fr",
                  List.of(new Channel.Atom()),
                  Mode.DAILY)
              .orElseThrow();

      assertThat(changed.id()).isEqualTo(a.id());
      assertThat(changed.created()).isEqualTo(a.created());
      assertThat(changed.enabled()).isFalse();
      try (Alerts other = Alerts.open(data, Alerts.Settings.defaults())) {
        assertThat(other.byId(a.id())).contains(changed);
        assertThat(other.get("nexori")).isEmpty();
      }
    }
  }

  @Test
  void aChangeIsCheckedLikeAnAddition() throws Exception {
    try (Alerts alerts = Alerts.open(data, Alerts.Settings.defaults())) {
      Alert a = alerts.add("nexori", "Nexori", List.of(new Channel.Atom()), Mode.INSTANT);
      alerts.add("orbis", "Orbis", List.of(new Channel.Atom()), Mode.INSTANT);

      assertThatThrownBy(
              () ->
                  alerts.update(
                      a.id(), "orbis", "Nexori", List.of(new Channel.Atom()), Mode.INSTANT))
          .hasMessageContaining("exists already");
      assertThatThrownBy(
              () ->
                  alerts.update(
                      a.id(), "nexori", "Nexori AND (", List.of(new Channel.Atom()), Mode.INSTANT))
          .isInstanceOf(QuerySyntaxException.class);
      assertThatThrownBy(
              () ->
                  alerts.update(
                      a.id(),
                      "nexori",
                      "Nexori",
                      List.of(new Channel.Webhook("http://127.0.0.1:9/hook", "s", false)),
                      Mode.INSTANT))
          .hasMessageContaining("webhook refused");
      assertThat(alerts.update("nope", "x", "Nexori", List.of(new Channel.Atom()), Mode.INSTANT))
          .isEmpty();
      assertThat(alerts.byId(a.id()).orElseThrow().query()).isEqualTo("Nexori");
    }
  }
}
