package dev.argus.core.tone;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Measures the scorer's cost: load time, heap held by the loaded lexicons, and time per article of
 * about 600 words and per mention window. Not a test; run by hand (see the tone README for the
 * command), with text files given as arguments (read by path, never copied into the project).
 */
public final class ToneCost {
  private ToneCost() {}

  public static void main(String[] args) throws Exception {
    String language = args[0];
    StringBuilder all = new StringBuilder();
    for (int i = 1; i < args.length; i++)
      all.append(Files.readString(Path.of(args[i]))).append("\n\n");
    String[] words = all.toString().split(" ");
    String article = String.join(" ", Arrays.copyOf(words, Math.min(600, words.length)));
    System.out.printf(
        "article: %d words, %d chars%n", article.split("\\s+").length, article.length());

    Runtime rt = Runtime.getRuntime();
    long before = usedAfterGc(rt);
    long t0 = System.nanoTime();
    ToneScorer scorer = ToneScorer.load();
    long loadNs = System.nanoTime() - t0;
    long after = usedAfterGc(rt);
    System.out.printf(
        "load: %.0f ms (cold JVM), heap held: %.1f MiB for %d languages%n",
        loadNs / 1e6, (after - before) / 1048576.0, scorer.languages().size());

    t0 = System.nanoTime();
    ToneScorer again = ToneScorer.load();
    System.out.printf(
        "second load in the same JVM: %.0f ms (%d languages)%n",
        (System.nanoTime() - t0) / 1e6, again.languages().size());

    List<Integer> mentions = new ArrayList<>();
    for (int i = article.indexOf(' ');
        i > 0 && mentions.size() < 20;
        i = article.indexOf(' ', i + 200)) {
      mentions.add(i + 1);
    }
    double sink = 0;
    for (int round = 0; round < 3; round++) {
      int n = 2000;
      long s = System.nanoTime();
      for (int i = 0; i < n; i++) {
        Double v = scorer.score(article, language);
        sink += v == null ? 0 : v;
      }
      double perArticle = (System.nanoTime() - s) / 1e6 / n;
      s = System.nanoTime();
      int windows = 0;
      for (int i = 0; i < n / 10; i++) {
        for (int m : mentions) {
          Double v = scorer.scoreWindow(article, language, m, m + 1);
          sink += v == null ? 0 : v;
          windows++;
        }
      }
      double perWindow = (System.nanoTime() - s) / 1e6 / windows;
      System.out.printf(
          "round %d: %.3f ms per article, %.3f ms per mention window%n",
          round, perArticle, perWindow);
    }
    System.out.println("score: " + scorer.score(article, language) + " (sink " + sink + ")");
    if (after == 0) System.out.println(scorer);
  }

  private static long usedAfterGc(Runtime rt) throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
