package org.careermatch.evaluation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.careermatch.evaluation.bundled.BundledSuites;
import org.careermatch.evaluation.metrics.Evaluator;
import org.careermatch.evaluation.metrics.Metric;
import org.careermatch.evaluation.report.JsonReport;
import org.careermatch.evaluation.run.Run;
import org.careermatch.evaluation.run.TrecRunReader;
import org.careermatch.evaluation.runner.SuiteEvaluator;
import org.careermatch.evaluation.suite.Suite;
import org.careermatch.evaluation.suite.Suites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in process through {@link Main#run}. */
class MainTest {
  private static final String SUITE = "uv-job-titles";
  private static final Pattern SUMMARY_LINE =
      Pattern.compile("(sub_)?[A-Za-z0-9_]+\tall\t\\d+(\\.\\d{4})?");
  private static final Pattern RUN_LINE =
      Pattern.compile("(\\S+) Q0 (\\S+) (\\d+) (-?\\d+\\.\\d{6}) careermatch");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static Suite suite;

  @TempDir Path dir;

  /** What one run printed and returned. */
  record Result(int status, String out, String err) {
    Map<String, String> summary() {
      Map<String, String> values = new LinkedHashMap<>();
      for (String line : out.lines().toList()) {
        String[] f = line.split("\t");
        if (f.length == 3 && f[1].equals("all")) {
          values.put(f[0], f[2]);
        }
      }
      return values;
    }
  }

  @BeforeAll
  static void load() throws IOException {
    suite = BundledSuites.load(SUITE);
  }

  static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = Main.run(args, o, e);
    }
    return new Result(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void printsTrecEvalLinesAndWritesRunsWithStrictlyDecreasingScores() throws IOException {
    Path runFile = dir.resolve("uv.run");
    Path subRunFile = dir.resolve("uv.sub.run");
    Result r =
        run("--suite", SUITE, "--run-out", runFile.toString(), "--sub-run-out=" + subRunFile);
    assertEquals(0, r.status(), r.err());

    List<String> lines = r.out().lines().toList();
    for (String line : lines) {
      assertTrue(
          SUMMARY_LINE.matcher(line).matches(), "not a trec_eval summary line: '" + line + "'");
    }
    List<String> measures = lines.stream().map(l -> l.split("\t")[0]).toList();
    assertEquals(
        List.of(
            "num_q",
            "ndcg_cut_3",
            "recip_rank",
            "P_1",
            "map",
            "recall_3",
            "success_1",
            "sub_num_q",
            "sub_ndcg_cut_5",
            "sub_recip_rank",
            "sub_P_1",
            "sub_map",
            "sub_recall_5",
            "sub_success_1"),
        measures);
    Map<String, String> summary = r.summary();
    assertEquals("11", summary.get("num_q"));
    assertEquals("11", summary.get("sub_num_q"));

    // the written runs: every topic, ranks 1..n, scores strictly decreasing, 14 clusters / 72
    // sub-clusters
    Map<String, List<Double>> scores = new LinkedHashMap<>();
    for (String line : Files.readAllLines(runFile, StandardCharsets.UTF_8)) {
      var m = RUN_LINE.matcher(line);
      assertTrue(m.matches(), "not a TREC run line: '" + line + "'");
      List<Double> q = scores.computeIfAbsent(m.group(1), k -> new ArrayList<>());
      assertEquals(q.size() + 1, Integer.parseInt(m.group(3)), line);
      double score = Double.parseDouble(m.group(4));
      if (!q.isEmpty()) {
        assertTrue(score < q.get(q.size() - 1), "score not strictly below the one above: " + line);
      }
      q.add(score);
    }
    assertEquals(suite.topicsById().keySet(), scores.keySet());
    scores.values().forEach(q -> assertEquals(14, q.size()));

    // the printed numbers are what the written files evaluate to
    Run clusters = TrecRunReader.read(runFile);
    Run subClusters = TrecRunReader.read(subRunFile);
    assertEquals(72, subClusters.ranking("uv-agriculture").size());
    var evaluation =
        new Evaluator(SuiteEvaluator.CLUSTER_METRICS).evaluate(suite.clusterQrels(), clusters);
    for (Metric m : SuiteEvaluator.CLUSTER_METRICS) {
      assertEquals(
          String.format(java.util.Locale.ROOT, "%.4f", evaluation.mean(m)),
          summary.get(m.name()),
          m.name());
    }
    var sub =
        new Evaluator(SuiteEvaluator.SUB_CLUSTER_METRICS)
            .evaluate(suite.subClusterQrels(), subClusters);
    assertEquals(
        String.format(java.util.Locale.ROOT, "%.4f", sub.mean(Metric.ndcgCut(5))),
        summary.get("sub_ndcg_cut_5"));
    assertTrue(r.err().contains("suite uv-job-titles, 11 topics"), r.err());
  }

  @Test
  void writesOneFeatureRowPerQueryAndClusterWithItsJudgment() throws IOException {
    Path features = dir.resolve("uv.features");
    Result r = run("--suite", SUITE, "--features-out", features.toString());
    assertEquals(0, r.status(), r.err());
    List<String> lines = Files.readAllLines(features, StandardCharsets.UTF_8);
    assertTrue(lines.get(0).startsWith("# features: 1=words"), lines.get(0));
    List<String> rows = lines.subList(1, lines.size());
    assertEquals(suite.topics().size() * 14, rows.size());
    java.util.regex.Pattern row =
        java.util.regex.Pattern.compile(
            "(\\d) qid:(\\d+)( \\d+:-?\\d+\\.\\d{6}){6} # (\\S+) (\\S+)");
    int withSignal = 0;
    for (String line : rows) {
      var m = row.matcher(line);
      assertTrue(m.matches(), "not an SVMrank row: '" + line + "'");
      // the judgment written is the suite's grade of that topic and cluster
      assertEquals(
          suite.clusterQrels().grade(m.group(4), m.group(5)), Integer.parseInt(m.group(1)), line);
      if (!line.matches(".*( \\d+:0\\.000000){6} #.*")) {
        withSignal++;
      }
    }
    assertTrue(
        withSignal >= suite.topics().size(),
        "every topic has a cluster with some signal: " + withSignal);
  }

  @Test
  void badArgumentsExitWith2AndTheUsageNeverAStackTrace() {
    String[][] cases = {
      {},
      {"--bogus"},
      {"--suite"},
      {"--suite", "no-such-suite"},
      {"--suite", SUITE, "--suite", SUITE},
      {"--suite", SUITE, "--json-suite", "x.json"},
      {"--topics", "/no/such/file.tsv", "--qrels", "/no/such/file.qrels"},
      {"--qrels", "x.qrels"},
      {"--suite", SUITE, "--set", "crossCutingBoost=0.2"},
      {"--suite", SUITE, "--set", "typoPenalty=7"},
      {"--suite", SUITE, "--set", "hitsPerInput"},
      {"--suite", SUITE, "--baseline", "--base-url", "http://localhost:8080"},
      {"--suite", SUITE, "--baseline", "--set", "scoreScale=10"},
      {"--suite", SUITE, "--base-url", "localhost:8080"},
      {
        "--suite",
        SUITE,
        "--base-url",
        "http://localhost:8080",
        "--compare-set",
        "crossCuttingBoost=0.2"
      },
      {"--suite", SUITE, "--compare-set", "crossCuttingBoost=0.2", "--permutations", "0"},
      {"--suite", SUITE, "--seed", "7"},
      {"--suite", SUITE, "extra"},
      {"--suite", SUITE, "--baseline=yes"},
      {"--suite", SUITE, "--semantic", "maybe"},
      {"--suite", SUITE, "--baseline", "--semantic", "off"},
      {"--suite", SUITE, "--baseline", "--features-out", "f.txt"},
    };
    for (String[] args : cases) {
      Result r = run(args);
      String what = String.join(" ", args);
      assertEquals(2, r.status(), what);
      assertEquals("", r.out(), what);
      assertTrue(r.err().startsWith(Main.NAME + ": "), what + ": " + r.err());
      assertTrue(r.err().contains("\nUsage: java -jar careermatch-evaluation.jar"), what);
      assertFalse(
          r.err().contains("Exception") || r.err().contains("\tat "), what + ": " + r.err());
    }
    String unknown = run("--suite", SUITE, "--set", "crossCutingBoost=0.2").err();
    assertTrue(
        unknown.startsWith(Main.NAME + ": --set: unknown engine setting 'crossCutingBoost'"),
        unknown);
    assertTrue(run("--bogus").err().startsWith(Main.NAME + ": Unknown option: '--bogus'"));
    String twice = run("--suite", SUITE, "--suite", SUITE).err();
    assertTrue(
        twice.startsWith(
            Main.NAME
                + ": option '--suite' should be specified only once ('uv-job-titles', 'uv-job-titles')"),
        twice);
    String noSuite = run().err();
    assertTrue(noSuite.startsWith(Main.NAME + ": no suite: give --suite NAME"), noSuite);
  }

  @Test
  void semanticOffIsTheSameAsSemanticWeightZero() {
    Result off = run("--suite", SUITE, "--semantic", "off");
    Result weightZero = run("--suite", SUITE, "--set", "semanticWeight=0");
    Result on = run("--suite", SUITE);
    assertEquals(0, off.status(), off.err());
    assertEquals(off.out(), weightZero.out());
    assertTrue(off.err().contains("words only (--semantic off)"), off.err());
    assertEquals(0, on.status(), on.err());
    assertFalse(on.err().contains("words only"), on.err());
  }

  @Test
  void helpGoesToStdout() {
    Result r = run("--help");
    assertEquals(0, r.status());
    assertTrue(
        r.out().startsWith("Usage: java -jar careermatch-evaluation.jar SUITE [SYSTEM] [OPTIONS]"),
        r.out());
    assertTrue(r.out().contains("--compare-set=KEY=VALUE"));
    assertTrue(r.out().contains("dev/student-voice"), r.out());
    assertTrue(r.out().contains("typeWeights.KEY (KEY:"), r.out());
    assertTrue(
        r.out().contains("Exit status: 0 done, 1 the suite or the system failed, 2 bad arguments."),
        r.out());
    assertEquals("", r.err());
  }

  @Test
  void comparesASecondConfigurationAndWritesReports() throws IOException {
    Path json = dir.resolve("report.json");
    Path md = dir.resolve("report.md");
    Result r =
        run(
            "--suite",
            SUITE,
            "--compare-set",
            "crossCuttingBoost=0.5",
            "--permutations",
            "500",
            "--seed",
            "3",
            "--report-json",
            json.toString(),
            "--report-md",
            md.toString());
    assertEquals(0, r.status(), r.err());
    String out = r.out();
    assertTrue(
        out.contains(
            "\n# paired comparison: base (above) vs candidate = base with crossCuttingBoost=0.5\n"),
        out);
    assertTrue(out.contains("# randomization test: two-sided, 500 permutations, seed 3"), out);
    Pattern row =
        Pattern.compile(
            "(cluster|sub-cluster)\t(\\w+)\t(\\d\\.\\d{4})\t(\\d\\.\\d{4})\t([+-]\\d\\.\\d{4})"
                + "\t(\\d+)\t(\\d+)\t(\\d+)\t(\\d\\.\\d{4})");
    List<String> rows = out.lines().filter(l -> row.matcher(l).matches()).toList();
    assertEquals(
        SuiteEvaluator.CLUSTER_METRICS.size() + SuiteEvaluator.SUB_CLUSTER_METRICS.size(),
        rows.size(),
        out);
    for (String l : rows) {
      var m = row.matcher(l);
      assertTrue(m.matches());
      int queries =
          Integer.parseInt(m.group(6))
              + Integer.parseInt(m.group(7))
              + Integer.parseInt(m.group(8));
      assertEquals(11, queries, l);
      double p = Double.parseDouble(m.group(9));
      assertTrue(p > 0 && p <= 1, l);
    }
    // the base lines are unchanged by the comparison
    assertEquals(
        run("--suite", SUITE).out(), out.substring(0, out.indexOf("\n# paired comparison")));

    JsonNode report = JSON.readTree(json.toFile());
    assertEquals(SUITE, report.path("about").path("suite").asText());
    assertEquals(11, JsonReport.parse(report.get("cluster").toString()).numQueries());
    assertEquals(11, JsonReport.parse(report.get("subCluster").toString()).numQueries());
    JsonNode ndcg = report.path("comparison").path("cluster").path("measures").path("ndcg_cut_3");
    assertTrue(ndcg.path("p").isNumber(), report.toString());
    assertEquals(
        11,
        JsonReport.parse(report.path("comparison").path("cluster").path("candidate").toString())
            .numQueries());
    String markdown = Files.readString(md);
    assertTrue(markdown.startsWith("# uv-job-titles, cluster level: engine in process"), markdown);
    assertTrue(markdown.contains("# uv-job-titles, sub-cluster level:"), markdown);
    assertTrue(
        markdown.contains("# uv-job-titles, cluster level: base vs crossCuttingBoost=0.5"),
        markdown);
  }

  @Test
  void readsTrecFilesAndRunsTheBaseline(@TempDir Path files) throws IOException {
    Map<String, Path> copies = new LinkedHashMap<>();
    for (String suffix :
        List.of(Suites.TOPICS_SUFFIX, Suites.QRELS_SUFFIX, Suites.SUB_QRELS_SUFFIX)) {
      Path copy = files.resolve(SUITE + suffix);
      String resource = BundledSuites.RESOURCE_ROOT + SUITE + suffix;
      try (InputStream in = MainTest.class.getClassLoader().getResourceAsStream(resource)) {
        Files.copy(in, copy);
      }
      copies.put(suffix, copy);
    }
    String[] trec = {
      "--topics",
      copies.get(Suites.TOPICS_SUFFIX).toString(),
      "--qrels",
      copies.get(Suites.QRELS_SUFFIX).toString(),
      "--sub-qrels",
      copies.get(Suites.SUB_QRELS_SUFFIX).toString()
    };
    Result fromFiles = run(append(trec, "--baseline"));
    assertEquals(0, fromFiles.status(), fromFiles.err());
    Result bundled = run("--suite", SUITE, "--baseline");
    assertEquals(bundled.out(), fromFiles.out());
    assertTrue(fromFiles.err().contains("naive baseline"), fromFiles.err());

    Files.writeString(copies.get(Suites.QRELS_SUFFIX), "uv-agriculture 0 agriculture high\n");
    Result malformed = run(append(trec, "--baseline"));
    assertEquals(1, malformed.status());
    assertEquals("", malformed.out());
    assertTrue(
        malformed
            .err()
            .contains(copies.get(Suites.QRELS_SUFFIX) + ":1: grade 'high' is not an integer"),
        malformed.err());
    assertFalse(malformed.err().contains("\tat "), malformed.err());
  }

  @Test
  void aThirdTopicsColumnGivesTheSkillsToTheEngineAndTheBaseline(@TempDir Path files)
      throws IOException {
    Path topics = files.resolve("s.topics.tsv");
    Path qrels = files.resolve("s.qrels");
    // the same words, once with skills in the third column, once without (two columns), once skills
    // only
    Files.writeString(
        topics,
        "with\ti like fixing things\twelding;blueprint reading\n"
            + "without\ti like fixing things\n"
            + "only\t\twelding;blueprint reading\n");
    Files.writeString(
        qrels,
        "with 0 advanced-manufacturing 1\nwithout 0 advanced-manufacturing 1\n"
            + "only 0 advanced-manufacturing 1\n");
    for (String system : List.of("--semantic=off", "--baseline")) {
      Path runFile = files.resolve(system.substring(2, 10) + ".run");
      Result r =
          run(
              "--topics",
              topics.toString(),
              "--qrels",
              qrels.toString(),
              system,
              "--run-out",
              runFile.toString());
      assertEquals(0, r.status(), r.err());
      Run written = TrecRunReader.read(runFile);
      assertFalse(written.ranking("only").isEmpty(), system + ": a skills-only topic is answered");
      assertFalse(
          written.ranking("with").equals(written.ranking("without")),
          system + ": the skills column changed the ranking");
    }
  }

  @Test
  void anUnreachableApiIsExit1WithAMessage() throws IOException {
    int port;
    try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    Result r = run("--suite", SUITE, "--base-url", "http://127.0.0.1:" + port);
    assertEquals(1, r.status());
    assertTrue(
        r.err().contains("POST http://127.0.0.1:" + port + "/api/v1/matches for topic "), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  private static String[] append(String[] args, String... more) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }
}
