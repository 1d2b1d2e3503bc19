package dev.argus.store.query;

import static dev.argus.store.query.QueryLanguage.MAX_DEPTH;
import static dev.argus.store.query.QueryLanguage.MAX_DISTANCE;
import static dev.argus.store.query.QueryLanguage.MAX_QUERY_LENGTH;
import static dev.argus.store.query.QueryLanguage.MIN_WILDCARD_LITERALS;

import dev.argus.store.index.Schema;
import dev.argus.store.query.Node.And;
import dev.argus.store.query.Node.DateRange;
import dev.argus.store.query.Node.DateValue;
import dev.argus.store.query.Node.Exists;
import dev.argus.store.query.Node.MatchAll;
import dev.argus.store.query.Node.Near;
import dev.argus.store.query.Node.Not;
import dev.argus.store.query.Node.NumberRange;
import dev.argus.store.query.Node.Or;
import dev.argus.store.query.Node.Phrase;
import dev.argus.store.query.Node.Wildcard;
import dev.argus.store.query.Node.Word;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recursive-descent parser straight over the characters (no separate lexer: what a character
 * means depends on where it is, as in {@code tone:[-1 TO -0.2]} against {@code -word}). Grammar,
 * loosest first:
 *
 * <pre>
 * query   = or EOF
 * or      = and (("OR" | "||") and)*
 * and     = near (("AND" | "&amp;&amp;")? near)*
 * near    = unary ("NEAR/" digits unary)*
 * unary   = ("NOT" | "-" | "+") unary | primary
 * primary = "(" or ")" | field ":" value | phrase | word
 * </pre>
 */
final class Parser {

  /** Spellings the error messages may suggest for an unknown field, aliases included. */
  private static final List<String> FIELD_SPELLINGS;

  static {
    Set<String> names = new LinkedHashSet<>(Schema.fields());
    for (String alias :
        List.of("lang", "site", "date", "by", "entities", "authors", "names", "story", "cite")) {
      if (Schema.field(alias) != null) names.add(alias);
    }
    FIELD_SPELLINGS = List.copyOf(names);
  }

  private static final Pattern FIELD_PREFIX = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*:");
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");
  private static final Pattern RELATIVE =
      Pattern.compile("now(?:([-+])(\\d{1,6})([hdw]))?", Pattern.CASE_INSENSITIVE);
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final String s;
  private int pos;
  private int depth;

  Parser(String query) {
    this.s = query == null ? "" : query;
  }

  Node parse() {
    if (s.length() > MAX_QUERY_LENGTH) {
      throw error(
          MAX_QUERY_LENGTH,
          "query too long: %,d characters (the limit is %,d)"
              .formatted(s.length(), MAX_QUERY_LENGTH));
    }
    skipSpace();
    if (atEnd()) throw error(0, "empty query");
    Node n = or(null);
    skipSpace();
    if (!atEnd()) {
      // and() stops only at the end, at ')' or before OR; or() consumes every OR.
      throw error(pos, "unexpected ')' without a '(' before it");
    }
    return n;
  }

  // ---- operators

  private Node or(String field) {
    List<Node> clauses = new ArrayList<>();
    clauses.add(and(field));
    while (true) {
      skipSpace();
      int op = pos;
      int len = atKeyword("OR") ? 2 : s.startsWith("||", pos) ? 2 : 0;
      if (len == 0) break;
      pos += len;
      expectOperand(op, s.substring(op, op + len));
      clauses.add(and(field));
    }
    return clauses.size() == 1
        ? clauses.get(0)
        : new Or(clauses, clauses.get(0).start(), clauses.get(clauses.size() - 1).end());
  }

  private Node and(String field) {
    List<Node> clauses = new ArrayList<>();
    clauses.add(near(field));
    while (true) {
      skipSpace();
      if (atEnd() || peek() == ')' || atKeyword("OR") || s.startsWith("||", pos)) break;
      int op = pos;
      int len = atKeyword("AND") ? 3 : s.startsWith("&&", pos) ? 2 : 0;
      if (len > 0) {
        pos += len;
        expectOperand(op, s.substring(op, op + len));
      }
      clauses.add(near(field));
    }
    return clauses.size() == 1
        ? clauses.get(0)
        : new And(clauses, clauses.get(0).start(), clauses.get(clauses.size() - 1).end());
  }

