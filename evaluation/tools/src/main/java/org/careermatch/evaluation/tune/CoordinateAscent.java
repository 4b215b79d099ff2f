package org.careermatch.evaluation.tune;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.careermatch.data.DataLoader;
import org.careermatch.engine.Engine;
import org.careermatch.engine.EngineConfig;
import org.careermatch.engine.EngineConfigs;
import org.careermatch.evaluation.suite.Qrels;
import org.careermatch.evaluation.suite.Suite;
import org.careermatch.evaluation.suite.Topic;

/**
 * Fits ranking weights by coordinate ascent on the mean nDCG@3 of several suites, each suite
 * weighing the same (so the 1,260 alternate titles do not outvote 100 student profiles): for each
 * setting in turn, every candidate value is tried with the others fixed and the best kept (ties
 * keep the current value), for the given number of rounds. With {@code --cv}, each suite is also
 * held out once: the weights fitted on the other suites are measured on it, so the gain on a suite
 * it was not fitted on is known.
 *
 * <pre>
 * java -cp evaluation/tools/target/careermatch-evaluation.jar org.careermatch.evaluation.tune.CoordinateAscent \
 *     --param semanticShortFloor=0.55,0.65,0.7 --param sourceCap=0,20,40 [--rounds 2] [--every 3] [--cv] \
 *     [--suites a,b] [--set k=v]
 * </pre>
 *
 * {@code --every N} keeps every N-th topic of suites with more than 300 topics (the O*NET suites),
 * to fit faster.
 */
public final class CoordinateAscent {
  private CoordinateAscent() {}

  public static void main(String[] args) throws IOException {
    List<String> names = new ArrayList<>(TuneSuites.DEFAULT);
    Map<String, List<String>> params = new LinkedHashMap<>();
    Map<String, String> base = new LinkedHashMap<>();
    int rounds = 2;
    int every = 1;
    boolean cv = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--suites" -> names = List.of(args[++i].split(","));
        case "--param" -> {
          String p = args[++i];
          int eq = p.indexOf('=');
          params.put(p.substring(0, eq), List.of(p.substring(eq + 1).split(",")));
        }
        case "--set" -> {
          String kv = args[++i];
          int eq = kv.indexOf('=');
          base.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--every" -> every = Integer.parseInt(args[++i]);
        case "--cv" -> cv = true;
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    List<Suite> suites = new ArrayList<>();
    for (String n : names) {
      suites.add(sample(TuneSuites.load(n), every));
    }
    EngineConfig start = EngineConfigs.with(EngineConfig.defaults(), base);
    Engine engine = Engine.create(DataLoader.loadDefault(), start, Sweep.cached(), null);
    Map<String, String> fitted = fit(engine, start, suites, params, rounds, "all suites");
    System.out.println("# fitted on all suites: " + fitted);
    if (cv) {
      for (Suite held : suites) {
        List<Suite> rest = new ArrayList<>(suites);
        rest.remove(held);
        Map<String, String> f = fit(engine, start, rest, params, rounds, "without " + held.name());
        double before = Sweep.mean(Sweep.ndcg(engine.withConfig(start), held));
        double after =
            Sweep.mean(Sweep.ndcg(engine.withConfig(EngineConfigs.with(start, f)), held));
        System.out.printf(
            Locale.ROOT,
            "# held out %s: %.4f -> %.4f (%+.4f) with %s%n",
            held.name(),
            before,
            after,
            after - before,
            f);
      }
    }
  }

  private static Map<String, String> fit(
      Engine engine,
      EngineConfig start,
      List<Suite> suites,
      Map<String, List<String>> params,
      int rounds,
      String label) {
    Map<String, String> current = new LinkedHashMap<>();
    double best = objective(engine, start, suites);
    System.out.printf(Locale.ROOT, "%s: start %.4f%n", label, best);
    for (int r = 0; r < rounds; r++) {
      boolean changed = false;
      for (Map.Entry<String, List<String>> p : params.entrySet()) {
        for (String v : p.getValue()) {
          if (v.equals(current.get(p.getKey()))) {
            continue;
          }
          Map<String, String> trial = new LinkedHashMap<>(current);
          trial.put(p.getKey(), v);
          double score = objective(engine, EngineConfigs.with(start, trial), suites);
          System.out.printf(
              Locale.ROOT, "%s: round %d %s=%s -> %.4f%n", label, r + 1, p.getKey(), v, score);
          if (score > best + 1e-6) {
            best = score;
            current = trial;
            changed = true;
          }
        }
      }
      System.out.printf(Locale.ROOT, "%s: after round %d %.4f %s%n", label, r + 1, best, current);
      if (!changed) {
        break;
      }
    }
    return current;
  }

  /** The mean over suites of each suite's mean nDCG@3. */
  private static double objective(Engine engine, EngineConfig config, List<Suite> suites) {
    Engine e = engine.withConfig(config);
    double sum = 0;
    for (Suite s : suites) {
      sum += Sweep.mean(Sweep.ndcg(e, s));
    }
    return sum / suites.size();
  }

  static Suite sample(Suite s, int every) {
    if (every <= 1 || s.topics().size() <= 300) {
      return s;
    }
    List<Topic> kept = new ArrayList<>();
    Map<String, Map<String, Integer>> judged = new LinkedHashMap<>();
    for (int i = 0; i < s.topics().size(); i += every) {
      Topic t = s.topics().get(i);
      kept.add(t);
      if (s.clusterQrels().hasTopic(t.id())) {
        judged.put(t.id(), s.clusterQrels().judgments(t.id()));
      }
    }
    return new Suite(s.name(), kept, new Qrels(judged), Qrels.EMPTY);
  }
}
