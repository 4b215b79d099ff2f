package org.careermatch.data;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An SOC occupation of Advance CTE's crosswalk with all of its cluster and sub-cluster memberships.
 */
public record SocOccupation(
    String code, String title, List<Membership> memberships, Provenance provenance) {
  private static final Pattern SOC = Pattern.compile("\\d{2}-\\d{4}");

  public SocOccupation {
    if (code == null || !SOC.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "SOC code " + Checks.quote(code) + " is not of the form 00-0000");
    }
    Checks.requireNonBlank(title, "title of SOC " + code);
    memberships = Checks.copyOf(memberships, "memberships of SOC " + code);
    if (memberships.isEmpty()) {
      throw new IllegalArgumentException("SOC " + code + " has no membership");
    }
    Checks.requireNonNull(provenance, "provenance of SOC " + code);
  }

  public String id() {
    return "soc:" + code;
  }
}
