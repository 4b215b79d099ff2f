package org.careermatch.data;

/** The report's occupation columns. */
public enum OccupationKind {
  SAMPLE,
  EMERGING;

  public static OccupationKind fromLabel(String label) {
    for (OccupationKind k : values()) {
      if (k.name().equalsIgnoreCase(label)) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "unknown occupation kind '" + label + "' (expected sample or emerging)");
  }
}
