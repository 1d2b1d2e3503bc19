package dev.argus.app;

import dev.argus.ingest.pipeline.DataDir;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data DIR}: where state, archive and articles live (a picocli mixin). */
final class DataOption {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "The data folder: state, archive and articles (default: ./argus-data).")
  Path data = DataDir.DEFAULT;

  DataDir dir() {
    return new DataDir(data);
  }
}
