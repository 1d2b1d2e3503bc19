package dev.argus.app;

import dev.argus.store.query.QuerySyntaxException;
import java.util.concurrent.Callable;

/**
 * A command that runs a query: a query error found while it runs (a wildcard that matches too many
 * terms of the index) is reported like a parse error, with its position, and exit code {@link
 * StoreOptions#BAD_QUERY}.
 */
abstract class QueryCommand implements Callable<Integer> {

  @Override
  public final Integer call() throws Exception {
    try {
      return run();
    } catch (QuerySyntaxException e) {
      return StoreOptions.report(e, System.err);
    }
  }

  abstract int run() throws Exception;
}
