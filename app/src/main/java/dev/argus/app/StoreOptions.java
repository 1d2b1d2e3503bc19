package dev.argus.app;

import dev.argus.store.LuceneStore;
import dev.argus.store.query.QueryLanguage;
import dev.argus.store.query.QuerySyntaxException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import org.apache.lucene.search.Query;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** What the store's read commands share: the data folder, opening the index, parsing the query. */
final class StoreOptions {
  @Mixin DataOption data;

  /** Opens the article index read-only; a missing one is a clear command-line error. */
  LuceneStore open(CommandSpec spec) throws IOException {
    try {
      return LuceneStore.openReadOnly(data.dir().index());
    } catch (NoSuchFileException e) {
      throw new ParameterException(
          spec.commandLine(),
          "no articles in "
              + data.dir().root()
              + " yet: ingest some first (argus ingest PATH..., or argus demo)");
    }
  }

  /** Exit code for a query that does not parse. */
  static final int BAD_QUERY = 2;

  /**
   * Parses a query. On a syntax error it says what is wrong and where, on {@code err}, and returns
   * null: the command then exits with {@link #BAD_QUERY} (no usage text, which says nothing about
   * the query).
   */
  static Query parse(String query, java.io.PrintStream err) {
    try {
      return QueryLanguage.parse(query).toLucene();
    } catch (QuerySyntaxException e) {
      report(e, err);
      return null;
    }
  }

  /**
   * Says what is wrong with a query and where. Some errors only show when the query runs (a
   * wildcard that matches too many terms of the index), so commands call this for those too.
   */
  static int report(QuerySyntaxException e, java.io.PrintStream err) {
    err.println("argus: bad query: " + e.getMessage());
    err.println(e.pointer());
    return BAD_QUERY;
  }

  /** The JSON the store's commands print: dates as ISO-8601 text. */
  static com.fasterxml.jackson.databind.ObjectMapper json() {
    return new com.fasterxml.jackson.databind.ObjectMapper()
        .findAndRegisterModules()
        .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }
}
