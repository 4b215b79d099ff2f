package org.careermatch.engine.rank;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.careermatch.data.Cluster;
import org.careermatch.data.FrameworkData;
import org.careermatch.data.interest.InterestProfile;
import org.careermatch.data.interest.OccupationalInterests;
import org.careermatch.data.interest.RiasecType;
import org.careermatch.engine.EngineConfig;
import org.careermatch.engine.explain.Evidence;
import org.careermatch.engine.explain.Explanation;
import org.careermatch.engine.explain.Factor;
import org.careermatch.engine.interest.LearnerInterests;

/**
 * How well the learner's interest types fit the cluster's: the correlation of the learner's RIASEC
 * shares with the cluster's standardized O*NET interest profile, when positive, times how sure the
 * reading of the learner is ({@code evidence / (evidence + 1)}) and {@link
 * EngineConfig#interestTypeWeight()}. It only reorders clusters the learner's words already
 * support: a cluster below {@link EngineConfig#interestTypeMinShare()} of the best cluster's
 * evidence gets nothing, so types alone never make a strong fit. When even the best cluster's
 * evidence is below {@link EngineConfig#interestTypeAloneBelow()} (the learner named qualities and
 * little else), every cluster gets its fit: the types are all there is to order by, and the scores
 * stay far below a strong fit.
 */
public final class InterestTypeSignal implements Signal {
  private final FrameworkData data;
  private final double weight;
  private final double minShare;
  private final double aloneBelow;

  public InterestTypeSignal(FrameworkData data, EngineConfig config) {
    this.data = data;
    this.weight = config.interestTypeWeight();
    this.minShare = config.interestTypeMinShare();
    this.aloneBelow = config.interestTypeAloneBelow();
  }

  @Override
  public String name() {
    return "interest-type";
  }

  @Override
  public void explain(Cluster cluster, Profile profile, double[] base, List<Explanation> out) {
    LearnerInterests learner = profile.interests();
    if (weight == 0 || learner.isEmpty()) {
      return;
    }
    double best = 0;
    for (double b : base) {
      best = Math.max(best, b);
    }
    double own = base[profile.position(cluster)];
    boolean typesAlone = best < aloneBelow;
    if (!typesAlone && (best <= 0 || own <= 0 || own < minShare * best)) {
      return;
    }
    Optional<OccupationalInterests> types = data.interestProfile(cluster.id());
    if (types.isEmpty()) {
      return;
    }
    InterestProfile learnerProfile =
        InterestProfile.of(InterestProfile.Scale.STANDARDIZED, learner.vector());
    double correlation = learnerProfile.correlation(types.get().standardized());
    if (correlation <= 0) {
      return;
    }
    double confidence = learner.evidence() / (learner.evidence() + 1);
    double value = weight * correlation * confidence;
    String description =
        String.format(
            Locale.ROOT,
            "your interests look %s (%s); %s's occupations are mostly %s",
            names(learner.code()),
            learner.code(),
            cluster.title(),
            types.get().hollandCode());
    out.add(
        Explanation.leaf(
            value,
            description,
            new Evidence(
                Evidence.Kind.INTEREST_TYPE,
                learner.code(),
                "profile",
                -1,
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                1,
                List.of(
                    new Factor("weight", weight),
                    new Factor("type correlation", correlation),
                    new Factor("certainty", confidence)),
                correlation,
                weight,
                null)));
  }

  private static String names(String code) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < Math.min(2, code.length()); i++) {
      if (i > 0) {
        b.append(" and ");
      }
      b.append(RiasecType.ofLetter(code.charAt(i)).title());
    }
    return b.toString();
  }
}
