package org.careermatch.engine.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.careermatch.data.Checks;

/**
 * An immutable explanation tree. A node with children is a sum: its value equals the sum of its
 * children's values, so the lines of an explanation always add up to the score they explain. A leaf
 * may carry the {@link Evidence} it stands for.
 */
public record Explanation(
    double value, String description, List<Explanation> children, Evidence evidence) {
  public Explanation {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          "explanation value must be finite (was " + value + ") for '" + description + "'");
    }
    if (description == null || description.isBlank()) {
      throw new IllegalArgumentException("explanation description must not be blank");
    }
    children = Checks.copyOf(children, () -> "children of explanation '" + description + "'");
  }

  /**
   * A line that stands for one piece of evidence, or a plain fact when {@code evidence} is null.
   */
  public static Explanation leaf(double value, String description, Evidence evidence) {
    return new Explanation(value, description, List.of(), evidence);
  }

  /** A sum of lines; its value is the sum of theirs. */
  public static Explanation sum(String description, List<Explanation> children) {
    double total = 0;
    for (Explanation c : children) {
      total += c.value();
    }
    return new Explanation(total, description, children, null);
  }

  /** The same tree with every value multiplied by {@code factor} (sums stay sums). */
  public Explanation scaled(double factor) {
    List<Explanation> scaledChildren = new ArrayList<>(children.size());
    for (Explanation c : children) {
      scaledChildren.add(c.scaled(factor));
    }
    return new Explanation(
        value * factor,
        description,
        scaledChildren,
        evidence == null || factor == 1.0 ? evidence : evidence.scaledBy(factor));
  }

  /** The same tree with a new description at the root. */
  public Explanation describedAs(String newDescription) {
    return new Explanation(value, newDescription, children, evidence);
  }

  /**
   * True when every node with children equals the sum of its children, within {@code tolerance}.
   */
  public boolean addsUp(double tolerance) {
    if (children.isEmpty()) {
      return true;
    }
    double total = 0;
    for (Explanation c : children) {
      if (!c.addsUp(tolerance)) {
        return false;
      }
      total += c.value();
    }
    return Math.abs(total - value) <= tolerance * Math.max(1.0, Math.abs(value));
  }

  /** Visits every leaf. */
  public void forEachLeaf(Consumer<Explanation> visitor) {
    if (children.isEmpty()) {
      visitor.accept(this);
    } else {
      children.forEach(c -> c.forEachLeaf(visitor));
    }
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    render(b, 0);
    return b.toString();
  }

  private void render(StringBuilder b, int depth) {
    b.append("  ".repeat(depth))
        .append(String.format(java.util.Locale.ROOT, "%.3f", value))
        .append(" = ")
        .append(description)
        .append('\n');
    children.forEach(c -> c.render(b, depth + 1));
  }
}
