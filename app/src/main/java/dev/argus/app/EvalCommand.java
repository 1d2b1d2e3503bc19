package dev.argus.app;

import com.fasterxml.jackson.databind.SerializationFeature;
import dev.argus.bench.eval.Dataset;
import dev.argus.bench.eval.EvalReport;
import dev.argus.bench.eval.ExtractionEval;
import dev.argus.bench.stories.StoryEval;
import dev.argus.bench.stories.StoryEvalReport;
import dev.argus.bench.stories.StorySet;
import dev.argus.core.extract.ArticleExtractor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code argus eval}: quality measured on a labelled set. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measures quality on a labelled set.",
    subcommands = {EvalCommand.Extraction.class, EvalCommand.Stories.class})
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

  enum TableFormat {
    table,
    json
  }

  @Command(
      name = "stories",
      mixinStandardHelpOptions = true,
      description = {
        "Scores story clustering on a labelled story set: every *.txt file of a folder, in the",
        "block format of eval/stories/README.md. Articles are enriched, placed and clustered in",
        "order of publication; BCubed precision, recall and F1 are reported within each",
        "identified language and across languages, with the worst merges and splits."
      })
  static final class Stories implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin EnrichOptions enrich;

    @Option(
        names = "--dataset",
        required = true,
        paramLabel = "DIR",
        description = "The folder of the story set's *.txt files.")
    Path dataset;

    @Option(
        names = "--format",
        paramLabel = "table|json",
        description = "Output format (default: table).")
    TableFormat format = TableFormat.table;

    @Override
    public Integer call() throws Exception {
      StorySet set;
      try {
        set = StorySet.load(dataset);
      } catch (IOException | IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      StoryEvalReport report = StoryEval.run(set, enrich.enricher(spec));
      PrintWriter out = spec.commandLine().getOut();
      if (format == TableFormat.json) {
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
  }
}
