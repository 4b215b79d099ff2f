package org.careermatch.engine;

import java.util.List;
import org.careermatch.data.Checks;
import org.careermatch.engine.interest.LearnerInterests;

/**
 * The ranked, explained answer to one profile, in the framework it asked for.
 *
 * @param understood false when nothing the learner wrote gave evidence above the noise floor: every
 *     cluster then scores 0 with fit {@link Fit#NONE}, and a client says so rather than naming a
 *     best match
 * @param clusters every group of the framework (the 14 clusters in 2024), best first, ties by id
 * @param unmatched words of the interests that matched nothing in the index, less those that name a
 *     personal quality (they tell the interest types)
 * @param interestProfile the learner's interest types (Holland code) as read from their words
 */
public record MatchResult(
    String framework,
    String frameworkName,
    boolean understood,
    List<ClusterMatch> clusters,
    List<String> unmatched,
    LearnerInterests interestProfile) {
  public MatchResult {
    Checks.requireNonBlank(framework, "framework");
    Checks.requireNonBlank(frameworkName, "framework name");
    clusters = Checks.copyOf(clusters, "clusters");
    unmatched = Checks.copyOfStrings(unmatched, "unmatched words");
    Checks.requireNonNull(interestProfile, "interest profile");
    if (!understood) {
      for (ClusterMatch c : clusters) {
        if (c.score() != 0 || c.fit() != Fit.NONE) {
          throw new IllegalArgumentException(
              "a profile that was not understood scores 0 everywhere ("
                  + c.id()
                  + " scored "
                  + c.score()
                  + ", "
                  + c.fit()
                  + ")");
        }
      }
    }
  }
}
