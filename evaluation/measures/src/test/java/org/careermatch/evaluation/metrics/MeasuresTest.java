package org.careermatch.evaluation.metrics;

import static org.careermatch.evaluation.Fixtures.log2;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each measure on hand-computed rankings; rankings are already in evaluation order. */
class MeasuresTest {
  private static final double EPS = 1e-12;

  // q1 of the fixture, in trec_eval order: b(1) c(0) a(2) e(unjudged) d(1); numRel = 3
  private static final List<String> Q1 = List.of("b", "c", "a", "e", "d");
  private static final Map<String, Integer> Q1_JUDGED = Map.of("a", 2, "b", 1, "c", 0, "d", 1);

  @Test
  void ndcgUsesGradesAsGainsAndLog2OfRankPlusOne() {
    // DCG@3  = 1/log2(2) + 0/log2(3) + 2/log2(4) = 1 + 0 + 1 = 2
    // IDCG@3 = 2/log2(2) + 1/log2(3) + 1/log2(4) = 2 + 0.6309297536 + 0.5 = 3.1309297536
    // nDCG@3 = 2 / 3.1309297536 = 0.6387878865
    double expected = 2 / (2 + 1 / log2(3) + 0.5);
    assertEquals(expected, Measures.ndcgCut(Q1, Q1_JUDGED, 3), EPS);
    assertEquals(0.6387878865, Measures.ndcgCut(Q1, Q1_JUDGED, 3), 1e-10);
  }

  @Test
  void ndcgWithAPerfectRankingIsOne() {
    assertEquals(1.0, Measures.ndcgCut(List.of("a", "b", "d"), Q1_JUDGED, 3), EPS);
    // grade order matters: b(1) a(2) d(1) -> DCG = 1 + 2/log2(3) + 1/2 = 2.7618595071 ; /
    // 3.1309297536 = 0.8821223
    double swapped = (1 + 2 / log2(3) + 0.5) / (2 + 1 / log2(3) + 0.5);
    assertEquals(swapped, Measures.ndcgCut(List.of("b", "a", "d"), Q1_JUDGED, 3), EPS);
  }

  @Test
  void ndcgIdealComesFromTheQrelsNotFromWhatWasRetrieved() {
    // only a retrieved: DCG@5 = 2 ; IDCG@5 = 2 + 1/log2(3) + 1/log2(4) (b and d were never
    // retrieved)
    assertEquals(2 / (2 + 1 / log2(3) + 0.5), Measures.ndcgCut(List.of("a"), Q1_JUDGED, 5), EPS);
    // cutoff 1: DCG@1 = 1 (b), IDCG@1 = 2 (a) -> 0.5
    assertEquals(0.5, Measures.ndcgCut(Q1, Q1_JUDGED, 1), EPS);
  }

  @Test
  void precisionRecallSuccess() {
    assertEquals(1.0, Measures.precision(Q1, Q1_JUDGED, 1), EPS); // b relevant
    assertEquals(2.0 / 3, Measures.precision(Q1, Q1_JUDGED, 3), EPS); // b, a of b c a
    // P_10 divides by 10 although only 5 were retrieved: 3 relevant / 10
    assertEquals(0.3, Measures.precision(Q1, Q1_JUDGED, 10), EPS);
    assertEquals(2.0 / 3, Measures.recall(Q1, Q1_JUDGED, 3), EPS); // 2 of 3 relevant in the top 3
    assertEquals(1.0, Measures.recall(Q1, Q1_JUDGED, 5), EPS);
    assertEquals(1.0, Measures.success(Q1, Q1_JUDGED, 1), EPS);
    assertEquals(0.0, Measures.success(List.of("c", "e", "a"), Q1_JUDGED, 2), EPS);
    assertEquals(1.0, Measures.success(List.of("c", "e", "a"), Q1_JUDGED, 3), EPS);
  }

  @Test
  void reciprocalRankAndAveragePrecision() {
    assertEquals(1.0, Measures.reciprocalRank(Q1, Q1_JUDGED), EPS);
    assertEquals(1.0 / 3, Measures.reciprocalRank(List.of("c", "e", "d"), Q1_JUDGED), EPS);
    // relevant at ranks 1, 3, 5: (1/1 + 2/3 + 3/5) / 3 = 2.2666667 / 3 = 0.7555556
    assertEquals((1 + 2.0 / 3 + 3.0 / 5) / 3, Measures.averagePrecision(Q1, Q1_JUDGED), EPS);
    // relevant never retrieved count in the denominator: only d at rank 2 -> (1/2) / 3
    assertEquals(0.5 / 3, Measures.averagePrecision(List.of("c", "d"), Q1_JUDGED), EPS);
  }

  @Test
  void nothingRetrievedScoresZero() {
    for (Metric m : Metric.DEFAULTS) {
      assertEquals(0.0, m.compute(List.of(), Q1_JUDGED), EPS, m.name());
    }
  }

  @Test
  void aQueryWithoutRelevantDocumentsScoresZero() {
    Map<String, Integer> none = Map.of("c", 0);
    for (Metric m : Metric.DEFAULTS) {
      assertEquals(0.0, m.compute(List.of("c", "a"), none), EPS, m.name());
    }
  }

  @Test
  void negativeGradesAreNotRelevantAndGainNothing() {
    Map<String, Integer> judged = Map.of("a", -1, "b", 1);
    assertEquals(
        1 / log2(3), Measures.ndcgCut(List.of("a", "b"), judged, 3), EPS); // ideal: b alone = 1
    assertEquals(0.5, Measures.reciprocalRank(List.of("a", "b"), judged), EPS);
  }
}
