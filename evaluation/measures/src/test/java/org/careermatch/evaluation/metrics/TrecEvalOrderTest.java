package org.careermatch.evaluation.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.careermatch.evaluation.run.ScoredDoc;
import org.junit.jupiter.api.Test;

class TrecEvalOrderTest {
  @Test
  void scoreDescendingThenDocidDescending() {
    List<ScoredDoc> engineOrder =
        List.of(
            new ScoredDoc("b", 0.9),
            new ScoredDoc("a", 0.5),
            new ScoredDoc("c", 0.5),
            new ScoredDoc("ab", 0.5),
            new ScoredDoc("e", 0.3));
    // ties at 0.5 by strcmp descending: c > ab > a
    assertEquals(List.of("b", "c", "ab", "a", "e"), TrecEvalOrder.docids(engineOrder));
  }

  @Test
  void docidsCompareByCodePointLikeStrcmp() {
    // 'Z' (0x5A) < 'a' (0x61): descending puts a first; 'é' (U+00E9) is above every ASCII letter
    List<ScoredDoc> tied =
        List.of(new ScoredDoc("Z", 1), new ScoredDoc("a", 1), new ScoredDoc("\u00e9", 1));
    assertEquals(List.of("\u00e9", "a", "Z"), TrecEvalOrder.docids(tied));
  }
}