  private Node near(String field) {
    Node left = unary(field);
    while (true) {
      skipSpace();
      if (!atNear()) return left;
      int op = pos;
      pos += 4;
      int distance = nearDistance(op);
      expectOperand(op, s.substring(op, pos));
      Node right = unary(field);
      checkNearOperand(left);
      checkNearOperand(right);
      checkSameField(left, right, op);
      left = new Near(left, right, distance, left.start(), right.end());
    }
  }

  private int nearDistance(int op) {
    if (atEnd() || peek() != '/') throw error(op, "NEAR needs a number, as in NEAR/5");
    pos++;
    int digits = pos;
    while (!atEnd() && isAsciiDigit(peek())) pos++;
    if (pos == digits || !(atEnd() || endsToken(peek()))) {
      throw error(op, "NEAR needs a number, as in NEAR/5");
    }
    return distance(digits, s.substring(digits, pos));
  }

  private int distance(int at, String digits) {
    if (digits.length() > 6 || Integer.parseInt(digits) > MAX_DISTANCE) {
      throw error(
          at, "distance %s is too large (the limit is %,d)".formatted(digits, MAX_DISTANCE));
    }
    return Integer.parseInt(digits);
  }

  private Node unary(String field) {
    skipSpace();
    int start = pos;
    if (atKeyword("NOT") || (!atEnd() && (peek() == '-' || peek() == '+'))) {
      boolean plus = peek() == '+';
      String op = atKeyword("NOT") ? "NOT" : String.valueOf(peek());
      pos += op.length();
      if (op.length() == 1 && (atEnd() || Character.isWhitespace(peek()))) {
        throw error(start, "'%s' must be followed by a term, as in %sword".formatted(op, op));
      }
      expectOperand(start, op);
      enter(start);
      Node clause = unary(field);
      depth--;
      return plus ? clause : new Not(clause, start, clause.end());
    }
    return primary(field);
  }

  private void enter(int at) {
    if (++depth > MAX_DEPTH) {
      throw error(
          at, "too deeply nested: more than %d levels of parentheses or NOT".formatted(MAX_DEPTH));
    }
  }

  /** After an operator: fails unless a term follows. */
  private void expectOperand(int op, String name) {
    skipSpace();
    if (atEnd() || peek() == ')' || atBinaryOperator()) {
      throw error(op, "missing a term after " + name);
    }
  }

  // ---- terms

  private Node primary(String field) {
    skipSpace();
    int start = pos;
    if (atEnd()) throw error(pos, "missing a term at the end of the query");
    char c = peek();
    if (atBinaryOperator()) {
      String op = atNear() ? "NEAR" : s.substring(pos, pos + (atKeyword("AND") ? 3 : 2));
      throw error(start, "%s needs a term before it".formatted(op));
    }
    if (c == '(') return group(field);
    if (c == ')') throw error(start, "unexpected ')'");
    if (c == '"') return phrase(field, field == null ? Schema.Kind.TEXT : Schema.kind(field));
    if (c == '[' || c == '{') {
      throw error(start, "a range needs a field, as in published:[2026-01-01 TO 2026-02-01]");
    }
    if (c == '>' || c == '<') throw error(start, "a comparison needs a field, as in tone:<0");
    Matcher m = FIELD_PREFIX.matcher(s).region(pos, s.length());
    if (m.lookingAt()) return fielded(m.end());
    return word(field);
  }

  private Node group(String field) {
    int open = pos;
    pos++;
    enter(open);
    skipSpace();
    if (!atEnd() && peek() == ')') throw error(open, "empty parentheses");
    if (atEnd()) throw error(pos, "missing closing parenthesis for '(' at " + open);
    Node inner = or(field);
    skipSpace();
    if (atEnd()) throw error(pos, "missing closing parenthesis for '(' at " + open);
    pos++; // or() stops only at the end or at ')'
    depth--;
    return inner;
  }

