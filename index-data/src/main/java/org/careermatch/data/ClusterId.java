package org.careermatch.data;

/** The id of a 2024 Career Cluster, as in ids.tsv (e.g. {@code digital-technology}). */
public record ClusterId(String value) implements Comparable<ClusterId> {
  public ClusterId {
    Checks.requireSlug(value, "cluster id");
  }

  public static ClusterId of(String value) {
    return new ClusterId(value);
  }

  @Override
  public int compareTo(ClusterId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
