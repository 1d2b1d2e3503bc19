package dev.argus.core.extract.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.argus.core.extract.ArticleExtractor;
import dev.argus.core.extract.Extraction;
import dev.argus.core.model.RawPage;

/**
 * Fuzzes the extraction entry point: whatever bytes arrive, {@link ArticleExtractor#extract}
 * returns a non-null {@link Extraction} and lets no exception escape.
 *
 * <p>Three ways this runs:
 *
 * <ul>
 *   <li>Regression mode (every {@code ./build verify}): JAZZER_FUZZ is unset, so Jazzer only runs
 *       the seeds in {@code src/test/resources/dev/argus/core/extract/fuzz/ExtractFuzzTestInputs/}
 *       (and any crash files saved there), as ordinary JUnit tests.
 *   <li>A short real fuzzing run in CI: the {@code fuzz-ci} profile of core/pom.xml (active when
 *       the CI variable is set, as {@code .ci/run} does) adds a surefire execution with
 *       JAZZER_FUZZ=1 that fuzzes {@link #extract} for its {@code maxDuration} (45 s), working in
 *       core/target/jazzer/ (generated corpus, crash files). Locally: {@code CI=1 ./build -pl core
 *       -am verify}.
 *   <li>A longer run on demand: {@link #extractLong} is the same target with a one-hour budget:
 *       {@code ./build -pl core -am verify -Pfuzz-long} (profile {@code fuzz-long}, same working
 *       folder). A crashing input is printed and saved as {@code crash-<sha1>} under {@code
 *       ExtractFuzzTestInputs/extractLong/}, where regression mode replays it in every build.
 *       Stopping the run early also saves the input in flight as a crash file; replay it and delete
 *       it if it passes (see core/pom.xml).
 * </ul>
 *
 * <p>Small limits keep each execution fast, so the fuzzer explores structure instead of spending
 * its time on size; the size and depth limits themselves are tested in RobustnessTest.
 */
class ExtractFuzzTest {

  private static final ArticleExtractor EXTRACTOR =
      new ArticleExtractor(new ArticleExtractor.Limits(1 << 20, 256, 200_000));

  private static final String[] CONTENT_TYPES = {
    null,
    "text/html",
    "text/html; charset=utf-8",
    "text/html; charset=windows-1252",
    "text/html; charset=gb2312",
    "text/html; charset=shift_jis",
    "text/html; charset=utf-16",
    "text/plain; charset=utf-8",
    "text/html; charset=x-no-such-charset",
    "application/octet-stream",
  };

  private static final String[] PATHS = {"page.html", "page.html.gz", "page.txt", null};

  @FuzzTest(maxDuration = "45s")
  void extract(FuzzedDataProvider data) {
    check(data);
  }

  /** The same target with a long budget, for runs on demand (see the class comment). */
  @FuzzTest(maxDuration = "1h")
  void extractLong(FuzzedDataProvider data) {
    check(data);
  }

  private static void check(FuzzedDataProvider data) {
    // Values are taken from the end of the input, so a seed file is a page plus a few trailing
    // bytes that pick its content type and path.
    String contentType = data.pickValue(CONTENT_TYPES);
    String path = data.pickValue(PATHS);
    byte[] body = data.consumeRemainingAsBytes();
    Extraction result =
        EXTRACTOR.extract(new RawPage(path, "https://example.org/news/a", body, contentType));
    assertNotNull(result);
    if (result instanceof Extraction.Ok ok) {
      assertNotNull(ok.article());
    } else {
      assertNotNull(((Extraction.Failed) result).reason());
    }
  }
}
