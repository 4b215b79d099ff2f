package org.careermatch.engine.index;

/**
 * The kinds of entity the index holds; each is evidence for the cluster(s) and sub-cluster(s) it
 * belongs to.
 */
public enum EntityType {
  CLUSTER("cluster"),
  SUB_CLUSTER("sub-cluster"),
  SKILL("skill"),
  OCCUPATION("occupation"),
  EMERGING_OCCUPATION("emerging occupation"),
  SOC_OCCUPATION("SOC occupation"),
  PROGRAM("program of study"),
  PLACE_OF_WORK("place of work"),
  INTEREST("interest phrase"),
  APPLICATION("cross-cutting application"),
  SUBJECT("school subject"),
  QUALITY("personal quality");

  private final String label;

  EntityType(String label) {
    this.label = label;
  }

  /** Words a counselor can read ("emerging occupation"). */
  public String label() {
    return label;
  }
}