  private Node fielded(int afterColon) {
    int start = pos;
    String name = s.substring(pos, afterColon - 1);
    String field = Schema.field(name);
    if (field == null) throw error(start, unknownField(name));
    pos = afterColon;
    if (atEnd() || Character.isWhitespace(peek()) || peek() == ')') {
      throw error(pos, "missing a value after '%s:'".formatted(name));
    }
    Schema.Kind kind = Schema.kind(field);
    char c = peek();
    return switch (kind) {
      case TEXT, KEYWORD -> {
        if (c == '[' || c == '{' || c == '>' || c == '<') {
          throw error(
              pos,
              "ranges and comparisons need a date or number field; '%s' is a %s field"
                  .formatted(name, kind == Schema.Kind.TEXT ? "text" : "keyword"));
        }
        if (c == '(') yield group(field);
        yield startingAt(start, c == '"' ? phrase(field, kind) : word(field));
      }
      case DATE, NUMBER -> {
        if (c == '[' || c == '{') yield range(start, field, kind);
        if (c == '>' || c == '<') yield comparison(start, field, kind);
        if (c == '(' || c == '"') {
          throw error(
              pos,
              "'%s' takes a value, a comparison or a range, as in %s"
                  .formatted(
                      name, kind == Schema.Kind.DATE ? "published:>=2026-01-01" : "tone:<0"));
        }
        int at = pos;
        String value = token(false);
        if (value.equals("*")) yield new Exists(field, start, pos);
        yield exact(start, field, kind, value, at);
      }
    };
  }

  /** A fielded term spans its field name too. */
  private static Node startingAt(int start, Node n) {
    return switch (n) {
      case Word w -> new Word(w.field(), w.text(), start, w.end());
      case Phrase p -> new Phrase(p.field(), p.text(), p.slop(), start, p.end());
      case Wildcard w -> new Wildcard(w.field(), w.pattern(), start, w.end());
      case Exists e -> new Exists(e.field(), start, e.end());
      default -> n;
    };
  }

  private Node exact(int start, String field, Schema.Kind kind, String value, int at) {
    if (kind == Schema.Kind.DATE) {
      DateValue d = date(value, at);
      return new DateRange(field, d, true, d, true, start, pos);
    }
    double v = number(value, at);
    return new NumberRange(field, v, true, v, true, start, pos);
  }

  private Node comparison(int start, String field, Schema.Kind kind) {
    int op = pos;
    pos++;
    boolean orEqual = !atEnd() && peek() == '=';
    if (orEqual) pos++;
    String opText = s.substring(op, pos);
    int at = pos;
    String value = atEnd() ? "" : token(false);
    if (value.isEmpty()) throw error(at, "missing a value after '%s'".formatted(opText));
    boolean greater = s.charAt(op) == '>';
    if (kind == Schema.Kind.DATE) {
      DateValue d = date(value, at);
      return greater
          ? new DateRange(field, d, orEqual, null, true, start, pos)
          : new DateRange(field, null, true, d, orEqual, start, pos);
    }
    double v = number(value, at);
    return greater
        ? new NumberRange(field, v, orEqual, null, true, start, pos)
        : new NumberRange(field, null, true, v, orEqual, start, pos);
  }

  private Node range(int start, String field, Schema.Kind kind) {
    int open = pos;
    boolean fromInclusive = peek() == '[';
    pos++;
    skipSpace();
    int fromAt = pos;
    String from = token(true);
    if (from.isEmpty() || from.equals("TO")) throw error(fromAt, "missing the start of the range");
    skipSpace();
    if (!(s.startsWith("TO", pos)
        && pos + 2 < s.length()
        && Character.isWhitespace(s.charAt(pos + 2)))) {
      throw error(pos, "missing 'TO' in the range, as in [2026-01-01 TO 2026-02-01]");
    }
    pos += 2;
    skipSpace();
    int toAt = pos;
    String to = token(true);
    if (to.isEmpty()) throw error(toAt, "missing the end of the range");
    skipSpace();
    if (atEnd() || (peek() != ']' && peek() != '}')) {
      throw error(pos, "missing ']' or '}' to close the range opened at " + open);
    }
    boolean toInclusive = peek() == ']';
    pos++;
    if (from.equals("*") && to.equals("*")) return new Exists(field, start, pos);
    if (kind == Schema.Kind.DATE) {
      DateValue a = from.equals("*") ? null : date(from, fromAt);
      DateValue b = to.equals("*") ? null : date(to, toAt);
      // Relative and absolute bounds compare only once "now" is known; check the rest here.
      if (a != null
          && b != null
          && (a instanceof Node.Ago) == (b instanceof Node.Ago)
          && a.firstMillis(Instant.EPOCH) > b.firstMillis(Instant.EPOCH)) {
        throw error(toAt, "the range ends before it starts");
      }
      return new DateRange(field, a, fromInclusive, b, toInclusive, start, pos);
    }
    Double a = from.equals("*") ? null : number(from, fromAt);
    Double b = to.equals("*") ? null : number(to, toAt);
    if (a != null && b != null && a > b) throw error(toAt, "the range ends before it starts");
    return new NumberRange(field, a, fromInclusive, b, toInclusive, start, pos);
  }

