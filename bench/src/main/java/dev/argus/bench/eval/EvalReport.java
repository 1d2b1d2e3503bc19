package dev.argus.bench.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Scores of one evaluation run: overall, per language, and metadata accuracy. */
public record EvalReport(
    String dataset,
    String kind,
    Row overall,
    List<Row> languages,
    Row nonGerman,
    Map<String, Accuracy> metadata,
    int errors,
    List<ExtractionEval.PageResult> results) {

  /** P/R/F1 over a group of pages. */
  public record Row(String name, int pages, double precision, double recall, double f1) {}

  /** Share of labelled pages whose extracted value matched. */
  public record Accuracy(int matched, int labelled) {
    public double value() {
      return labelled == 0 ? 0 : (double) matched / labelled;
    }
  }

  static EvalReport of(Dataset set, List<ExtractionEval.PageResult> results) {
    List<Row> langs = new ArrayList<>();
    for (Map.Entry<String, List<ExtractionEval.PageResult>> e :
        ExtractionEval.byLanguage(results).entrySet()) {
      langs.add(row(set.kind(), e.getKey(), e.getValue()));
    }
    langs.sort((a, b) -> Integer.compare(b.pages(), a.pages()));
    List<ExtractionEval.PageResult> nonDe =
        results.stream().filter(r -> !r.page().language().equals("de")).toList();
    Map<String, Accuracy> meta = new LinkedHashMap<>();
    if (set.kind() == Dataset.Kind.SNIPPETS) {
      int tl = 0, tm = 0, al = 0, am = 0, ae = 0, dl = 0, dm = 0;
      for (ExtractionEval.PageResult r : results) {
        LabelledPage p = r.page();
        var a = r.article();
        if (p.title() != null) {
          tl++;
          if (a != null && Metrics.titleMatches(p.title(), a.title())) tm++;
        }
        if (!p.authors().isEmpty()) {
          al++;
          if (a != null && Metrics.authorMatches(p.authors(), a.authors())) am++;
          if (a != null && Metrics.authorExact(p.authors(), a.authors())) ae++;
        }
        if (p.date() != null) {
          dl++;
          if (a != null && Metrics.dateMatches(p.date(), a.published())) dm++;
        }
      }
      meta.put("title", new Accuracy(tm, tl));
      meta.put("author", new Accuracy(am, al));
      meta.put("author exact", new Accuracy(ae, al));
      meta.put("date", new Accuracy(dm, dl));
    }
    int errors = (int) results.stream().filter(r -> r.error() != null).count();
    return new EvalReport(
        set.dir().toString(),
        set.kind().name().toLowerCase(Locale.ROOT),
        row(set.kind(), "all", results),
        langs,
        row(set.kind(), "non-de", nonDe),
        meta,
        errors,
        results);
  }

  static Row row(Dataset.Kind kind, String name, List<ExtractionEval.PageResult> rs) {
    if (kind == Dataset.Kind.SNIPPETS) {
      Metrics.Counts c = Metrics.Counts.ZERO;
      for (ExtractionEval.PageResult r : rs) c = c.plus(r.counts());
      return new Row(name, rs.size(), c.precision(), c.recall(), c.f1());
    }
    double ps = 0, rsum = 0;
    int pn = 0, rn = 0;
    for (ExtractionEval.PageResult r : rs) {
      if (!Double.isNaN(r.shingles().precision())) {
        ps += r.shingles().precision();
        pn++;
      }
      if (!Double.isNaN(r.shingles().recall())) {
        rsum += r.shingles().recall();
        rn++;
      }
    }
    double p = pn == 0 ? 0 : ps / pn, rec = rn == 0 ? 0 : rsum / rn;
    return new Row(name, rs.size(), p, rec, p + rec == 0 ? 0 : 2 * p * rec / (p + rec));
  }

  public String toText() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "dataset %s (%s)%n%n", dataset, kind));
    sb.append(
        String.format(Locale.ROOT, "%-8s %6s %7s %7s %7s%n", "language", "pages", "P", "R", "F1"));
    for (Row r : languages) sb.append(fmt(r));
    sb.append(fmt(nonGerman));
    sb.append(fmt(overall));
    if (!metadata.isEmpty()) {
      sb.append(String.format(Locale.ROOT, "%nmetadata accuracy%n"));
      metadata.forEach(
          (k, v) ->
              sb.append(
                  String.format(
                      Locale.ROOT,
                      "  %-12s %.3f (%d/%d)%n",
                      k,
                      v.value(),
                      v.matched(),
                      v.labelled())));
    }
    sb.append(String.format(Locale.ROOT, "%nerrors %d%n", errors));
    sb.append(
        String.format(
            Locale.ROOT,
            "F1 %.4f P %.4f R %.4f pages %d%n",
            overall.f1(),
            overall.precision(),
            overall.recall(),
            overall.pages()));
    return sb.toString();
  }

  private static String fmt(Row r) {
    return String.format(
        Locale.ROOT,
        "%-8s %6d %7.4f %7.4f %7.4f%n",
        r.name(),
        r.pages(),
        r.precision(),
        r.recall(),
        r.f1());
  }

  /** The report as plain maps and lists, ready for a JSON writer. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("dataset", dataset);
    m.put("kind", kind);
    m.put("overall", overall);
    m.put("nonGerman", nonGerman);
    m.put("languages", languages);
    Map<String, Object> meta = new LinkedHashMap<>();
    metadata.forEach(
        (k, v) ->
            meta.put(
                k,
                Map.of("accuracy", v.value(), "matched", v.matched(), "labelled", v.labelled())));
    m.put("metadata", meta);
    m.put("errors", errors);
    return m;
  }
}
