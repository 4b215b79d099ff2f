package org.careermatch.evaluation.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.careermatch.data.Checks;
import org.careermatch.engine.EngineConfig;
import org.careermatch.engine.EngineConfigs;
import org.careermatch.evaluation.bundled.BundledSuites;
import org.careermatch.evaluation.compare.RandomizationTest;
import org.careermatch.evaluation.http.HttpRunner;

/**
 * The checked command line of {@link Main}: picocli binds the arguments ({@link EvaluateCommand}),
 * and every check that needs no suite or engine is done here, so a bad argument is reported (exit
 * 2, with the usage) before anything runs. The messages say which option is wrong and why.
 *
 * @param suite a bundled suite name, or null
 * @param jsonSuite a JSON suite file, or null
 * @param topics a TREC topics file (with {@code qrels}), or null
 * @param qrels TREC cluster qrels, or null
 * @param subQrels TREC sub-cluster qrels, or null
 * @param baseUrl the api's base URL, or null for in process
 * @param baseline run the naive baseline instead of the engine
 * @param sets the {@code --set} changes, in order
 * @param compareSets the {@code --compare-set} changes, in order; empty for no comparison
 * @param config the engine configuration: {@link EngineConfig#defaults()} with {@code sets}
 * @param candidate {@code config} with {@code compareSets}; null when there is no comparison
 * @param permutations permutations of the randomization test
 * @param seed seed of the randomization test
 * @param perQuery print per-query lines too ({@code -q})
 * @param runOut cluster-level run file to write, or null
 * @param subRunOut sub-cluster-level run file to write, or null
 * @param reportJson JSON report to write, or null
 * @param reportMd Markdown report to write, or null
 * @param featuresOut feature rows (SVMrank format, one per query and cluster) to write, or null
 * @param semantic whether the in-process engine loads the embedding model and matches by meaning
 *     too
 */
