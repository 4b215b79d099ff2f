package org.careermatch.data.interest;

import java.util.Locale;
import java.util.Objects;
import org.careermatch.data.Checks;
import org.careermatch.data.Provenance;

/**
 * A word or short phrase that points to an interest type when a learner writes it ("fix cars" ->
 * Realistic), so that a learner's profile can be inferred from their own words.
 *
 * @param id {@code TYPE:SLUG-OF-TEXT}, e.g. {@code realistic:fix-cars}; unique
 * @param weight how clearly the text points to the type, in (0, 1]
 * @param kind where the cue comes from (an O*NET keyword, activity or basic interest, or everyday
 *     words)
 */
public record InterestCue(
    String id, RiasecType type, String text, double weight, Kind kind, Provenance provenance) {
  /** Where a cue comes from. */
  public enum Kind {
    /** One of O*NET's action or object keywords of a type ({@code riasec-keywords.txt}). */
    KEYWORD("keyword"),
    /** One of O*NET's general illustrative activities of a type. */
    ACTIVITY("activity"),
    /**
     * The name of one of O*NET's basic interests (e.g. Animal Service), under each type it belongs
     * to.
     */
    BASIC_INTEREST("basic-interest"),
    /**
     * One of O*NET's illustrative activities of a basic interest, under each type the basic
     * interest belongs to.
     */
    BASIC_ACTIVITY("basic-activity"),
    /** Everyday words as learners write them (authored). */
    EVERYDAY("everyday");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public InterestCue {
    Checks.requireNonBlank(text, "text of an interest cue");
    Objects.requireNonNull(type, "interest type of cue '" + text + "'");
    Checks.requireNonBlank(id, "id of interest cue '" + text + "'");
    if (!(weight > 0 && weight <= 1)) {
      throw new IllegalArgumentException(
          "weight " + weight + " of interest cue '" + text + "' is not in (0, 1]");
    }
    Objects.requireNonNull(kind, "kind of interest cue '" + text + "'");
    Objects.requireNonNull(provenance, "provenance of interest cue '" + text + "'");
  }

  /** A cue with the id derived from its type and text. */
  public static InterestCue of(
      RiasecType type, String text, double weight, Kind kind, Provenance provenance) {
    Objects.requireNonNull(type, "interest type of cue '" + text + "'");
    Checks.requireNonBlank(text, "text of an interest cue");
    return new InterestCue(idOf(type, text), type, text, weight, kind, provenance);
  }

  /** {@code TYPE:SLUG}, e.g. {@code social:help-people}. */
  public static String idOf(RiasecType type, String text) {
    return type.label() + ":" + Checks.slugify(text.toLowerCase(Locale.ROOT));
  }
}