  private Node phrase(String field, Schema.Kind kind) {
    int open = pos;
    int close = s.indexOf('"', open + 1);
    if (close < 0) throw error(open, "unterminated phrase");
    String text = s.substring(open + 1, close);
    pos = close + 1;
    if (text.isBlank()) throw error(open, "empty phrase");
    int slop = 0;
    if (!atEnd() && peek() == '~') {
      int tilde = pos;
      pos++;
      int digits = pos;
      while (!atEnd() && isAsciiDigit(peek())) pos++;
      if (pos == digits) throw error(tilde, "~ needs a number, as in \"lei jun\"~5");
      if (kind != Schema.Kind.TEXT) {
        throw error(tilde, "~ needs a text field; '%s' holds exact values".formatted(field));
      }
      slop = distance(digits, s.substring(digits, pos));
    }
    return new Phrase(field, text, slop, open, pos);
  }

  private Node word(String field) {
    int start = pos;
    while (!atEnd() && !endsToken(peek())) pos++;
    String text = s.substring(start, pos);
    if (text.equals("*")) {
      return field == null ? new MatchAll(start, pos) : new Exists(field, start, pos);
    }
    if (text.indexOf('*') >= 0 || text.indexOf('?') >= 0) {
      long literals = text.codePoints().filter(c -> c != '*' && c != '?').count();
      if (literals < MIN_WILDCARD_LITERALS) {
        throw error(
            start,
            "a wildcard needs at least %d characters besides * and ?, as in photo*"
                .formatted(MIN_WILDCARD_LITERALS));
      }
      return new Wildcard(field, text, start, pos);
    }
    return new Word(field, text, start, pos);
  }

  // ---- NEAR operands

  private void checkNearOperand(Node n) {
    switch (n) {
      case Word w -> checkTextField(w.field(), n);
      case Phrase p -> checkTextField(p.field(), n);
      case Wildcard w -> checkTextField(w.field(), n);
      case Near ignored -> {}
      case Or or -> {
        for (Node c : or.clauses()) checkNearOperand(c);
      }
      case Not ignored -> throw error(n.start(), "NEAR cannot take a NOT");
      case And ignored ->
          throw error(
              n.start(), "NEAR joins words, phrases or OR groups of them; not an AND group");
      default -> throw error(n.start(), "NEAR joins words, phrases or OR groups of them");
    }
  }

  private void checkTextField(String field, Node n) {
    if (field != null && Schema.kind(field) != Schema.Kind.TEXT) {
      throw error(n.start(), "NEAR works on text fields; '%s' holds exact values".formatted(field));
    }
  }

  private void checkSameField(Node left, Node right, int op) {
    Set<String> fields = new LinkedHashSet<>();
    collectFields(left, fields);
    collectFields(right, fields);
    if (fields.size() > 1) {
      throw error(
          op, "both sides of NEAR must search the same field, as in title:(xiaomi NEAR/5 camera)");
    }
  }

  private static void collectFields(Node n, Set<String> into) {
    switch (n) {
      case Word w -> into.add(String.valueOf(w.field()));
      case Phrase p -> into.add(String.valueOf(p.field()));
      case Wildcard w -> into.add(String.valueOf(w.field()));
      case Near near -> {
        collectFields(near.left(), into);
        collectFields(near.right(), into);
      }
      case Or or -> or.clauses().forEach(c -> collectFields(c, into));
      default -> {}
    }
  }

  // ---- values

