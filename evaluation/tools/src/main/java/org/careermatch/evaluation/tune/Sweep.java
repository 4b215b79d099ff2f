package org.careermatch.evaluation.tune;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.careermatch.data.DataLoader;
import org.careermatch.data.FrameworkData;
import org.careermatch.engine.Engine;
import org.careermatch.engine.EngineConfig;
import org.careermatch.engine.EngineConfigs;
import org.careermatch.engine.semantic.CachedEmbedder;
import org.careermatch.engine.semantic.OnnxEmbedder;
import org.careermatch.evaluation.compare.RandomizationTest;
import org.careermatch.evaluation.metrics.Evaluation;
import org.careermatch.evaluation.metrics.Metric;
import org.careermatch.evaluation.runner.EngineRunner;
import org.careermatch.evaluation.runner.SuiteEvaluator;
import org.careermatch.evaluation.suite.Suite;

/**
 * Evaluates several engine configurations over several suites with one engine (the index and the
 * model are loaded once; query vectors are cached in memory across configurations), and prints
 * nDCG@3 per suite and configuration with the paired randomization test of each against the first.
 * Per-query values can be saved and compared with a later build (before/after a change that is not
 * a setting, such as new data or analysis).
 *
 * <pre>
 * java -cp evaluation/tools/target/careermatch-evaluation.jar org.careermatch.evaluation.tune.Sweep \
 *     [--suites a,b,...] [--set k=v]... [--variant NAME:k=v,k=v]... [--save FILE] [--against FILE] [--lexical]
 *     [--features-out FILE]
 * </pre>
 */
public final class Sweep {
  private Sweep() {}

