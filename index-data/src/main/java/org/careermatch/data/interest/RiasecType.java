package org.careermatch.data.interest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The six interest types of Holland's RIASEC model, as O*NET scores them for every occupation. The
 * descriptions are our own words, written for a learner.
 */
public enum RiasecType {
  REALISTIC(
      'R',
      "Realistic",
      "1.B.1.a",
      "Hands-on work with tools, machines, plants or animals, often outdoors, where you can see what you made or fixed."),
  INVESTIGATIVE(
      'I',
      "Investigative",
      "1.B.1.b",
      "Figuring things out: asking questions, researching, experimenting and solving problems with facts and ideas."),
  ARTISTIC(
      'A',
      "Artistic",
      "1.B.1.c",
      "Creating and expressing yourself through art, music, writing, design or performance, with room for your own style."),
  SOCIAL(
      'S',
      "Social",
      "1.B.1.d",
      "Helping, teaching, caring for and talking with people, so that they feel better or learn something."),
  ENTERPRISING(
      'E',
      "Enterprising",
      "1.B.1.e",
      "Leading, persuading and selling: starting projects, taking charge and convincing people to go along."),
  CONVENTIONAL(
      'C',
      "Conventional",
      "1.B.1.f",
      "Keeping things organized and exact: working with numbers, records and clear steps, and getting the details right.");

  private final char letter;
  private final String title;
  private final String onetElementId;
  private final String description;

  RiasecType(char letter, String title, String onetElementId, String description) {
    this.letter = letter;
    this.title = title;
    this.onetElementId = onetElementId;
    this.description = description;
  }

  /** The one-letter code, e.g. {@code R}. */
  public char letter() {
    return letter;
  }

  /** The type's name, e.g. {@code Realistic}. */
  public String title() {
    return title;
  }

  /** A one-sentence plain-language description a learner understands (authored). */
  public String description() {
    return description;
  }

  /** O*NET's element id of this type (e.g. {@code 1.B.1.a}), as in interests.txt. */
  public String onetElementId() {
    return onetElementId;
  }

  /** The type of a letter (R, I, A, S, E, C; case-insensitive). */
  public static RiasecType ofLetter(char letter) {
    char up = Character.toUpperCase(letter);
    for (RiasecType t : values()) {
      if (t.letter == up) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "unknown interest type letter '" + letter + "' (expected one of R, I, A, S, E, C)");
  }

  /**
   * The type of a data-file label: its letter or its name in any case ({@code R}, {@code
   * realistic}, {@code Realistic}).
   */
  public static RiasecType fromLabel(String label) {
    if (label != null) {
      String l = label.trim();
      if (l.length() == 1) {
        return ofLetter(l.charAt(0));
      }
      for (RiasecType t : values()) {
        if (t.title.equalsIgnoreCase(l)) {
          return t;
        }
      }
    }
    throw new IllegalArgumentException(
        "unknown interest type '"
            + label
            + "' (expected one of "
            + Arrays.stream(values())
                .map(t -> t.title.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "))
            + " or their letters R, I, A, S, E, C)");
  }

  /**
   * The type of an O*NET element id ({@code 1.B.1.a} ... {@code 1.B.1.f}), if it is one of the six.
   */
  public static Optional<RiasecType> ofOnetElement(String elementId) {
    for (RiasecType t : values()) {
      if (t.onetElementId.equals(elementId)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The data-file label, the lower-case name (e.g. {@code realistic}). */
  public String label() {
    return title.toLowerCase(Locale.ROOT);
  }
}
