package dev.argus.ingest.state;

import dev.argus.ingest.read.FeedItem;
import dev.argus.ingest.read.SourceKind;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The crawl state in an embedded SQLite database: sources, per-URL state, the articles written to
 * the sink, and the sink's durable checkpoint. WAL journal with {@code synchronous=FULL}: a
 * committed transaction survives a crash or a power cut. One connection, guarded by this object's
 * monitor: SQLite has a single writer anyway, and the crawl commits in batches.
 */
public final class CrawlState implements AutoCloseable {

  /** Failed attempts after which an article URL is given up (and recorded as failed). */
  public static final int MAX_URL_ATTEMPTS = 4;

  private static final String SCHEMA =
      """
      CREATE TABLE IF NOT EXISTS sources (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        url TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        endpoints TEXT NOT NULL,
        every_s INTEGER,
        interval_s INTEGER NOT NULL,
        next_due INTEGER NOT NULL,
        added INTEGER NOT NULL,
        last_fetch INTEGER,
        last_success INTEGER,
        consecutive_errors INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        country TEXT
      );
      CREATE TABLE IF NOT EXISTS urls (
        url TEXT PRIMARY KEY,
        source_id INTEGER NOT NULL,
        first_seen INTEGER NOT NULL,
        published INTEGER,
        state TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_try INTEGER NOT NULL,
        last_fetch INTEGER,
        last_status INTEGER,
        etag TEXT,
        last_modified TEXT,
        content_hash TEXT,
        error TEXT
      );
      CREATE INDEX IF NOT EXISTS urls_pending ON urls(state, next_try);
      CREATE INDEX IF NOT EXISTS urls_source ON urls(source_id, state);
      CREATE TABLE IF NOT EXISTS articles (
        key TEXT PRIMARY KEY,
        url TEXT,
        content_hash TEXT NOT NULL,
        source_id INTEGER NOT NULL,
        file TEXT NOT NULL,
        offset INTEGER NOT NULL,
        published INTEGER,
        ingested INTEGER NOT NULL,
        versions INTEGER NOT NULL DEFAULT 1
      );
      CREATE INDEX IF NOT EXISTS articles_source ON articles(source_id, ingested);
      CREATE TABLE IF NOT EXISTS endpoints (
        url TEXT PRIMARY KEY,
        etag TEXT,
        last_modified TEXT,
        last_status INTEGER,
        last_fetch INTEGER
      );
      CREATE TABLE IF NOT EXISTS sink_files (
        file TEXT PRIMARY KEY,
        length INTEGER NOT NULL
      );
      """;

  private final Connection db;

  private CrawlState(Connection db) {
    this.db = db;
  }

  /** Opens (creating if needed) the state database at {@code file}. */
  public static CrawlState open(Path file) throws StateException {
    try {
      Connection c = Sqlite.open(file, SCHEMA);
      try (Statement s = c.createStatement()) {
        migrate(s);
      } catch (SQLException e) {
        c.close();
        throw e;
      }
      return new CrawlState(c);
    } catch (SQLException | java.io.IOException e) {
      throw new StateException("cannot open the crawl state at " + file + ": " + e.getMessage(), e);
    }
  }

  /** Brings a state written by an older version up to this schema: columns added since. */
  private static void migrate(Statement s) throws SQLException {
    boolean hasCountry = false;
    try (ResultSet rs = s.executeQuery("PRAGMA table_info(sources)")) {
      while (rs.next()) hasCountry |= "country".equals(rs.getString("name"));
    }
    if (!hasCountry) s.execute("ALTER TABLE sources ADD COLUMN country TEXT");
  }

  // ---------------------------------------------------------------- sources

  /** Adds a source with no country of its own; fails when one with the same URL exists. */
  public synchronized SourceRecord addSource(
      String url,
      String name,
      SourceKind kind,
      List<String> endpoints,
      Duration every,
      Instant now) {
    return addSource(url, name, kind, endpoints, every, null, now);
  }

