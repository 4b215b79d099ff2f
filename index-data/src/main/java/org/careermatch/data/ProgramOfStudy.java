package org.careermatch.data;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A CIP program of study of Advance CTE's crosswalk with its cluster and sub-cluster memberships.
 */
public record ProgramOfStudy(
    String code, String title, List<Membership> memberships, Provenance provenance) {
  private static final Pattern CIP = Pattern.compile("\\d{2}\\.\\d{4}");

  /**
   * The code Advance CTE's CIP crosswalk gives a sub-cluster that no program prepares for (titled
   * "NO MATCH", 39 rows): a placeholder, read as no program.
   */
  public static final String NO_MATCH_CODE = "99.9999";

  public ProgramOfStudy {
    if (code == null || !CIP.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "CIP code " + Checks.quote(code) + " is not of the form 00.0000");
    }
    Checks.requireNonBlank(title, "title of CIP " + code);
    memberships = Checks.copyOf(memberships, "memberships of CIP " + code);
    if (memberships.isEmpty()) {
      throw new IllegalArgumentException("CIP " + code + " has no membership");
    }
    Checks.requireNonNull(provenance, "provenance of CIP " + code);
  }

  public String id() {
    return "cip:" + code;
  }
}
