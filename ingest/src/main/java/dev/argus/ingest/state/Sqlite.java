package dev.argus.ingest.state;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What Argus's SQLite databases (the crawl state, the alerts) share: a durable connection (WAL
 * journal with {@code synchronous=FULL}, so a committed transaction survives a crash or a power
 * cut, and a busy timeout for a second process) and all-or-nothing transactions.
 */
public final class Sqlite {
  private Sqlite() {}

  /** Work done inside a transaction. */
  @FunctionalInterface
  public interface Work<T> {
    T run() throws SQLException;
  }

  /**
   * Opens (creating it and its folder if needed) the database at {@code file}, durable, in
   * auto-commit mode, with every statement of {@code schema} (separated by {@code ;}) run.
   */
  public static Connection open(Path file, String schema) throws SQLException, IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA journal_mode=WAL");
      s.execute("PRAGMA synchronous=FULL");
      s.execute("PRAGMA busy_timeout=10000");
      for (String ddl : schema.split(";")) {
        if (!ddl.isBlank()) s.execute(ddl);
      }
    } catch (SQLException e) {
      c.close();
      throw e;
    }
    c.setAutoCommit(true);
    return c;
  }

  /** Runs {@code work} in one transaction on {@code db}: all of it is committed, or none of it. */
  public static <T> T inTransaction(Connection db, Work<T> work) throws SQLException {
    db.setAutoCommit(false);
    try {
      T result = work.run();
      db.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      db.rollback();
      throw e;
    } finally {
      db.setAutoCommit(true);
    }
  }
}