  /**
   * Adds a source; fails when one with the same URL exists.
   *
   * @param country the source's country (ISO 3166-1 alpha-2), or null to place its articles by
   *     their domain
   */
  public synchronized SourceRecord addSource(
      String url,
      String name,
      SourceKind kind,
      List<String> endpoints,
      Duration every,
      String country,
      Instant now) {
    Duration interval = every != null ? every : Scheduling.START;
    try (PreparedStatement ps =
        db.prepareStatement(
            "INSERT INTO sources(url, name, kind, endpoints, every_s, interval_s, next_due, added,"
                + " country) VALUES (?,?,?,?,?,?,?,?,?)")) {
      ps.setString(1, url);
      ps.setString(2, name);
      ps.setString(3, kind.name());
      ps.setString(4, String.join("\n", endpoints));
      setLong(ps, 5, every == null ? null : every.toSeconds());
      ps.setLong(6, interval.toSeconds());
      ps.setLong(7, now.toEpochMilli());
      ps.setLong(8, now.toEpochMilli());
      ps.setString(9, country);
      ps.executeUpdate();
    } catch (SQLException e) {
      if (e.getMessage() != null && e.getMessage().contains("UNIQUE")) {
        throw new StateException("a source with this URL exists already: " + url, e);
      }
      throw wrap(e);
    }
    return source(url).orElseThrow();
  }

  /** A source by id (digits) or by URL. */
  public synchronized Optional<SourceRecord> source(String idOrUrl) {
    boolean numeric = idOrUrl.chars().allMatch(Character::isDigit) && !idOrUrl.isEmpty();
    String sql = "SELECT * FROM sources WHERE " + (numeric ? "id = ?" : "url = ?");
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      if (numeric) ps.setLong(1, Long.parseLong(idOrUrl));
      else ps.setString(1, idOrUrl);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(sourceOf(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw wrap(e);
    }
  }

  public synchronized List<SourceRecord> sources() {
    return querySources("SELECT * FROM sources ORDER BY id", null);
  }

  /** Sources whose next poll is due at {@code now}, most overdue first. */
  public synchronized List<SourceRecord> dueSources(Instant now) {
    return querySources(
        "SELECT * FROM sources WHERE next_due <= ? ORDER BY next_due, id", now.toEpochMilli());
  }

  /**
   * Changes a source's settings; a null argument leaves that setting as it is.
   *
   * @param country the new country, or {@code ""} to clear it
   * @return whether the source exists
   */
  public synchronized boolean editSource(long id, String name, String country) {
    try (PreparedStatement ps =
        db.prepareStatement(
            "UPDATE sources SET name = COALESCE(?, name),"
                + " country = CASE WHEN ? IS NULL THEN country ELSE NULLIF(?, '') END"
                + " WHERE id = ?")) {
      ps.setString(1, name);
      ps.setString(2, country);
      ps.setString(3, country);
      ps.setLong(4, id);
      return ps.executeUpdate() > 0;
    } catch (SQLException e) {
      throw wrap(e);
    }
  }

  /** Removes a source and its pending URLs; its articles stay in the sink. */
  public synchronized boolean removeSource(long id) {
    return inTransaction(
        () -> {
          try (PreparedStatement del = db.prepareStatement("DELETE FROM sources WHERE id = ?");
              PreparedStatement urls =
                  db.prepareStatement(
                      "DELETE FROM urls WHERE source_id = ? AND state = 'PENDING'")) {
            del.setLong(1, id);
            int n = del.executeUpdate();
            urls.setLong(1, id);
            urls.executeUpdate();
            return n > 0;
          }
        });
  }

  /**
   * Records a poll of a source: a success ({@code error == null}) that found {@code newItems} new
   * URLs, or a failure; sets the next due time by {@link Scheduling}.
   */
  public synchronized void sourcePolled(long id, Instant now, String error, int newItems) {
    sourcePolled(id, now, error, null, newItems);
  }

  /**
   * As above, for a poll that worked with a {@code warning}: some of the source's endpoints failed
   * while others worked. It is kept as the last error (so health shows it) without counting as a
   * failed poll.
   */
  public synchronized void sourcePolled(
      long id, Instant now, String error, String warning, int newItems) {
    SourceRecord s = source(Long.toString(id)).orElse(null);
    if (s == null) return;
    Duration next;
    int errors;
    if (error == null) {
      errors = 0;
      next = Scheduling.afterSuccess(s.interval(), s.every(), newItems);
    } else {
      errors = s.consecutiveErrors() + 1;
      next = Scheduling.afterFailure(s.interval(), s.every(), errors);
    }
    try (PreparedStatement ps =
        db.prepareStatement(
            "UPDATE sources SET last_fetch = ?, last_success = COALESCE(?, last_success),"
                + " consecutive_errors = ?, last_error = ?, interval_s = ?, next_due = ?"
                + " WHERE id = ?")) {
      ps.setLong(1, now.toEpochMilli());
      setLong(ps, 2, error == null ? now.toEpochMilli() : null);
      ps.setInt(3, errors);
      ps.setString(4, error != null ? error : warning);
      ps.setLong(5, error == null ? next.toSeconds() : s.interval().toSeconds());
      ps.setLong(6, now.plus(next).toEpochMilli());
      ps.setLong(7, id);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw wrap(e);
    }
  }

  /** Makes every source due now (for {@code argus ingest --all}). */
  public synchronized void makeAllDue(Instant now) {
    try (PreparedStatement ps = db.prepareStatement("UPDATE sources SET next_due = ?")) {
      ps.setLong(1, now.toEpochMilli());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw wrap(e);
    }
  }

  /**
   * The validators of a source endpoint (feed, sitemap) from its last fetch: etag, lastModified.
   */
  public synchronized String[] endpointValidators(String url) {
    try (PreparedStatement ps =
        db.prepareStatement("SELECT etag, last_modified FROM endpoints WHERE url = ?")) {
      ps.setString(1, url);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? new String[] {rs.getString(1), rs.getString(2)} : new String[2];
      }
    } catch (SQLException e) {
      throw wrap(e);
    }
  }

