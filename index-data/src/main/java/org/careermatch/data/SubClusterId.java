package org.careermatch.data;

/** The id of a 2024 Sub-Cluster, as in ids.tsv (e.g. {@code data-science-ai}). */
public record SubClusterId(String value) implements Comparable<SubClusterId> {
  public SubClusterId {
    Checks.requireSlug(value, "sub-cluster id");
  }

  public static SubClusterId of(String value) {
    return new SubClusterId(value);
  }

  @Override
  public int compareTo(SubClusterId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
