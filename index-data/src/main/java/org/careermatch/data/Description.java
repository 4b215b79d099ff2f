package org.careermatch.data;

/**
 * A piece of prose with its provenance (definitions and descriptions are {@link
 * Provenance#AUTHORED}).
 */
public record Description(String text, Provenance provenance) {
  public Description {
    Checks.requireNonBlank(text, "description text");
    Checks.requireNonNull(provenance, "provenance of description '" + text + "'");
  }
}
