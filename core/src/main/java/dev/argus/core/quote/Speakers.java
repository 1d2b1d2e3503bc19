package dev.argus.core.quote;

import dev.argus.core.text.WordPatterns;
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

  /**
   * Between a role and the name after it: "CEO Lei Jun", "Xiaomi's CEO, Lei Jun", "PDG de Nova,
   * Jean".
   */
  private static final Pattern GAP_BEFORE = Pattern.compile("[\\s,:]*(?:\\p{Lu}[\\p{L}'’]*\\s+)?");

  /**
   * Between a name and the role after it: "Lei Jun, CEO", "Jean Dupont, le PDG", "Lei Jun, Xiaomi's
   * CEO".
   */
  private static final Pattern GAP_AFTER = Pattern.compile(",\\s*(?:[\\p{L}'’]+\\s+){0,2}");

  private record Person(String name, int start, String role) {}

  /** People in text order. */
  private final List<Person> people = new ArrayList<>();

  /** Each name token's people, in text order: "Jun" → [Lei Jun, Lei Jun …]. */
  private final Map<String, List<Person>> byToken = new HashMap<>();

  /** Each role group's people, in text order. */
  private final Map<String, List<Person>> byRole = new HashMap<>();

  /** Each full name's mention offsets, in text order. */
  private final Map<String, List<Integer>> mentions = new HashMap<>();

  private static final Pattern ROLE_WORD = roleWordPattern();

  private static Pattern roleWordPattern() {
    return WordPatterns.anyOf(SpeechCues.roleWords());
  }

  Speakers(String text, int limit) {
    this(null, text, limit);
  }

  /**
   * With the article's headline: the people it names count as mentions before the text (negative
   * offsets), since the headline names the article's main character ("the company's CEO" in the
   * text). They do not take part in pronoun or surname resolution, which look at the text itself.
   */
  Speakers(String title, String text, int limit) {
    if (title != null && !title.isBlank()) {
      List<NameSpans.Span> inTitle = NameSpans.find(title, 0, title.length());
      for (int i = 0; i < inTitle.size(); i++) {
        NameSpans.Span s = NameSpans.personTail(inTitle.get(i));
        if (s != null) {
          mentions.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(i - inTitle.size() - 1);
        }
      }
    }
    for (NameSpans.Span piece : NameSpans.splitAtRoles(NameSpans.find(text, 0, limit))) {
      NameSpans.Span s = NameSpans.personTail(piece);
      if (s == null) continue;
      Person p = new Person(s.name(), s.start(), roleNear(text, s.start(), s.end()));
      people.add(p);
      for (String t : s.name().split(" "))
        byToken.computeIfAbsent(t, k -> new ArrayList<>()).add(p);
      if (p.role != null) byRole.computeIfAbsent(p.role, k -> new ArrayList<>()).add(p);
      mentions.computeIfAbsent(p.name, k -> new ArrayList<>()).add(p.start);
    }
  }

  /** Index of the last person in {@code list} (text order) starting before {@code at}, or -1. */
  private static int lastBefore(List<Person> list, int at) {
    int lo = 0;
    int hi = list.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (list.get(mid).start < at) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  private static int countBefore(List<Integer> offsets, int at) {
    int lo = 0;
    int hi = offsets.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (offsets.get(mid) < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private static String roleNear(String text, int start, int end) {
    int lineStart = Math.max(0, start - ROLE_REACH);
    String before = text.substring(lineStart, start);
    Matcher m = ROLE_WORD.matcher(before);
    String found = null;
    while (m.find()) {
      // only words between the role and the name: "CEO Lei Jun", "Xiaomi's CEO, Lei Jun"
      String gap = before.substring(m.end());
      if (GAP_BEFORE.matcher(gap).matches()) found = m.group();
    }
    if (found == null) {
      String after = text.substring(end, Math.min(text.length(), end + ROLE_REACH));
      Matcher a = ROLE_WORD.matcher(after);
      if (a.find() && GAP_AFTER.matcher(after.substring(0, a.start())).matches()) {
        found = a.group();
      }
    }
    return found == null ? null : SpeechCues.role(found);
  }

  /** Whether {@code token} is a token of some person's full name in this text. */
  boolean isNameToken(String token) {
    return byToken.containsKey(token);
  }

  /** A full name or a lone name token ("Jun") as the full name it stands for, or null. */
  String resolveName(String name, int at) {
    if (NameSpans.isPersonName(name)) return name;
    if (name.contains(" ")) return null;
    List<Person> list = byToken.getOrDefault(name, List.of());
    if (list.isEmpty()) return null;
    int k = lastBefore(list, at);
    return list.get(k >= 0 ? k : 0).name;
  }

  /** The person a pronoun at {@code at} stands for: the most recent full name before it. */
  String resolvePronoun(int at) {
    int k = lastBefore(people, at);
    return k < 0 ? null : people.get(k).name;
  }

  /** The person a role word at {@code at} stands for, or null. */
  String resolveRole(String roleWord, int at) {
    String key = SpeechCues.role(roleWord);
    List<Person> named = key == null ? List.of() : byRole.getOrDefault(key, List.of());
    int k = lastBefore(named, at);
    if (k >= 0) return named.get(k).name;
    String best = null;
    int bestCount = 0;
    int bestLast = -1;
    for (Map.Entry<String, List<Integer>> e : mentions.entrySet()) {
      int c = countBefore(e.getValue(), at);
      if (c == 0) continue;
      int last = e.getValue().get(c - 1);
      if (c > bestCount || (c == bestCount && last > bestLast)) {
        best = e.getKey();
        bestCount = c;
        bestLast = last;
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
