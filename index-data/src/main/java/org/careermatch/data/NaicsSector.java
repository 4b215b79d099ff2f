package org.careermatch.data;

/** A 2-digit NAICS sector such as {@code 31-33 Manufacturing}. */
public record NaicsSector(String code, String title) {
  public NaicsSector {
    if (code == null || !code.matches("\\d{2}(-\\d{2})?")) {
      throw new IllegalArgumentException(
          "NAICS sector code " + Checks.quote(code) + " is not of the form 00 or 00-00");
    }
    Checks.requireNonBlank(title, "title of NAICS sector " + code);
  }
}