  public static void main(String[] args) throws IOException {
    List<String> suiteNames = new ArrayList<>(TuneSuites.DEFAULT);
    Map<String, String> base = new LinkedHashMap<>();
    Map<String, Map<String, String>> variants = new LinkedHashMap<>();
    Path save = null;
    Path against = null;
    boolean lexical = false;
    int every = 1;
    Path features = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--suites" -> suiteNames = List.of(args[++i].split(","));
        case "--set" -> put(base, args[++i]);
        case "--variant" -> {
          String v = args[++i];
          int colon = v.indexOf(':');
          Map<String, String> settings = new LinkedHashMap<>();
          for (String kv : v.substring(colon + 1).split(",")) {
            put(settings, kv);
          }
          variants.put(v.substring(0, colon), settings);
        }
        case "--save" -> save = Path.of(args[++i]);
        case "--against" -> against = Path.of(args[++i]);
        case "--lexical" -> lexical = true;
        case "--every" -> every = Integer.parseInt(args[++i]);
        case "--features-out" -> features = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    FrameworkData data = DataLoader.loadDefault();
    EngineConfig baseConfig = EngineConfigs.with(EngineConfig.defaults(), base);
    Engine engine =
        lexical ? Engine.create(data, baseConfig) : Engine.create(data, baseConfig, cached(), null);
    List<Suite> suites = new ArrayList<>();
    for (String name : suiteNames) {
      suites.add(CoordinateAscent.sample(TuneSuites.load(name), every));
    }
    if (features != null) {
      try (java.io.Writer w = Files.newBufferedWriter(features, StandardCharsets.UTF_8)) {
        w.write(FeatureRows.header());
        int qid = 1;
        for (Suite s : suites) {
          qid = FeatureRows.write(engine, s, qid, w);
        }
      }
    }
    Map<String, Map<String, Double>> baseValues = new LinkedHashMap<>();
    Map<String, Double> baseMeans = new LinkedHashMap<>();
    StringBuilder header = new StringBuilder("suite\tq\tbase");
    for (String v : variants.keySet()) {
      header.append('\t').append(v).append("\tp");
    }
    Map<String, Map<String, Double>> saved = against == null ? Map.of() : read(against);
    if (against != null) {
      header.append("\tsaved\tdiff\tp");
    }
    System.out.println(header);
    Map<String, List<Double>> meansByVariant = new LinkedHashMap<>();
    for (Suite suite : suites) {
      Map<String, Double> b = ndcg(engine, suite);
      baseValues.put(suite.name(), b);
      double bm = mean(b);
      baseMeans.put(suite.name(), bm);
      StringBuilder row =
          new StringBuilder(String.format(Locale.ROOT, "%s\t%d\t%.4f", suite.name(), b.size(), bm));
      for (Map.Entry<String, Map<String, String>> v : variants.entrySet()) {
        Map<String, Double> c =
            ndcg(engine.withConfig(EngineConfigs.with(baseConfig, v.getValue())), suite);
        double cm = mean(c);
        meansByVariant.computeIfAbsent(v.getKey(), k -> new ArrayList<>()).add(cm);
        row.append(String.format(Locale.ROOT, "\t%.4f\t%.4f", cm, p(b, c)));
      }
      if (against != null) {
        Map<String, Double> s = saved.getOrDefault(suite.name(), Map.of());
        if (!s.isEmpty()) {
          double sm = mean(s);
          row.append(String.format(Locale.ROOT, "\t%.4f\t%+.4f\t%.4f", sm, bm - sm, p(s, b)));
        }
      }
      System.out.println(row);
      System.out.flush();
    }
    StringBuilder mean =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "MEAN\t-\t%.4f",
                baseMeans.values().stream().mapToDouble(Double::doubleValue).average().orElse(0)));
    for (List<Double> ms : meansByVariant.values()) {
      mean.append(
          String.format(
              Locale.ROOT,
              "\t%.4f\t-",
              ms.stream().mapToDouble(Double::doubleValue).average().orElse(0)));
    }
    System.out.println(mean);
    if (save != null) {
      try (BufferedWriter w = Files.newBufferedWriter(save, StandardCharsets.UTF_8)) {
        for (Map.Entry<String, Map<String, Double>> s : baseValues.entrySet()) {
          for (Map.Entry<String, Double> q : s.getValue().entrySet()) {
            w.write(s.getKey() + "\t" + q.getKey() + "\t" + q.getValue() + "\n");
          }
        }
      }
    }
  }

  private static void put(Map<String, String> settings, String kv) {
    int eq = kv.indexOf('=');
    settings.put(kv.substring(0, eq).strip(), kv.substring(eq + 1).strip());
  }

  /** The model with an unbounded in-memory cache: every clause is embedded once per run. */
  static CachedEmbedder cached() {
    ConcurrentHashMap<String, float[]> cache = new ConcurrentHashMap<>();
    return new CachedEmbedder(OnnxEmbedder.load(), CachedEmbedder.Store.of(cache));
  }

  /** nDCG@3 of every judged query of the suite. */
  static Map<String, Double> ndcg(Engine engine, Suite suite) {
    Evaluation e = SuiteEvaluator.evaluate(suite, new EngineRunner(engine)).clusters();
    return new LinkedHashMap<>(e.values(Metric.ndcgCut(3)));
  }

  static double mean(Map<String, Double> values) {
    return values.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }

  /** Two-sided paired randomization test over the queries both have. */
  static double p(Map<String, Double> base, Map<String, Double> candidate) {
    List<String> common = new ArrayList<>();
    for (String q : base.keySet()) {
      if (candidate.containsKey(q)) {
        common.add(q);
      }
    }
    double[] a = new double[common.size()];
    double[] b = new double[common.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = base.get(common.get(i));
      b[i] = candidate.get(common.get(i));
    }
    return new RandomizationTest(1).test(a, b).pValue();
  }

  private static Map<String, Map<String, Double>> read(Path file) throws IOException {
    Map<String, Map<String, Double>> out = new HashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      out.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1], Double.parseDouble(f[2]));
    }
    return out;
  }
}
