package dev.argus.bench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store bench's ingest figures on a small run. */
class StoreBenchTest {

  @TempDir Path data;

  @Test
  void reportsTheSecondHalfOfStoreAddBesideTheWholeRun() throws Exception {
    StoreBench.Options options =
        new StoreBench.Options(4_000, 0, 1, data, null, 7, 500, 5_000, 0, false);
    List<String> log = new ArrayList<>();
    StoreBench.Report r = new StoreBench(options, log::add).run();

    assertThat(r.ingest()).hasSize(1);
    StoreBench.Ingest whole = r.ingest().get(0);
    assertThat(whole.articles()).isEqualTo(4_000);
    StoreBench.Segment half = r.laterHalf();
    assertThat(half.from()).isEqualTo(2_000);
    assertThat(half.articles()).isEqualTo(2_000);
    assertThat(half.seconds()).isPositive().isLessThan(whole.seconds());
    assertThat(StoreBench.table(r, options))
        .contains("Store.add, its second half (from article 2,000)");
  }
}
