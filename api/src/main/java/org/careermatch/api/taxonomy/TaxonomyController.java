package org.careermatch.api.taxonomy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.careermatch.api.system.ApiException;
import org.careermatch.api.taxonomy.TaxonomyViews.ClusterDetail;
import org.careermatch.api.taxonomy.TaxonomyViews.ClusterSummary;
import org.careermatch.api.taxonomy.TaxonomyViews.FrameworkView;
import org.careermatch.api.taxonomy.TaxonomyViews.SubClusterDetail;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "taxonomy")
class TaxonomyController {
  /** Items of each long list of a cluster or sub-cluster detail by default, and at most. */
  static final int DEFAULT_ITEMS = 25;

  static final int MAX_ITEMS = 1000;
  private final TaxonomyCatalog catalog;

  TaxonomyController(TaxonomyCatalog catalog) {
    this.catalog = catalog;
  }

  @GetMapping("/clusters")
  @Operation(summary = "The 14 Career Clusters of 2024 with their sub-clusters")
  List<ClusterSummary> clusters() {
    return catalog.clusters();
  }

  @GetMapping("/clusters/{id}")
  @Operation(
      summary =
          "Everything known about one cluster: definition, sub-clusters, skills, occupations, places "
              + "of work, SOC occupations, CIP programs, cross-cutting applications; the long lists paged together "
              + "(offset, limit; page.totals gives each list's length)")
  ClusterDetail cluster(
      @PathVariable("id") String id,
      @Parameter(
              description = "index of the first item of each " + "long list",
              schema = @Schema(minimum = "0", defaultValue = "0"))
          @RequestParam(name = "offset", required = false)
          Integer offset,
      @Parameter(
              description =
                  "most items of each long list (skills, occupations, "
                      + "places, SOC occupations, programs, applications)",
              schema =
                  @Schema(
                      minimum = "1",
                      maximum = "" + MAX_ITEMS,
                      defaultValue = "" + DEFAULT_ITEMS))
          @RequestParam(name = "limit", required = false)
          Integer limit) {
    return catalog
        .cluster(id)
        .orElseThrow(() -> ApiException.notFound("cluster", id))
        .paged(offset(offset), limit(limit));
  }

  @GetMapping("/sub-clusters/{id}")
  @Operation(summary = "Everything known about one sub-cluster")
  SubClusterDetail subCluster(
      @PathVariable("id") String id,
      @Parameter(
              description = "index of the first item of " + "each long list",
              schema = @Schema(minimum = "0", defaultValue = "0"))
          @RequestParam(name = "offset", required = false)
          Integer offset,
      @Parameter(
              description = "most items of each long list",
              schema =
                  @Schema(
                      minimum = "1",
                      maximum = "" + MAX_ITEMS,
                      defaultValue = "" + DEFAULT_ITEMS))
          @RequestParam(name = "limit", required = false)
          Integer limit) {
    return catalog
        .subCluster(id)
        .orElseThrow(() -> ApiException.notFound("sub-cluster", id))
        .paged(offset(offset), limit(limit));
  }

  private static int offset(Integer offset) {
    if (offset == null) {
      return 0;
    }
    if (offset < 0) {
      throw ApiException.invalidRequest("offset must be 0 or more");
    }
    return offset;
  }

  private static int limit(Integer limit) {
    if (limit == null) {
      return DEFAULT_ITEMS;
    }
    if (limit < 1 || limit > MAX_ITEMS) {
      throw ApiException.invalidRequest("limit must be between 1 and " + MAX_ITEMS);
    }
    return limit;
  }

  @GetMapping("/frameworks")
  @Operation(
      summary =
          "The frameworks a match can be answered in (2024, 2002, local) with groups, pathways and "
              + "their mapping to 2024")
  List<FrameworkView> frameworks() {
    return catalog.frameworks();
  }

  @GetMapping("/frameworks/{id}")
  @Operation(summary = "One framework with its groups, pathways and mapsTo")
  FrameworkView framework(@PathVariable("id") String id) {
    return catalog
        .framework(id)
        .orElseThrow(() -> ApiException.notFound("framework", id, catalog.frameworkIds()));
  }
}