  /** Records a fetch of a source endpoint and its validators for the next conditional GET. */
  public synchronized void endpointFetched(
      String url, int status, String etag, String lastModified, Instant now) {
    try (PreparedStatement ps =
        db.prepareStatement(
            "INSERT INTO endpoints(url, etag, last_modified, last_status, last_fetch)"
                + " VALUES (?,?,?,?,?) ON CONFLICT(url) DO UPDATE SET"
                + " etag = COALESCE(excluded.etag, etag),"
                + " last_modified = COALESCE(excluded.last_modified, last_modified),"
                + " last_status = excluded.last_status, last_fetch = excluded.last_fetch")) {
      ps.setString(1, url);
      ps.setString(2, etag);
      ps.setString(3, lastModified);
      ps.setInt(4, status);
      ps.setLong(5, now.toEpochMilli());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw wrap(e);
    }
  }

  // ---------------------------------------------------------------- urls

  /** Records the article URLs a source listed; returns how many were new. */
  public synchronized int discover(long sourceId, List<FeedItem> items, Instant now) {
    if (items.isEmpty()) return 0;
    return inTransaction(
        () -> {
          int added = 0;
          try (PreparedStatement ps =
              db.prepareStatement(
                  "INSERT OR IGNORE INTO urls(url, source_id, first_seen, published, state,"
                      + " next_try) VALUES (?,?,?,?,'PENDING',?)")) {
            for (FeedItem item : items) {
              ps.setString(1, item.url());
              ps.setLong(2, sourceId);
              ps.setLong(3, now.toEpochMilli());
              setLong(ps, 4, item.published() == null ? null : item.published().toEpochMilli());
              ps.setLong(5, now.toEpochMilli());
              added += ps.executeUpdate();
            }
          }
          return added;
        });
  }

