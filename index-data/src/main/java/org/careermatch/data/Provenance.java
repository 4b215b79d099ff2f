package org.careermatch.data;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Where a record came from. Every record of index-data carries one. */
public enum Provenance {
  /** The Advance CTE technical report on the modernized framework (2024). */
  REPORT("report"),
  /** Advance CTE's official SOC, CIP and NAICS crosswalk workbooks. */
  ADVANCE_CTE_CROSSWALK("advance-cte-crosswalk"),
  /** Sacramento Works, Inc. "Critical Occupational Clusters". */
  SACRAMENTO_WORKS("sacramento-works"),
  /** JOCO Works' table of 2002 clusters, Worlds and pathways. */
  JOCO_WORKS("joco-works"),
  /**
   * The O*NET 29.3 Database by USDOL/ETA (CC BY 4.0): Occupational Interest scores, RIASEC keywords
   * and illustrative activities, and values computed from them.
   */
  ONET_INTERESTS("onet-interests"),
  /** Written by the careermatch team. */
  AUTHORED("authored");

  private final String label;

  Provenance(String label) {
    this.label = label;
  }

  /** The label used in the data files, e.g. {@code advance-cte-crosswalk}. */
  public String label() {
    return label;
  }

  /** Parses a data-file label; the message names the bad value and the accepted ones. */
  public static Provenance fromLabel(String label) {
    for (Provenance p : values()) {
      if (p.label.equals(label)) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "unknown provenance '"
            + label
            + "' (expected one of "
            + Arrays.stream(values()).map(Provenance::label).collect(Collectors.joining(", "))
            + ")");
  }

  @Override
  public String toString() {
    return label;
  }
}
