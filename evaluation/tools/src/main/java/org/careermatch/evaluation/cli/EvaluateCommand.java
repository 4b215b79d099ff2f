package org.careermatch.evaluation.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.careermatch.data.DataLoader;
import org.careermatch.data.FrameworkData;
import org.careermatch.engine.Engine;
import org.careermatch.engine.EngineConfigs;
import org.careermatch.evaluation.baseline.BaselineRunner;
import org.careermatch.evaluation.bundled.BundledSuites;
import org.careermatch.evaluation.compare.RandomizationTest;
import org.careermatch.evaluation.http.HttpRunner;
import org.careermatch.evaluation.report.ComparisonSummary;
import org.careermatch.evaluation.report.ConfigComparison;
import org.careermatch.evaluation.report.SuiteJsonReport;
import org.careermatch.evaluation.report.SuiteMarkdownReport;
import org.careermatch.evaluation.report.TrecEvalSummary;
import org.careermatch.evaluation.run.TrecRunWriter;
import org.careermatch.evaluation.runner.EngineRunner;
import org.careermatch.evaluation.runner.SuiteEvaluator;
import org.careermatch.evaluation.runner.SuiteRunner;
import org.careermatch.evaluation.suite.JsonSuiteReader;
import org.careermatch.evaluation.suite.Suite;
import org.careermatch.evaluation.suite.Suites;
import org.careermatch.evaluation.tune.FeatureRows;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The command line's options as picocli binds them, and what it does with them: {@link Options#of}
 * checks them (everything that needs no suite or engine), then the suite runs, the summary goes to
 * stdout and the files are written. The groups only lay out the usage text; their rules are {@link
 * Options}' checks, whose messages say what to do.
 */
@Command(
    name = Main.NAME,
    customSynopsis = "java -jar careermatch-evaluation.jar SUITE [SYSTEM] [OPTIONS]",
    description = {
      "",
      "Runs careermatch on a relevance suite and prints trec_eval-style summary lines on stdout",
      "(measure<TAB>all<TAB>value): the cluster level (num_q, ndcg_cut_3, recip_rank, P_1, map,",
      "recall_3, success_1), then the sub-cluster level, prefixed sub_ (sub_num_q, sub_ndcg_cut_5,",
      "sub_recip_rank, sub_P_1, sub_map, sub_recall_5, sub_success_1)."
    },
    usageHelpWidth = 110,
    sortOptions = false)
final class EvaluateCommand implements Callable<Integer> {
  static final long DEFAULT_SEED = 1;

  /** Where the suite comes from. */
  static final class SuiteOptions {
    @Option(names = "--suite", paramLabel = "NAME", description = "a bundled suite (listed below)")
    String suite;

    @Option(
        names = "--json-suite",
        paramLabel = "FILE",
        description =
            "a JSON suite (the api's inline suite format, see careermatch/suites/README.md)")
    Path jsonSuite;

    @Option(
        names = "--topics",
        paramLabel = "FILE",
        description =
            "TREC topics: qid<TAB>text, optionally <TAB>skills (;-separated); with --qrels")
    Path topics;

    @Option(
        names = "--qrels",
        paramLabel = "FILE",
        description = "TREC cluster qrels, with --topics")
    Path qrels;

    @Option(
        names = "--sub-qrels",
        paramLabel = "FILE",
        description = "TREC sub-cluster qrels (optional)")
    Path subQrels;
  }

  /** What runs the suite. */
  static final class SystemOptions {
    @Option(
        names = "--set",
        paramLabel = "KEY=VALUE",
        description =
            "change an engine setting (an EngineConfig component, keys below); repeatable")
    List<String> sets = new ArrayList<>();

    @Option(
        names = "--semantic",
        paramLabel = "on|off",
        description =
            "match by meaning too (default on) or by words only (no model loaded); compare the two"
                + " on the same engine with --compare-set semanticWeight=0")
    String semantic;

    @Option(names = "--baseline", description = "the naive BM25 baseline instead of the engine")
    boolean baseline;

    @Option(
        names = "--base-url",
        paramLabel = "URL",
        description =
            "the careermatch api at URL (POST URL"
                + HttpRunner.MATCHES_PATH
                + "), e.g."
                + " http://localhost:8080")
    String baseUrl;
  }

  /** A second configuration and the paired test. */
  static final class ComparisonOptions {
    @Option(
        names = "--compare-set",
        paramLabel = "KEY=VALUE",
        description =
            "also run the configuration with this change (repeatable) and print a query-by-query"
                + " paired comparison per measure, with a two-sided paired randomization test")
    List<String> compareSets = new ArrayList<>();

    @Option(
        names = "--permutations",
        paramLabel = "N",
        description =
            "permutations of the test (default " + RandomizationTest.DEFAULT_PERMUTATIONS + ")")
    Integer permutations;

