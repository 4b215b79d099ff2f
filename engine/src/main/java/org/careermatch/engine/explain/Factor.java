package org.careermatch.engine.explain;

/**
 * One named number that multiplies into an explanation line's value ("relevance", "input weight",
 * "shared by 3 clusters", "score scale"...), so a client can show how a line's points came about
 * without parsing its text.
 */
public record Factor(String name, double value) {
  public Factor {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("factor name must not be blank (was '" + name + "')");
    }
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("factor " + name + " must be finite (was " + value + ")");
    }
  }
}
