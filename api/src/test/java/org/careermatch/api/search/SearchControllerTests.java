package org.careermatch.api.search;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.careermatch.api.ApiSliceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@ApiSliceTest
class SearchControllerTests {
  @Autowired private MockMvc mvc;

  @Autowired private io.micrometer.core.instrument.MeterRegistry registry;

  private ResultActions occupations(String q, String... more) throws Exception {
    var r = get("/api/v1/occupations").param("q", q);
    for (int i = 0; i + 1 < more.length; i += 2) {
      r.param(more[i], more[i + 1]);
    }
    return mvc.perform(r);
  }

  private ResultActions skills(String prefix) throws Exception {
    return mvc.perform(get("/api/v1/skills/suggest").param("prefix", prefix));
  }

  private void invalid(ResultActions r, String detail) throws Exception {
    r.andExpect(status().isBadRequest())
        .andExpect(content().contentType("application/problem+json"))
        .andExpect(jsonPath("$.type").value("urn:careermatch:problem:invalid-request"))
        .andExpect(jsonPath("$.detail", containsString(detail)));
  }

  @ParameterizedTest
  @CsvSource({
    "software developer, Software Developer",
    "sofware develper, Software Developer",
    "Registered Nurse, Registered Nurse",
    "electrican, Electrician",
    "vet, Veterinarian",
    "data scien, Data Scientist"
  })
  void occupationSearchFindsTitlesDespiteTyposPartialWordsAndSynonyms(String q, String first)
      throws Exception {
    occupations(q)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.results[0].title").value(first))
        .andExpect(jsonPath("$.results[0].source").value("report"))
        .andExpect(jsonPath("$.results[0].clusters").isNotEmpty());
  }

  @Test
  void occupationSearchCoversSocOccupationsAndCodes() throws Exception {
    occupations("software developers")
        .andExpect(jsonPath("$.results[*].id", hasItem("soc:15-1252")));
    occupations("15-1252")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.results[*].soc[*]", everyItem(org.hamcrest.Matchers.is("15-1252"))))
        .andExpect(jsonPath("$.results[*].source", hasItem("soc")));
  }

  @Test
  void occupationResultsCarryWhereTheyBelong() throws Exception {
    occupations("Veterinarian", "limit", "3")
        .andExpect(jsonPath("$.results", hasSize(lessThanOrEqualTo(3))))
        .andExpect(jsonPath("$.results[0].kind").isNotEmpty())
        .andExpect(jsonPath("$.results[0].subClusters").isNotEmpty())
        .andExpect(jsonPath("$.results[0].score").value(1.0));
  }

  @Test
  void aQueryOfOnlyStopWordsOrGibberishFindsNothing() throws Exception {
    occupations("the and of")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.results", hasSize(0)));
    occupations("zzqxvw").andExpect(status().isOk()).andExpect(jsonPath("$.results", hasSize(0)));
  }

  @Test
  void occupationSearchValidatesItsParameters() throws Exception {
    invalid(mvc.perform(get("/api/v1/occupations")), "query parameter 'q' is required");
    invalid(occupations("  "), "parameter 'q' must not be blank");
    invalid(occupations("x".repeat(201)), "parameter 'q' size must be between 0 and 200");
    invalid(
        occupations("nurse", "limit", "0"), "parameter 'limit' must be greater than or equal to 1");
    invalid(
        occupations("nurse", "limit", "51"), "parameter 'limit' must be less than or equal to 50");
    invalid(occupations("nurse", "limit", "ten"), "parameter 'limit' must be an integer");
  }

  @Test
  void everyBrokenConstraintIsNamedInOneProblem() throws Exception {
    // the details come from messages.properties (Spring's problemDetail and Bean Validation message
    // codes)
    occupations("x".repeat(201), "limit", "0")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("urn:careermatch:problem:invalid-request"))
        .andExpect(jsonPath("$.title").value("Invalid request"))
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "parameter 'q' size must be between 0 and 200, and parameter 'limit' "
                        + "must be greater than or equal to 1"));
  }

  @ParameterizedTest
  @CsvSource({
    "pyth, Python",
    "PYTH, Python",
    "Python, Python",
    "pyhton, Python",
    "pyht, Python",
    "machine lea, Machine Learning",
    "learning, Machine Learning",
    "c+, C++"
  })
  void skillTypeaheadMatchesPrefixesCaseInsensitivelyAndToleratesTyposFrom4Characters(
      String prefix, String first) throws Exception {
    skills(prefix)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.suggestions[*].name", hasItem(first)));
  }

  @Test
  void anExactNameComesFirst() throws Exception {
    skills("sql").andExpect(jsonPath("$.suggestions[0].name").value("SQL"));
  }

  @Test
  void aSkillFoundThroughAnAliasSaysWhichAlias() throws Exception {
    skills("aws")
        .andExpect(jsonPath("$.suggestions[0].name").value("Amazon Web Services"))
        .andExpect(jsonPath("$.suggestions[0].matchedAlias").value("AWS"))
        .andExpect(jsonPath("$.suggestions[0].clusters", hasItem("digital-technology")));
  }

  @Test
  void prefixesUnder4CharactersAreNotTypoTolerant() throws Exception {
    skills("pzt")
        .andExpect(jsonPath("$.suggestions[*].name", org.hamcrest.Matchers.not(hasItem("Python"))));
  }

  @Test
  void theLimitCapsTheSuggestions() throws Exception {
    mvc.perform(get("/api/v1/skills/suggest").param("prefix", "data").param("limit", "2"))
        .andExpect(jsonPath("$.suggestions", hasSize(2)));
  }

  @Test
  void skillTypeaheadValidatesItsParameters() throws Exception {
    invalid(mvc.perform(get("/api/v1/skills/suggest")), "query parameter 'prefix' is required");
    invalid(skills(" "), "parameter 'prefix' must not be blank");
    invalid(skills("x".repeat(101)), "parameter 'prefix' size must be between 0 and 100");
  }

  @Test
  void searchesAreTimed() throws Exception {
    double skillsBefore = timer("skills");
    double occupationsBefore = timer("occupations");
    skills("java").andExpect(status().isOk());
    occupations("nurse").andExpect(status().isOk());
    org.assertj.core.api.Assertions.assertThat(timer("skills")).isEqualTo(skillsBefore + 1);
    org.assertj.core.api.Assertions.assertThat(timer("occupations"))
        .isEqualTo(occupationsBefore + 1);
  }

  private double timer(String kind) {
    return registry.get("careermatch.search").tag("kind", kind).timer().count();
  }
}
