package org.careermatch.engine;

import java.util.List;
import org.careermatch.data.Checks;

/**
 * The ranked, explained answer to one profile, in the framework it asked for.
 *
 * @param clusters every group of the framework (the 14 clusters in 2024), best first, ties by id
 * @param unmatched words of the interests that matched nothing in the index
 */
public record MatchResult(String framework, String frameworkName, List<ClusterMatch> clusters, List<String> unmatched) {
  public MatchResult {
    Checks.requireNonBlank(framework, "framework");
    Checks.requireNonBlank(frameworkName, "framework name");
    clusters = Checks.copyOf(clusters, "clusters");
    unmatched = Checks.copyOfStrings(unmatched, "unmatched words");
  }
}
