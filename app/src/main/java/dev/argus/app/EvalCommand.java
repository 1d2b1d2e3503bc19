package dev.argus.app;

import com.fasterxml.jackson.databind.SerializationFeature;
import dev.argus.bench.eval.Dataset;
import dev.argus.bench.eval.EvalReport;
import dev.argus.bench.eval.ExtractionEval;
import dev.argus.core.extract.ArticleExtractor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code argus eval}: quality measured on a labelled set. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measures quality on a labelled set.",
    subcommands = {EvalCommand.Extraction.class})
final class EvalCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  enum Format {
    text,
    json
  }

  @Command(
      name = "extraction",
      mixinStandardHelpOptions = true,
      description = {
        "Scores main-text extraction and metadata on a labelled set: an evaldata.json of",
        "with/without snippets, or a JSON file of {id: {articleBody, url}}, with pages in html/."
      })
  static final class Extraction implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--dataset",
        required = true,
        paramLabel = "DIR",
        description = "The labelled set's folder.")
    Path dataset;

    @Option(
        names = "--format",
        paramLabel = "text|json",
        description = "Output format (default: text).")
    Format format = Format.text;

    @Option(
        names = "--threads",
        paramLabel = "N",
        description = "Worker threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(
        names = "--dump",
        paramLabel = "FILE",
        description = "Also write one JSON line per page: what was missed and what leaked.")
    Path dump;

    @Override
    public Integer call() throws Exception {
      Dataset set;
      try {
        set = Dataset.load(dataset);
      } catch (IOException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      EvalReport report;
      try (Progress progress = Progress.onStderr("eval", set.pages().size(), true)) {
        report =
            ExtractionEval.run(set, ArticleExtractor.withDefaults(), threads, n -> progress.step());
      }
      if (dump != null) writeDump(report);
      PrintWriter out = spec.commandLine().getOut();
      if (format == Format.json) {
        out.println(
            ExtractCommand.JSON
                .copy()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(report.toMap()));
      } else {
        out.print(report.toText());
      }
      out.flush();
      return 0;
    }

    private void writeDump(EvalReport report) throws IOException {
      try (var w = Files.newBufferedWriter(dump)) {
        for (ExtractionEval.PageResult r : report.results()) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("id", r.page().id());
          m.put("language", r.page().language());
          if (r.error() != null) m.put("error", r.error());
          m.put("missed", r.missed());
          m.put("leaked", r.leaked());
          if (r.shingles() != null) m.put("shingles", r.shingles());
          var a = r.article();
          m.put("title", a == null ? null : a.title());
          m.put("titleTruth", r.page().title());
          m.put("authors", a == null ? null : a.authors());
          m.put("authorsTruth", r.page().authors());
          m.put("published", a == null ? null : a.published());
          m.put("dateTruth", r.page().date());
          m.put("chars", a == null ? 0 : a.text().length());
          w.write(ExtractCommand.JSON.writeValueAsString(m));
          w.write('\n');
        }
      }
    }
  }
}
