package dev.argus.app;

import dev.argus.ingest.fetch.Fetcher;
import dev.argus.ingest.fetch.HttpFetcher;
import dev.argus.ingest.fetch.ResponseListener;
import dev.argus.ingest.pipeline.SourceSetup;
import dev.argus.ingest.read.Opml;
import dev.argus.ingest.read.SourceFormatException;
import dev.argus.ingest.state.CrawlState;
import dev.argus.ingest.state.SourceHealth;
import dev.argus.ingest.state.SourceRecord;
import dev.argus.ingest.state.StateException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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

/** {@code argus sources}: the feeds, sitemaps and sites Argus polls. */
@Command(
    name = "sources",
    mixinStandardHelpOptions = true,
    description = "Manages the sources Argus polls: feeds, sitemaps and sites.",
    subcommands = {
      SourcesCommand.Add.class,
      SourcesCommand.ListSources.class,
      SourcesCommand.Edit.class,
      SourcesCommand.Remove.class,
      SourcesCommand.Import.class,
      SourcesCommand.Health.class
    })
final class SourcesCommand implements Runnable {
  @Spec CommandSpec spec;

  static Clock clock = Clock.systemUTC();

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** Opens the crawl state, turning a broken database into a clear command-line error. */
  static CrawlState state(DataOption data, CommandSpec spec) {
    try {
      return CrawlState.open(data.dir().state());
    } catch (StateException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Adds a source. Argus fetches the URL and detects what it is: an RSS, Atom or JSON feed;"
            + " a sitemap (index, urlset or Google News); or a site's home page, whose feeds"
            + " (<link rel=alternate>) or robots.txt sitemaps are then polled."
      })
  static final class Add implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataOption data;
    @Mixin NetOptions net;

    @Parameters(paramLabel = "URL", description = "A feed, sitemap or home page URL.")
    String url;

    @Option(names = "--name", paramLabel = "NAME", description = "A display name.")
    String name;

    @Option(
        names = "--every",
        paramLabel = "DURATION",
        converter = Durations.class,
        description =
            "Poll at this fixed interval (e.g. 15m, 2h). By default the interval adapts to how"
                + " often the source publishes, between 5 minutes and 12 hours.")
    Duration every;

    @Option(
        names = "--country",
        paramLabel = "CC",
        converter = CountryCodes.class,
        description =
            "The country the source reports from (ISO code, e.g. it). Its articles get this"
                + " country; without it, the country comes from the domain (.it, .de …), if any.")
    String country;

