package org.careermatch.api.taxonomy;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.careermatch.api.ApiSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@ApiSliceTest
class TaxonomyControllerTests {
  @Autowired private MockMvc mvc;

  private ResultActions problem(String path, int status, String detail) throws Exception {
    return mvc.perform(get(java.net.URI.create(path)))
        .andExpect(status().is(status))
        .andExpect(content().contentType("application/problem+json"))
        .andExpect(jsonPath("$.type").value("urn:careermatch:problem:not-found"))
        .andExpect(jsonPath("$.detail", containsString(detail)));
  }

  @Test
  void clustersListsThe14ClustersWithTheirSubClusters() throws Exception {
    mvc.perform(get("/api/v1/clusters"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$", hasSize(14)))
        .andExpect(jsonPath("$[0].id").value("advanced-manufacturing"))
        .andExpect(jsonPath("$[0].aliases", hasItem("Advanced Manufacturing & Engineering")))
        .andExpect(jsonPath("$[0].caption").isNotEmpty())
        .andExpect(jsonPath("$[0].subClusters[0].id").value("engineering"))
        .andExpect(jsonPath("$[?(@.crossCutting == true)].id", hasSize(3)));
  }

  @Test
  void aClustersLongListsArePagedTogetherWithTheirTotals() throws Exception {
    String all =
        mvc.perform(get("/api/v1/clusters/healthcare-human-services?limit=1000"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    com.fasterxml.jackson.databind.JsonNode full =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(all);
    int programs = full.get("programs").size();
    org.assertj.core.api.Assertions.assertThat(programs).isGreaterThan(50);
    org.assertj.core.api.Assertions.assertThat(full.at("/page/totals/programs").asInt())
        .isEqualTo(programs);
    String first =
        mvc.perform(get("/api/v1/clusters/healthcare-human-services"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.programs", hasSize(25)))
            .andExpect(jsonPath("$.socOccupations", hasSize(25)))
            .andExpect(jsonPath("$.page.offset").value(0))
            .andExpect(jsonPath("$.page.limit").value(25))
            .andExpect(jsonPath("$.page.totals.programs").value(programs))
            .andReturn()
            .getResponse()
            .getContentAsString();
    // the default answer is a fraction of the whole (it was 329 KB)
    org.assertj.core.api.Assertions.assertThat(first.length()).isLessThan(all.length() / 5);
    mvc.perform(get("/api/v1/clusters/healthcare-human-services?offset=25&limit=10"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.programs", hasSize(10)))
        .andExpect(
            jsonPath("$.programs[0].id").value(full.get("programs").get(25).get("id").asText()))
        .andExpect(jsonPath("$.subClusters", hasSize(full.get("subClusters").size())));
    mvc.perform(get("/api/v1/clusters/healthcare-human-services?offset=" + programs))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.programs", hasSize(0)));
    mvc.perform(get("/api/v1/clusters/healthcare-human-services?limit=0"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("limit must be between 1 and 1000"));
    mvc.perform(get("/api/v1/clusters/healthcare-human-services?offset=-1"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("offset must be 0 or more"));
    mvc.perform(get("/api/v1/sub-clusters/data-science-ai?limit=2"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.page.totals.interestPhrases", greaterThan(0)));
  }

  @Test
  void aListingTheReportMadeInErrorIsShownWithItsDoubt() throws Exception {
    mvc.perform(get("/api/v1/clusters/financial-services?limit=1000"))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath(
                "$.occupations[?(@.title == 'Wind Turbine Technician')].doubt",
                hasItem(containsString("Energy & Natural Resources"))))
        .andExpect(
            jsonPath("$.occupations[?(@.title == 'Accountant')].doubt", everyItem(nullValue())));
  }

  @Test
  void aClusterShowsEverythingIndexDataHoldsForIt() throws Exception {
    mvc.perform(get("/api/v1/clusters/digital-technology?limit=1000"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value("digital-technology"))
        .andExpect(jsonPath("$.title").value("Digital Technology"))
        .andExpect(jsonPath("$.crossCutting").value(true))
        .andExpect(jsonPath("$.caption").isNotEmpty())
        .andExpect(jsonPath("$.naicsSectors[0].code").isNotEmpty())
        .andExpect(jsonPath("$.definition.text").isNotEmpty())
        .andExpect(jsonPath("$.definition.provenance").value("authored"))
        .andExpect(jsonPath("$.provenance").value("report"))
        .andExpect(jsonPath("$.subClusters", hasSize(6)))
        .andExpect(jsonPath("$.subClusters[0].description.text").isNotEmpty())
        .andExpect(jsonPath("$.skills.length()", greaterThan(10)))
        .andExpect(jsonPath("$.skills[0].listings[0].cluster").value("digital-technology"))
        .andExpect(jsonPath("$.skills[0].listings[0].kind").isNotEmpty())
        .andExpect(jsonPath("$.skills[0].listings[0].asWritten").isNotEmpty())
        .andExpect(jsonPath("$.skills[*].name", hasItem("Python")))
        .andExpect(jsonPath("$.occupations[*].kind", everyItem(org.hamcrest.Matchers.is("sample"))))
        .andExpect(
            jsonPath(
                "$.emergingOccupations[*].kind", everyItem(org.hamcrest.Matchers.is("emerging"))))
        .andExpect(jsonPath("$.occupations[0].asWritten").isNotEmpty())
        .andExpect(jsonPath("$.occupations[0].assignment").isNotEmpty())
        .andExpect(jsonPath("$.placesOfWork[0].name").isNotEmpty())
        .andExpect(jsonPath("$.socOccupations[0].code").isNotEmpty())
        .andExpect(
            jsonPath("$.socOccupations[0].memberships[0].cluster").value("digital-technology"))
        .andExpect(jsonPath("$.socOccupations[0].provenance").value("advance-cte-crosswalk"))
        .andExpect(jsonPath("$.programs[0].id", containsString("cip:")))
        .andExpect(jsonPath("$.applications[0].crossCutting").value("digital-technology"))
        .andExpect(jsonPath("$.applications[0].sampleJobTitle").isNotEmpty());
  }

  @Test
  void anIndustryClusterListsTheCrossCuttingApplicationsInIt() throws Exception {
    mvc.perform(get("/api/v1/clusters/agriculture"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.crossCutting").value(false))
        .andExpect(
            jsonPath(
                "$.applications[*].cluster", everyItem(org.hamcrest.Matchers.is("agriculture"))));
  }

  @Test
  void aSubClusterShowsItsParentOccupationsCrosswalksAndInterestPhrases() throws Exception {
    mvc.perform(get("/api/v1/sub-clusters/data-science-ai"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value("data-science-ai"))
        .andExpect(jsonPath("$.title").value("Data Science & AI"))
        .andExpect(jsonPath("$.cluster.id").value("digital-technology"))
        .andExpect(jsonPath("$.aliases[0].name").isNotEmpty())
        .andExpect(jsonPath("$.aliases[0].source").isNotEmpty())
        .andExpect(jsonPath("$.description.text").isNotEmpty())
        .andExpect(jsonPath("$.occupations[*].subClusters[*]", hasItem("data-science-ai")))
        .andExpect(jsonPath("$.socOccupations").isNotEmpty())
        .andExpect(jsonPath("$.programs").isNotEmpty())
        .andExpect(jsonPath("$.interestPhrases[0].text").isNotEmpty())
        .andExpect(jsonPath("$.applications").isArray());
  }

  @Test
  void unknownIdsAre404Problems() throws Exception {
    problem("/api/v1/clusters/atlantis", 404, "cluster 'atlantis' does not exist");
    problem("/api/v1/sub-clusters/atlantis", 404, "sub-cluster 'atlantis' does not exist");
    problem(
        "/api/v1/frameworks/atlantis",
        404,
        "framework 'atlantis' does not exist; known: nccf-2024, nccf-2002, sacramento-works, joco-works");
    problem(
            "/api/v1/clusters/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            404, "cluster '?script?alert?1???script?'")
        .andExpect(content().string(not(containsString("<script>"))));
  }

  @Test
  void frameworksListsTheNationalAndLocalFrameworksWithGroupsPathwaysAndMappings()
      throws Exception {
    mvc.perform(get("/api/v1/frameworks"))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$[*].id")
                .value(
                    org.hamcrest.Matchers.contains(
                        "nccf-2024", "nccf-2002", "sacramento-works", "joco-works")))
        .andExpect(jsonPath("$[0].kind").value("national"))
        .andExpect(jsonPath("$[0].groups", hasSize(14)))
        .andExpect(jsonPath("$[0].groups[0].pathways").isNotEmpty())
        .andExpect(jsonPath("$[0].groups[0].mapsTo[0].cluster").value("advanced-manufacturing"))
        .andExpect(jsonPath("$[1].groups", hasSize(16)))
        .andExpect(jsonPath("$[2].kind").value("local"));
  }

  @Test
  void aFrameworkShowsItsGroupsWithMapsToAndIncludes() throws Exception {
    mvc.perform(get("/api/v1/frameworks/sacramento-works"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("Sacramento Works Critical Occupational Clusters"))
        .andExpect(jsonPath("$.source").isNotEmpty())
        .andExpect(jsonPath("$.provenance").value("sacramento-works"))
        .andExpect(jsonPath("$.groups", hasSize(7)))
        .andExpect(jsonPath("$.groups[0].id").value("administrative-support-services"))
        .andExpect(jsonPath("$.groups[0].description.text").isNotEmpty())
        .andExpect(jsonPath("$.groups[0].mapsTo", hasSize(3)))
        .andExpect(jsonPath("$.groups[0].mapsTo[0].subClusters", hasItem("leadership-operations")))
        .andExpect(jsonPath("$.groups[0].mapsTo[0].provenance").value("authored"));
    mvc.perform(get("/api/v1/frameworks/joco-works"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.groups[0].includes[0].framework").value("nccf-2002"))
        .andExpect(jsonPath("$.groups[0].includes[0].group", notNullValue()));
  }

  @Test
  void taxonomyEndpointsAreReadOnly() throws Exception {
    mvc.perform(delete("/api/v1/clusters/agriculture"))
        .andExpect(status().isMethodNotAllowed())
        .andExpect(content().contentType("application/problem+json"))
        .andExpect(jsonPath("$.detail").value("this endpoint supports GET"));
  }
}
