package org.careermatch.data.interest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Six interest-type scores (Realistic, Investigative, Artistic, Social, Enterprising, Conventional)
 * on one scale, with the Holland code they spell: the three highest types, highest first (ties in
 * RIASEC order).
 */
public record InterestProfile(
    Scale scale,
    double realistic,
    double investigative,
    double artistic,
    double social,
    double enterprising,
    double conventional) {

  /** What the six numbers mean. */
  public enum Scale {
    /** O*NET's Occupational Interest score, or a mean of them: 1 (not at all) to 7 (very much). */
    OCCUPATIONAL_INTEREST("oi", 1.0, 7.0),
    /**
     * A standardized score (a z-score): 0 is average, the sign says above or below; any finite
     * value.
     */
    STANDARDIZED("z", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    private final String label;
    private final double min;
    private final double max;

    Scale(String label, double min, double max) {
      this.label = label;
      this.min = min;
      this.max = max;
    }

    public String label() {
      return label;
    }

    public double min() {
      return min;
    }

    public double max() {
      return max;
    }
  }

  public InterestProfile {
    Objects.requireNonNull(scale, "scale of an interest profile must not be null");
    double[] v = {realistic, investigative, artistic, social, enterprising, conventional};
    RiasecType[] types = RiasecType.values();
    for (int i = 0; i < v.length; i++) {
      if (!Double.isFinite(v[i]) || v[i] < scale.min || v[i] > scale.max) {
        throw new IllegalArgumentException(
            types[i].title()
                + " score "
                + v[i]
                + " is not a finite value"
                + (scale == Scale.OCCUPATIONAL_INTEREST ? " between 1 and 7" : "")
                + " (scale "
                + scale.label
                + ")");
      }
    }
  }

  /** A profile from six scores in RIASEC order. */
  public static InterestProfile of(Scale scale, double... scores) {
    if (scores == null || scores.length != 6) {
      throw new IllegalArgumentException(
          "an interest profile has 6 scores (R, I, A, S, E, C), got "
              + (scores == null ? "none" : scores.length));
    }
    return new InterestProfile(
        scale, scores[0], scores[1], scores[2], scores[3], scores[4], scores[5]);
  }

  public double score(RiasecType type) {
    return switch (Objects.requireNonNull(type, "interest type")) {
      case REALISTIC -> realistic;
      case INVESTIGATIVE -> investigative;
      case ARTISTIC -> artistic;
      case SOCIAL -> social;
      case ENTERPRISING -> enterprising;
      case CONVENTIONAL -> conventional;
    };
  }

  /** The six scores in RIASEC order (a copy). */
  public double[] scores() {
    return new double[] {realistic, investigative, artistic, social, enterprising, conventional};
  }

  /** The six types from the highest score to the lowest; equal scores keep RIASEC order. */
  public List<RiasecType> ranked() {
    List<RiasecType> types = new ArrayList<>(List.of(RiasecType.values()));
    types.sort(Comparator.comparingDouble(this::score).reversed());
    return List.copyOf(types);
  }

  /** The three-letter Holland code: the three highest types, highest first (e.g. {@code RIS}). */
  public String hollandCode() {
    StringBuilder code = new StringBuilder(3);
    for (RiasecType t : ranked().subList(0, 3)) {
      code.append(t.letter());
    }
    return code.toString();
  }

  /**
   * Pearson correlation of the two profiles' six scores, -1 to 1; 0 when either profile is flat
   * (all six equal), since a flat profile says nothing about which type fits.
   */
  public double correlation(InterestProfile other) {
    Objects.requireNonNull(other, "the other interest profile");
    double[] a = scores();
    double[] b = other.scores();
    double ma = mean(a);
    double mb = mean(b);
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (int i = 0; i < 6; i++) {
      sab += (a[i] - ma) * (b[i] - mb);
      saa += (a[i] - ma) * (a[i] - ma);
      sbb += (b[i] - mb) * (b[i] - mb);
    }
    if (saa < 1e-12 || sbb < 1e-12) {
      return 0;
    }
    return sab / Math.sqrt(saa * sbb);
  }

  /**
   * This profile z-scored across its six types (population standard deviation), on the standardized
   * scale; a flat profile gives six zeros.
   */
  public InterestProfile standardizedAcrossTypes() {
    double[] v = scores();
    double m = mean(v);
    double sd = Math.sqrt(Math.max(0, mean(squares(v)) - m * m));
    double[] z = new double[6];
    for (int i = 0; i < 6; i++) {
      z[i] = sd < 1e-12 ? 0 : (v[i] - m) / sd;
    }
    return of(Scale.STANDARDIZED, z);
  }

  private static double mean(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s / v.length;
  }

  private static double[] squares(double[] v) {
    double[] s = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      s[i] = v[i] * v[i];
    }
    return s;
  }
}
