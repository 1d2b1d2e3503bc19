package dev.argus.app;

import dev.argus.server.ApiKeys;
import dev.argus.server.FeedTokens;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code argus keys}: the API keys of {@code argus serve}. */
@Command(
    name = "keys",
    mixinStandardHelpOptions = true,
    description = {
      "Creates, lists and revokes the API keys argus serve accepts. A key is shown once, when it"
          + " is created; DATA/keys.json keeps only its SHA-256 hash."
    },
    subcommands = {
      KeysCommand.Create.class,
      KeysCommand.ListKeys.class,
      KeysCommand.Revoke.class,
      KeysCommand.RotateFeeds.class
    })
final class KeysCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

  @Command(name = "create", mixinStandardHelpOptions = true, description = "Creates a key.")
  static final class Create implements Callable<Integer> {
    @Mixin DataOption data;

    @Option(
        names = "--name",
        required = true,
        paramLabel = "NAME",
        description = "Who or what the key is for (letters, digits, . - _).")
    String name;

    @Override
    public Integer call() throws Exception {
      ApiKeys keys = ApiKeys.in(data.dir().root());
      String key;
      try {
        key = keys.create(name, Instant.now());
      } catch (IllegalArgumentException e) {
        System.err.println("argus: " + e.getMessage());
        return 2;
      }
      System.out.println(key);
      System.err.printf(
          "argus: key '%s' created; it is shown only now: keep it (send it as"
              + " 'Authorization: Bearer KEY')%n",
          name);
      return 0;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the keys.")
  static final class ListKeys implements Callable<Integer> {
    @Mixin DataOption data;

    @Override
    public Integer call() throws Exception {
      List<ApiKeys.StoredKey> keys = ApiKeys.in(data.dir().root()).list();
      if (keys.isEmpty()) {
        System.out.println("no keys yet (argus keys create --name NAME)");
        return 0;
      }
      System.out.printf(Locale.ROOT, "%-24s %s%n", "name", "created (UTC)");
      for (ApiKeys.StoredKey k : keys) {
        System.out.printf(Locale.ROOT, "%-24s %s%n", k.name(), MINUTE.format(k.created()));
      }
      return 0;
    }
  }

  @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revokes a key.")
  static final class Revoke implements Callable<Integer> {
    @Mixin DataOption data;

    @Parameters(paramLabel = "NAME", description = "The key's name.")
    String name;

    @Override
    public Integer call() throws Exception {
      if (!ApiKeys.in(data.dir().root()).revoke(name)) {
        System.err.println("argus: no key named '" + name + "' (argus keys list)");
        return 1;
      }
      System.out.println("revoked " + name + "; a running server refuses it from now on");
      return 0;
    }
  }

  @Command(
      name = "rotate-feeds",
      mixinStandardHelpOptions = true,
      description = {
        "Replaces the secret of the alerts' feed tokens (DATA/feed-secret): every feed link handed"
            + " out so far stops working, and the dashboard shows the new links."
      })
  static final class RotateFeeds implements Callable<Integer> {
    @Mixin DataOption data;

    @Override
    public Integer call() throws Exception {
      FeedTokens tokens = ApiKeys.in(data.dir().root()).feeds();
      tokens.rotate();
      System.out.println(
          "feed tokens rotated ("
              + tokens.file()
              + "); a running server refuses the old ones from now on");
      return 0;
    }
  }
}
