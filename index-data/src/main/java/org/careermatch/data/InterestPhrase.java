package org.careermatch.data;

import java.util.List;

/**
 * Something a learner would type about an activity, school subject or hobby, with everyday
 * synonyms.
 */
public record InterestPhrase(
    SubClusterId subCluster, String text, List<String> synonyms, Provenance provenance) {
  public InterestPhrase {
    Checks.requireNonNull(subCluster, "sub-cluster of interest phrase '" + text + "'");
    Checks.requireNonBlank(text, "interest phrase of " + subCluster);
    synonyms = Checks.copyOfStrings(synonyms, "synonyms of interest phrase '" + text + "'");
    Checks.requireNonNull(provenance, "provenance of interest phrase '" + text + "'");
  }
}
