package dev.argus.bench.jmh;

import dev.argus.bench.store.SyntheticArticles;
import dev.argus.core.enrich.Corpus;
import dev.argus.core.story.StoryClusterer;
import dev.argus.core.story.StoryInput;
import dev.argus.store.index.ArticleDocuments;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;

/**
 * JMH benchmark of story assignment, {@link StoryClusterer#assign}: a fresh clusterer places the
 * same stream of {@value #ARTICLES} synthetic articles ({@link SyntheticArticles}, as {@code argus
 * bench store} writes them, placed in a corpus first for their duplicate groups) in each
 * invocation; the score is the time per article, as the stories grow and are evicted over the
 * stream.
 *
 * <p>Run it after {@code ./build -q package -DskipTests}, with a JDK 21+:
 *
 * <pre>
 * $JAVA_HOME/bin/java -cp 'app/target/argus.jar:app/target/lib/*' dev.argus.bench.jmh.StoryClustererBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
public class StoryClustererBenchmark {

  /** Articles placed per invocation. */
  static final int ARTICLES = 20_000;

  private List<StoryInput> inputs;

  @Setup
  public void prepare() {
    inputs = inputs(ARTICLES, 1);
  }

  /** The story inputs of the first {@code n} synthetic articles of {@code seed}. */
  static List<StoryInput> inputs(int n, long seed) {
    SyntheticArticles gen = new SyntheticArticles(n, seed);
    Corpus corpus = Corpus.empty();
    List<StoryInput> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      SyntheticArticles.Item item = gen.article(i);
      Corpus.Placed placed = corpus.place(item.id(), item.enriched());
      out.add(
          StoryInput.of(
              item.id(),
              item.enriched(),
              placed,
              ArticleDocuments.sourceOf(item.fields()),
              ArticleDocuments.countryOf(item.fields()),
              item.arrived()));
    }
    return out;
  }

  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  public long assign() {
    StoryClusterer c = StoryClusterer.withDefaults();
    long h = 0;
    for (StoryInput in : inputs) h += c.assign(in).hashCode();
    return h;
  }

  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    Jmh.run(StoryClustererBenchmark.class, args);
  }
}
