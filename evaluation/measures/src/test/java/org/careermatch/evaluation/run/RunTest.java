package org.careermatch.evaluation.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunTest {
  @Test
  void keepsTheEnginesOrderAndEmptyQueries() {
    Run run =
        Run.builder()
            .add("q1", "b", 0.9)
            .add("q1", "a", 0.5)
            .add("q1", "c", 0.5)
            .query("q2")
            .build();
    assertEquals(List.of("q1", "q2"), List.copyOf(run.queries()));
    assertEquals(
        List.of(new ScoredDoc("b", 0.9), new ScoredDoc("a", 0.5), new ScoredDoc("c", 0.5)),
        run.ranking("q1"));
    assertEquals(List.of(), run.ranking("q2"));
    assertEquals(List.of(), run.ranking("absent"));
  }

  @Test
  void rejectsBadRankingsNamingTheValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Run.builder().add("q1", "a", 0.5).add("q1", "b", 0.7).build());
    assertEquals(
        "ranking of query q1 is not sorted by score: b at rank 2 scores 0.7, more than a at rank 1 (0.5)",
        e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Run.builder().add("q1", "a", 0.5).add("q1", "a", 0.4).build());
    assertEquals("document a is ranked twice for query q1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new ScoredDoc("a", Double.NaN));
    assertEquals("score of document a must be finite (was NaN)", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new ScoredDoc("a b", 1));
    // values are quoted through the one sanitizer, data.Checks.quote: whitespace shows as '?'
    assertEquals("document id 'a?b' must not contain whitespace", e.getMessage());
  }
}
