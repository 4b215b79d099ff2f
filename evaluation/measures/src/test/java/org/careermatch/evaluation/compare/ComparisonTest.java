package org.careermatch.evaluation.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careermatch.evaluation.Fixtures;
import org.careermatch.evaluation.metrics.Averaging;
import org.careermatch.evaluation.metrics.Evaluation;
import org.careermatch.evaluation.metrics.Evaluator;
import org.careermatch.evaluation.metrics.Metric;
import org.careermatch.evaluation.run.Run;
import org.junit.jupiter.api.Test;

class ComparisonTest {
  private static final Evaluator ALL = new Evaluator(Metric.DEFAULTS, Averaging.ALL_TOPICS);

  @Test
  void queryByQuery() {
    // candidate: q2 fixed (x first), q3 answered, q1 made worse (relevant a and b pushed down)
    Run candidate =
        Run.builder()
            .add("q1", "c", 0.9)
            .add("q1", "e", 0.8)
            .add("q1", "a", 0.7)
            .add("q2", "x", 0.9)
            .add("q2", "y", 0.8)
            .add("q3", "a", 1.0)
            .build();
    Evaluation base = ALL.evaluate(Fixtures.qrels(), Fixtures.run());
    Evaluation cand = ALL.evaluate(Fixtures.qrels(), candidate);
    Comparison c = Comparison.of(base, cand, Metric.RECIP_RANK);
    // recip_rank per query, baseline -> candidate: q1 1 -> 1/3, q2 1/2 -> 1, q3 0 -> 1, q4 0 -> 0
    assertEquals(
        List.of(
            new QueryDelta("q1", 1, 1.0 / 3),
            new QueryDelta("q2", 0.5, 1),
            new QueryDelta("q3", 0, 1),
            new QueryDelta("q4", 0, 0)),
        c.queries());
    assertEquals(1.5 / 4, c.baselineMean(), 1e-12);
    assertEquals((1.0 / 3 + 1 + 1) / 4, c.candidateMean(), 1e-12);
    // mean of deltas: (-2/3 + 1/2 + 1 + 0) / 4 = 0.8333 / 4 = 0.2083
    assertEquals((-2.0 / 3 + 0.5 + 1) / 4, c.meanDifference(), 1e-12);
    assertEquals(2, c.wins());
    assertEquals(1, c.losses());
    assertEquals(1, c.ties());
    assertEquals(
        List.of("q1", "q4", "q2", "q3"), c.byDelta().stream().map(QueryDelta::qid).toList());
  }

  @Test
  void differentQuerySetsAreRefusedWithTheQueriesNamed() {
    Evaluation base = Evaluator.defaults().evaluate(Fixtures.qrels(), Fixtures.run());
    Evaluation cand = Evaluator.defaults().evaluate(Fixtures.qrels(), Fixtures.runWithEmptyQ4());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Comparison.of(base, cand, Metric.MAP));
    assertTrue(
        e.getMessage().contains("only the baseline has none, only the candidate has [q4]"),
        e.getMessage());
  }
}
