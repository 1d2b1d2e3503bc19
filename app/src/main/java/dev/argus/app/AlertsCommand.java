package dev.argus.app;

import dev.argus.alerts.Alert;
import dev.argus.alerts.Alerts;
import dev.argus.alerts.Channel;
import dev.argus.alerts.Delivery;
import dev.argus.alerts.Mode;
import dev.argus.server.AlertRoutes;
import dev.argus.server.ApiKeys;
import dev.argus.server.FeedTokens;
import dev.argus.store.query.QuerySyntaxException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code argus alerts}: saved queries that notify, by webhook, e-mail or Atom feed, as articles
 * arrive ({@code argus ingest} and {@code argus watch} tell them) or in daily or weekly digests.
 */
@Command(
    name = "alerts",
    mixinStandardHelpOptions = true,
    description = {
      "Saved queries that notify: once per story (again when the story reaches a new language or"
          + " country), in daily or weekly digests, and when the day's volume spikes.",
      "argus ingest and argus watch deliver as articles arrive; run-due sends digests and"
          + " retries. State and delivery log: DATA/alerts/alerts.db; SMTP settings:"
          + " DATA/alerts/smtp.properties."
    },
    subcommands = {
      AlertsCommand.Add.class,
      AlertsCommand.ListAlerts.class,
      AlertsCommand.Remove.class,
      AlertsCommand.Enable.class,
      AlertsCommand.Disable.class,
      AlertsCommand.Test.class,
      AlertsCommand.Log.class,
      AlertsCommand.Feed.class,
      AlertsCommand.RunDue.class
    })
