package org.careermatch.evaluation.metrics;

import static org.careermatch.evaluation.Fixtures.log2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.careermatch.evaluation.Fixtures;
import org.careermatch.evaluation.run.Run;
import org.careermatch.evaluation.suite.Qrels;
import org.junit.jupiter.api.Test;

/**
 * The fixture's metrics (see {@link Fixtures}), per query and averaged as trec_eval averages them.
 */
class EvaluatorTest {
  private static final double EPS = 1e-12;
  private static final Metric NDCG3 = Metric.ndcgCut(3);

  // q1 evaluated as b(1) c(0) a(2) e(-) d(1), numRel 3:
  //   ndcg_cut_3 = (1/log2 2 + 0 + 2/log2 4) / (2/log2 2 + 1/log2 3 + 1/log2 4) = 2 / 3.1309297536
  // = 0.6387878865
  //   recip_rank = 1 ; P_1 = 1 ; recall_3 = 2/3 ; success_1 = 1 ; map = (1/1 + 2/3 + 3/5) / 3 =
  // 0.7555555556
  private static final double Q1_NDCG = 2 / (2 + 1 / log2(3) + 1 / log2(4));
  private static final double Q1_MAP = (1 + 2.0 / 3 + 3.0 / 5) / 3;
  // q2 evaluated as y(0) x(1), numRel 1:
  //   ndcg_cut_3 = (1/log2 3) / 1 = 0.6309297536 ; recip_rank = 1/2 ; P_1 = 0 ; recall_3 = 1 ;
  // success_1 = 0 ;
  //   map = (1/2) / 1 = 0.5
  private static final double Q2_NDCG = 1 / log2(3);

  @Test
  void tiesAreBrokenByDocidDescendingNotByTheEnginesOrder() {
    Evaluation e = Evaluator.defaults().evaluate(Fixtures.qrels(), Fixtures.run());
    assertEquals(Q1_NDCG, e.value("q1", NDCG3), EPS);
    assertEquals(0.6387878865, e.value("q1", NDCG3), 1e-10);
    // in the engine's order (a before c) it would have been (1 + 2/log2 3) / 3.1309297536 = 0.7224
    double engineOrder = (1 + 2 / log2(3)) / (2 + 1 / log2(3) + 0.5);
    assertEquals(0.7224, engineOrder, 1e-4);
    // q2: x and y tie at 0.8; y (> x) goes first, so the relevant x is at rank 2
    assertEquals(0.5, e.value("q2", Metric.RECIP_RANK), EPS);
    assertEquals(0.0, e.value("q2", Metric.precision(1)), EPS);
    assertEquals(Q2_NDCG, e.value("q2", NDCG3), EPS);
  }

  @Test
  void perQueryValues() {
    Evaluation e = Evaluator.defaults().evaluate(Fixtures.qrels(), Fixtures.run());
    assertEquals(
        Map.of(
            NDCG3,
            Q1_NDCG,
            Metric.RECIP_RANK,
            1.0,
            Metric.precision(1),
            1.0,
            Metric.MAP,
            Q1_MAP,
            Metric.recall(3),
            2.0 / 3,
            Metric.success(1),
            1.0),
        e.perQuery().get("q1"));
    assertEquals(
        Map.of(
            NDCG3,
            Q2_NDCG,
            Metric.RECIP_RANK,
            0.5,
            Metric.precision(1),
            0.0,
            Metric.MAP,
            0.5,
            Metric.recall(3),
            1.0,
            Metric.success(1),
            0.0),
        e.perQuery().get("q2"));
  }

  @Test
  void trecEvalDefaultAveragesOverJudgedQueriesInTheRun() {
    // q3 and q4 are judged but absent from the run: skipped; q5 is in the run without qrels:
    // ignored
    Evaluation e = Evaluator.defaults().evaluate(Fixtures.qrels(), Fixtures.run());
    assertEquals(List.of("q1", "q2"), List.copyOf(e.queries()));
    assertEquals(
        (Q1_NDCG + Q2_NDCG) / 2,
        e.mean(NDCG3),
        EPS); // (0.6387878865 + 0.6309297536) / 2 = 0.6348588200
    assertEquals((1 + 0.5) / 2, e.mean(Metric.RECIP_RANK), EPS); // 0.75
    assertEquals((1 + 0) / 2.0, e.mean(Metric.precision(1)), EPS); // 0.5
    assertEquals((Q1_MAP + 0.5) / 2, e.mean(Metric.MAP), EPS); // 0.6277777778
    assertEquals((2.0 / 3 + 1) / 2, e.mean(Metric.recall(3)), EPS); // 0.8333333333
    assertEquals(0.5, e.mean(Metric.success(1)), EPS);
  }

