package org.careermatch.evaluation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.careermatch.evaluation.Fixtures;
import org.careermatch.evaluation.compare.Comparison;
import org.careermatch.evaluation.compare.RandomizationTest;
import org.careermatch.evaluation.metrics.Averaging;
import org.careermatch.evaluation.metrics.Evaluation;
import org.careermatch.evaluation.metrics.Evaluator;
import org.careermatch.evaluation.metrics.Metric;
import org.careermatch.evaluation.run.Run;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {
  @Test
  void listsTheWorstQueriesWithTheCallersExplanation() {
    Evaluation e =
        new Evaluator(Metric.DEFAULTS, Averaging.ALL_TOPICS)
            .evaluate(Fixtures.qrels(), Fixtures.run());
    String md =
        MarkdownReport.render(
            "Fixture",
            e,
            Metric.ndcgCut(3),
            3,
            qid -> qid.equals("q3") ? "query text: *a*\nexpected: a\ngot: nothing" : null);
    assertEquals(
        """
        # Fixture

        4 queries evaluated (every judged topic; topics missing from the run score 0).

        | metric | mean |
        |---|---:|
        | ndcg_cut_3 | 0.3174 |
        | recip_rank | 0.3750 |
        | P_1 | 0.2500 |
        | map | 0.3139 |
        | recall_3 | 0.4167 |
        | success_1 | 0.2500 |

        ## 3 worst queries by ndcg_cut_3

        | # | query | ndcg_cut_3 | recip_rank | P_1 | map | recall_3 | success_1 |
        |---:|---|---:|---:|---:|---:|---:|---:|
        | 1 | `q3` | 0.0000 | 0.0000 | 0.0000 | 0.0000 | 0.0000 | 0.0000 |
        | 2 | `q4` | 0.0000 | 0.0000 | 0.0000 | 0.0000 | 0.0000 | 0.0000 |
        | 3 | `q2` | 0.6309 | 0.5000 | 0.0000 | 0.5000 | 1.0000 | 0.0000 |

        ### 1. `q3`: ndcg_cut_3 0.0000

        query text: *a*
        expected: a
        got: nothing

        ### 2. `q4`: ndcg_cut_3 0.0000

        _no explanation_

        ### 3. `q2`: ndcg_cut_3 0.6309

        _no explanation_
        """,
        md);
  }

  @Test
  void comparisonListsRegressions() {
    Evaluator all = new Evaluator(Metric.DEFAULTS, Averaging.ALL_TOPICS);
    Run candidate = Run.builder().add("q1", "c", 0.9).add("q1", "a", 0.8).add("q2", "x", 1).build();
    Comparison c =
        Comparison.of(
            all.evaluate(Fixtures.qrels(), Fixtures.run()),
            all.evaluate(Fixtures.qrels(), candidate),
            Metric.RECIP_RANK);
    RandomizationTest.Result test = new RandomizationTest(1000, 1).test(c);
    String md = MarkdownReport.comparison("bm25 vs tuned", c, test, 5, qid -> "why " + qid);
    assertTrue(md.contains("| difference | +0.0000 |"), md);
    assertTrue(md.contains("4 queries: 1 better, 1 worse, 2 unchanged."), md);
    assertTrue(md.contains("permutations, seed 1): p = "), md);
    assertTrue(md.contains("| 1 | `q1` | 1.0000 | 0.5000 | -0.5000 |"), md);
    assertTrue(md.endsWith("### 1. `q1`: recip_rank 1.0000 -> 0.5000\n\nwhy q1\n"), md);
  }
}