final class AlertsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** Runs {@code body} on the data folder's alerts; a bad name or channel is exit code 1. */
  private abstract static class Sub implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataOption data;

    @Override
    public final Integer call() throws Exception {
      try (Alerts alerts = Alerts.open(data.data, Alerts.Settings.defaults())) {
        return run(alerts);
      } catch (IllegalArgumentException e) {
        if (e instanceof QuerySyntaxException q) return StoreOptions.report(q, System.err);
        System.err.println("argus: " + e.getMessage());
        return 1;
      }
    }

    abstract int run(Alerts alerts) throws IOException;
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = "Adds an alert; its query is checked now (errors show where).")
  static final class Add extends Sub {
    @Parameters(index = "0", paramLabel = "NAME", description = "Letters, digits, '.', '_', '-'.")
    String name;

    @Option(
        names = "--query",
        required = true,
        paramLabel = "Q",
        description = "A query in the search language (see argus search); no relative dates.")
    String query;

    @Option(names = "--webhook", paramLabel = "URL", description = "POST signed JSON here.")
    String webhook;

    @Option(
        names = "--secret",
        paramLabel = "S",
        description = "The webhook's signing key (HMAC-SHA256, header X-Argus-Signature).")
    String secret;

    @Option(
        names = "--allow-private-network",
        description = "Let the webhook reach loopback and private addresses (refused by default).")
    boolean allowPrivate;

    @Option(
        names = "--email",
        paramLabel = "ADDR",
        description = "Mail here (SMTP settings in" + " DATA/alerts/smtp.properties).")
    List<String> email = new ArrayList<>();

    @Option(names = "--atom", description = "Write entries to the alert's Atom feed.")
    boolean atom;

    @Option(
        names = "--digest",
        paramLabel = "daily|weekly",
        description = "Collect the stories and send one digest per UTC day or ISO week.")
    String digest;

    @Override
    int run(Alerts alerts) throws IOException {
      List<Channel> channels = new ArrayList<>();
      if (webhook != null) {
        if (secret == null) {
          throw new ParameterException(spec.commandLine(), "--webhook needs --secret");
        }
        channels.add(new Channel.Webhook(webhook, secret, allowPrivate));
      } else if (secret != null || allowPrivate) {
        throw new ParameterException(
            spec.commandLine(), "--secret and --allow-private-network go with --webhook");
      }
      for (String to : email) channels.add(new Channel.Email(to));
      if (atom) channels.add(new Channel.Atom());
      Mode mode = Mode.INSTANT;
      if (digest != null) {
        mode =
            switch (digest.toLowerCase(Locale.ROOT)) {
              case "daily" -> Mode.DAILY;
              case "weekly" -> Mode.WEEKLY;
              default ->
                  throw new ParameterException(
                      spec.commandLine(), "--digest is daily or weekly, not " + digest);
            };
      }
      Alert a = alerts.add(name, query, channels, mode);
      System.out.println("alert " + a.name() + " added: " + describe(a));
      return 0;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the alerts.")
  static final class ListAlerts extends Sub {
    @Override
    int run(Alerts alerts) {
      List<Alert> all = alerts.list();
      if (all.isEmpty()) System.out.println("no alerts yet: add one with argus alerts add");
      for (Alert a : all) System.out.println(a.name() + "  " + describe(a));
      return 0;
    }
  }

  @Command(
      name = "remove",
      mixinStandardHelpOptions = true,
      description = "Removes an alert and its state (its delivery log stays).")
  static final class Remove extends Sub {
    @Parameters(paramLabel = "NAME")
    String name;

    @Override
    int run(Alerts alerts) throws IOException {
      if (!alerts.remove(name)) {
        System.err.println("argus: no alert named " + name);
        return 1;
      }
      System.out.println("alert " + name + " removed");
      return 0;
    }
  }

  @Command(
      name = "enable",
      mixinStandardHelpOptions = true,
      description = "Switches an alert back on.")
  static final class Enable extends Sub {
    @Parameters(paramLabel = "NAME")
    String name;

    @Override
    int run(Alerts alerts) {
      return toggle(alerts, name, true);
    }
  }

  @Command(
      name = "disable",
      mixinStandardHelpOptions = true,
      description = "Switches an alert off: it matches nothing until enabled (its state stays).")
  static final class Disable extends Sub {
    @Parameters(paramLabel = "NAME")
    String name;

    @Override
    int run(Alerts alerts) {
      return toggle(alerts, name, false);
    }
  }

  private static int toggle(Alerts alerts, String name, boolean on) {
    if (!alerts.setEnabled(name, on)) {
      System.err.println("argus: no alert named " + name);
      return 1;
    }
    System.out.println("alert " + name + (on ? " enabled" : " disabled"));
    return 0;
  }

  @Command(
      name = "test",
      mixinStandardHelpOptions = true,
      description = "Sends a sample to each of the alert's channels, once, and logs it.")
  static final class Test extends Sub {
    @Parameters(paramLabel = "NAME")
    String name;

    @Override
    int run(Alerts alerts) {
      boolean failed = false;
      for (Delivery d : alerts.test(name)) {
        System.out.println(line(d));
        failed |= d.status() != Delivery.Status.OK;
      }
      return failed ? 1 : 0;
    }
  }

  @Command(
      name = "log",
      mixinStandardHelpOptions = true,
      description = "The delivery log, oldest first: every attempt, with its status or error.")
  static final class Log extends Sub {
    @Parameters(paramLabel = "NAME", arity = "0..1", description = "One alert (default: all).")
    String name;

    @Option(names = "--failures", description = "Only failed attempts (retried or given up).")
    boolean failures;

    @Option(names = "--limit", paramLabel = "N", description = "The last N lines (default: 50).")
    int limit = 50;

    @Override
    int run(Alerts alerts) {
      if (limit < 1) throw new ParameterException(spec.commandLine(), "--limit must be positive");
      List<Delivery> log = alerts.log(name, failures, limit);
      if (log.isEmpty()) System.out.println("no deliveries" + (failures ? " failed" : " yet"));
      for (Delivery d : log) System.out.println(line(d));
      int pending = alerts.pending();
      if (pending > 0) System.out.println(pending + " deliveries waiting (argus alerts run-due)");
      return 0;
    }
  }

  @Command(
      name = "feed",
      mixinStandardHelpOptions = true,
      description = "Prints the alert's Atom feed (its newest 200 entries), or its link.")
  static final class Feed extends Sub {
    @Parameters(paramLabel = "NAME")
    String name;

    @Option(
        names = {"-o", "--output"},
        paramLabel = "FILE",
        description = "Write it here.")
    Path output;

    @Option(
        names = "--link",
        paramLabel = "URL",
        description =
            "Print instead the feed's link on the server at URL (e.g. http://localhost:8080),"
                + " with the token a feed reader needs when the server runs with --read key.")
    String link;

    @Override
    int run(Alerts alerts) throws IOException {
      if (link != null) {
        Alert a = alerts.require(name);
        String base = link.endsWith("/") ? link.substring(0, link.length() - 1) : link;
        FeedTokens tokens = ApiKeys.in(data.data).feeds();
        System.out.println(base + AlertRoutes.feedLink(a.id(), tokens));
        return 0;
      }
      String xml = alerts.feed(name);
      if (output != null) Files.writeString(output, xml, StandardCharsets.UTF_8);
      else System.out.println(xml);
      return 0;
    }
  }

  @Command(
      name = "run-due",
      mixinStandardHelpOptions = true,
      description =
          "Sends the digests whose day or week has ended and the deliveries due for a retry.")
  static final class RunDue extends Sub {
    @Override
    int run(Alerts alerts) {
      Alerts.Report r = alerts.runDue();
      System.out.printf(
          Locale.ROOT,
          "%d digests, %d delivered, %d to retry, %d failed%n",
          r.digests(),
          r.delivered(),
          r.retrying(),
          r.failed());
      return r.failed() > 0 ? 1 : 0;
    }
  }

  static String describe(Alert a) {
    List<String> channels = a.channels().stream().map(Channel::label).toList();
    return String.format(
        Locale.ROOT,
        "%s%s, %s: %s",
        a.mode().name().toLowerCase(Locale.ROOT),
        a.enabled() ? "" : " (disabled)",
        String.join(", ", channels),
        a.query());
  }

  static String line(Delivery d) {
    return String.format(
        Locale.ROOT,
        "%s  %-12s %-6s %-7s #%d %s%s  %s%s",
        d.time().toString().substring(0, 19) + "Z",
        d.alertName(),
        d.kind().name().toLowerCase(Locale.ROOT),
        d.status(),
        d.attempt(),
        d.channel(),
        d.httpStatus() > 0 ? " (HTTP " + d.httpStatus() + ")" : "",
        d.storyId() == null ? "" : "story " + d.storyId() + " ",
        d.error() == null ? "" : "error: " + d.error());
  }
}
