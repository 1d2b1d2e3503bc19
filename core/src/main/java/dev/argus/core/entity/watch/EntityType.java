package dev.argus.core.entity.watch;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a watched entity is. {@link #id()} is the value written in watch lists and mentions. */
public enum EntityType {
  ORGANIZATION,
  PERSON,
  PRODUCT,
  PLACE,
  TOPIC;

  /** The lower-case name used in files and in {@link dev.argus.core.model.Mention#type()}. */
  private final String id = name().toLowerCase(Locale.ROOT);

  public String id() {
    return id;
  }

  /** The type named {@code id} (case-insensitive), or {@code null} when there is none. */
  public static EntityType fromId(String id) {
    if (id == null) return null;
    String wanted = id.strip();
    for (EntityType t : values()) {
      if (t.id().equalsIgnoreCase(wanted)) return t;
    }
    return null;
  }

  static String allowed() {
    return Arrays.stream(values()).map(EntityType::id).collect(Collectors.joining(", "));
  }
}
