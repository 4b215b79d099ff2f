package org.careermatch.evaluation.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.careermatch.evaluation.Fixtures;
import org.careermatch.evaluation.metrics.Evaluator;
import org.careermatch.evaluation.metrics.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrecRunWriterTest {
  @Test
  void writesTrecLinesWithStrictlyDecreasingScores() {
    Run run =
        Run.builder()
            .add("q1", "b", 0.9)
            .add("q1", "a", 0.5)
            .add("q1", "c", 0.5)
            .add("q1", "e", 0.3)
            .add("q2", "x", 0.8)
            .add("q2", "y", 0.8)
            .build();
    // ties keep the engine's order: the second of a tie is written one EPSILON (1e-6) lower
    assertEquals(
        """
        q1 Q0 b 1 0.900000 bm25
        q1 Q0 a 2 0.500000 bm25
        q1 Q0 c 3 0.499999 bm25
        q1 Q0 e 4 0.300000 bm25
        q2 Q0 x 1 0.800000 bm25
        q2 Q0 y 2 0.799999 bm25
        """,
        TrecRunWriter.format(run, "bm25"));
  }

  @Test
  void stepsCascadeThroughLongTiesAndScoresTheyReach() {
    Run run =
        Run.builder()
            .add("q", "a", 0.5)
            .add("q", "b", 0.5)
            .add("q", "c", 0.5)
            .add("q", "d", 0.499999)
            .add("q", "e", 0.4999986)
            .add("q", "f", -0.25)
            .build();
    // a .5 ; b .5 - 1e-6 ; c .5 - 2e-6 ; d .499999 is reached by the steps -> .499997 ;
    // e rounds to .499999 -> .499996 ; f is far below and is written as is
    assertEquals(
        List.of(0.5, 0.499999, 0.499998, 0.499997, 0.499996, -0.25),
        scores(TrecRunWriter.untie(run)));
  }

  @Test
  void scoresStayDistinctForTrecEvalsFloats() {
    // trec_eval keeps scores in 32-bit floats: 100.000000 and 99.999999 are the same float (spacing
    // ~7.6e-6 there)
    Run run = Run.builder().add("q", "a", 100).add("q", "b", 100).add("q", "c", 100).build();
    List<Double> written = scores(TrecRunWriter.untie(run));
    for (int i = 1; i < written.size(); i++) {
      float above = (float) written.get(i - 1).doubleValue();
      float below = (float) written.get(i).doubleValue();
      assertTrue(below < above, written.toString());
    }
    assertEquals(100.0, written.get(0));
    assertTrue(written.get(1) > 99.9999, written.toString());
  }

  @Test
  void sub6DecimalDifferencesAreTiesToo() {
    // 0.30000002 and 0.30000001 both round to 0.300000: written as 0.300000 and 0.299999, in rank
    // order
    Run run = Run.builder().add("q", "b", 0.30000002).add("q", "a", 0.30000001).build();
    assertEquals(List.of(0.3, 0.299999), scores(TrecRunWriter.untie(run)));
  }

  @Test
  void readingTheFileBackGivesTheUntiedRunSoFileAndMemoryEvaluateAlike(@TempDir Path dir)
      throws IOException {
    Run run = Fixtures.run();
    Path file = dir.resolve("run.txt");
    TrecRunWriter.write(run, "fixture", file);
    Run read = TrecRunReader.read(file);
    assertEquals(TrecRunWriter.untie(run), read);

    Evaluator evaluator = Evaluator.defaults();
    // the written run keeps the engine's order a before c in q1: nDCG@3 = (1 + 2/log2 3) /
    // 3.1309297536 = 0.7224
    double written = evaluator.evaluate(Fixtures.qrels(), read).value("q1", Metric.ndcgCut(3));
    assertEquals((1 + 2 / Fixtures.log2(3)) / (2 + 1 / Fixtures.log2(3) + 0.5), written, 1e-12);
    // while the raw run, tied, is evaluated c before a, as trec_eval would on a file with the raw
    // scores
    assertNotEquals(
        written, evaluator.evaluate(Fixtures.qrels(), run).value("q1", Metric.ndcgCut(3)));
  }

  @Test
  void emptyRankingsCannotBeWritten() throws IOException {
    Run run = Run.builder().query("q0").add("q1", "a", 1).build();
    String text = TrecRunWriter.format(run, "t");
    assertEquals("q1 Q0 a 1 1.000000 t\n", text);
    assertEquals(
        List.of("q1"), List.copyOf(TrecRunReader.read(new StringReader(text), "t").queries()));
  }

  @Test
  void tagMustBeAToken() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> TrecRunWriter.format(Fixtures.run(), "my run"));
    // quoted through the one sanitizer (data.Checks.quote): the space shows as '?'
    assertEquals("run tag 'my?run' must not contain whitespace", e.getMessage());
  }

  private static List<Double> scores(Run run) {
    return run.rankings().values().iterator().next().stream().map(ScoredDoc::score).toList();
  }
}
