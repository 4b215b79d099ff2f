package org.careermatch.engine.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExplanationTest {
  @Test
  void aSumIsTheSumOfItsLinesAndStaysOneWhenScaled() {
    Explanation e =
        Explanation.sum(
            "total", List.of(Explanation.leaf(1.5, "a", null), Explanation.leaf(2.5, "b", null)));
    assertEquals(4.0, e.value());
    assertTrue(e.addsUp(1e-12));
    Explanation half = e.scaled(0.5);
    assertEquals(2.0, half.value(), 1e-12);
    assertTrue(half.addsUp(1e-12));
  }

  @Test
  void aTreeThatDoesNotAddUpIsDetected() {
    Explanation wrong = new Explanation(5, "total", List.of(Explanation.leaf(1, "a", null)), null);
    assertFalse(wrong.addsUp(1e-9));
  }

  @Test
  void valuesMustBeFinite() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Explanation.leaf(Double.NaN, "bad", null));
    assertTrue(e.getMessage().contains("NaN"), e.getMessage());
  }
}
