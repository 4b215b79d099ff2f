package org.careermatch.evaluation.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The measures, computed as trec_eval computes them for one query. Each takes the retrieved
 * document ids in evaluation order ({@link TrecEvalOrder}) and the query's judgments (docid ->
 * grade). A document is relevant when its grade is greater than 0 (trec_eval's default relevance
 * level 1); unjudged documents are not relevant; {@code numRel} is the number of relevant judgments
 * in the qrels, retrieved or not.
 */
public final class Measures {
  private Measures() {}

  /**
   * nDCG at k (trec_eval {@code ndcg_cut_k}): DCG@k / ideal DCG@k, gain = grade (grades of 0 or
   * less gain nothing), discount log2(rank + 1), so rank 1 has discount 1. The ideal ranking sorts
   * all judged grades of the query by gain, highest first, whether retrieved or not. 0 when the
   * query has no relevant document. Fewer than k retrieved documents simply add no gain.
   */
  public static double ndcgCut(List<String> ranked, Map<String, Integer> judgments, int k) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      int grade = judgments.getOrDefault(ranked.get(i), 0);
      if (grade > 0) {
        dcg += grade / log2(i + 2);
      }
    }
    List<Integer> ideal = new ArrayList<>();
    for (int grade : judgments.values()) {
      if (grade > 0) {
        ideal.add(grade);
      }
    }
    ideal.sort(Comparator.reverseOrder());
    double idcg = 0;
    for (int i = 0; i < Math.min(k, ideal.size()); i++) {
      idcg += ideal.get(i) / log2(i + 2);
    }
    return idcg > 0 ? dcg / idcg : 0;
  }

  /**
   * Precision at k (trec_eval {@code P_k}): relevant documents in the top k, divided by k even if
   * fewer retrieved.
   */
  public static double precision(List<String> ranked, Map<String, Integer> judgments, int k) {
    return (double) relevantInTop(ranked, judgments, k) / k;
  }

  /**
   * Recall at k (trec_eval {@code recall_k}): relevant documents in the top k over numRel; 0 if
   * numRel is 0.
   */
  public static double recall(List<String> ranked, Map<String, Integer> judgments, int k) {
    int numRel = numRel(judgments);
    return numRel == 0 ? 0 : (double) relevantInTop(ranked, judgments, k) / numRel;
  }

  /**
   * Success at k (trec_eval {@code success_k}): 1 if a relevant document is in the top k, else 0.
   */
  public static double success(List<String> ranked, Map<String, Integer> judgments, int k) {
    return relevantInTop(ranked, judgments, k) > 0 ? 1 : 0;
  }

  /**
   * Reciprocal rank (trec_eval {@code recip_rank}): 1 / rank of the first relevant document
   * retrieved, else 0.
   */
  public static double reciprocalRank(List<String> ranked, Map<String, Integer> judgments) {
    for (int i = 0; i < ranked.size(); i++) {
      if (judgments.getOrDefault(ranked.get(i), 0) > 0) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  /**
   * Average precision over everything retrieved (trec_eval {@code map} for one query): the
   * precision at the rank of each relevant retrieved document, summed and divided by numRel
   * (relevant documents never retrieved add 0).
   */
  public static double averagePrecision(List<String> ranked, Map<String, Integer> judgments) {
    int numRel = numRel(judgments);
    if (numRel == 0) {
      return 0;
    }
    double sum = 0;
    int relevant = 0;
    for (int i = 0; i < ranked.size(); i++) {
      if (judgments.getOrDefault(ranked.get(i), 0) > 0) {
        relevant++;
        sum += (double) relevant / (i + 1);
      }
    }
    return sum / numRel;
  }

  /** The number of relevant judgments (grade > 0): trec_eval's num_rel. */
  public static int numRel(Map<String, Integer> judgments) {
    int n = 0;
    for (int grade : judgments.values()) {
      if (grade > 0) {
        n++;
      }
    }
    return n;
  }

  private static int relevantInTop(List<String> ranked, Map<String, Integer> judgments, int k) {
    int n = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      if (judgments.getOrDefault(ranked.get(i), 0) > 0) {
        n++;
      }
    }
    return n;
  }

  private static double log2(int x) {
    return Math.log(x) / Math.log(2);
  }
}
