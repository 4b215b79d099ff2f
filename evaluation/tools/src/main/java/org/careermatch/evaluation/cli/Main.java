package org.careermatch.evaluation.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.careermatch.evaluation.bundled.BundledSuites;
import org.careermatch.data.DataLoader;
import org.careermatch.data.FrameworkData;
import org.careermatch.engine.Engine;
import org.careermatch.engine.semantic.SemanticUnavailableException;
import org.careermatch.evaluation.compare.Comparison;
import org.careermatch.evaluation.compare.QueryDelta;
import org.careermatch.evaluation.compare.RandomizationTest;
import org.careermatch.evaluation.metrics.Evaluation;
import org.careermatch.evaluation.metrics.Metric;
import org.careermatch.evaluation.metrics.TrecEvalFormat;
import org.careermatch.evaluation.report.JsonReport;
import org.careermatch.evaluation.report.MarkdownReport;
import org.careermatch.evaluation.run.Run;
import org.careermatch.evaluation.run.ScoredDoc;
import org.careermatch.evaluation.run.TrecRunWriter;
import org.careermatch.evaluation.baseline.BaselineRunner;
import org.careermatch.evaluation.runner.EngineRunner;
import org.careermatch.evaluation.http.HttpRunner;
import org.careermatch.evaluation.runner.SuiteEvaluator;
import org.careermatch.evaluation.runner.SuiteRunner;
import org.careermatch.evaluation.suite.JsonSuiteReader;
import org.careermatch.evaluation.suite.Qrels;
import org.careermatch.evaluation.suite.Suite;
import org.careermatch.evaluation.suite.Suites;
import org.careermatch.evaluation.suite.Topic;

/**
 * The evaluation command line: runs a suite on the engine in process (or the naive baseline, or a running api),
 * prints trec_eval-style summary lines, optionally compares a second engine configuration with a paired
 * randomization test, and writes run files and reports. See {@link Options#USAGE} and evaluation/README.md.
 *
 * <p>stdout carries only results; progress and errors go to stderr. Exit status: 0 done, 1 the suite or the system
 * failed (a malformed file, an unreachable api), 2 bad arguments (with the usage).
 */
public final class Main {
  static final String NAME = "careermatch-evaluation";
  /** Prefix of the sub-cluster-level summary lines. */
  static final String SUB_PREFIX = "sub_";
  /** Queries listed per level in the comparison on stdout. */
  static final int CHANGED_SHOWN = 10;
  /** Worst queries explained per section of the Markdown report. */
  static final int WORST_IN_REPORT = 10;

