package dev.argus.core.entity.watch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * What a user watches: a list of entities, read from YAML or JSON. The minimal form is
 *
 * <pre>
 * entities:
 *   - name: Xiaomi
 *     type: organization          # organization, person, product, place or topic
 *     aliases: [Xiaomi, 小米, シャオミ]
 *   - name: Apple
 *     type: organization
 *     context: [iPhone, iOS, Mac]  # at least one must appear near a mention
 *     exclude: [apple pie]         # a mention inside one of these is dropped
 * </pre>
 *
 * {@code aliases} may also be a map from a language or script key to a list ({@code {en: [Lei Jun],
 * zh: [雷军]}}), and any phrase may be an object {@code {text: AI, caseSensitive: true}}. {@code
 * caseSensitive} on an entry sets the default for its phrases; without it, {@link
 * Phrase#defaultCaseSensitive} decides per phrase. The name is always an alias. Unknown keys are
 * errors, so that a misspelt key is not silently ignored. Limits: {@value #MAX_ENTRIES} entries,
 * {@value #MAX_PHRASES_PER_ENTRY} phrases per entry, {@value #MAX_PHRASE_LENGTH} characters per
 * phrase, {@value #MAX_CONTENT_CHARS} characters per file.
 */
public record WatchList(List<WatchEntry> entries) {
  public static final int MAX_ENTRIES = 100_000;
  public static final int MAX_PHRASES_PER_ENTRY = 1_000;
  public static final int MAX_PHRASE_LENGTH = 200;
  public static final int MAX_CONTENT_CHARS = 32 << 20;

  private static final Set<String> TOP_KEYS = Set.of("entities", "version");
  private static final Set<String> ENTRY_KEYS =
      Set.of("name", "type", "aliases", "context", "exclude", "caseSensitive");
  private static final Set<String> PHRASE_KEYS = Set.of("text", "caseSensitive", "lang");

  public WatchList {
    entries = List.copyOf(entries);
    if (entries.size() > MAX_ENTRIES) {
      throw new WatchListException(
          "too many entries: " + entries.size() + " (at most " + MAX_ENTRIES + ")", 0, 0);
    }
  }

  /**
   * Reads a watch list. Content whose first non-blank character is <code>{</code> is JSON, anything
   * else YAML.
   *
   * @throws WatchListException with the entry index, name and line where the file is wrong
   */
  public static WatchList parse(String content) {
    if (content == null || content.isBlank()) {
      throw new WatchListException("the watch list is empty: expected an 'entities' list", 0, 0);
    }
    if (content.length() > MAX_CONTENT_CHARS) {
      throw new WatchListException(
          "the watch list has "
              + content.length()
              + " characters, more than the limit of "
              + MAX_CONTENT_CHARS,
          0,
          0);
    }
    JsonFactory factory = content.strip().startsWith("{") ? JSON : YAML;
    ObjectMapper mapper = factory == JSON ? JSON_MAPPER : YAML_MAPPER;
    JsonNode root;
    try {
      root = mapper.readTree(content);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? 0 : Math.max(0, at.getLineNr());
      throw new WatchListException(
          "the watch list is not valid "
              + (factory == JSON ? "JSON" : "YAML")
              + (line > 0 ? " (line " + line + ")" : "")
              + ": "
              + e.getOriginalMessage(),
          0,
          line);
    }
    if (root == null || !root.isObject()) {
      throw new WatchListException(
          "the watch list must be a mapping with an 'entities' list at the top", 0, 0);
    }
    unknownKeys(root, TOP_KEYS, "the top level", 0, 0);
    JsonNode version = root.get("version");
    if (version != null && !(version.canConvertToInt() && version.asInt() == 1)) {
      throw new WatchListException("unsupported version " + version + ": only 1 is known", 0, 0);
    }
    JsonNode list = root.get("entities");
    if (list == null || list.isNull()) {
      throw new WatchListException("the watch list has no 'entities' list", 0, 0);
    }
    if (!list.isArray()) {
      throw new WatchListException("'entities' must be a list", 0, 0);
    }
    if (list.size() > MAX_ENTRIES) {
      throw new WatchListException(
          "too many entries: " + list.size() + " (at most " + MAX_ENTRIES + ")", 0, 0);
    }
    int[] lines = entryLines(factory, content, list.size());
    List<WatchEntry> entries = new ArrayList<>(list.size());
    Set<String> names = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      WatchEntry e = entry(list.get(i), i + 1, lines[i]);
      if (!names.add(e.name())) {
        throw new WatchListException(
            where(i + 1, e.name(), lines[i]) + ": the name is already used by another entry",
            i + 1,
            lines[i]);
      }
      entries.add(e);
    }
    return new WatchList(entries);
  }

  private static WatchEntry entry(JsonNode node, int index, int line) {
    if (node == null || !node.isObject()) {
      throw new WatchListException(
          where(index, null, line) + ": an entry must be a mapping with name and type",
          index,
          line);
    }
    JsonNode nameNode = node.get("name");
    String name = nameNode != null && nameNode.isValueNode() ? nameNode.asText().strip() : "";
    String label = name.isEmpty() ? null : name;
    Ctx ctx = new Ctx(index, label, line);
    unknownKeys(node, ENTRY_KEYS, "an entry", index, line, label);
    if (name.isEmpty()) throw ctx.error("'name' is missing or empty");
    checkLength(ctx, name);
    JsonNode typeNode = node.get("type");
    if (typeNode == null || !typeNode.isTextual() || typeNode.asText().isBlank()) {
      throw ctx.error("'type' is missing; expected one of " + EntityType.allowed());
    }
    EntityType type = EntityType.fromId(typeNode.asText());
    if (type == null) {
      throw ctx.error(
          "unknown type '" + typeNode.asText() + "'; expected one of " + EntityType.allowed());
    }
    Boolean entryCase = null;
    JsonNode caseNode = node.get("caseSensitive");
    if (caseNode != null && !caseNode.isNull()) {
      if (!caseNode.isBoolean()) throw ctx.error("'caseSensitive' must be true or false");
      entryCase = caseNode.asBoolean();
    }
    List<Phrase> aliases = new ArrayList<>();
    aliases.add(new Phrase(name, null, entryCase != null ? entryCase : defaultCase(name)));
    JsonNode aliasNode = node.get("aliases");
    if (aliasNode != null && aliasNode.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = aliasNode.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        phrases(ctx, "aliases." + e.getKey(), e.getValue(), e.getKey(), entryCase, aliases);
      }
    } else {
      phrases(ctx, "aliases", aliasNode, null, entryCase, aliases);
    }
    List<Phrase> context = new ArrayList<>();
    phrases(ctx, "context", node.get("context"), null, entryCase, context);
    List<Phrase> exclude = new ArrayList<>();
    phrases(ctx, "exclude", node.get("exclude"), null, entryCase, exclude);
    int count = aliases.size() + context.size() + exclude.size();
    if (count > MAX_PHRASES_PER_ENTRY) {
      throw ctx.error(
          count + " phrases, more than the limit of " + MAX_PHRASES_PER_ENTRY + " per entry");
    }
    return new WatchEntry(name, type, aliases, context, exclude);
  }

  private static void phrases(
      Ctx ctx, String key, JsonNode node, String lang, Boolean entryCase, List<Phrase> out) {
    if (node == null || node.isNull()) return;
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        out.add(phrase(ctx, key + "[" + i + "]", node.get(i), lang, entryCase));
        if (out.size() > MAX_PHRASES_PER_ENTRY) {
          throw ctx.error("more than " + MAX_PHRASES_PER_ENTRY + " phrases in one entry");
        }
      }
    } else {
      out.add(phrase(ctx, key, node, lang, entryCase));
    }
  }

  private static Phrase phrase(Ctx ctx, String key, JsonNode node, String lang, Boolean entryCase) {
    String text;
    Boolean caseSensitive = entryCase;
    if (node.isObject()) {
      unknownKeys(node, PHRASE_KEYS, "'" + key + "'", ctx.index, ctx.line, ctx.name);
      JsonNode t = node.get("text");
      if (t == null || !t.isValueNode() || t.isNull()) {
        throw ctx.error("'" + key + "' has no 'text'");
      }
      text = t.asText();
      JsonNode c = node.get("caseSensitive");
      if (c != null && !c.isNull()) {
        if (!c.isBoolean()) throw ctx.error("'" + key + ".caseSensitive' must be true or false");
        caseSensitive = c.asBoolean();
      }
      JsonNode l = node.get("lang");
      if (l != null && l.isTextual()) lang = l.asText();
    } else if (node.isValueNode() && !node.isNull()) {
      text = node.asText();
    } else {
      throw ctx.error("'" + key + "' must be a text or a mapping with 'text'");
    }
    text = text.strip();
    if (text.isEmpty() || Folding.key(text, true).isEmpty()) {
      throw ctx.error("'" + key + "' is empty");
    }
    checkLength(ctx, text);
    return new Phrase(text, lang, caseSensitive != null ? caseSensitive : defaultCase(text));
  }

  private static boolean defaultCase(String text) {
    return Phrase.defaultCaseSensitive(text);
  }

  private static void checkLength(Ctx ctx, String text) {
    if (text.length() > MAX_PHRASE_LENGTH) {
      throw ctx.error(
          "a phrase of "
              + text.length()
              + " characters, longer than the limit of "
              + MAX_PHRASE_LENGTH
              + ": '"
              + text.substring(0, 40)
              + "...'");
    }
  }

  private static void unknownKeys(JsonNode node, Set<String> known, String what, int i, int l) {
    unknownKeys(node, known, what, i, l, null);
  }

  private static void unknownKeys(
      JsonNode node, Set<String> known, String what, int index, int line, String name) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!known.contains(k)) {
        String prefix = index > 0 ? where(index, name, line) + ": " : "";
        throw new WatchListException(
            prefix + "unknown key '" + k + "' in " + what + "; known keys: " + known, index, line);
      }
    }
  }

  private record Ctx(int index, String name, int line) {
    WatchListException error(String message) {
      return new WatchListException(where(index, name, line) + ": " + message, index, line);
    }
  }

  private static String where(int index, String name, int line) {
    return "entry "
        + index
        + (name == null ? "" : " (" + name + ")")
        + (line > 0 ? " at line " + line : "");
  }

  /**
   * The line of each element of 'entities', from a second, streaming read: the tree that the checks
   * walk keeps no locations. Zeros where the structure is not the expected one.
   */
  private static int[] entryLines(JsonFactory factory, String content, int count) {
    int[] lines = new int[count];
    try (JsonParser p = factory.createParser(content)) {
      if (p.nextToken() != JsonToken.START_OBJECT) return lines;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (!"entities".equals(field) || value != JsonToken.START_ARRAY) {
          p.skipChildren();
          continue;
        }
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY && i < count) {
          lines[i++] = Math.max(0, p.currentTokenLocation().getLineNr());
          p.skipChildren();
        }
        return lines;
      }
    } catch (IOException | RuntimeException e) {
      // The tree read already accepted the content; locations are only a help.
    }
    return lines;
  }

  private static final JsonFactory JSON =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final YAMLFactory YAML;

  static {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_CONTENT_CHARS);
    YAML =
        YAMLFactory.builder()
            .loaderOptions(options)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
  }

  private static final ObjectMapper JSON_MAPPER = new ObjectMapper(JSON);
  private static final ObjectMapper YAML_MAPPER = new ObjectMapper(YAML);
}
