package org.careermatch.evaluation.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careermatch.evaluation.InputFormatException;
import org.junit.jupiter.api.Test;

class QrelsReaderTest {
  @Test
  void readsGradesAndKeepsNonRelevantJudgments() throws IOException {
    Qrels qrels =
        QrelsReader.read(new StringReader("q1 0 a 2\nq1 0 b 0\n\nq2\t0\tc   1\n"), "x.qrels");
    assertEquals(List.of("q1", "q2"), List.copyOf(qrels.topics()));
    assertEquals(Map.of("a", 2, "b", 0), qrels.judgments("q1"));
    assertEquals(2, qrels.grade("q1", "a"));
    assertEquals(0, qrels.grade("q1", "unjudged"));
    assertEquals(Set.of("a"), qrels.relevant("q1"));
    assertEquals(1, qrels.relevantCount("q1"));
    assertTrue(qrels.isRelevant("q2", "c"));
    assertEquals(3, qrels.size());
    assertEquals(Map.of(), qrels.judgments("q9"));
  }

  @Test
  void malformedLinesNameFileAndLine() {
    assertError("q1 0 a 1\nq1 0 b\n", 2, "expected 'qid iter docid grade' but found 3 fields");
    assertError("q1 0 a 1 extra\n", 1, "expected 'qid iter docid grade' but found 5 fields");
    assertError("q1 0 a 1\n\nq1 0 b high\n", 3, "grade 'high' is not an integer");
    assertError("q1 0 a 1.5\n", 1, "grade '1.5' is not an integer");
    assertError(
        "q1 0 a 1\nq2 0 a 1\nq1 0 a 0\n",
        3,
        "document a is judged again for query q1 (first judged on line 1)");
  }

  @Test
  void builderRejectsDuplicatesAndEmptyQueries() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Qrels.builder().add("q", "a", 1).add("q", "a", 2));
    assertEquals("document a is judged twice for query q (grades 1 and 2)", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new Qrels(Map.of("q", Map.of())));
    assertEquals("query q is in the qrels without any judgment", e.getMessage());
  }

  private static void assertError(String content, int line, String message) {
    InputFormatException e =
        assertThrows(
            InputFormatException.class,
            () -> QrelsReader.read(new StringReader(content), "x.qrels"));
    assertEquals("x.qrels:" + line + ": " + message, e.getMessage());
    assertEquals(line, e.line());
  }
}
