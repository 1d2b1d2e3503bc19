package dev.argus.bench.serve;

import dev.argus.server.AnswerCache;
import dev.argus.server.ArgusServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The bench's server in a JVM of its own, as {@code argus serve} runs: its JIT compiles its own
 * code only, not the load client's or another server's, and its CPU time is its own. The bench
 * talks to it over the child's standard streams: the child prints {@code port N} once it listens,
 * answers each {@code stats} line with a line {@code stats} and its figures ({@link Stats}), and
 * stops when its standard input closes, so that it never outlives the bench, even one that was
 * killed.
 */
public final class ServerProcess implements AutoCloseable {

  /** Longest wait for a child to listen. */
  static final long START_SECONDS = 120;

  private static final String PORT = "port ";
  private static final String STATS = "stats";

  /** What the child says of itself: its CPU time, its JIT's time and its answer cache. */
  public record Stats(long cpuNanos, long jitMillis, AnswerCache.Stats cache) {}

  private final Process process;
  private final BufferedReader out;
  private final Writer in;
  private final int port;

  private ServerProcess(Process process, BufferedReader out, Writer in, int port) {
    this.process = process;
    this.out = out;
    this.in = in;
    this.port = port;
  }

  /**
   * Starts a server over the data folder {@code data} with an answer cache of {@code cacheBytes},
   * in a JVM with this one's heap limit (unless {@code javaOptions} set another), class path and
   * {@code javaOptions}; its log goes to {@code log}.
   */
  public static ServerProcess start(Path data, long cacheBytes, List<String> javaOptions, Path log)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + (Runtime.getRuntime().maxMemory() >> 20) + "m");
    command.add("--enable-native-access=ALL-UNNAMED");
    command.addAll(javaOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ServerProcess.class.getName());
    command.add(data.toAbsolutePath().toString());
    command.add(Long.toString(cacheBytes));
    Process p =
        new ProcessBuilder(command)
            .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    Writer in = new java.io.OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8);
    var waiter = Executors.newSingleThreadExecutor();
    try {
      String port = waiter.submit(() -> line(out, PORT)).get(START_SECONDS, TimeUnit.SECONDS);
      if (port == null) {
        throw new IOException("the server process ended before it listened: " + tail(log));
      }
      return new ServerProcess(p, out, in, Integer.parseInt(port));
    } catch (InterruptedException | ExecutionException | TimeoutException | IOException e) {
      p.destroyForcibly();
      if (e instanceof InterruptedException) Thread.currentThread().interrupt();
      if (e instanceof IOException io) throw io;
      throw new IOException(
          "the server process did not listen within " + START_SECONDS + " s: " + tail(log), e);
    } finally {
      waiter.shutdownNow();
    }
  }

  /**
   * What follows {@code prefix} in the child's next line that starts with it, or null when its
   * output ends first. Other lines are not the protocol's: the JVM prints some of its own on
   * standard output (a flight recording's start, for one).
   */
  private static String line(BufferedReader out, String prefix) throws IOException {
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith(prefix)) return line.substring(prefix.length());
    }
    return null;
  }

  /** The last lines of the child's log, for an error (the log may go with a temporary folder). */
  private static String tail(Path log) {
    try {
      List<String> lines = java.nio.file.Files.readAllLines(log, StandardCharsets.UTF_8);
      return log
          + " ends: "
          + String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
    } catch (IOException e) {
      return "its log " + log + " is unreadable: " + e.getMessage();
    }
  }

  /** Whether the child still runs. */
  boolean alive() {
    return process.isAlive();
  }

  /** The port the child listens on, on 127.0.0.1. */
  public int port() {
    return port;
  }

  /** The child's figures now. */
  public synchronized Stats stats() throws IOException {
    in.write(STATS + "\n");
    in.flush();
    String line = line(out, STATS + " ");
    if (line == null) throw new IOException("the server process ended");
    String[] f = line.trim().split(" ");
    return new Stats(
        Long.parseLong(f[0]),
        Long.parseLong(f[1]),
        new AnswerCache.Stats(
            Long.parseLong(f[2]),
            Long.parseLong(f[3]),
            Long.parseLong(f[4]),
            Integer.parseInt(f[5])));
  }

  /** Stops the child: closes its standard input, then waits for it a while, then kills it. */
  @Override
  public void close() throws IOException {
    try {
      in.close();
      if (!process.waitFor(20, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    } finally {
      out.close();
    }
  }

  /** The child: {@code ServerProcess DATA CACHE_BYTES}. */
  public static void main(String[] args) throws IOException {
    PrintStream stdout = System.out;
    // Whatever the server prints goes to the log, not into the protocol.
    System.setOut(System.err);
    ArgusServer server = ServeBench.server(Path.of(args[0]), Long.parseLong(args[1]));
    stdout.println(PORT + server.port());
    stdout.flush();
    BufferedReader commands =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    try {
      for (String line = commands.readLine(); line != null; line = commands.readLine()) {
        if (!line.equals(STATS)) continue;
        AnswerCache.Stats c = server.answerCache();
        stdout.println(
            String.format(
                Locale.ROOT,
                STATS + " %d %d %d %d %d %d",
                cpuNanos(),
                ManagementFactory.getCompilationMXBean().getTotalCompilationTime(),
                c.hits(),
                c.misses(),
                c.bytes(),
                c.entries()));
        stdout.flush();
      }
    } finally {
      server.close();
    }
    System.exit(0);
  }

  /** CPU time of this whole JVM so far, or -1 when the platform does not tell. */
  static long cpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : -1;
  }
}
