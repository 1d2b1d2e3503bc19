package dev.argus.app;

import dev.argus.alerts.Alerts;
import dev.argus.core.extract.ArticleExtractor;
import dev.argus.ingest.fetch.FetchPolicy;
import dev.argus.ingest.fetch.HttpFetcher;
import dev.argus.server.AlertRoutes;
import dev.argus.server.AnswerCache;
import dev.argus.server.ApiKeys;
import dev.argus.server.ArgusServer;
import dev.argus.server.DataFolderStore;
import dev.argus.server.ServerConfig;
import dev.argus.server.WatchListRoutes;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code argus serve}: the REST API over a data folder, beside a running ingest. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the REST API over the data folder's store (search, articles, stories, entities,"
          + " sources, export, extract), its OpenAPI description at /api/v1/openapi.json and a"
          + " page to try it at /api. New articles of a running argus ingest or watch show up"
          + " within a second. Writes need an API key (argus keys create). Alerts: /api/v1/alerts."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOption data;

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "The port (default: 8080; 0 for any free one).")
  int port = ServerConfig.DEFAULT_PORT;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      description = "The address to listen on (default: 127.0.0.1, this machine only).")
  String host = ServerConfig.DEFAULT_HOST;

  @Option(
      names = "--read",
      paramLabel = "ACCESS",
      description = "open (default): anyone may read; key: reads need an API key too.")
  ServerConfig.ReadAccess read = ServerConfig.ReadAccess.OPEN;

  @Option(
      names = "--cors",
      paramLabel = "ORIGIN",
      description =
          "Let web pages from this origin (https://app.example) call the API; repeat for more."
              + " Off by default.")
  List<String> cors = new ArrayList<>();

  @Option(
      names = "--rate",
      paramLabel = "N",
      description =
          "Requests per minute per API key, and per client address without one (default: 120;"
              + " 0: no limit).")
  int rate = ServerConfig.DEFAULT_RATE;

  @Option(
      names = "--answer-cache",
      paramLabel = "MIB",
      description =
          "MiB of search, article, story and entity answers kept until the next commit"
              + " (default: 64; 0: none).")
  int answerCacheMib = (int) (AnswerCache.DEFAULT_BYTES >> 20);

  @Option(
      names = "--allow-private-webhooks",
      description =
          "Let alerts created over the API send webhooks to loopback and private addresses"
              + " (refused by default, as by argus alerts add).")
  boolean allowPrivateWebhooks;

  @Override
  public Integer call() throws Exception {
    ServerConfig config;
    try {
      if (answerCacheMib < 0 || answerCacheMib > 16_384) {
        throw new IllegalArgumentException("--answer-cache must be 0 to 16384 MiB");
      }
      config =
          new ServerConfig(host, port, read, cors, rate)
              .withAnswerCache((long) answerCacheMib << 20);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    ApiKeys keys = ApiKeys.in(data.dir().root());
    int keyCount = keys.list().size();
    // The data folder's alerts (created when it has none yet), for the /api/v1/alerts routes.
    Alerts alerts = Alerts.open(data.dir().root(), Alerts.Settings.defaults());
    ArgusServer server;
    try {
      server =
          ArgusServer.start(
              config,
              new ArgusServer.Services(
                  new DataFolderStore(data.dir(), DataFolderStore.DEFAULT_REFRESH),
                  keys,
                  new HttpFetcher(FetchPolicy.defaults(), null),
                  ArticleExtractor.withDefaults()),
              java.util.stream.Stream.concat(
                      AlertRoutes.of(
                          alerts,
                          allowPrivateWebhooks,
                          config.read() == ServerConfig.ReadAccess.KEY ? keys.feeds() : null)
                          .stream(),
                      WatchListRoutes.of(data.dir()).stream())
                  .toList());
    } catch (java.io.UncheckedIOException e) {
      alerts.close();
      if (!(e.getCause() instanceof java.net.BindException bind)) throw e;
      System.err.println("argus: " + bind.getMessage() + " (another --port?)");
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              close(server, alerts);
              stopped.countDown();
            },
            "argus-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    String shown = host.contains(":") ? "[" + host + "]" : host;
    System.out.printf("Argus API on http://%s:%d/api%n", shown, server.port());
    System.out.printf("  dashboard http://%s:%d/%n", shown, server.port());
    System.out.printf(
        "  data %s%s; reads %s, writes need a key (%d in %s); CORS %s; %s; %s%n",
        data.dir().root(),
        Files.exists(data.dir().index()) ? "" : " (no articles yet)",
        read == ServerConfig.ReadAccess.OPEN ? "open" : "need a key",
        keyCount,
        keys.file(),
        cors.isEmpty() ? "off" : String.join(" ", cors),
        rate == 0 ? "no rate limit" : rate + " requests/min per caller",
        answerCacheMib == 0 ? "no answer cache" : "answer cache " + answerCacheMib + " MiB");
    System.out.println("  Ctrl-C stops");
    System.out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      // stopped from inside the JVM (tests): close here, the hook is not needed
      Runtime.getRuntime().removeShutdownHook(hook);
      close(server, alerts);
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  private static void close(ArgusServer server, Alerts alerts) {
    server.close();
    try {
      alerts.close();
    } catch (java.io.IOException e) {
      System.err.println("argus: closing the alerts failed: " + e.getMessage());
    }
  }
}
