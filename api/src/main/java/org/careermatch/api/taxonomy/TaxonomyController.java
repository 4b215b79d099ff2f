package org.careermatch.api.taxonomy;

import io.swagger.v3.oas.annotations.Operation;
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
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "taxonomy")
class TaxonomyController {
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
  @Operation(summary = "Everything known about one cluster: definition, sub-clusters, skills, occupations, places "
      + "of work, SOC occupations, CIP programs, cross-cutting applications")
  ClusterDetail cluster(@PathVariable("id") String id) {
    return catalog.cluster(id).orElseThrow(() -> ApiException.notFound("cluster", id));
  }

  @GetMapping("/sub-clusters/{id}")
  @Operation(summary = "Everything known about one sub-cluster")
  SubClusterDetail subCluster(@PathVariable("id") String id) {
    return catalog.subCluster(id).orElseThrow(() -> ApiException.notFound("sub-cluster", id));
  }

  @GetMapping("/frameworks")
  @Operation(summary = "The frameworks a match can be answered in (2024, 2002, local) with groups, pathways and "
      + "their mapping to 2024")
  List<FrameworkView> frameworks() {
    return catalog.frameworks();
  }

  @GetMapping("/frameworks/{id}")
  @Operation(summary = "One framework with its groups, pathways and mapsTo")
  FrameworkView framework(@PathVariable("id") String id) {
    return catalog.framework(id).orElseThrow(() -> ApiException.notFound("framework", id, catalog.frameworkIds()));
  }
}