  private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private Main() {}

  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    System.out.flush();
    System.exit(status);
  }

  /** Runs the command line; returns the exit status. Never throws for bad input. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (UsageException e) {
      err.println(NAME + ": " + e.getMessage());
      err.println();
      err.print(Options.USAGE);
      return 2;
    }
    if (options.help()) {
      out.print(Options.USAGE);
      return 0;
    }
    try {
      evaluate(options, out, err);
      return 0;
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
      err.println(NAME + ": " + cause.getMessage());
      return 1;
    } catch (SemanticUnavailableException e) {
      err.println(NAME + ": " + e.getMessage() + " (run with --semantic off to match by words only)");
      return 1;
    } catch (RuntimeException e) {
      err.println(NAME + ": internal error, please report it:");
      e.printStackTrace(err);
      return 1;
    }
  }

  private static void evaluate(Options o, PrintStream out, PrintStream err) throws IOException {
    long start = System.nanoTime();
    Suite suite = suite(o);
    err.println(NAME + ": suite " + suite.name() + ", " + suite.topics().size() + " topics; " + o.system());

    Engine engine = null;
    SuiteRunner runner;
    String tag;
    if (o.baseUrl() != null) {
      runner = new HttpRunner(o.baseUrl());
      tag = "careermatch-api";
    } else {
      FrameworkData data = DataLoader.loadDefault();
      if (o.baseline()) {
        runner = new BaselineRunner(data);
        tag = "bm25-baseline";
      } else {
        engine = o.semantic() ? EngineRunner.semanticEngine(data, o.config()) : Engine.create(data, o.config());
        runner = new EngineRunner(engine);
        tag = "careermatch";
      }
    }
    SuiteEvaluator.Result base = SuiteEvaluator.evaluate(suite, runner);
    out.print(summary(base, o.perQuery()));

    Compared compared = null;
    if (o.candidate() != null) {
      SuiteEvaluator.Result candidate =
          SuiteEvaluator.evaluate(suite, new EngineRunner(engine.withConfig(o.candidate())));
      compared = new Compared(candidate, new RandomizationTest(o.permutations(), o.seed()), o.candidateChange());
      out.print(compared.text(base));
    }

    if (o.runOut() != null) {
      TrecRunWriter.write(base.runs().clusters(), tag, o.runOut());
    }
    if (o.subRunOut() != null) {
      TrecRunWriter.write(base.runs().subClusters(), tag, o.subRunOut());
    }
    Map<String, String> about = new LinkedHashMap<>();
    about.put("suite", suite.name());
    about.put("topics", Integer.toString(suite.topics().size()));
    about.put("system", o.system());
    if (o.baseUrl() == null && !o.baseline()) {
      about.put("config", EngineConfigs.describe(o.config()));
    }
    if (o.reportJson() != null) {
      Files.writeString(o.reportJson(), jsonReport(base, about, compared), StandardCharsets.UTF_8);
    }
    if (o.reportMd() != null) {
      Files.writeString(o.reportMd(), markdownReport(base, o.system(), compared), StandardCharsets.UTF_8);
    }
    err.println(NAME + ": done in " + String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - start) / 1e9));
  }

  private static Suite suite(Options o) throws IOException {
    if (o.suite() != null) {
      return BundledSuites.load(o.suite());
    }
    if (o.jsonSuite() != null) {
      return JsonSuiteReader.read(o.jsonSuite());
    }
    String name = o.topics().getFileName().toString().replaceFirst("\\.topics\\.tsv$|\\.tsv$", "");
    return Suites.readTrec(name.isBlank() ? "topics" : name, o.topics(), o.qrels(), o.subQrels());
  }

  /** The trec_eval-style lines: num_q and the cluster measures, then the same prefixed {@value #SUB_PREFIX}. */
  static String summary(SuiteEvaluator.Result r, boolean perQuery) {
    StringBuilder sb = new StringBuilder();
    sb.append(block(r.clusters(), "", perQuery));
    if (r.hasSubClusters()) {
      sb.append(block(r.subClusters(), SUB_PREFIX, perQuery));
    }
    return sb.toString();
  }

  private static String block(Evaluation e, String prefix, boolean perQuery) {
    StringBuilder sb = new StringBuilder();
    if (perQuery) {
      e.perQuery().forEach((qid, values) -> values.forEach(
          (m, v) -> sb.append(TrecEvalFormat.line(prefix + m.name(), qid, v))));
    }
    sb.append(prefix).append("num_q\tall\t").append(e.numQueries()).append('\n');
    e.means().forEach((m, v) -> sb.append(TrecEvalFormat.line(prefix + m.name(), "all", v)));
    return sb.toString();
  }

  /** A second configuration's result, compared with the first per measure. */
  private record Compared(SuiteEvaluator.Result candidate, RandomizationTest test, String change) {
    Comparison comparison(SuiteEvaluator.Result base, Suite.Level level, Metric m) {
      return Comparison.of(base.evaluation(level), candidate.evaluation(level), m);
    }

    List<Suite.Level> levels(SuiteEvaluator.Result base) {
      return base.hasSubClusters() ? List.of(Suite.Level.CLUSTER, Suite.Level.SUB_CLUSTER)
          : List.of(Suite.Level.CLUSTER);
    }

    String text(SuiteEvaluator.Result base) {
      StringBuilder sb = new StringBuilder();
      sb.append("\n# paired comparison: base (above) vs candidate = base with ").append(change).append('\n');
      sb.append("# randomization test: two-sided, ").append(test.permutations()).append(" permutations, seed ")
          .append(test.seed()).append("; better/worse/same count the candidate's queries\n");
      sb.append("level\tmeasure\tbase\tcandidate\tdiff\tbetter\tworse\tsame\tp\n");
      for (Suite.Level level : levels(base)) {
        for (Metric m : SuiteEvaluator.metrics(level)) {
          Comparison c = comparison(base, level, m);
          RandomizationTest.Result t = test.test(c);
          sb.append(levelName(level)).append('\t').append(m.name()).append('\t').append(f(c.baselineMean()))
              .append('\t').append(f(c.candidateMean())).append('\t').append(signed(c.meanDifference()))
              .append('\t').append(c.wins()).append('\t').append(c.losses()).append('\t').append(c.ties())
              .append('\t').append(f(t.pValue())).append('\n');
        }
      }
      for (Suite.Level level : levels(base)) {
        Metric m = SuiteEvaluator.metrics(level).get(0);
        List<QueryDelta> changed = comparison(base, level, m).byDelta().stream()
            .filter(q -> Math.abs(q.delta()) > Comparison.TIE_TOLERANCE).toList();
        sb.append("\n# ").append(levelName(level)).append(' ').append(m.name()).append(": ").append(changed.size())
            .append(" queries changed");
        if (changed.isEmpty()) {
          sb.append('\n');
          continue;
        }
        List<QueryDelta> shown = changed;
        if (changed.size() > 2 * CHANGED_SHOWN) {
          shown = new ArrayList<>(changed.subList(0, CHANGED_SHOWN));
          shown.addAll(changed.subList(changed.size() - CHANGED_SHOWN, changed.size()));
          sb.append("; the ").append(CHANGED_SHOWN).append(" largest losses and gains (all in --report-json)");
        }
        sb.append("\nqid\tbase\tcandidate\tdiff\n");
        for (QueryDelta q : shown) {
          sb.append(q.qid()).append('\t').append(f(q.baseline())).append('\t').append(f(q.candidate())).append('\t')
              .append(signed(q.delta())).append('\n');
        }
      }
      return sb.toString();
    }
  }

  static String levelName(Suite.Level level) {
    return level == Suite.Level.CLUSTER ? "cluster" : "sub-cluster";
  }

  private static String jsonReport(SuiteEvaluator.Result base, Map<String, String> about, Compared compared)
      throws IOException {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode aboutNode = root.putObject("about");
    about.forEach(aboutNode::put);
    root.set("cluster", levelReport(base, Suite.Level.CLUSTER, about));
    if (base.hasSubClusters()) {
      root.set("subCluster", levelReport(base, Suite.Level.SUB_CLUSTER, about));
    }
    if (compared != null) {
      ObjectNode c = root.putObject("comparison");
      c.put("candidate", compared.change());
      c.put("test", "paired randomization test, two-sided");
      c.put("permutations", compared.test().permutations());
      c.put("seed", compared.test().seed());
      for (Suite.Level level : compared.levels(base)) {
        ObjectNode l = c.putObject(level == Suite.Level.CLUSTER ? "cluster" : "subCluster");
        ObjectNode measures = l.putObject("measures");
        for (Metric m : SuiteEvaluator.metrics(level)) {
          Comparison cmp = compared.comparison(base, level, m);
          RandomizationTest.Result t = compared.test().test(cmp);
          ObjectNode n = measures.putObject(m.name());
          n.put("base", cmp.baselineMean());
          n.put("candidate", cmp.candidateMean());
          n.put("difference", cmp.meanDifference());
          n.put("better", cmp.wins());
          n.put("worse", cmp.losses());
          n.put("same", cmp.ties());
          n.put("p", t.pValue());
        }
        Map<String, String> candidateAbout = new LinkedHashMap<>(about);
        candidateAbout.put("change", compared.change());
        l.set("candidate", levelReport(compared.candidate(), level, candidateAbout));
      }
    }
    return JSON.writeValueAsString(root) + "\n";
  }

  private static JsonNode levelReport(SuiteEvaluator.Result r, Suite.Level level, Map<String, String> about)
      throws IOException {
    Map<String, String> a = new LinkedHashMap<>(about);
    a.put("level", levelName(level));
    return JSON.readTree(JsonReport.render(r.evaluation(level), a));
  }

  private static String markdownReport(SuiteEvaluator.Result base, String system, Compared compared) {
    String suite = base.suite().name();
    StringBuilder md = new StringBuilder();
    List<Suite.Level> levels = base.hasSubClusters()
        ? List.of(Suite.Level.CLUSTER, Suite.Level.SUB_CLUSTER) : List.of(Suite.Level.CLUSTER);
    for (Suite.Level level : levels) {
      if (md.length() > 0) {
        md.append('\n');
      }
      Metric primary = SuiteEvaluator.metrics(level).get(0);
      md.append(MarkdownReport.render(suite + ", " + levelName(level) + " level: " + system,
          base.evaluation(level), primary, WORST_IN_REPORT, qid -> explain(base, level, qid, null)));
    }
    if (compared != null) {
      for (Suite.Level level : levels) {
        Metric primary = SuiteEvaluator.metrics(level).get(0);
        Comparison c = compared.comparison(base, level, primary);
        md.append('\n').append(MarkdownReport.comparison(suite + ", " + levelName(level) + " level: base vs "
            + compared.change(), c, compared.test().test(c), WORST_IN_REPORT,
            qid -> explain(base, level, qid, compared.candidate())));
      }
    }
    return md.toString();
  }

  /** A query's text, its relevant answers and the top of the ranking(s), in Markdown. */
  private static String explain(SuiteEvaluator.Result base, Suite.Level level, String qid,
      SuiteEvaluator.Result candidate) {
    Topic topic = base.suite().topic(qid).orElse(null);
    Qrels qrels = base.suite().qrels(level);
    StringBuilder md = new StringBuilder();
    if (topic != null) {
      md.append("Query: ").append(topic.text().replace("\n", " ")).append("\n\n");
    }
    List<String> relevant = new ArrayList<>();
    qrels.judgments(qid).forEach((docid, grade) -> {
      if (grade > 0) {
        relevant.add("`" + docid + "` (" + grade + ")");
      }
    });
    md.append("Relevant: ").append(relevant.isEmpty() ? "none" : String.join(", ", relevant)).append("\n\n");
    Function<SuiteEvaluator.Result, Run> run = r -> level == Suite.Level.CLUSTER ? r.runs().clusters()
        : r.runs().subClusters();
    md.append(candidate == null ? "Ranked: " : "Base ranked: ").append(top(run.apply(base), qrels, qid)).append('\n');
    if (candidate != null) {
      md.append("\nCandidate ranked: ").append(top(run.apply(candidate), qrels, qid)).append('\n');
    }
    return md.toString();
  }

  private static String top(Run run, Qrels qrels, String qid) {
    List<String> parts = new ArrayList<>();
    List<ScoredDoc> ranking = run.ranking(qid);
    for (int i = 0; i < Math.min(5, ranking.size()); i++) {
      ScoredDoc d = ranking.get(i);
      String score = String.format(Locale.ROOT, "%.2f", d.score());
      parts.add((i + 1) + ". `" + d.docid() + "` " + (score.equals("-0.00") ? "0.00" : score)
          + (qrels.isRelevant(qid, d.docid()) ? " (relevant)" : ""));
    }
    return parts.isEmpty() ? "nothing" : String.join(", ", parts);
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  private static String signed(double v) {
    return String.format(Locale.ROOT, "%+.4f", v);
  }
}