record Options(
    String suite,
    Path jsonSuite,
    Path topics,
    Path qrels,
    Path subQrels,
    URI baseUrl,
    boolean baseline,
    Map<String, String> sets,
    Map<String, String> compareSets,
    EngineConfig config,
    EngineConfig candidate,
    int permutations,
    long seed,
    boolean perQuery,
    Path runOut,
    Path subRunOut,
    Path reportJson,
    Path reportMd,
    Path featuresOut,
    boolean semantic) {

  /**
   * Checks the bound options.
   *
   * @throws IllegalArgumentException with a message naming the option, when they do not make a
   *     valid run
   */
  static Options of(EvaluateCommand c) {
    return build(
        c.suite,
        c.system,
        c.comparison,
        c.output,
        assignments("--set", c.system.sets),
        assignments("--compare-set", c.comparison.compareSets));
  }

  private static Options build(
      EvaluateCommand.SuiteOptions s,
      EvaluateCommand.SystemOptions sys,
      EvaluateCommand.ComparisonOptions cmp,
      EvaluateCommand.OutputOptions out,
      Map<String, String> sets,
      Map<String, String> compareSets) {
    String suite = s.suite;
    Path jsonSuite = inputFile(s.jsonSuite, "--json-suite");
    Path topics = inputFile(s.topics, "--topics");
    Path qrels = inputFile(s.qrels, "--qrels");
    Path subQrels = inputFile(s.subQrels, "--sub-qrels");
    int sources =
        (suite != null ? 1 : 0)
            + (jsonSuite != null ? 1 : 0)
            + (topics != null || qrels != null ? 1 : 0);
    if (sources == 0) {
      throw new UsageException(
          "no suite: give --suite NAME, --json-suite FILE or --topics FILE --qrels FILE");
    }
    if (sources > 1) {
      throw new UsageException("give one suite only: --suite, --json-suite or --topics/--qrels");
    }
    if ((topics == null) != (qrels == null)) {
      throw new UsageException(
          topics == null ? "--qrels needs --topics" : "--topics needs --qrels");
    }
    if (subQrels != null && topics == null) {
      throw new UsageException("--sub-qrels goes with --topics and --qrels");
    }
    if (suite != null && !BundledSuites.NAMES.contains(suite)) {
      throw new UsageException(
          "no bundled suite "
              + Checks.quote(suite)
              + " (bundled: "
              + String.join(", ", BundledSuites.NAMES)
              + ")");
    }

    boolean baseline = sys.baseline;
    URI baseUrl = sys.baseUrl == null ? null : baseUrl(sys.baseUrl);
    if (baseline && baseUrl != null) {
      throw new UsageException("--baseline runs in process; it cannot be combined with --base-url");
    }
    String other = baseline ? "--baseline" : baseUrl != null ? "--base-url" : null;
    if (other != null && !sets.isEmpty()) {
      throw new UsageException(
          "--set changes the in-process engine; it cannot be combined with "
              + other
              + (baseUrl != null ? " (configure the api itself)" : ""));
    }
    if (other != null && !compareSets.isEmpty()) {
      throw new UsageException(
          "--compare-set compares two in-process engine configurations; it cannot be combined"
              + " with "
              + other);
    }
    boolean semantic = true;
    if (sys.semantic != null) {
      String v = sys.semantic.strip().toLowerCase(Locale.ROOT);
      if (!v.equals("on") && !v.equals("off")) {
        throw new UsageException(
            "--semantic takes on or off (was " + Checks.quote(sys.semantic) + ")");
      }
      if (other != null) {
        throw new UsageException(
            "--semantic switches the in-process engine; it cannot be combined with " + other);
      }
      semantic = v.equals("on");
    }
    EngineConfig config = config(EngineConfig.defaults(), sets, "--set");
    EngineConfig candidate =
        compareSets.isEmpty() ? null : config(config, compareSets, "--compare-set");
    if (compareSets.isEmpty() && (cmp.permutations != null || cmp.seed != null)) {
      throw new UsageException("--permutations and --seed are for --compare-set");
    }
    int permutations = RandomizationTest.DEFAULT_PERMUTATIONS;
    if (cmp.permutations != null) {
      permutations = (int) range("--permutations", cmp.permutations, 1, 10_000_000);
    }
    long seed = cmp.seed != null ? cmp.seed : EvaluateCommand.DEFAULT_SEED;
    if (out.featuresOut != null && other != null) {
      throw new UsageException(
          "--features-out writes the in-process engine's signal values; it cannot be combined"
              + " with "
              + other);
    }

    return new Options(
        suite,
        jsonSuite,
        topics,
        qrels,
        subQrels,
        baseUrl,
        baseline,
        sets,
        compareSets,
        config,
        candidate,
        permutations,
        seed,
        out.perQuery,
        outputFile(out.runOut, "--run-out"),
        outputFile(out.subRunOut, "--sub-run-out"),
        outputFile(out.reportJson, "--report-json"),
        outputFile(out.reportMd, "--report-md"),
        outputFile(out.featuresOut, "--features-out"),
        semantic);
  }

  /** The bundled suites and the settable keys, for the usage text's footer. */
  static String[] footer() {
    return new String[] {
      "",
      "Bundled suites (--suite NAME):",
      wrap(BundledSuites.NAMES),
      "",
      "Engine settings (--set, --compare-set KEY=VALUE):",
      keys(),
      "",
      "Exit status: 0 done, 1 the suite or the system failed, 2 bad arguments."
    };
  }

  /** The settable keys, wrapped and indented for the usage text. */
  private static String keys() {
    return wrap(EngineConfigs.describeKeys());
  }

  /** Words joined by ", ", wrapped at 100 columns, indented 2. */
  private static String wrap(List<String> items) {
    String indent = "  ";
    String joined = String.join(", ", items);
    StringBuilder sb = new StringBuilder();
    StringBuilder line = new StringBuilder();
    for (String word : joined.split(" ")) {
      if (line.length() > 0 && indent.length() + line.length() + 1 + word.length() > 100) {
        sb.append(indent).append(line).append('\n');
        line.setLength(0);
      }
      line.append(line.length() == 0 ? "" : " ").append(word);
    }
    return sb.append(indent).append(line).toString();
  }

  /** What runs, in words, for the reports and stderr. */
  String system() {
    if (baseUrl != null) {
      return "careermatch api at " + baseUrl;
    }
    if (baseline) {
      return "naive baseline (BM25)";
    }
    String engine =
        semantic ? "engine in process" : "engine in process, words only (--semantic off)";
    return sets.isEmpty()
        ? engine + ", EngineConfig.defaults()"
        : engine + ", EngineConfig.defaults() with " + describe(sets);
  }

  /** The change the candidate makes, in words. */
  String candidateChange() {
    return describe(compareSets);
  }

  static String describe(Map<String, String> settings) {
    List<String> parts = new ArrayList<>();
    settings.forEach((k, v) -> parts.add(k + "=" + v));
    return String.join(", ", parts);
  }

  private static Map<String, String> assignments(String option, List<String> values) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String v : values) {
      int eq = v.indexOf('=');
      if (eq <= 0 || eq == v.length() - 1) {
        throw new UsageException(option + " needs KEY=VALUE (was " + Checks.quote(v) + ")");
      }
      String key = v.substring(0, eq).strip();
      if (out.put(key, v.substring(eq + 1).strip()) != null) {
        throw new UsageException(option + " sets " + key + " twice");
      }
    }
    return out;
  }

  private static EngineConfig config(
      EngineConfig base, Map<String, String> settings, String option) {
    try {
      return EngineConfigs.with(base, settings);
    } catch (IllegalArgumentException e) {
      throw new UsageException(option + ": " + e.getMessage());
    }
  }

  private static URI baseUrl(String text) {
    try {
      URI uri = new URI(text.strip());
      HttpRunner.endpoint(uri);
      return uri;
    } catch (URISyntaxException e) {
      throw new UsageException(
          "--base-url " + Checks.quote(text) + " is not a URL: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new UsageException("--base-url: " + e.getMessage());
    }
  }

  private static long range(String option, long n, long min, long max) {
    if (n < min || n > max) {
      throw new UsageException(option + " must be in [" + min + ", " + max + "] (was " + n + ")");
    }
    return n;
  }

  private static Path inputFile(Path file, String option) {
    if (file != null && !Files.isRegularFile(file)) {
      throw new UsageException(option + " " + Checks.quote(file.toString()) + ": no such file");
    }
    return file;
  }

  private static Path outputFile(Path file, String option) {
    if (file != null && Files.isDirectory(file)) {
      throw new UsageException(option + " " + Checks.quote(file.toString()) + " is a directory");
    }
    return file;
  }

  /** A bad combination of options: the message names them. */
  static final class UsageException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
