package org.careermatch.data;

/** A national framework (2024, 2002) or a local one built on it. */
public enum FrameworkKind {
  NATIONAL,
  LOCAL;

  public static FrameworkKind fromLabel(String label) {
    for (FrameworkKind k : values()) {
      if (k.name().equalsIgnoreCase(label)) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "unknown framework kind '" + label + "' (expected national or local)");
  }
}