    @Override
    public Integer call() {
      try (CrawlState state = state(data, spec);
          Fetcher fetcher = new HttpFetcher(net.policy(), ResponseListener.NONE)) {
        return add(state, fetcher, url, name, every, country, System.out, System.err);
      }
    }
  }

  static int add(
      CrawlState state,
      Fetcher fetcher,
      String url,
      String name,
      Duration every,
      String country,
      PrintStream out,
      PrintStream err) {
    if (state.source(url).isPresent()) {
      err.println("argus: a source with this URL exists already: " + url);
      return 1;
    }
    SourceSetup.Found found;
    try {
      found = SourceSetup.detect(fetcher, url);
    } catch (SourceSetup.SetupException e) {
      err.println("argus: " + e.getMessage());
      return 1;
    }
    String display = name != null ? name : found.title() != null ? found.title() : url;
    SourceRecord s =
        state.addSource(
            url,
            display,
            found.kind(),
            found.endpoints(),
            every,
            country == null || country.isEmpty() ? null : country,
            clock.instant());
    out.printf(
        "added source %d: %s (%s, polls %s)%n",
        s.id(),
        s.name(),
        s.kind().name().toLowerCase(Locale.ROOT),
        String.join(", ", s.endpoints()));
    return 0;
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the sources.")
  static final class ListSources implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataOption data;

    @Override
    public Integer call() {
      try (CrawlState state = state(data, spec)) {
        List<SourceRecord> all = state.sources();
        if (all.isEmpty()) {
          System.out.println("no sources yet: add one with `argus sources add URL`");
          return 0;
        }
        System.out.printf(
            "%4s  %-8s  %-7s  %-9s  %-19s  %s%n",
            "id", "kind", "country", "interval", "next poll", "name / url");
        for (SourceRecord s : all) {
          System.out.printf(
              "%4d  %-8s  %-7s  %-9s  %-19s  %s%n      %s%n",
              s.id(),
              s.kind().name().toLowerCase(Locale.ROOT),
              s.country() == null ? "-" : s.country(),
              Durations.format(s.every() != null ? s.every() : s.interval())
                  + (s.every() != null ? " (fixed)" : ""),
              time(s.nextDue()),
              s.name(),
              s.url());
        }
        return 0;
      }
    }
  }

  @Command(
      name = "edit",
      mixinStandardHelpOptions = true,
      description = "Changes a source's name or country; articles ingested from now on get them.")
  static final class Edit implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataOption data;

    @Parameters(paramLabel = "ID|URL", description = "The source's id or URL.")
    String source;

    @Option(names = "--name", paramLabel = "NAME", description = "A new display name.")
    String name;

    @Option(
        names = "--country",
        paramLabel = "CC",
        converter = CountryCodes.class,
        description = "The country the source reports from (ISO code), or none to clear it.")
    String country;

    @Override
    public Integer call() {
      if (name == null && country == null) {
        throw new ParameterException(
            spec.commandLine(), "nothing to change: give --name or --country");
      }
      if (name != null && name.isBlank()) {
        throw new ParameterException(spec.commandLine(), "--name must not be blank");
      }
      try (CrawlState state = state(data, spec)) {
        SourceRecord s = state.source(source).orElse(null);
        if (s == null) {
          System.err.println("argus: no such source: " + source);
          return 1;
        }
        state.editSource(s.id(), name == null ? null : name.strip(), country);
        SourceRecord now = state.source(Long.toString(s.id())).orElseThrow();
        System.out.printf(
            "source %d: %s, country %s%n",
            now.id(), now.name(), now.country() == null ? "from its domain" : now.country());
        return 0;
      }
    }
  }

  @Command(
      name = "remove",
      mixinStandardHelpOptions = true,
      description = "Removes a source (its articles stay).")
  static final class Remove implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataOption data;

    @Parameters(paramLabel = "ID|URL", description = "The source's id or URL.")
    String source;

    @Override
    public Integer call() {
      try (CrawlState state = state(data, spec)) {
        SourceRecord s = state.source(source).orElse(null);
        if (s == null) {
          System.err.println("argus: no such source: " + source);
          return 1;
        }
        state.removeSource(s.id());
        System.out.printf("removed source %d: %s%n", s.id(), s.name());
        return 0;
      }
    }
  }

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = "Adds every feed of an OPML file (as exported by feed readers).")
  static final class Import implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataOption data;
    @Mixin NetOptions net;

    @Parameters(paramLabel = "FILE", description = "An OPML file.")
    Path file;

    @Option(
        names = "--every",
        paramLabel = "DURATION",
        converter = Durations.class,
        description = "A fixed polling interval for all of them (default: adaptive).")
    Duration every;

    @Option(
        names = "--country",
        paramLabel = "CC",
        converter = CountryCodes.class,
        description = "The country of all of them (ISO code); by default, each one's domain's.")
    String country;

    @Override
    public Integer call() {
      List<Opml.Outline> outlines;
      try {
        outlines = Opml.parse(Files.readAllBytes(file));
      } catch (IOException | SourceFormatException e) {
        throw new ParameterException(
            spec.commandLine(), "cannot read " + file + ": " + e.getMessage());
      }
      int added = 0;
      int failed = 0;
      try (CrawlState state = state(data, spec);
          Fetcher fetcher = new HttpFetcher(net.policy(), ResponseListener.NONE)) {
        for (Opml.Outline o : outlines) {
          String url = o.xmlUrl() != null ? o.xmlUrl() : o.htmlUrl();
          if (url == null) continue;
          if (state.source(url).isPresent()) {
            System.out.println("exists already: " + url);
            continue;
          }
          if (add(state, fetcher, url, o.title(), every, country, System.out, System.err) == 0) {
            added++;
          } else {
            failed++;
          }
        }
      }
      System.out.printf("imported %d sources, %d failed%n", added, failed);
      return failed > 0 && added == 0 ? 1 : 0;
    }
  }

  @Command(
      name = "health",
      mixinStandardHelpOptions = true,
      description =
          "Per source: last poll and last success, errors in a row and the last reason, articles"
              + " per day (last 7 days) and the median delay from publication to ingestion.")
  static final class Health implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataOption data;

    @Override
    public Integer call() {
      try (CrawlState state = state(data, spec)) {
        List<SourceHealth> all = state.health(clock.instant());
        if (all.isEmpty()) {
          System.out.println("no sources yet: add one with `argus sources add URL`");
          return 0;
        }
        System.out.printf(
            "%4s  %-19s  %-19s  %6s  %8s  %7s  %8s  %s%n",
            "id", "last poll", "last success", "errors", "articles", "per day", "delay", "name");
        for (SourceHealth h : all) {
          SourceRecord s = h.source();
          System.out.printf(
              "%4d  %-19s  %-19s  %6d  %8d  %7.1f  %8s  %s%n",
              s.id(),
              time(s.lastFetch()),
              time(s.lastSuccess()),
              s.consecutiveErrors(),
              h.articles(),
              h.articlesPerDay(),
              Durations.format(h.medianDelay()),
              s.name());
          if (s.lastError() != null) System.out.println("      last error: " + s.lastError());
          if (h.pendingUrls() > 0 || h.failedUrls() > 0) {
            System.out.printf(
                "      %d URLs waiting, %d failed for good%n", h.pendingUrls(), h.failedUrls());
          }
        }
        return 0;
      }
    }
  }

  static String time(Instant t) {
    if (t == null) return "never";
    return t.toString().substring(0, 19).replace('T', ' ');
  }
}