  private DateValue date(String v, int at) {
    try {
      Matcher rel = RELATIVE.matcher(v);
      if (rel.matches()) {
        if (rel.group(1) == null) return new Node.Ago(Duration.ZERO);
        long n = Long.parseLong(rel.group(2));
        Duration d =
            switch (rel.group(3).toLowerCase(Locale.ROOT)) {
              case "h" -> Duration.ofHours(n);
              case "d" -> Duration.ofDays(n);
              default -> Duration.ofDays(7 * n);
            };
        return new Node.Ago(rel.group(1).equals("-") ? d : d.negated());
      }
      if (YEAR.matcher(v).matches()) {
        return new Node.CalendarSpan(LocalDate.of(Integer.parseInt(v), 1, 1), ChronoUnit.YEARS);
      }
      if (MONTH.matcher(v).matches()) {
        return new Node.CalendarSpan(YearMonth.parse(v).atDay(1), ChronoUnit.MONTHS);
      }
      if (DAY.matcher(v).matches()) {
        return new Node.CalendarSpan(LocalDate.parse(v), ChronoUnit.DAYS);
      }
      if (v.length() > 10 && (v.charAt(10) == 'T' || v.charAt(10) == 't')) {
        String iso = v.substring(0, 10) + 'T' + v.substring(11);
        if (iso.endsWith("z")) iso = iso.substring(0, iso.length() - 1) + 'Z';
        try {
          return new Node.Moment(OffsetDateTime.parse(iso).toInstant());
        } catch (DateTimeParseException noOffset) {
          return new Node.Moment(LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC));
        }
      }
    } catch (DateTimeParseException | ArithmeticException e) {
      // falls through to the error below
    }
    throw error(
        at,
        "'%s' is not a date; write 2026-01-05, 2026-01, 2026-01-05T10:00:00Z or now-7d"
            .formatted(v));
  }

  private double number(String v, int at) {
    if (NUMBER.matcher(v).matches()) {
      double d = Double.parseDouble(v);
      if (Double.isFinite(d)) return d;
    }
    throw error(at, "'%s' is not a number; write 0.3, -1 or 2".formatted(v));
  }

  /** A value after a field or in a range: up to a space or ')', and in a range ']' or '}'. */
  private String token(boolean inRange) {
    int start = pos;
    while (!atEnd()) {
      char c = peek();
      if (Character.isWhitespace(c) || c == ')' || (inRange && (c == ']' || c == '}'))) break;
      pos++;
    }
    return s.substring(start, pos);
  }

  private static String unknownField(String name) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lower = name.toLowerCase(Locale.ROOT);
    for (String f : FIELD_SPELLINGS) {
      int d = editDistance(lower, f.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = f;
      }
    }
    if (best != null && bestDistance <= Math.max(1, Math.min(2, name.length() / 3))) {
      return "unknown field '%s' (did you mean '%s'?)".formatted(name, best);
    }
    return "unknown field '%s' (to search for the text, put it in quotes: \"%s:...\")"
        .formatted(name, name);
  }

  /** Optimal string alignment distance: edits with adjacent swaps, as in typing slips. */
  static int editDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) d[i][0] = i;
    for (int j = 0; j <= b.length(); j++) d[0][j] = j;
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  // ---- characters

  private boolean atEnd() {
    return pos >= s.length();
  }

  private char peek() {
    return s.charAt(pos);
  }

  private void skipSpace() {
    while (!atEnd() && Character.isWhitespace(peek())) pos++;
  }

  /** Characters that end a bare word. */
  private static boolean endsToken(char c) {
    return Character.isWhitespace(c) || c == '(' || c == ')' || c == '"';
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** An upper-case operator word at the cursor, standing alone. */
  private boolean atKeyword(String kw) {
    if (!s.startsWith(kw, pos)) return false;
    int after = pos + kw.length();
    return after == s.length() || endsToken(s.charAt(after));
  }

  private boolean atNear() {
    if (!s.startsWith("NEAR", pos)) return false;
    int after = pos + 4;
    return after == s.length() || endsToken(s.charAt(after)) || s.charAt(after) == '/';
  }

  private boolean atBinaryOperator() {
    return atKeyword("AND")
        || atKeyword("OR")
        || atNear()
        || s.startsWith("&&", pos)
        || s.startsWith("||", pos);
  }

  private QuerySyntaxException error(int at, String message) {
    return new QuerySyntaxException(s, at, message);
  }
}
