package org.careermatch.data.interest;

import java.util.Objects;
import org.careermatch.data.Checks;
import org.careermatch.data.ClusterId;
import org.careermatch.data.Provenance;
import org.careermatch.data.SubClusterId;

/**
 * The interest profile of a cluster or sub-cluster: what its occupations' O*NET Occupational
 * Interest scores add up to (see {@link InterestProfileCalculator} for the method).
 *
 * @param level whether {@code id} is a cluster or a sub-cluster id
 * @param basis where the numbers come from: the group's own occupations, or (a sub-cluster the
 *     crosswalk maps no occupation to, such as Uncrewed Vehicle Technology) its parent cluster's
 * @param occupations how many SOC occupations of the crosswalk have scores and entered the mean
 * @param mean the mean Occupational Interest score per type, 1-7
 * @param standardized each type standardized across the clusters (or sub-clusters), then z-scored
 *     across the six types: the form to correlate with a learner's profile; its Holland code is the
 *     group's distinctive types
 */
public record OccupationalInterests(
    Level level,
    String id,
    Basis basis,
    int occupations,
    InterestProfile mean,
    InterestProfile standardized,
    Provenance provenance) {

  /** Whether a profile belongs to a cluster or a sub-cluster. */
  public enum Level {
    CLUSTER("cluster"),
    SUB_CLUSTER("sub-cluster");

    private final String label;

    Level(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    public static Level fromLabel(String label) {
      for (Level l : values()) {
        if (l.label.equals(label)) {
          return l;
        }
      }
      throw new IllegalArgumentException(
          "unknown level '" + label + "' (expected cluster or sub-cluster)");
    }
  }

  /** Where a profile's numbers come from. */
  public enum Basis {
    /** The occupations the crosswalk maps to this cluster or sub-cluster. */
    OCCUPATIONS("occupations"),
    /**
     * A sub-cluster without crosswalk occupations: its parent cluster's mean (standardized as a
     * sub-cluster).
     */
    PARENT_CLUSTER("parent-cluster");

    private final String label;

    Basis(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    public static Basis fromLabel(String label) {
      for (Basis b : values()) {
        if (b.label.equals(label)) {
          return b;
        }
      }
      throw new IllegalArgumentException(
          "unknown basis '" + label + "' (expected occupations or parent-cluster)");
    }
  }

  public OccupationalInterests {
    Objects.requireNonNull(level, "level of interest profile " + id);
    Checks.requireSlug(id, level.label + " id of an interest profile");
    Objects.requireNonNull(basis, "basis of interest profile " + id);
    if (basis == Basis.PARENT_CLUSTER && level == Level.CLUSTER) {
      throw new IllegalArgumentException(
          "cluster " + id + " cannot take its profile from a parent cluster");
    }
    if (occupations < 1) {
      throw new IllegalArgumentException(
          "interest profile of "
              + level.label
              + " "
              + id
              + " rests on "
              + occupations
              + " occupations, expected at least 1");
    }
    Objects.requireNonNull(mean, "mean profile of " + id);
    Objects.requireNonNull(standardized, "standardized profile of " + id);
    if (mean.scale() != InterestProfile.Scale.OCCUPATIONAL_INTEREST) {
      throw new IllegalArgumentException(
          "mean profile of "
              + id
              + " must be on the Occupational Interest scale, was "
              + mean.scale());
    }
    if (standardized.scale() != InterestProfile.Scale.STANDARDIZED) {
      throw new IllegalArgumentException(
          "standardized profile of "
              + id
              + " must be on the standardized scale, was "
              + standardized.scale());
    }
    Objects.requireNonNull(provenance, "provenance of interest profile " + id);
  }

  /**
   * The distinctive Holland code: the three types in which this group stands out most (from {@link
   * #standardized}).
   */
  public String hollandCode() {
    return standardized.hollandCode();
  }

  /**
   * The code of the raw means, O*NET's way (Conventional and Realistic are high almost everywhere).
   */
  public String meanHollandCode() {
    return mean.hollandCode();
  }

  public boolean isCluster() {
    return level == Level.CLUSTER;
  }

  /** This profile's cluster id; throws for a sub-cluster profile. */
  public ClusterId clusterId() {
    if (level != Level.CLUSTER) {
      throw new IllegalStateException(id + " is a sub-cluster");
    }
    return ClusterId.of(id);
  }

  /** This profile's sub-cluster id; throws for a cluster profile. */
  public SubClusterId subClusterId() {
    if (level != Level.SUB_CLUSTER) {
      throw new IllegalStateException(id + " is a cluster");
    }
    return SubClusterId.of(id);
  }
}
