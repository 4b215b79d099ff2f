package org.careermatch.evaluation.tune;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.careermatch.data.DataLoader;
import org.careermatch.engine.Engine;
import org.careermatch.engine.EngineConfig;
import org.careermatch.engine.LearnerProfile;
import org.careermatch.engine.MatchResult;
import org.careermatch.evaluation.suite.Suite;
import org.careermatch.evaluation.suite.Topic;

/**
 * Where "nothing matched" begins: the best cluster's score of every judged topic of the suites
 * (profiles that say something) against the topics no cluster is relevant to (too vague to grade)
 * and against filler and gibberish, with the noise floor off. {@code understoodMinEvidence} is read
 * off this: below the vague profiles' scores, above almost no real profile's.
 */
public final class UnderstoodStudy {
  private UnderstoodStudy() {}

  public static void main(String[] args) throws IOException {
    EngineConfig config = EngineConfig.defaults().toBuilder().understoodMinEvidence(0).build();
    Engine engine = Engine.create(DataLoader.loadDefault(), config, Sweep.cached(), null);
    List<Double> real = new ArrayList<>();
    List<String> vague = new ArrayList<>();
    for (String name : args.length > 0 ? List.of(args[0].split(",")) : TuneSuites.DEFAULT) {
      Suite s = TuneSuites.load(name);
      for (Topic t : s.topics()) {
        double best =
            best(engine.match(new LearnerProfile(t.interests(), t.skills(), t.framework())));
        if (s.clusterQrels().hasTopic(t.id())) {
          real.add(best);
        } else {
          vague.add(String.format(Locale.ROOT, "%.1f\t%s", best, t.id()));
        }
      }
    }
    for (String text :
        List.of(
            "idk",
            "a",
            "asdfgh qwerty",
            "???",
            "not sure",
            "maybe stuff lol",
            "hello",
            "i dont know what i want",
            "nothing really",
            "good",
            "sports",
            "money")) {
      vague.add(
          String.format(
              Locale.ROOT, "%.1f\t'%s'", best(engine.match(LearnerProfile.of(text))), text));
    }
    Collections.sort(real);
    System.out.println("# best score of judged profiles: percentiles");
    for (double q : new double[] {0.001, 0.005, 0.01, 0.02, 0.05, 0.1, 0.5}) {
      System.out.printf(
          Locale.ROOT, "p%.1f\t%.1f%n", q * 100, real.get((int) Math.floor(q * (real.size() - 1))));
    }
    System.out.println("# unjudged (too vague) topics and filler");
    vague.forEach(System.out::println);
  }

  private static double best(MatchResult r) {
    return r.clusters().get(0).score();
  }
}
