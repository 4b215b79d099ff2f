package org.careermatch.engine.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careermatch.engine.explain.Explanation;
import org.junit.jupiter.api.Test;

class ScoreScaleTest {
  private final ScoreScale scale = new ScoreScale(10);

  @Test
  void scoresAreMonotoneAndBounded() {
    assertEquals(0, scale.score(0));
    assertEquals(100 * (1 - Math.exp(-1)), scale.score(10), 1e-12);
    double previous = 0;
    for (double raw = 0.5; raw < 1000; raw *= 1.7) {
      double s = scale.score(raw);
      // strictly increasing until double precision saturates at exactly 100
      assertTrue((s > previous || s == 100) && s <= 100, "raw " + raw + " -> " + s);
      previous = s;
    }
    assertTrue(scale.score(100) < 100);
  }

  @Test
  void explanationsAreReExpressedInScoreUnitsAndStillAddUp() {
    Explanation raw =
        Explanation.sum(
            "x", List.of(Explanation.leaf(3, "a", null), Explanation.leaf(7, "b", null)));
    Explanation scored = scale.toScore(raw);
    assertEquals(scale.score(10), scored.value(), 1e-12);
    assertTrue(scored.addsUp(1e-12));
    assertEquals(0.3 * scored.value(), scored.children().get(0).value(), 1e-12);
  }
}
