package org.careermatch.engine.explain;

/**
 * Where a piece of evidence stands in what the learner typed: characters {@code [start, end)} of
 * the interests text, or of one skill's text when the evidence comes from a listed skill.
 */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "span must have 0 <= start <= end (was [" + start + ", " + end + "))");
    }
  }
}
