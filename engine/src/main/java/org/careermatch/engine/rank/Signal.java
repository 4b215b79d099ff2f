package org.careermatch.engine.rank;

import java.util.List;
import org.careermatch.data.Cluster;
import org.careermatch.engine.explain.Explanation;

/**
 * One ranking signal: what it says about one cluster for one profile, as explained lines in raw
 * units (their sum is the signal's value for the cluster, its feature value). The scorer adds every
 * signal's lines; each signal's weight is one named setting of {@link
 * org.careermatch.engine.EngineConfig}.
 */
public interface Signal {
  /** A stable name, used for feature values ("words", "meaning", "interest-type"...). */
  String name();

  /**
   * Adds this signal's lines for {@code cluster} to {@code out}.
   *
   * @param base each cluster's raw evidence from the signals that come before this one (for signals
   *     that depend on the rest, such as the cross-cutting boost); indexed as {@link
   *     Profile#clusters()}
   */
  void explain(Cluster cluster, Profile profile, double[] base, List<Explanation> out);
}