  @Test
  void aJudgedQueryTheRunHoldsWithNoDocumentsScoresZeroAndCounts() {
    Evaluation e = Evaluator.defaults().evaluate(Fixtures.qrels(), Fixtures.runWithEmptyQ4());
    assertEquals(List.of("q1", "q2", "q4"), List.copyOf(e.queries()));
    for (Metric m : Metric.DEFAULTS) {
      assertEquals(0.0, e.value("q4", m), EPS, m.name());
    }
    assertEquals(
        (Q1_NDCG + Q2_NDCG + 0) / 3, e.mean(NDCG3), EPS); // 1.2697176400 / 3 = 0.4232392134
    assertEquals((1 + 0.5 + 0) / 3, e.mean(Metric.RECIP_RANK), EPS); // 0.5
  }

  @Test
  void allTopicsAveragingLikeTrecEvalMinusC() {
    Evaluation e =
        new Evaluator(Metric.DEFAULTS, Averaging.ALL_TOPICS)
            .evaluate(Fixtures.qrels(), Fixtures.run());
    assertEquals(List.of("q1", "q2", "q3", "q4"), List.copyOf(e.queries()));
    assertEquals(0.0, e.value("q3", NDCG3), EPS);
    assertEquals((Q1_NDCG + Q2_NDCG) / 4, e.mean(NDCG3), EPS); // 0.3174294100
    assertEquals((Q1_MAP + 0.5) / 4, e.mean(Metric.MAP), EPS); // 0.3138888889
    assertEquals(1.5 / 4, e.mean(Metric.RECIP_RANK), EPS); // 0.375
  }

  @Test
  void summaryAndPerQueryLinesInTrecEvalFormat() {
    Evaluation e = Evaluator.defaults().evaluate(Fixtures.qrels(), Fixtures.run());
    // the same numbers as trec_eval 9.0.4 prints for the fixture
    assertEquals(
        """
        ndcg_cut_3\tall\t0.6349
        recip_rank\tall\t0.7500
        P_1\tall\t0.5000
        map\tall\t0.6278
        recall_3\tall\t0.8333
        success_1\tall\t0.5000
        """,
        TrecEvalFormat.summary(e));
    String perQuery = TrecEvalFormat.perQuery(e);
    assertEquals(
        """
        ndcg_cut_3\tq1\t0.6388
        recip_rank\tq1\t1.0000
        P_1\tq1\t1.0000
        map\tq1\t0.7556
        recall_3\tq1\t0.6667
        success_1\tq1\t1.0000
        ndcg_cut_3\tq2\t0.6309
        recip_rank\tq2\t0.5000
        P_1\tq2\t0.0000
        map\tq2\t0.5000
        recall_3\tq2\t1.0000
        success_1\tq2\t0.0000
        """
            + TrecEvalFormat.summary(e),
        perQuery);
  }

  @Test
  void aQueryJudgedOnlyNonRelevantIsEvaluatedAsZero() {
    // trec_eval evaluates every query with qrels, even when none of its judgments is relevant
    Qrels qrels = Qrels.builder().add("q6", "f", 0).add("q7", "a", 1).build();
    Run run = Run.builder().add("q6", "f", 1.0).add("q7", "a", 1.0).build();
    Evaluation e = Evaluator.defaults().evaluate(qrels, run);
    assertEquals(2, e.numQueries());
    assertEquals(0.5, e.mean(Metric.RECIP_RANK), EPS);
  }

  @Test
  void queryOrderIsStrcmpOrder() {
    Qrels qrels = Qrels.builder().add("q10", "a", 1).add("q9", "a", 1).add("Q1", "a", 1).build();
    Run run = Run.builder().add("q9", "a", 1).add("q10", "a", 1).add("Q1", "a", 1).build();
    assertEquals(
        List.of("Q1", "q10", "q9"),
        List.copyOf(Evaluator.defaults().evaluate(qrels, run).queries()));
  }

  @Test
  void evaluationsRejectUnknownMetricsAndQueries() {
    Evaluation e = Evaluator.defaults().evaluate(Fixtures.qrels(), Fixtures.run());
    IllegalArgumentException ex =
        assertThrows(IllegalArgumentException.class, () -> e.mean(Metric.ndcgCut(10)));
    assertEquals(
        "metric ndcg_cut_10 was not evaluated (evaluated: "
            + "[ndcg_cut_3, recip_rank, P_1, map, recall_3, success_1])",
        ex.getMessage());
    ex = assertThrows(IllegalArgumentException.class, () -> e.value("q3", NDCG3));
    assertEquals("query q3 was not evaluated", ex.getMessage());
    ex = assertThrows(IllegalArgumentException.class, () -> new Evaluator(List.of(NDCG3, NDCG3)));
    assertEquals("metrics are repeated in [ndcg_cut_3, ndcg_cut_3]", ex.getMessage());
  }
}