  /** Article URLs due for fetching, oldest discovery first. */
  public synchronized List<UrlTask> pendingUrls(Instant now, int limit) {
    List<UrlTask> out = new ArrayList<>();
    try (PreparedStatement ps =
        db.prepareStatement(
            "SELECT url, source_id, published, attempts, etag, last_modified FROM urls"
                + " WHERE state = 'PENDING' AND next_try <= ? ORDER BY first_seen, url LIMIT ?")) {
      ps.setLong(1, now.toEpochMilli());
      ps.setInt(2, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new UrlTask(
                  rs.getString(1),
                  rs.getLong(2),
                  instant(rs, 3),
                  rs.getInt(4),
                  rs.getString(5),
                  rs.getString(6)));
        }
      }
    } catch (SQLException e) {
      throw wrap(e);
    }
    return out;
  }

  /** The source that listed an article URL, or empty when the URL is not a known article URL. */
  public synchronized java.util.OptionalLong sourceOfUrl(String url) {
    try (PreparedStatement ps = db.prepareStatement("SELECT source_id FROM urls WHERE url = ?")) {
      ps.setString(1, url);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? java.util.OptionalLong.of(rs.getLong(1))
            : java.util.OptionalLong.empty();
      }
    } catch (SQLException e) {
      throw wrap(e);
    }
  }

  /** Counts of URLs by state (PENDING, DONE, FAILED). */
  public synchronized Map<String, Long> urlCounts() {
    Map<String, Long> out = new HashMap<>();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT state, COUNT(*) FROM urls GROUP BY state")) {
      while (rs.next()) out.put(rs.getString(1), rs.getLong(2));
    } catch (SQLException e) {
      throw wrap(e);
    }
    return out;
  }

  // ---------------------------------------------------------------- articles and the sink

  /** The content hash of the article stored under {@code key}, or null when there is none. */
  public synchronized String articleHash(String key) {
    try (PreparedStatement ps =
        db.prepareStatement("SELECT content_hash FROM articles WHERE key = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    } catch (SQLException e) {
      throw wrap(e);
    }
  }

  /** Where each article's current version lives: key to (file, offset). */
  public synchronized Map<String, Map<String, Long>> articleLocations() {
    Map<String, Map<String, Long>> byFile = new HashMap<>();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT file, key, offset FROM articles")) {
      while (rs.next()) {
        byFile
            .computeIfAbsent(rs.getString(1), f -> new HashMap<>())
            .put(rs.getString(2), rs.getLong(3));
      }
    } catch (SQLException e) {
      throw wrap(e);
    }
    return byFile;
  }

  public synchronized long articleCount() {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM articles")) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (SQLException e) {
      throw wrap(e);
    }
  }

  /** The sink's last durable checkpoint: file name to committed length. */
  public synchronized Map<String, Long> sinkLengths() {
    Map<String, Long> out = new HashMap<>();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT file, length FROM sink_files")) {
      while (rs.next()) out.put(rs.getString(1), rs.getLong(2));
    } catch (SQLException e) {
      throw wrap(e);
    }
    return out;
  }

  /**
   * Commits URL outcomes, article rows and the sink checkpoint in one transaction. Sink files
   * absent from {@code commit.sink()} keep their checkpoint; a length of -1 removes the file's
   * checkpoint (after compaction replaced it).
   */
  public synchronized void commit(Commit commit) {
    inTransaction(
        () -> {
          writeUrls(commit.urls());
          writeArticles(commit.articles());
          writeSink(commit.sink());
          return null;
        });
  }

  /** Moves articles to new locations (after the sink compacted its files), atomically. */
  public synchronized void relocate(Map<String, Commit.ArticleRow> moved, Map<String, Long> sink) {
    inTransaction(
        () -> {
          try (PreparedStatement ps =
              db.prepareStatement("UPDATE articles SET file = ?, offset = ? WHERE key = ?")) {
            for (Commit.ArticleRow row : moved.values()) {
              ps.setString(1, row.file());
              ps.setLong(2, row.offset());
              ps.setString(3, row.key());
              ps.addBatch();
            }
            ps.executeBatch();
          }
          writeSink(sink);
          return null;
        });
  }

  /** Work done inside one transaction. */
  /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
  private <T> T inTransaction(Sqlite.Work<T> work) {
    try {
      return Sqlite.inTransaction(db, work);
    } catch (SQLException e) {
      throw wrap(e);
    }
  }

  private void writeUrls(List<Commit.UrlOutcome> outcomes) throws SQLException {
    if (outcomes.isEmpty()) return;
    try (PreparedStatement upsert =
        db.prepareStatement(
            """
            INSERT INTO urls(url, source_id, first_seen, state, attempts, next_try, last_fetch,
                             last_status, etag, last_modified, content_hash, error)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?)
            ON CONFLICT(url) DO UPDATE SET
              state = excluded.state,
              attempts = CASE WHEN excluded.state = 'DONE' THEN 0 ELSE urls.attempts + 1 END,
              next_try = excluded.next_try,
              last_fetch = excluded.last_fetch,
              last_status = excluded.last_status,
              etag = COALESCE(excluded.etag, urls.etag),
              last_modified = COALESCE(excluded.last_modified, urls.last_modified),
              content_hash = COALESCE(excluded.content_hash, urls.content_hash),
              error = excluded.error
            """)) {
      for (Commit.UrlOutcome o : outcomes) {
        long fetched = o.fetchedAt() == null ? 0 : o.fetchedAt().toEpochMilli();
        upsert.setString(1, o.url());
        upsert.setLong(2, o.sourceId());
        upsert.setLong(3, fetched);
        upsert.setString(4, o.status() == Commit.Status.RETRY ? "PENDING" : o.status().name());
        upsert.setInt(5, o.status() == Commit.Status.DONE ? 0 : 1);
        upsert.setLong(6, o.nextTry() == null ? Long.MAX_VALUE : o.nextTry().toEpochMilli());
        upsert.setLong(7, fetched);
        upsert.setInt(8, o.httpStatus());
        upsert.setString(9, o.etag());
        upsert.setString(10, o.lastModified());
        upsert.setString(11, o.contentHash());
        upsert.setString(12, o.error());
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }

  private void writeArticles(List<Commit.ArticleRow> rows) throws SQLException {
    if (rows.isEmpty()) return;
    try (PreparedStatement ps =
        db.prepareStatement(
            """
            INSERT INTO articles(key, url, content_hash, source_id, file, offset, published,
                                 ingested)
            VALUES (?,?,?,?,?,?,?,?)
            ON CONFLICT(key) DO UPDATE SET
              url = excluded.url, content_hash = excluded.content_hash, file = excluded.file,
              offset = excluded.offset, published = COALESCE(excluded.published, published),
              ingested = excluded.ingested, versions = articles.versions + 1
            """)) {
      for (Commit.ArticleRow r : rows) {
        ps.setString(1, r.key());
        ps.setString(2, r.url());
        ps.setString(3, r.contentHash());
        ps.setLong(4, r.sourceId());
        ps.setString(5, r.file());
        ps.setLong(6, r.offset());
        setLong(ps, 7, r.published() == null ? null : r.published().toEpochMilli());
        ps.setLong(8, r.ingested().toEpochMilli());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private void writeSink(Map<String, Long> sink) throws SQLException {
    if (sink.isEmpty()) return;
    try (PreparedStatement put =
            db.prepareStatement(
                "INSERT INTO sink_files(file, length) VALUES (?,?)"
                    + " ON CONFLICT(file) DO UPDATE SET length = excluded.length");
        PreparedStatement drop = db.prepareStatement("DELETE FROM sink_files WHERE file = ?")) {
      for (Map.Entry<String, Long> e : sink.entrySet()) {
        if (e.getValue() < 0) {
          drop.setString(1, e.getKey());
          drop.executeUpdate();
        } else {
          put.setString(1, e.getKey());
          put.setLong(2, e.getValue());
          put.executeUpdate();
        }
      }
    }
  }

  // ---------------------------------------------------------------- health

  /** Per-source health at {@code now}. */
  public synchronized List<SourceHealth> health(Instant now) {
    List<SourceHealth> out = new ArrayList<>();
    long weekAgo = now.minus(Duration.ofDays(7)).toEpochMilli();
    for (SourceRecord s : sources()) {
      try (PreparedStatement counts =
              db.prepareStatement(
                  "SELECT COUNT(*), SUM(CASE WHEN ingested >= ? THEN 1 ELSE 0 END)"
                      + " FROM articles WHERE source_id = ?");
          PreparedStatement delays =
              db.prepareStatement(
                  "SELECT ingested - published FROM articles"
                      + " WHERE source_id = ? AND published IS NOT NULL AND ingested >= ?");
          PreparedStatement urls =
              db.prepareStatement(
                  "SELECT state, COUNT(*) FROM urls WHERE source_id = ? GROUP BY state")) {
        counts.setLong(1, weekAgo);
        counts.setLong(2, s.id());
        long total;
        long lastWeek;
        try (ResultSet rs = counts.executeQuery()) {
          rs.next();
          total = rs.getLong(1);
          lastWeek = rs.getLong(2);
        }
        delays.setLong(1, s.id());
        delays.setLong(2, weekAgo);
        List<Long> d = new ArrayList<>();
        try (ResultSet rs = delays.executeQuery()) {
          while (rs.next()) d.add(Math.max(0, rs.getLong(1)));
        }
        long pending = 0;
        long failed = 0;
        urls.setLong(1, s.id());
        try (ResultSet rs = urls.executeQuery()) {
          while (rs.next()) {
            if (rs.getString(1).equals("PENDING")) pending = rs.getLong(2);
            if (rs.getString(1).equals("FAILED")) failed = rs.getLong(2);
          }
        }
        double days =
            Math.max(
                1.0, Math.min(7.0, Duration.between(s.added(), now).toMinutes() / (60.0 * 24.0)));
        out.add(new SourceHealth(s, total, lastWeek / days, median(d), pending, failed));
      } catch (SQLException e) {
        throw wrap(e);
      }
    }
    return out;
  }

  static Duration median(List<Long> millis) {
    if (millis.isEmpty()) return null;
    long[] a = millis.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(a);
    long m = a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
    return Duration.ofMillis(m);
  }

  @Override
  public synchronized void close() {
    try {
      db.close();
    } catch (SQLException e) {
      throw wrap(e);
    }
  }

  // ---------------------------------------------------------------- helpers

  private List<SourceRecord> querySources(String sql, Long arg) {
    List<SourceRecord> out = new ArrayList<>();
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      if (arg != null) ps.setLong(1, arg);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.add(sourceOf(rs));
      }
    } catch (SQLException e) {
      throw wrap(e);
    }
    return out;
  }

  private static SourceRecord sourceOf(ResultSet rs) throws SQLException {
    long every = rs.getLong("every_s");
    Duration fixed = rs.wasNull() ? null : Duration.ofSeconds(every);
    String endpoints = rs.getString("endpoints");
    return new SourceRecord(
        rs.getLong("id"),
        rs.getString("url"),
        rs.getString("name"),
        SourceKind.valueOf(rs.getString("kind")),
        endpoints.isEmpty() ? List.of() : List.of(endpoints.split("\n")),
        fixed,
        Duration.ofSeconds(rs.getLong("interval_s")),
        Instant.ofEpochMilli(rs.getLong("next_due")),
        Instant.ofEpochMilli(rs.getLong("added")),
        instant(rs, "last_fetch"),
        instant(rs, "last_success"),
        rs.getInt("consecutive_errors"),
        rs.getString("last_error"),
        rs.getString("country"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(v);
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(v);
  }

  private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
    if (v == null) ps.setNull(i, Types.INTEGER);
    else ps.setLong(i, v);
  }

  private static StateException wrap(SQLException e) {
    return new StateException("crawl state: " + e.getMessage(), e);
  }
}
