package dev.argus.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.argus.alerts.Engine.Seen;
import dev.argus.alerts.Engine.StoryKey;
import dev.argus.ingest.state.Sqlite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The alerts' state in an embedded SQLite database ({@code DATA/alerts/alerts.db}, WAL journal with
 * {@code synchronous=FULL}, as the crawl state): the alerts, what each said about each story (for
 * {@value #SEEN_RETENTION_DAYS} days after the story last matched), daily volumes and spikes
 * raised, digest items waiting for their period's end, the outbox of deliveries to make or retry,
 * the delivery log, and the Atom entries (the newest {@value #ATOM_ENTRIES} per alert; the newest
 * {@value #LOG_LINES} log lines per alert). One connection, guarded by this object's monitor;
 * several processes may share the file (busy timeout), and a delivery is claimed before it is sent
 * so two never send the same one.
 */
public final class AlertStore implements AutoCloseable {

  /** Atom entries kept per alert; older ones are dropped. */
  public static final int ATOM_ENTRIES = 200;

  /** Delivery log lines kept per alert by default; older ones are dropped. */
  public static final int LOG_LINES = 10_000;

  /**
   * Days an alert remembers what it said about a story after the story last matched it. A story
   * that matches again later is news again: the alert announces it as a new story.
   */
  public static final int SEEN_RETENTION_DAYS = 30;

  static final ObjectMapper JSON =
      new ObjectMapper()
          .findAndRegisterModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private static final String SCHEMA =
      """
      CREATE TABLE IF NOT EXISTS alerts (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        query TEXT NOT NULL,
        channels TEXT NOT NULL,
        mode TEXT NOT NULL,
        created INTEGER NOT NULL,
        enabled INTEGER NOT NULL
      );
      CREATE TABLE IF NOT EXISTS meta (
        key TEXT PRIMARY KEY,
        value INTEGER NOT NULL
      );
      CREATE TABLE IF NOT EXISTS seen (
        alert TEXT NOT NULL,
        story TEXT NOT NULL,
        languages TEXT NOT NULL,
        countries TEXT NOT NULL,
        updated INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (alert, story)
      );
      CREATE TABLE IF NOT EXISTS volume (
        alert TEXT NOT NULL,
        day TEXT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (alert, day)
      );
      CREATE TABLE IF NOT EXISTS spikes (
        alert TEXT NOT NULL,
        day TEXT NOT NULL,
        PRIMARY KEY (alert, day)
      );
      CREATE TABLE IF NOT EXISTS digest_items (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        alert TEXT NOT NULL,
        period TEXT NOT NULL,
        item TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS digest_items_alert ON digest_items(alert, period);
      CREATE TABLE IF NOT EXISTS outbox (
        id TEXT PRIMARY KEY,
        alert TEXT NOT NULL,
        channel TEXT NOT NULL,
        notification TEXT NOT NULL,
        attempts INTEGER NOT NULL,
        next_try INTEGER NOT NULL
      );
      CREATE INDEX IF NOT EXISTS outbox_due ON outbox(next_try);
      CREATE TABLE IF NOT EXISTS deliveries (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        delivery TEXT NOT NULL,
        alert TEXT NOT NULL,
        alert_name TEXT,
        story TEXT,
        articles TEXT NOT NULL,
        kind TEXT NOT NULL,
        channel TEXT NOT NULL,
        attempt INTEGER NOT NULL,
        status TEXT NOT NULL,
        http_status INTEGER NOT NULL,
        error TEXT,
        time INTEGER NOT NULL
      );
      CREATE INDEX IF NOT EXISTS deliveries_alert ON deliveries(alert, seq);
      CREATE TABLE IF NOT EXISTS atom_entries (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        alert TEXT NOT NULL,
        entry TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS atom_entries_alert ON atom_entries(alert, seq);
      """;

  /** A delivery waiting in the outbox: to one channel, attempts made so far. */
  public record Outgoing(
      String id, String alertId, Channel channel, Notification notification, int attempts) {}

  private final Connection db;
  private final int logLines;

  private AlertStore(Connection db, int logLines) {
    this.db = db;
    this.logLines = logLines;
  }

  /** Opens (creating if needed) the database at {@code file}. */
  public static AlertStore open(Path file) throws IOException {
    return open(file, LOG_LINES);
  }

  /** Opens the database at {@code file}, keeping {@code logLines} log lines per alert. */
  static AlertStore open(Path file, int logLines) throws IOException {
    try {
      Connection db = Sqlite.open(file, SCHEMA);
      try {
        migrate(db, Instant.now());
      } catch (SQLException e) {
        db.close();
        throw e;
      }
      return new AlertStore(db, logLines);
    } catch (SQLException e) {
      throw new IOException(
          "cannot open the alerts database at " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Brings a database written by an older version up to date: the seen state got the time it was
   * last updated, and rows from before count from the upgrade.
   */
  private static void migrate(Connection db, Instant now) throws SQLException {
    if (!hasColumn(db, "seen", "updated")) {
      try {
        // One transaction: a crash between the two would leave rows that expire at once.
        Sqlite.inTransaction(
            db,
            () -> {
              try (Statement s = db.createStatement()) {
                s.execute("ALTER TABLE seen ADD COLUMN updated INTEGER NOT NULL DEFAULT 0");
                s.execute("UPDATE seen SET updated=" + now.toEpochMilli());
              }
              return null;
            });
      } catch (SQLException e) {
        // Another process sharing the file upgraded it first.
        if (!hasColumn(db, "seen", "updated")) throw e;
      }
    }
    try (Statement s = db.createStatement()) {
      s.execute("CREATE INDEX IF NOT EXISTS seen_updated ON seen(updated)");
    }
  }

  private static boolean hasColumn(Connection db, String table, String column) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA table_info(" + table + ")")) {
      while (rs.next()) if (rs.getString("name").equals(column)) return true;
    }
    return false;
  }

  // ---------------------------------------------------------------- alerts

  /** Adds an alert; fails when its name is taken. */
  public synchronized void insert(Alert a) {
    inTransaction(
        () -> {
          try (PreparedStatement p =
              db.prepareStatement(
                  "INSERT INTO alerts(id, name, query, channels, mode, created, enabled)"
                      + " VALUES (?,?,?,?,?,?,?)")) {
            p.setString(1, a.id());
            p.setString(2, a.name());
            p.setString(3, a.query());
            p.setString(4, json(Channels.encode(a.channels())));
            p.setString(5, a.mode().name());
            p.setLong(6, a.created().toEpochMilli());
            p.setInt(7, a.enabled() ? 1 : 0);
            p.executeUpdate();
          }
          bumpVersion();
        });
  }

  /**
   * Replaces an alert's name, query, channels and mode (its id, creation time, switch and state
   * stay); false when there is none.
   */
  public synchronized boolean update(Alert a) {
    boolean[] found = {false};
    inTransaction(
        () -> {
          found[0] =
              update(
                      "UPDATE alerts SET name=?, query=?, channels=?, mode=? WHERE id=?",
                      a.name(),
                      a.query(),
                      json(Channels.encode(a.channels())),
                      a.mode().name(),
                      a.id())
                  > 0;
          bumpVersion();
        });
    return found[0];
  }

  /** Removes an alert and its state (its delivery log stays); false when there was none. */
  public synchronized boolean delete(String alertId) {
    boolean[] found = {false};
    inTransaction(
        () -> {
          found[0] = update("DELETE FROM alerts WHERE id=?", alertId) > 0;
          for (String table :
              List.of("seen", "volume", "spikes", "digest_items", "outbox", "atom_entries")) {
            update("DELETE FROM " + table + " WHERE alert=?", alertId);
          }
          bumpVersion();
        });
    return found[0];
  }

  /** Switches an alert on or off; false when there is none. */
  public synchronized boolean setEnabled(String alertId, boolean on) {
    boolean[] found = {false};
    inTransaction(
        () -> {
          found[0] = update("UPDATE alerts SET enabled=? WHERE id=?", on ? 1 : 0, alertId) > 0;
          bumpVersion();
        });
    return found[0];
  }

  /** Every alert, by name. */
  public synchronized List<Alert> alerts() {
    List<Alert> out = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT id, name, query, channels, mode, created, enabled FROM alerts"
                    + " ORDER BY name")) {
      while (rs.next()) {
        out.add(
            new Alert(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                Channels.decode(read(rs.getString(4), new TypeReference<>() {})),
                Mode.valueOf(rs.getString(5)),
                Instant.ofEpochMilli(rs.getLong(6)),
                rs.getInt(7) != 0));
      }
    } catch (SQLException e) {
      throw failure(e);
    }
    return out;
  }

  /** The alert named {@code name}. */
  public Optional<Alert> byName(String name) {
    return alerts().stream().filter(a -> a.name().equals(name)).findFirst();
  }

  /** A number that changes whenever an alert is added or removed (by any process). */
  public synchronized long version() {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT value FROM meta WHERE key='alerts'")) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private void bumpVersion() throws SQLException {
    update(
        "INSERT INTO meta(key, value) VALUES ('alerts', 1)"
            + " ON CONFLICT(key) DO UPDATE SET value = value + 1");
  }

  // ---------------------------------------------------------------- a batch's outcome

  /** What the alerts already said about these stories. */
  public synchronized Map<StoryKey, Seen> seen(Set<StoryKey> keys) {
    Map<StoryKey, Seen> out = new HashMap<>();
    try (PreparedStatement p =
        db.prepareStatement("SELECT languages, countries FROM seen WHERE alert=? AND story=?")) {
      for (StoryKey k : keys) {
        p.setString(1, k.alertId());
        p.setString(2, k.storyId());
        try (ResultSet rs = p.executeQuery()) {
          if (rs.next()) out.put(k, new Seen(split(rs.getString(1)), split(rs.getString(2))));
        }
      }
    } catch (SQLException e) {
      throw failure(e);
    }
    return out;
  }

  /**
   * Stores a batch's outcome in one transaction: the stories' new seen state, the volumes added to
   * {@code day}, digest items for digest alerts, and deliveries for the outbox (due at once).
   */
  public synchronized void record(
      Map<StoryKey, Seen> seen,
      Map<String, Integer> volume,
      String day,
      Map<String, List<Notification.StoryItem>> digestItems,
      Map<String, LocalDate> digestPeriods,
      List<Outgoing> outgoing,
      Instant now) {
    inTransaction(
        () -> {
          try (PreparedStatement p =
              db.prepareStatement(
                  "INSERT INTO seen(alert, story, languages, countries, updated)"
                      + " VALUES (?,?,?,?,?) ON CONFLICT(alert, story) DO UPDATE SET"
                      + " languages=excluded.languages, countries=excluded.countries,"
                      + " updated=excluded.updated")) {
            for (Map.Entry<StoryKey, Seen> e : seen.entrySet()) {
              p.setString(1, e.getKey().alertId());
              p.setString(2, e.getKey().storyId());
              p.setString(3, String.join(",", new TreeSet<>(e.getValue().languages())));
              p.setString(4, String.join(",", new TreeSet<>(e.getValue().countries())));
              p.setLong(5, now.toEpochMilli());
              p.executeUpdate();
            }
          }
          update(
              "DELETE FROM seen WHERE updated < ?",
              now.minus(Duration.ofDays(SEEN_RETENTION_DAYS)).toEpochMilli());
          try (PreparedStatement p =
              db.prepareStatement(
                  "INSERT INTO volume(alert, day, count) VALUES (?,?,?)"
                      + " ON CONFLICT(alert, day) DO UPDATE SET count = count + excluded.count")) {
            for (Map.Entry<String, Integer> e : volume.entrySet()) {
              p.setString(1, e.getKey());
              p.setString(2, day);
              p.setLong(3, e.getValue());
              p.executeUpdate();
            }
          }
          try (PreparedStatement p =
              db.prepareStatement("INSERT INTO digest_items(alert, period, item) VALUES (?,?,?)")) {
            for (Map.Entry<String, List<Notification.StoryItem>> e : digestItems.entrySet()) {
              for (Notification.StoryItem item : e.getValue()) {
                p.setString(1, e.getKey());
                p.setString(2, digestPeriods.get(e.getKey()).toString());
                p.setString(3, json(item));
                p.executeUpdate();
              }
            }
          }
          enqueue(outgoing, now);
        });
  }

  private void enqueue(List<Outgoing> outgoing, Instant due) throws SQLException {
    try (PreparedStatement p =
        db.prepareStatement(
            "INSERT INTO outbox(id, alert, channel, notification, attempts, next_try)"
                + " VALUES (?,?,?,?,?,?)")) {
      for (Outgoing o : outgoing) {
        p.setString(1, o.id());
        p.setString(2, o.alertId());
        p.setString(3, json(Channels.encode(List.of(o.channel())).get(0)));
        p.setString(4, json(o.notification()));
        p.setInt(5, o.attempts());
        p.setLong(6, due.toEpochMilli());
        p.executeUpdate();
      }
    }
  }

  // ---------------------------------------------------------------- volumes and spikes

  /** The alert's matched articles on {@code day}. */
  public synchronized long volume(String alertId, LocalDate day) {
    try (PreparedStatement p =
        db.prepareStatement("SELECT count FROM volume WHERE alert=? AND day=?")) {
      p.setString(1, alertId);
      p.setString(2, day.toString());
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** Sets a day's volume (tests and back-fills). */
  public synchronized void setVolume(String alertId, LocalDate day, long count) {
    inTransaction(
        () -> {
          try (PreparedStatement p =
              db.prepareStatement(
                  "INSERT INTO volume(alert, day, count) VALUES (?,?,?)"
                      + " ON CONFLICT(alert, day) DO UPDATE SET count = excluded.count")) {
            p.setString(1, alertId);
            p.setString(2, day.toString());
            p.setLong(3, count);
            p.executeUpdate();
          }
        });
  }

  /**
   * Raises the day's spike: queues its deliveries, unless the alert already raised one that day.
   *
   * @return false when the alert had raised one already (nothing queued)
   */
  public synchronized boolean raiseSpike(
      String alertId, LocalDate day, List<Outgoing> outgoing, Instant now) {
    boolean[] raised = {false};
    inTransaction(
        () -> {
          raised[0] =
              update(
                      "INSERT OR IGNORE INTO spikes(alert, day) VALUES (?,?)",
                      alertId,
                      day.toString())
                  > 0;
          if (raised[0]) enqueue(outgoing, now);
        });
    return raised[0];
  }

  // ---------------------------------------------------------------- digests

  /** The periods (first days) that hold waiting digest items, per alert id. */
  public synchronized Map<String, List<LocalDate>> digestPeriods() {
    Map<String, List<LocalDate>> out = new LinkedHashMap<>();
    try (Statement s = db.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT DISTINCT alert, period FROM digest_items ORDER BY alert, period")) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
            .add(LocalDate.parse(rs.getString(2)));
      }
    } catch (SQLException e) {
      throw failure(e);
    }
    return out;
  }

  /** The items of an alert's period, in the order they came. */
  public synchronized List<Notification.StoryItem> digestItems(String alertId, LocalDate period) {
    List<Notification.StoryItem> out = new ArrayList<>();
    try (PreparedStatement p =
        db.prepareStatement(
            "SELECT item FROM digest_items WHERE alert=? AND period=? ORDER BY seq")) {
      p.setString(1, alertId);
      p.setString(2, period.toString());
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) out.add(read(rs.getString(1), Notification.StoryItem.class));
      }
    } catch (SQLException e) {
      throw failure(e);
    }
    return out;
  }

  /** Replaces a period's items by the digest's deliveries, in one transaction: sent once. */
  public synchronized void closeDigest(
      String alertId, LocalDate period, List<Outgoing> outgoing, Instant now) {
    inTransaction(
        () -> {
          update("DELETE FROM digest_items WHERE alert=? AND period=?", alertId, period.toString());
          enqueue(outgoing, now);
        });
  }

  // ---------------------------------------------------------------- outbox and log

  /**
   * Takes up to {@code limit} deliveries due at {@code now}, leasing each until {@code leaseUntil}:
   * another process (or a crash) leaves them alone until then.
   */
  public synchronized List<Outgoing> claimDue(Instant now, Instant leaseUntil, int limit) {
    List<Outgoing> out = new ArrayList<>();
    inTransaction(
        () -> {
          try (PreparedStatement p =
              db.prepareStatement(
                  "SELECT id, alert, channel, notification, attempts FROM outbox"
                      + " WHERE next_try <= ? ORDER BY next_try, rowid LIMIT ?")) {
            p.setLong(1, now.toEpochMilli());
            p.setInt(2, limit);
            try (ResultSet rs = p.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new Outgoing(
                        rs.getString(1),
                        rs.getString(2),
                        Channels.decode(
                                List.of(
                                    read(
                                        rs.getString(3),
                                        new TypeReference<Map<String, Object>>() {})))
                            .get(0),
                        read(rs.getString(4), Notification.class),
                        rs.getInt(5)));
              }
            }
          }
          for (Outgoing o : out) {
            update("UPDATE outbox SET next_try=? WHERE id=?", leaseUntil.toEpochMilli(), o.id());
          }
        });
    return out;
  }

  /**
   * Logs an attempt and settles its delivery: done ({@code retryAt} null) leaves the outbox, else
   * it waits there until {@code retryAt} with one more attempt counted.
   */
  public synchronized void settle(Outgoing o, Delivery attempt, Instant retryAt) {
    inTransaction(
        () -> {
          log(attempt);
          if (retryAt == null) update("DELETE FROM outbox WHERE id=?", o.id());
          else {
            update(
                "UPDATE outbox SET attempts=?, next_try=? WHERE id=?",
                attempt.attempt(),
                retryAt.toEpochMilli(),
                o.id());
          }
        });
  }

  /** Deliveries waiting in the outbox. */
  public synchronized int pending() {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM outbox")) {
      return rs.next() ? rs.getInt(1) : 0;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** Adds a line to the delivery log. */
  public synchronized void log(Delivery d) {
    try (PreparedStatement p =
        db.prepareStatement(
            "INSERT INTO deliveries(delivery, alert, alert_name, story, articles, kind, channel,"
                + " attempt, status, http_status, error, time) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
      p.setString(1, d.deliveryId());
      p.setString(2, d.alertId());
      p.setString(3, d.alertName());
      p.setString(4, d.storyId());
      p.setString(5, json(d.articleIds()));
      p.setString(6, d.kind().name());
      p.setString(7, d.channel());
      p.setInt(8, d.attempt());
      p.setString(9, d.status().name());
      p.setInt(10, d.httpStatus());
      p.setString(11, d.error());
      p.setLong(12, d.time().toEpochMilli());
      p.executeUpdate();
      update(
          "DELETE FROM deliveries WHERE alert=? AND seq <= (SELECT seq FROM deliveries WHERE"
              + " alert=? ORDER BY seq DESC LIMIT 1 OFFSET ?)",
          d.alertId(),
          d.alertId(),
          logLines);
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /**
   * The delivery log, oldest first: the last {@code limit} lines, of one alert ({@code alertId},
   * null for all), or only its failed attempts.
   */
  public synchronized List<Delivery> log(String alertId, boolean failuresOnly, int limit) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT seq, delivery, alert, alert_name, story, articles, kind, channel, attempt,"
                + " status, http_status, error, time FROM deliveries WHERE 1=1");
    List<Object> args = new ArrayList<>();
    if (alertId != null) {
      sql.append(" AND alert=?");
      args.add(alertId);
    }
    if (failuresOnly) sql.append(" AND status <> 'OK'");
    sql.append(" ORDER BY seq DESC LIMIT ?");
    args.add(limit);
    List<Delivery> out = new ArrayList<>();
    try (PreparedStatement p = db.prepareStatement(sql.toString())) {
      bind(p, args.toArray());
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Delivery(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  read(rs.getString(6), new TypeReference<List<String>>() {}),
                  Notification.Kind.valueOf(rs.getString(7)),
                  rs.getString(8),
                  rs.getInt(9),
                  Delivery.Status.valueOf(rs.getString(10)),
                  rs.getInt(11),
                  rs.getString(12),
                  Instant.ofEpochMilli(rs.getLong(13))));
        }
      }
    } catch (SQLException e) {
      throw failure(e);
    }
    return out.reversed();
  }

  // ---------------------------------------------------------------- Atom

  /** Adds an entry to the alert's feed, dropping the oldest past {@value #ATOM_ENTRIES}. */
  public synchronized void addAtomEntry(String alertId, AtomFeed.Entry entry) {
    inTransaction(
        () -> {
          update("INSERT INTO atom_entries(alert, entry) VALUES (?,?)", alertId, json(entry));
          update(
              "DELETE FROM atom_entries WHERE alert=? AND seq NOT IN (SELECT seq FROM atom_entries"
                  + " WHERE alert=? ORDER BY seq DESC LIMIT ?)",
              alertId,
              alertId,
              ATOM_ENTRIES);
        });
  }

  /** The alert's feed entries, newest first. */
  public synchronized List<AtomFeed.Entry> atomEntries(String alertId) {
    List<AtomFeed.Entry> out = new ArrayList<>();
    try (PreparedStatement p =
        db.prepareStatement("SELECT entry FROM atom_entries WHERE alert=? ORDER BY seq DESC")) {
      p.setString(1, alertId);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) out.add(read(rs.getString(1), AtomFeed.Entry.class));
      }
    } catch (SQLException e) {
      throw failure(e);
    }
    return out;
  }

  // ---------------------------------------------------------------- plumbing

  private interface Work {
    void run() throws SQLException;
  }

  private void inTransaction(Work work) {
    try {
      Sqlite.inTransaction(
          db,
          () -> {
            work.run();
            return null;
          });
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private int update(String sql, Object... args) throws SQLException {
    try (PreparedStatement p = db.prepareStatement(sql)) {
      bind(p, args);
      return p.executeUpdate();
    }
  }

  private static void bind(PreparedStatement p, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) p.setObject(i + 1, args[i]);
  }

  private static Set<String> split(String s) {
    if (s == null || s.isEmpty()) return Set.of();
    return new TreeSet<>(Arrays.asList(s.split(",")));
  }

  static String json(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + o.getClass().getSimpleName(), e);
    }
  }

  private static <T> T read(String s, Class<T> type) {
    try {
      return JSON.readValue(s, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("corrupt alerts database: " + e.getOriginalMessage(), e);
    }
  }

  private static <T> T read(String s, TypeReference<T> type) {
    try {
      return JSON.readValue(s, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("corrupt alerts database: " + e.getOriginalMessage(), e);
    }
  }

  private static UncheckedIOException failure(SQLException e) {
    return new UncheckedIOException(new IOException("alerts database: " + e.getMessage(), e));
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      db.close();
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }
}
