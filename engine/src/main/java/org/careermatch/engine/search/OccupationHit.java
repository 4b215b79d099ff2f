package org.careermatch.engine.search;

import java.util.List;
import java.util.Objects;

/**
 * An occupation found by {@link OccupationSearch}.
 *
 * @param id the occupation's id ("healthcare-human-services:sample:registered-nurse",
 *     "soc:29-1141")
 * @param source "report" (a sample or emerging occupation of the 2024 report) or "soc" (the SOC
 *     crosswalk)
 * @param kind "sample" or "emerging" for a report occupation, null for an SOC occupation
 * @param clusters the clusters it belongs to
 * @param subClusters the sub-clusters it belongs to
 * @param soc its SOC codes
 * @param score relevance in (0, 1], rounded to 3 decimals
 */
public record OccupationHit(
    String id,
    String title,
    String source,
    String kind,
    List<String> clusters,
    List<String> subClusters,
    List<String> soc,
    double score) {
  public OccupationHit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    if (!"report".equals(source) && !"soc".equals(source)) {
      throw new IllegalArgumentException("source is 'report' or 'soc', not '" + source + "'");
    }
    clusters = List.copyOf(clusters);
    subClusters = List.copyOf(subClusters);
    soc = List.copyOf(soc);
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score is in [0, 1], not " + score);
    }
  }

  OccupationHit scored(double value) {
    return new OccupationHit(
        id, title, source, kind, clusters, subClusters, soc, Math.round(value * 1000) / 1000.0);
  }
}
