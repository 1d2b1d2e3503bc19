package dev.argus.core.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people named in one text, and how a pronoun, a role or a bare surname found at some offset
 * resolves to one of them. Built once per text; immutable afterwards.
 *
 * <ul>
 *   <li>A surname or first name alone ("Jun", "Mr. Jun") resolves to the most recent full name
 *       before it that has that token, else the first one after it.
 *   <li>A pronoun resolves to the most recent full name before it. Gender is not checked: the
 *       lexicons carry no gender for names.
 *   <li>A role ("the CEO", "le PDG") resolves to the most recent person named with that role ("CEO
 *       Lei Jun", "Jean Dupont, PDG de …"); failing that, to the most salient person before it
 *       (most mentions, ties to the most recent), because an article's "the company's CEO" is
 *       almost always its main character, who is not always the last person named.
 * </ul>
 */
final class Speakers {

  /** How far (UTF-16 units) a role may sit from a name and still be that person's role. */
  static final int ROLE_REACH = 40;

  private record Person(String name, int start, String role) {}

  private final List<Person> people = new ArrayList<>();
  private final Map<String, String> canonical = new HashMap<>(); // name -> first full form

  private static final Pattern ROLE_WORD = roleWordPattern();

  private static Pattern roleWordPattern() {
    StringBuilder alt = new StringBuilder();
    SpeechCues.roleWords().stream()
        .sorted((a, b) -> b.length() - a.length())
        .forEach(r -> alt.append(alt.isEmpty() ? "" : "|").append(Pattern.quote(r)));
    return Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:" + alt + ")(?![\\p{L}\\p{N}])");
  }

  Speakers(String text, int limit) {
    for (NameSpans.Span s : NameSpans.find(text, 0, limit)) {
      if (!NameSpans.isPersonName(s.name())) continue;
      String role = roleNear(text, s.start(), s.end());
      people.add(new Person(s.name(), s.start(), role));
      canonical.putIfAbsent(s.name(), s.name());
    }
  }

  private static String roleNear(String text, int start, int end) {
    int lineStart = Math.max(0, start - ROLE_REACH);
    String before = text.substring(lineStart, start);
    Matcher m = ROLE_WORD.matcher(before);
    String found = null;
    while (m.find()) {
      // only words between the role and the name: "CEO Lei Jun", "Xiaomi's CEO, Lei Jun"
      String gap = before.substring(m.end());
      if (gap.matches("[\\s,:]*(?:\\p{Lu}[\\p{L}'’]*\\s+)?")) found = m.group();
    }
    if (found == null) {
      String after = text.substring(end, Math.min(text.length(), end + ROLE_REACH));
      Matcher a = ROLE_WORD.matcher(after);
      if (a.find() && after.substring(0, a.start()).matches(",\\s*(?:[\\p{L}'’]+\\s+){0,2}")) {
        found = a.group();
      }
    }
    return found == null ? null : SpeechCues.role(found);
  }

  boolean isEmpty() {
    return people.isEmpty();
  }

  /** Whether {@code token} is a token of some person's full name in this text. */
  boolean isNameToken(String token) {
    for (Person p : people) {
      for (String t : p.name.split(" ")) if (t.equals(token)) return true;
    }
    return false;
  }

  boolean isPerson(String name) {
    return canonical.containsKey(name);
  }

  /** A full name or a lone name token ("Jun") as the full name it stands for, or null. */
  String resolveName(String name, int at) {
    if (NameSpans.isPersonName(name)) return name;
    if (name.contains(" ")) return null;
    Person before = null;
    Person after = null;
    for (Person p : people) {
      if (!List.of(p.name.split(" ")).contains(name)) continue;
      if (p.start < at) before = p;
      else if (after == null) after = p;
    }
    Person p = before != null ? before : after;
    return p == null ? null : p.name;
  }

  /** The person a pronoun at {@code at} stands for: the most recent full name before it. */
  String resolvePronoun(int at) {
    Person last = null;
    for (Person p : people) {
      if (p.start < at) last = p;
    }
    return last == null ? null : last.name;
  }

  /** The person a role word at {@code at} stands for, or null. */
  String resolveRole(String roleWord, int at) {
    String key = SpeechCues.role(roleWord);
    Person named = null;
    for (Person p : people) {
      if (p.start < at && key != null && key.equals(p.role)) named = p;
    }
    if (named != null) return named.name;
    Map<String, Integer> count = new HashMap<>();
    Map<String, Integer> last = new HashMap<>();
    for (Person p : people) {
      if (p.start >= at) break;
      count.merge(p.name, 1, Integer::sum);
      last.put(p.name, p.start);
    }
    String best = null;
    for (String n : count.keySet()) {
      if (best == null
          || count.get(n) > count.get(best)
          || (count.get(n).equals(count.get(best)) && last.get(n) > last.get(best))) {
        best = n;
      }
    }
    return best;
  }

  static boolean isRoleWord(String w) {
    return SpeechCues.role(w.toLowerCase(Locale.ROOT)) != null;
  }

  static Pattern roleWords() {
    return ROLE_WORD;
  }
}