    @Option(
        names = "--seed",
        paramLabel = "N",
        description = "seed of the test (default " + DEFAULT_SEED + ")")
    Long seed;
  }

  /** What is printed and written. */
  static final class OutputOptions {
    @Option(
        names = {"-q", "--per-query"},
        description = "also print each query's lines, as trec_eval -q")
    boolean perQuery;

    @Option(
        names = "--run-out",
        paramLabel = "FILE",
        description = "write the cluster-level run (TREC format: qid Q0 docid rank score tag)")
    Path runOut;

    @Option(
        names = "--sub-run-out",
        paramLabel = "FILE",
        description = "write the sub-cluster-level run")
    Path subRunOut;

    @Option(
        names = "--report-json",
        paramLabel = "FILE",
        description = "write a JSON report (both levels, per query; the comparison if any)")
    Path reportJson;

    @Option(
        names = "--report-md",
        paramLabel = "FILE",
        description = "write a Markdown report (the worst queries, explained)")
    Path reportMd;

    @Option(
        names = "--features-out",
        paramLabel = "FILE",
        description =
            "write each (query, cluster) pair's signal values with its judgment, one row per pair, in the"
                + " SVMrank/RankLib format (in-process engine only)")
    Path featuresOut;

    @Option(
        names = {"-h", "--help"},
        usageHelp = true,
        description = "print this help")
    boolean help;
  }

  @ArgGroup(validate = false, order = 1, heading = "%nSUITE, exactly one of:%n")
  SuiteOptions suite = new SuiteOptions();

  @ArgGroup(
      validate = false,
      order = 2,
      heading =
          "%nSYSTEM (default: the engine in process on the embedded data, EngineConfig.defaults()):%n")
  SystemOptions system = new SystemOptions();

  @ArgGroup(validate = false, order = 3, heading = "%nCOMPARISON (engine in process only):%n")
  ComparisonOptions comparison = new ComparisonOptions();

  @ArgGroup(validate = false, order = 4, heading = "%nOUTPUT:%n")
  OutputOptions output = new OutputOptions();

  @Spec CommandSpec spec;

  private final PrintStream out;
  private final PrintStream err;

  EvaluateCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() throws IOException {
    Options o;
    try {
      onlyOnce(spec.commandLine().getParseResult());
      o = Options.of(this);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    long start = System.nanoTime();
    Suite suite = suite(o);
    err.println(
        Main.NAME
            + ": suite "
            + suite.name()
            + ", "
            + suite.topics().size()
            + " topics; "
            + o.system());

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
        engine =
            o.semantic()
                ? EngineRunner.semanticEngine(data, o.config())
                : Engine.create(data, o.config());
        runner = new EngineRunner(engine);
        tag = "careermatch";
      }
    }
    SuiteEvaluator.Result base = SuiteEvaluator.evaluate(suite, runner);
    out.print(TrecEvalSummary.render(base, o.perQuery()));

    ConfigComparison compared = null;
    if (o.candidate() != null) {
      SuiteEvaluator.Result candidate =
          SuiteEvaluator.evaluate(suite, new EngineRunner(engine.withConfig(o.candidate())));
      compared =
          new ConfigComparison(
              candidate, new RandomizationTest(o.permutations(), o.seed()), o.candidateChange());
      out.print(ComparisonSummary.render(base, compared));
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
    if (o.featuresOut() != null) {
      try (java.io.Writer w = Files.newBufferedWriter(o.featuresOut(), StandardCharsets.UTF_8)) {
        w.write(FeatureRows.header());
        FeatureRows.write(engine, suite, 1, w);
      }
    }
    if (o.reportJson() != null) {
      Files.writeString(
          o.reportJson(), SuiteJsonReport.render(base, about, compared), StandardCharsets.UTF_8);
    }
    if (o.reportMd() != null) {
      Files.writeString(
          o.reportMd(),
          SuiteMarkdownReport.render(base, o.system(), compared),
          StandardCharsets.UTF_8);
    }
    err.println(
        Main.NAME
            + ": done in "
            + String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - start) / 1e9));
    return 0;
  }

  /**
   * picocli lets an option of a layout group be given again (it starts a new group); here a
   * single-valued option given twice is an error, as for the options outside groups.
   */
  private static void onlyOnce(ParseResult parsed) {
    for (OptionSpec option : parsed.matchedOptions()) {
      if (!option.isMultiValue()
          && option.arity().max() > 0
          && option.originalStringValues().size() > 1) {
        throw new IllegalArgumentException(
            "option '"
                + option.longestName()
                + "' should be specified only once ("
                + String.join(
                    ", ", option.originalStringValues().stream().map(v -> "'" + v + "'").toList())
                + ")");
      }
    }
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
}
