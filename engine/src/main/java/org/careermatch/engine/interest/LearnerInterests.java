package org.careermatch.engine.interest;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.careermatch.data.interest.RiasecType;

/**
 * A learner's interest types (Holland codes, RIASEC) as read from what they wrote.
 *
 * @param scores each type's share of the learner's interest-type evidence, 0-1, summing to 1 (all 0
 *     when nothing pointed to a type)
 * @param code the three-letter Holland code: the types with evidence, strongest first (shorter when
 *     fewer types have evidence, empty when none has)
 * @param words the learner's words behind each type, as typed (a word or clause, a skill, a school
 *     subject...)
 * @param evidence the total interest-type evidence before it was turned into shares (how sure the
 *     reading is)
 * @param qualities the learner's words that named a personal quality, lower case, one per quality
 */
public record LearnerInterests(
    Map<RiasecType, Double> scores,
    String code,
    Map<RiasecType, List<String>> words,
    double evidence,
    List<String> qualities) {
  public static final LearnerInterests NONE =
      new LearnerInterests(Map.of(), "", Map.of(), 0, List.of());

  public LearnerInterests {
    Map<RiasecType, Double> s = new EnumMap<>(RiasecType.class);
    Map<RiasecType, List<String>> w = new EnumMap<>(RiasecType.class);
    for (RiasecType t : RiasecType.values()) {
      double v = scores.getOrDefault(t, 0.0);
      if (!(v >= 0 && v <= 1)) {
        throw new IllegalArgumentException(
            "interest share of " + t + " must be in [0, 1] (was " + v + ")");
      }
      s.put(t, v);
      w.put(t, List.copyOf(words.getOrDefault(t, List.of())));
    }
    scores = Collections.unmodifiableMap(s);
    qualities = List.copyOf(qualities);
    words = Collections.unmodifiableMap(w);
    if (code == null || code.length() > 3) {
      throw new IllegalArgumentException(
          "a Holland code has at most three letters (was '" + code + "')");
    }
    if (!(evidence >= 0 && Double.isFinite(evidence))) {
      throw new IllegalArgumentException(
          "interest evidence must be finite and >= 0 (was " + evidence + ")");
    }
  }

  /** The six shares in RIASEC order. */
  public double[] vector() {
    double[] v = new double[RiasecType.values().length];
    for (RiasecType t : RiasecType.values()) {
      v[t.ordinal()] = scores.get(t);
    }
    return v;
  }

  public boolean isEmpty() {
    return code.isEmpty();
  }
}
