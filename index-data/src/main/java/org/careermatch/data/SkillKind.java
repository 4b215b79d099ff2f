package org.careermatch.data;

/** The report's two skill columns. */
public enum SkillKind {
  SPECIALIZED,
  SOFTWARE;

  public static SkillKind fromLabel(String label) {
    for (SkillKind k : values()) {
      if (k.name().equalsIgnoreCase(label)) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "unknown skill kind '" + label + "' (expected specialized or software)");
  }
}
