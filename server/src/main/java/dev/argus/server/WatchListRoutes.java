package dev.argus.server;

import dev.argus.core.entity.watch.Phrase;
import dev.argus.core.entity.watch.WatchEntry;
import dev.argus.core.entity.watch.WatchList;
import dev.argus.ingest.pipeline.DataDir;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data folder's watch list over the API: the entities (brands, people, rivals) that enrichment
 * tags in every article, in the YAML or JSON of {@code --watchlist} (see the README). It lives in
 * {@code DATA/watchlist.yaml}; {@code argus ingest}, {@code watch} and {@code reprocess} use it
 * when they are given no {@code --watchlist}, from their next start on.
 *
 * <p>A PUT is parsed with {@link WatchList#parse} before anything is written, so a wrong list is a
 * 400 naming the problem and the one in place stays; the new file replaces the old one atomically.
 */
public final class WatchListRoutes {

  /** Largest watch list a PUT takes, in bytes. */
  public static final int MAX_BODY_BYTES = 1 << 20;

  private final Path file;

  private WatchListRoutes(Path file) {
    this.file = file;
  }

  /** The watch-list routes over the data folder {@code data}. */
  public static List<Route> of(DataDir data) {
    WatchListRoutes api = new WatchListRoutes(data.watchList());
    String base = CoreRoutes.V1 + "/watchlist";
    return List.of(
        Route.get(
            base,
            "The data folder's watch list: {entries: [{name, type, aliases, context, exclude}],"
                + " text} (both empty when there is none).",
            api::get),
        new Route(
            Route.Method.PUT,
            base,
            "Replace the watch list with this YAML or JSON (checked first); ingest, watch and"
                + " reprocess use it from their next start.",
            Route.Access.WRITE,
            List.of(),
            new Route.Body(
                List.of("application/yaml", "text/plain", Json.TYPE),
                "the watch list, as in a --watchlist file"),
            List.of(Json.TYPE),
            api::put),
        new Route(
            Route.Method.DELETE,
            base,
            "Remove the watch list.",
            Route.Access.WRITE,
            List.of(),
            null,
            List.of(Json.TYPE),
            api::delete));
  }

  private void get(Context ctx) throws IOException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      text = "";
    }
    WatchList list;
    try {
      list = text.isBlank() ? new WatchList(List.of()) : WatchList.parse(text);
    } catch (IllegalArgumentException e) {
      // Edited by hand into something wrong: say so rather than answer an empty list.
      throw new ApiError(
          500, "the data folder's " + file.getFileName() + " is not a valid watch list: " + e);
    }
    Json.ok(ctx, view(list, text));
  }

  private void put(Context ctx) throws IOException {
    byte[] body = Params.body(ctx, MAX_BODY_BYTES, "a watch list", "");
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(body))
              .toString();
    } catch (CharacterCodingException e) {
      throw ApiError.badRequest("the watch list is not UTF-8 text");
    }
    if (text.isBlank()) {
      throw ApiError.badRequest(
          "the watch list is empty: send its YAML or JSON, or DELETE it to have none");
    }
    WatchList list;
    try {
      list = WatchList.parse(text);
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("not a valid watch list: " + e.getMessage());
    }
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.createDirectories(file.getParent());
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    try {
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
    Json.ok(ctx, view(list, text));
  }

  private void delete(Context ctx) throws IOException {
    Json.ok(ctx, Map.of("deleted", Files.deleteIfExists(file)));
  }

  private static Map<String, Object> view(WatchList list, String text) {
    List<Object> entries = new ArrayList<>();
    for (WatchEntry e : list.entries()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", e.name());
      m.put("type", e.type().name());
      m.put("aliases", texts(e.aliases()));
      m.put("context", texts(e.context()));
      m.put("exclude", texts(e.exclude()));
      entries.add(m);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("entries", entries);
    m.put("text", text);
    return m;
  }

  /** The phrases' texts, each once (a list may give the name again among its aliases). */
  private static List<String> texts(List<Phrase> phrases) {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (Phrase p : phrases) out.add(p.text());
    return List.copyOf(out);
  }
}
