package dev.argus.bench.speed;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The cold pass in a fresh JVM: loads the pages (untimed), then times the first full pass of one
 * contender, JIT warm-up included. Prints {@code COLD pages nanos errors chars} on stdout.
 *
 * <p>Started by {@link ExtractionSpeed}; by hand: {@code java -cp app/target/argus.jar
 * dev.argus.bench.speed.ColdPass ARGUS DATASET_DIR 0 false}.
 */
public final class ColdPass {
  static final String PREFIX = "COLD ";

  private ColdPass() {}

  public static void main(String[] args) throws Exception {
    Contender c = Contender.valueOf(args[0]);
    Path dir = Path.of(args[1]);
    int limit = args.length > 2 ? Integer.parseInt(args[2]) : 0;
    boolean predecoded = args.length > 3 && Boolean.parseBoolean(args[3]);
    List<SpeedPage> pages = SpeedPage.loadAll(dir, limit);
    String[] text = ExtractionSpeed.predecode(pages, predecoded);
    ExtractionSpeed.Pass p = ExtractionSpeed.pass(c, pages, text, new ArrayList<>());
    System.out.println(PREFIX + p.pages() + " " + p.nanos() + " " + p.errors() + " " + p.chars());
  }
}
