package dev.argus.core.entity.discover;

/** What kind of thing a discovered name most likely names, guessed from cues around it. */
public enum NameType {
  PERSON,
  ORGANIZATION,
  PLACE,
  PRODUCT,
  UNKNOWN
}
