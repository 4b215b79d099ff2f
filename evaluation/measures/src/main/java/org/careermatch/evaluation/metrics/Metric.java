package org.careermatch.evaluation.metrics;

import java.util.List;
import java.util.Map;

/**
 * An evaluation measure named as trec_eval names it: {@code ndcg_cut_3}, {@code P_1}, {@code
 * recall_3}, {@code success_1}, {@code recip_rank}, {@code map}. The cut measures need a cutoff k >
 * 0; the others have none (0).
 *
 * @param kind what is measured
 * @param cutoff k for the cut measures, 0 for {@code recip_rank} and {@code map}
 */
public record Metric(Kind kind, int cutoff) {
  /** The measures, by trec_eval name. */
  public enum Kind {
    NDCG_CUT("ndcg_cut", true),
    PRECISION("P", true),
    RECALL("recall", true),
    SUCCESS("success", true),
    RECIP_RANK("recip_rank", false),
    MAP("map", false);

    private final String trecName;
    private final boolean cut;

    Kind(String trecName, boolean cut) {
      this.trecName = trecName;
      this.cut = cut;
    }

    /** trec_eval's name, without the cutoff. */
    public String trecName() {
      return trecName;
    }

    /** Whether the measure takes a cutoff. */
    public boolean cut() {
      return cut;
    }
  }

  public static final Metric RECIP_RANK = new Metric(Kind.RECIP_RANK, 0);
  public static final Metric MAP = new Metric(Kind.MAP, 0);

  /** The measures careermatch reports by default, in report order. */
  public static final List<Metric> DEFAULTS =
      List.of(ndcgCut(3), RECIP_RANK, precision(1), MAP, recall(3), success(1));

  public Metric {
    if (kind == null) {
      throw new NullPointerException("metric kind must not be null");
    }
    if (kind.cut() && cutoff <= 0) {
      throw new IllegalArgumentException(
          kind.trecName() + " needs a cutoff > 0 (was " + cutoff + ")");
    }
    if (!kind.cut() && cutoff != 0) {
      throw new IllegalArgumentException(kind.trecName() + " takes no cutoff (was " + cutoff + ")");
    }
  }

  public static Metric ndcgCut(int k) {
    return new Metric(Kind.NDCG_CUT, k);
  }

  public static Metric precision(int k) {
    return new Metric(Kind.PRECISION, k);
  }

  public static Metric recall(int k) {
    return new Metric(Kind.RECALL, k);
  }

  public static Metric success(int k) {
    return new Metric(Kind.SUCCESS, k);
  }

  /**
   * Parses a trec_eval name such as {@code ndcg_cut_3} or {@code map}; the message names a bad one.
   */
  public static Metric parse(String name) {
    if (name == null) {
      throw new IllegalArgumentException("metric name must not be null");
    }
    for (Kind kind : Kind.values()) {
      if (!kind.cut() && name.equals(kind.trecName())) {
        return new Metric(kind, 0);
      }
      String prefix = kind.trecName() + "_";
      if (kind.cut() && name.startsWith(prefix)) {
        String k = name.substring(prefix.length());
        if (k.matches("[1-9][0-9]{0,8}")) {
          return new Metric(kind, Integer.parseInt(k));
        }
      }
    }
    throw new IllegalArgumentException(
        "unknown metric '"
            + name
            + "' (expected ndcg_cut_K, P_K, recall_K, success_K with K > 0, recip_rank or map)");
  }

  /** trec_eval's name, e.g. {@code ndcg_cut_3}. */
  public String name() {
    return kind.cut() ? kind.trecName() + "_" + cutoff : kind.trecName();
  }

  /**
   * The measure for one query.
   *
   * @param ranked the retrieved document ids in evaluation order ({@link TrecEvalOrder})
   * @param judgments the query's judgments, docid -> grade
   */
  public double compute(List<String> ranked, Map<String, Integer> judgments) {
    return switch (kind) {
      case NDCG_CUT -> Measures.ndcgCut(ranked, judgments, cutoff);
      case PRECISION -> Measures.precision(ranked, judgments, cutoff);
      case RECALL -> Measures.recall(ranked, judgments, cutoff);
      case SUCCESS -> Measures.success(ranked, judgments, cutoff);
      case RECIP_RANK -> Measures.reciprocalRank(ranked, judgments);
      case MAP -> Measures.averagePrecision(ranked, judgments);
    };
  }

  @Override
  public String toString() {
    return name();
  }
}
