package org.careermatch.evaluation;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.careermatch.data.Checks;
import org.careermatch.engine.EngineConfig;
import org.careermatch.engine.index.EntityType;
import org.careermatch.evaluation.compare.RandomizationTest;
import org.careermatch.evaluation.runner.EngineConfigs;
import org.careermatch.evaluation.runner.HttpRunner;
import org.careermatch.evaluation.suite.Suites;

/**
 * The parsed command line of {@link Main}; every check that needs no suite or engine is done here, so a bad argument
 * is reported before anything runs. Options take their value as the next argument or after {@code =}
 * ({@code --suite uv-job-titles}, {@code --suite=uv-job-titles}).
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
 * @param help print the usage and exit
 * @param semantic whether the in-process engine loads the embedding model and matches by meaning too
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
    boolean help,
    boolean semantic) {

  static final long DEFAULT_SEED = 1;

  static final String USAGE = """
      Usage: java -jar careermatch-evaluation.jar SUITE [SYSTEM] [OPTIONS]

      Runs careermatch on a relevance suite and prints trec_eval-style summary lines on stdout
      (measure<TAB>all<TAB>value): the cluster level (num_q, ndcg_cut_3, recip_rank, P_1, map,
      recall_3, success_1), then the sub-cluster level, prefixed sub_ (sub_num_q, sub_ndcg_cut_5,
      sub_recip_rank, sub_P_1, sub_map, sub_recall_5, sub_success_1).

      SUITE, exactly one of:
        --suite NAME              a bundled suite:
      %s
        --json-suite FILE         a JSON profile suite (format: careermatch/suites/README.md)
        --topics FILE --qrels FILE [--sub-qrels FILE]
                                  a TREC suite: topics (qid<TAB>text), cluster qrels, sub-cluster qrels

      SYSTEM (default: the engine in process on the embedded data, EngineConfig.defaults()):
        --set KEY=VALUE           change an engine setting (an EngineConfig component); repeatable.
      %s
        --semantic on|off         match by meaning too (default on) or by words only (no model loaded);
                                  compare the two on the same engine with --compare-set semanticWeight=0
        --baseline                the naive BM25 baseline instead of the engine
        --base-url URL            the careermatch api at URL (POST URL%s), e.g. http://localhost:8080

      COMPARISON (engine in process only):
        --compare-set KEY=VALUE   also run the configuration with this change (repeatable) and print a
                                  query-by-query paired comparison per measure, with a two-sided paired
                                  randomization test
        --permutations N          permutations of the test (default %d)
        --seed N                  seed of the test (default %d)

      OUTPUT:
        -q, --per-query           also print each query's lines, as trec_eval -q
        --run-out FILE            write the cluster-level run (TREC format: qid Q0 docid rank score tag)
        --sub-run-out FILE        write the sub-cluster-level run
        --report-json FILE        write a JSON report (both levels, per query; the comparison if any)
        --report-md FILE          write a Markdown report (the worst queries, explained)
        -h, --help                print this help

      Exit status: 0 done, 1 the suite or the system failed, 2 bad arguments.
      """.formatted(wrap(Suites.BUNDLED), keys(), HttpRunner.MATCHES_PATH,
      RandomizationTest.DEFAULT_PERMUTATIONS, DEFAULT_SEED);

  private static final Set<String> FLAGS = Set.of("--baseline", "--per-query", "-q", "--help", "-h");
  private static final Set<String> VALUED = Set.of("--suite", "--json-suite", "--topics", "--qrels", "--sub-qrels",
      "--base-url", "--set", "--compare-set", "--permutations", "--seed", "--run-out", "--sub-run-out",
      "--report-json", "--report-md", "--semantic");
  private static final Set<String> REPEATABLE = Set.of("--set", "--compare-set");

  /** Parses and checks the arguments. */
  static Options parse(String[] args) throws UsageException {
    if (args == null || args.length == 0) {
      throw new UsageException("no arguments");
    }
    Map<String, String> single = new LinkedHashMap<>();
    Set<String> flags = new HashSet<>();
    List<String> sets = new ArrayList<>();
    List<String> compareSets = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg == null) {
        throw new UsageException("argument " + (i + 1) + " is null");
      }
      String name = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      }
      if (FLAGS.contains(name)) {
        if (value != null) {
          throw new UsageException(name + " takes no value (was " + Checks.quote(arg) + ")");
        }
        flags.add(canonical(name));
        continue;
      }
      if (!VALUED.contains(name)) {
        throw new UsageException(arg.startsWith("-") ? "unknown option " + Checks.quote(arg)
            : "unexpected argument " + Checks.quote(arg) + " (every value follows its option)");
      }
      if (value == null) {
        if (i + 1 >= args.length) {
          throw new UsageException(name + " needs a value");
        }
        value = args[++i];
      }
      if (value == null || value.isBlank()) {
        throw new UsageException(name + " needs a value (was " + Checks.quote(value) + ")");
      }
      if (REPEATABLE.contains(name)) {
        (name.equals("--set") ? sets : compareSets).add(value);
      } else if (single.putIfAbsent(name, value) != null) {
        throw new UsageException(name + " is given twice (" + Checks.quote(single.get(name)) + " and "
            + Checks.quote(value) + ")");
      }
    }
    if (flags.contains("--help")) {
      return helpOnly();
    }
    return build(single, flags, assignments("--set", sets), assignments("--compare-set", compareSets));
  }

  private static Options build(Map<String, String> o, Set<String> flags, Map<String, String> sets,
      Map<String, String> compareSets) throws UsageException {
    String suite = o.get("--suite");
    Path jsonSuite = inputFile(o, "--json-suite");
    Path topics = inputFile(o, "--topics");
    Path qrels = inputFile(o, "--qrels");
    Path subQrels = inputFile(o, "--sub-qrels");
    int sources = (suite != null ? 1 : 0) + (jsonSuite != null ? 1 : 0) + (topics != null || qrels != null ? 1 : 0);
    if (sources == 0) {
      throw new UsageException("no suite: give --suite NAME, --json-suite FILE or --topics FILE --qrels FILE");
    }
    if (sources > 1) {
      throw new UsageException("give one suite only: --suite, --json-suite or --topics/--qrels");
    }
    if ((topics == null) != (qrels == null)) {
      throw new UsageException(topics == null ? "--qrels needs --topics" : "--topics needs --qrels");
    }
    if (subQrels != null && topics == null) {
      throw new UsageException("--sub-qrels goes with --topics and --qrels");
    }
    if (suite != null && !Suites.BUNDLED.contains(suite)) {
      throw new UsageException("no bundled suite " + Checks.quote(suite) + " (bundled: "
          + String.join(", ", Suites.BUNDLED) + ")");
    }

    boolean baseline = flags.contains("--baseline");
    URI baseUrl = null;
    if (o.containsKey("--base-url")) {
      baseUrl = baseUrl(o.get("--base-url"));
    }
    if (baseline && baseUrl != null) {
      throw new UsageException("--baseline runs in process; it cannot be combined with --base-url");
    }
    String other = baseline ? "--baseline" : baseUrl != null ? "--base-url" : null;
    if (other != null && !sets.isEmpty()) {
      throw new UsageException("--set changes the in-process engine; it cannot be combined with " + other
          + (baseUrl != null ? " (configure the api itself)" : ""));
    }
    if (other != null && !compareSets.isEmpty()) {
      throw new UsageException("--compare-set compares two in-process engine configurations; it cannot be combined"
          + " with " + other);
    }
    boolean semantic = true;
    if (o.containsKey("--semantic")) {
      String v = o.get("--semantic").strip().toLowerCase(Locale.ROOT);
      if (!v.equals("on") && !v.equals("off")) {
        throw new UsageException("--semantic takes on or off (was " + Checks.quote(o.get("--semantic")) + ")");
      }
      if (other != null) {
        throw new UsageException("--semantic switches the in-process engine; it cannot be combined with " + other);
      }
      semantic = v.equals("on");
    }
    EngineConfig config = config(EngineConfig.defaults(), sets, "--set");
    EngineConfig candidate = compareSets.isEmpty() ? null : config(config, compareSets, "--compare-set");
    if (compareSets.isEmpty() && (o.containsKey("--permutations") || o.containsKey("--seed"))) {
      throw new UsageException("--permutations and --seed are for --compare-set");
    }
    int permutations = RandomizationTest.DEFAULT_PERMUTATIONS;
    if (o.containsKey("--permutations")) {
      permutations = (int) integer("--permutations", o.get("--permutations"), 1, 10_000_000);
    }
    long seed = o.containsKey("--seed")
        ? integer("--seed", o.get("--seed"), Long.MIN_VALUE, Long.MAX_VALUE) : DEFAULT_SEED;

    return new Options(suite, jsonSuite, topics, qrels, subQrels, baseUrl, baseline, sets, compareSets, config,
        candidate, permutations, seed, flags.contains("--per-query"), outputFile(o, "--run-out"),
        outputFile(o, "--sub-run-out"), outputFile(o, "--report-json"), outputFile(o, "--report-md"), false, semantic);
  }

  private static Options helpOnly() {
    return new Options(null, null, null, null, null, null, false, Map.of(), Map.of(), EngineConfig.defaults(), null,
        RandomizationTest.DEFAULT_PERMUTATIONS, DEFAULT_SEED, false, null, null, null, null, true, true);
  }

  /** The settable keys, wrapped and indented for the usage text. */
  private static String keys() {
    List<String> keys = new ArrayList<>();
    keys.add("Keys:");
    for (String k : EngineConfigs.keys()) {
      if (!k.startsWith(EngineConfigs.TYPE_WEIGHTS + ".")) {
        keys.add(k);
      }
    }
    keys.add(EngineConfigs.TYPE_WEIGHTS + ".TYPE (TYPE: "
        + String.join(", ", List.of(EntityType.values()).stream().map(Enum::name).toList()) + ")");
    return wrap(keys);
  }

  /** Words joined by ", " (after the first), wrapped at 100 columns, indented 28. */
  private static String wrap(List<String> items) {
    String indent = " ".repeat(28);
    String joined = items.get(0).endsWith(":") ? items.get(0) + " " + String.join(", ", items.subList(1, items.size()))
        : String.join(", ", items);
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
    String engine = semantic ? "engine in process" : "engine in process, words only (--semantic off)";
    return sets.isEmpty() ? engine + ", EngineConfig.defaults()"
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

  private static String canonical(String flag) {
    return switch (flag) {
      case "-q" -> "--per-query";
      case "-h" -> "--help";
      default -> flag;
    };
  }

  private static Map<String, String> assignments(String option, List<String> values) throws UsageException {
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

  private static EngineConfig config(EngineConfig base, Map<String, String> settings, String option)
      throws UsageException {
    try {
      return EngineConfigs.with(base, settings);
    } catch (IllegalArgumentException e) {
      throw new UsageException(option + ": " + e.getMessage());
    }
  }

  private static URI baseUrl(String text) throws UsageException {
    try {
      URI uri = new URI(text.strip());
      HttpRunner.endpoint(uri);
      return uri;
    } catch (URISyntaxException e) {
      throw new UsageException("--base-url " + Checks.quote(text) + " is not a URL: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new UsageException("--base-url: " + e.getMessage());
    }
  }

  private static long integer(String option, String text, long min, long max) throws UsageException {
    long n;
    try {
      n = Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw new UsageException(option + " needs an integer (was " + Checks.quote(text) + ")");
    }
    if (n < min || n > max) {
      throw new UsageException(option + " must be in [" + min + ", " + max + "] (was " + n + ")");
    }
    return n;
  }

  private static Path inputFile(Map<String, String> o, String option) throws UsageException {
    String text = o.get(option);
    if (text == null) {
      return null;
    }
    Path file = path(option, text);
    if (!Files.isRegularFile(file)) {
      throw new UsageException(option + " " + Checks.quote(text) + ": no such file");
    }
    return file;
  }

  private static Path outputFile(Map<String, String> o, String option) throws UsageException {
    String text = o.get(option);
    if (text == null) {
      return null;
    }
    Path file = path(option, text);
    if (Files.isDirectory(file)) {
      throw new UsageException(option + " " + Checks.quote(text) + " is a directory");
    }
    return file;
  }

  private static Path path(String option, String text) throws UsageException {
    try {
      return Path.of(text);
    } catch (java.nio.file.InvalidPathException e) {
      throw new UsageException(option + " " + Checks.quote(text) + " is not a valid path: " + e.getReason());
    }
  }
}
