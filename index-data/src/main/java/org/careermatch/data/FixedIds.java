package org.careermatch.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The public ids of the 14 clusters and 72 sub-clusters, fixed by {@code ids.tsv}: nothing may
 * invent others.
 */
public final class FixedIds {
  /** One row of ids.tsv. */
  public record Row(String id, String parent, String title, boolean crossCutting) {
    public Row {
      Checks.requireSlug(id, "id in ids.tsv");
      Checks.requireNonBlank(title, "title of " + id + " in ids.tsv");
    }
  }

  private final Map<String, Row> clusters;
  private final Map<String, Row> subClusters;

  public FixedIds(Map<String, Row> clusters, Map<String, Row> subClusters) {
    this.clusters = Collections.unmodifiableMap(new LinkedHashMap<>(clusters));
    this.subClusters = Collections.unmodifiableMap(new LinkedHashMap<>(subClusters));
  }

  /** Parses ids.tsv (header {@code kind id parent title cross_cutting}). */
  public static FixedIds parse(String tsv) {
    Map<String, Row> clusters = new LinkedHashMap<>();
    Map<String, Row> subClusters = new LinkedHashMap<>();
    String[] lines = tsv.split("\r?\n");
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String[] f = lines[i].split("\t", -1);
      if (f.length < 4) {
        throw new IllegalArgumentException(
            "ids.tsv line " + (i + 1) + " has " + f.length + " columns, expected 5");
      }
      boolean cross = f.length > 4 && "yes".equals(f[4].trim());
      Row row = new Row(f[1].trim(), f[2].trim(), f[3].trim(), cross);
      switch (f[0].trim()) {
        case "cluster" -> clusters.put(row.id(), row);
        case "sub-cluster" -> subClusters.put(row.id(), row);
        default ->
            throw new IllegalArgumentException(
                "ids.tsv line " + (i + 1) + " has unknown kind '" + f[0] + "'");
      }
    }
    return new FixedIds(clusters, subClusters);
  }

  public Map<String, Row> clusters() {
    return clusters;
  }

  public Map<String, Row> subClusters() {
    return subClusters;
  }

  public Optional<Row> cluster(String id) {
    return Optional.ofNullable(clusters.get(id));
  }

  public Optional<Row> subCluster(String id) {
    return Optional.ofNullable(subClusters.get(id));
  }
}
