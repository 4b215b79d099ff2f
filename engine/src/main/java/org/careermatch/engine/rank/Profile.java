package org.careermatch.engine.rank;

import java.util.List;
import org.careermatch.data.Cluster;
import org.careermatch.engine.interest.LearnerInterests;

/**
 * What the signals read about one profile: its aggregated evidence, its interest types, and the
 * clusters in the order the scorer's arrays use.
 */
public record Profile(EvidenceTable evidence, LearnerInterests interests, List<Cluster> clusters) {
  public Profile {
    clusters = List.copyOf(clusters);
  }

  public int position(Cluster c) {
    int i = clusters.indexOf(c);
    if (i < 0) {
      throw new IllegalArgumentException("unknown cluster " + c.id());
    }
    return i;
  }
}
