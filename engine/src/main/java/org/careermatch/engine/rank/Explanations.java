package org.careermatch.engine.rank;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.careermatch.engine.explain.Evidence;
import org.careermatch.engine.explain.Explanation;
import org.careermatch.engine.explain.Factor;
import org.careermatch.engine.index.EvidenceDoc;
import org.careermatch.engine.query.QueryUnit;

/** Turns contributions into explanation lines a counselor can read aloud. */
public final class Explanations {
  private Explanations() {}

  public static List<Explanation> lines(List<Contribution> contributions) {
    return lines(contributions, 1.0);
  }

  /**
   * The lines with every value multiplied by {@code factor} (for a tree built directly in score
   * units).
   */
  public static List<Explanation> lines(List<Contribution> contributions, double factor) {
    List<Explanation> out = new ArrayList<>(contributions.size());
    for (Contribution c : contributions) {
      out.add(Explanation.leaf(c.value() * factor, describe(c), evidence(c, factor)));
    }
    return out;
  }

  /**
   * The explanation of a group's evidence: the sum of its input lines, or a zero line saying
   * nothing matched.
   *
   * @param title the group, as the explanation names it
   */
  public static Explanation of(String title, String sumDescription, List<Explanation> lines) {
    return lines.isEmpty()
        ? Explanation.leaf(0, "nothing in the profile matched " + title, null)
        : Explanation.sum(sumDescription, lines);
  }

  /** The usual case: the sum of the best match of each input of a cluster or sub-cluster. */
  public static Explanation of(String title, List<Contribution> contributions) {
    return of(title, contributions, 1.0);
  }

  /**
   * The same in score units: every line multiplied by {@code factor} ({@link ScoreScale#factor}),
   * so the tree is built once rather than built raw and then scaled.
   */
  public static Explanation of(String title, List<Contribution> contributions, double factor) {
    return of(title, title + ": sum of the best match of each input", lines(contributions, factor));
  }

  static String describe(Contribution c) {
    QueryUnit u = c.unit();
    EvidenceDoc d = c.doc();
    String more = c.matches() > 1 ? " and " + (c.matches() - 1) + " more" : "";
    if (u.kind().semantic()) {
      String input =
          (u.kind() == QueryUnit.Kind.SKILL_MEANING
                  ? "skill '" + u.input() + "'"
                  : "'" + u.input() + "'")
              + (u.correctedFrom() != null
                  ? " (counted less: '" + u.correctedFrom() + "' looks misspelled)"
                  : "");
      return String.format(
          Locale.ROOT,
          "%s is close in meaning to %s \"%s\" (%s, similarity %.2f)%s",
          input,
          d.type().label(),
          d.entityTitle(),
          d.role(),
          c.similarity(),
          more);
    }
    String input =
        switch (u.kind()) {
          case SKILL -> "skill '" + u.input() + "'";
          case PHRASE -> "the words '" + u.input() + "'";
          case WORD -> "'" + u.input() + "'";
          case ALL -> "all your words together";
          case MEANING, SKILL_MEANING ->
              throw new IllegalStateException("semantic inputs are described above");
        };
    String typo =
        u.correctedFrom() != null ? " (read as '" + String.join(" ", u.terms()) + "')" : "";
    return input
        + typo
        + " matched "
        + d.type().label()
        + " \""
        + d.entityTitle()
        + "\" ("
        + d.role()
        + ")"
        + more;
  }

  /**
   * @param scale what the line is multiplied by to be in score units (1 for raw units)
   */
  static Evidence evidence(Contribution c, double scale) {
    QueryUnit u = c.unit();
    EvidenceDoc d = c.doc();
    double best = c.relevance() * c.weight();
    List<Factor> factors = new ArrayList<>(5);
    factors.add(new Factor(u.kind().semantic() ? "closeness" : "relevance", c.relevance()));
    factors.add(new Factor("weight", c.weight()));
    if (c.matches() > 1 && best > 0) {
      factors.add(new Factor("further matches", c.matched() / best));
    }
    if (c.agreement() != 1.0) {
      factors.add(new Factor("one input's cap", c.agreement()));
    }
    if (scale != 1.0) {
      factors.add(new Factor(Evidence.SCORE_SCALE, scale));
    }
    return new Evidence(
        kind(u.kind()),
        u.input(),
        u.kind().source(),
        u.skillIndex(),
        u.spans(),
        u.terms(),
        u.correctedFrom(),
        d.entityId(),
        d.type().label(),
        d.entityTitle(),
        d.role(),
        d.text(),
        c.matches(),
        factors,
        c.relevance(),
        c.weight(),
        u.kind().semantic() ? c.similarity() : null);
  }

  static Evidence.Kind kind(QueryUnit.Kind k) {
    return switch (k) {
      case WORD -> Evidence.Kind.WORD;
      case PHRASE -> Evidence.Kind.PHRASE;
      case ALL -> Evidence.Kind.ALL_WORDS;
      case SKILL -> Evidence.Kind.SKILL;
      case MEANING -> Evidence.Kind.MEANING;
      case SKILL_MEANING -> Evidence.Kind.SKILL_MEANING;
    };
  }
}
