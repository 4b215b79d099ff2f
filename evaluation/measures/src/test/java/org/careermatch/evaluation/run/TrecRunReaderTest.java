package org.careermatch.evaluation.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.careermatch.evaluation.InputFormatException;
import org.junit.jupiter.api.Test;

class TrecRunReaderTest {
  @Test
  void ordersByScoreThenRankWhateverTheLineOrder() throws IOException {
    Run run =
        TrecRunReader.read(
            new StringReader(
                """
        q1 Q0 c 3 0.5 t
        q1 Q0 b 1 0.9 t

        q1\tQ0\ta  2  0.5\tt
        q2 Q0 x 1 1e-3 t
        """),
            "run.txt");
    assertEquals(List.of("q1", "q2"), List.copyOf(run.queries()));
    assertEquals(
        List.of(new ScoredDoc("b", 0.9), new ScoredDoc("a", 0.5), new ScoredDoc("c", 0.5)),
        run.ranking("q1"));
    assertEquals(List.of(new ScoredDoc("x", 0.001)), run.ranking("q2"));
  }

  @Test
  void malformedLinesNameFileAndLine() {
    assertError(
        "q1 Q0 a 1 0.5 t\nq1 Q0 b 2 0.4\n",
        2,
        "expected 'qid Q0 docid rank score tag' but found 5 fields in 'q1 Q0 b 2 0.4'");
    assertError("q1 Q0 a first 0.5 t\n", 1, "rank 'first' is not an integer");
    assertError("\nq1 Q0 a 1 high t\n", 2, "score 'high' is not a number");
    assertError("q1 Q0 a 1 NaN t\n", 1, "score 'NaN' is not finite");
    assertError(
        "q1 Q0 a 1 0.5 t\nq2 Q0 a 1 0.5 t\nq1 Q0 a 2 0.4 t\n",
        3,
        "document a is retrieved again for query q1 (first on line 1)");
  }

  private static void assertError(String content, int line, String message) {
    InputFormatException e =
        assertThrows(
            InputFormatException.class,
            () -> TrecRunReader.read(new StringReader(content), "run.txt"));
    assertEquals("run.txt:" + line + ": " + message, e.getMessage());
  }
}
