package dev.argus.alerts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Channels as plain maps, for the database ({@code {"type":"webhook","url":…}}). */
final class Channels {

  private Channels() {}

  static List<Map<String, Object>> encode(List<Channel> channels) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Channel c : channels) {
      Map<String, Object> m = new LinkedHashMap<>();
      switch (c) {
        case Channel.Webhook w -> {
          m.put("type", "webhook");
          m.put("url", w.url());
          m.put("secret", w.secret());
          m.put("allowPrivateNetwork", w.allowPrivateNetwork());
        }
        case Channel.Email e -> {
          m.put("type", "email");
          m.put("to", e.to());
        }
        case Channel.Atom a -> m.put("type", "atom");
      }
      out.add(m);
    }
    return out;
  }

  static List<Channel> decode(List<Map<String, Object>> maps) {
    List<Channel> out = new ArrayList<>();
    for (Map<String, Object> m : maps) {
      out.add(
          switch (String.valueOf(m.get("type"))) {
            case "webhook" ->
                new Channel.Webhook(
                    (String) m.get("url"),
                    (String) m.get("secret"),
                    Boolean.TRUE.equals(m.get("allowPrivateNetwork")));
            case "email" -> new Channel.Email((String) m.get("to"));
            case "atom" -> new Channel.Atom();
            default -> throw new IllegalStateException("unknown channel type " + m.get("type"));
          });
    }
    return out;
  }
}
