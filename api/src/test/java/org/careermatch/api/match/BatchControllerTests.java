package org.careermatch.api.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careermatch.api.match.MatchControllerTests.expectProblem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.careermatch.api.ApiSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@ApiSliceTest
class BatchControllerTests {
  private static final MediaType CSV = MediaType.parseMediaType("text/csv");

  @Autowired private MockMvc mvc;

  private MockHttpServletRequestBuilder batch(String query) {
    return post("/api/v1/matches/batch" + query);
  }

  private ResultActions json(String body) throws Exception {
    return mvc.perform(batch("").contentType(MediaType.APPLICATION_JSON).content(body));
  }

  private ResultActions csv(String body, MediaType accept, String query) throws Exception {
    return mvc.perform(
        batch(query)
            .contentType(CSV)
            .accept(accept)
            .content(body.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Map<String, String>> rows(String csv) throws Exception {
    try (MappingIterator<Map<String, String>> it =
        new CsvMapper()
            .readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(csv)) {
      return it.readAll();
    }
  }

  @Test
  void jsonBatchAnswersEachProfileWithItsTopThreeClustersAndReasons() throws Exception {
    json("""
        {"profiles": [
          {"ref": "s-1", "interests": "I love animals and want to work on a farm"},
          {"ref": "s-2", "skills": ["Python", "SQL", "Tableau"]},
          {"ref": "s-3", "interests": "I love animals", "framework": "nccf-2002"}
        ]}""")
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.results", hasSize(3)))
        .andExpect(jsonPath("$.results[0].ref").value("s-1"))
        .andExpect(jsonPath("$.results[0].framework").value("nccf-2024"))
        .andExpect(jsonPath("$.results[0].clusters", hasSize(3)))
        .andExpect(jsonPath("$.results[0].clusters[0].id").value("agriculture"))
        .andExpect(jsonPath("$.results[0].clusters[0].rank").value(1))
        .andExpect(jsonPath("$.results[0].clusters[0].reasons").isNotEmpty())
        .andExpect(jsonPath("$.results[0].error").doesNotExist())
        .andExpect(jsonPath("$.results[1].clusters[0].id").value("digital-technology"))
        .andExpect(jsonPath("$.results[2].framework").value("nccf-2002"));
  }

  @Test
  void theLimitParameterSetsHowManyClustersEachResultLists() throws Exception {
    mvc.perform(
            batch("?limit=5")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"profiles\": [{\"ref\": \"a\", \"interests\": \"nursing\"}]}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.results[0].clusters", hasSize(5)));
    expectProblem(
        mvc.perform(
            batch("?limit=0")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"profiles\": [{\"ref\": \"a\", \"interests\": \"nursing\"}]}")),
        400,
        "invalid-request",
        "limit must be between 1 and 14 in this batch");
  }

  @Test
  void aProfileThatCannotBeAnsweredGetsItsOwnErrorAndTheOthersStillAnswer() throws Exception {
    json("""
        {"profiles": [
          {"ref": "ok", "interests": "cars"},
          {"ref": "empty"},
          {"ref": "fw", "interests": "cars", "framework": "mars-2099"},
          {"ref": "long", "interests": "%s"},
          {"interests": "cars"},
          {"ref": "%s", "interests": "cars"},
          {"ref": "blank", "skills": ["SQL", " "]}
        ]}"""
            .formatted("a".repeat(2001), "r".repeat(101)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.results", hasSize(7)))
        .andExpect(jsonPath("$.results[0].clusters", hasSize(3)))
        .andExpect(jsonPath("$.results[1].ref").value("empty"))
        .andExpect(jsonPath("$.results[1].clusters", hasSize(0)))
        .andExpect(jsonPath("$.results[1].error").value(startsWith("a profile needs interests")))
        .andExpect(
            jsonPath("$.results[2].error")
                .value(startsWith("framework 'mars-2099' does not exist")))
        .andExpect(
            jsonPath("$.results[3].error").value(startsWith("interests are 2001 characters long")))
        .andExpect(jsonPath("$.results[4].error").value(startsWith("ref is missing")))
        .andExpect(jsonPath("$.results[5].error").value(startsWith("ref is 101 characters long")))
        .andExpect(jsonPath("$.results[6].error").value("skill 2 is blank"));
  }

  @Test
  void csvInCsvOutHasOneRowPerProfileWithRankColumns() throws Exception {
    String body =
        """
        ref,interests,skills,framework
        s-1,I love animals and want to work on a farm,,
        s-2,,Python;SQL; Tableau ;,
        s-3,"fixing cars, building things",Welding,nccf-2002
        s-4,,,
        """;
    String out =
        csv(body, CSV, "")
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith(CSV))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(out.lines().findFirst().orElseThrow())
        .isEqualTo(
            "ref,understood,holland_code,"
                + "rank1_id,rank1_title,rank1_score,rank1_fit,rank1_applies_in,rank1_reasons,"
                + "rank2_id,rank2_title,rank2_score,rank2_fit,rank2_applies_in,rank2_reasons,"
                + "rank3_id,rank3_title,rank3_score,rank3_fit,rank3_applies_in,rank3_reasons,framework,error");
    List<Map<String, String>> rows = rows(out);
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0))
        .containsEntry("ref", "s-1")
        .containsEntry("rank1_id", "agriculture")
        .containsEntry("rank1_title", "Agriculture")
        .containsEntry("framework", "nccf-2024")
        .containsEntry("error", "");
    assertThat(rows.get(0).get("rank1_score")).matches("\\d{1,3}\\.\\d");
    assertThat(Double.parseDouble(rows.get(0).get("rank1_score")))
        .isGreaterThanOrEqualTo(Double.parseDouble(rows.get(0).get("rank2_score")));
    // the plain sentences with their points, never the engine's wording
    assertThat(rows.get(0).get("rank1_reasons"))
        .contains("You wrote 'animals'")
        .containsPattern("\\(\\d+\\.\\d points\\)")
        .doesNotContain("matched interest phrase")
        .doesNotContain("similarity");
    assertThat(rows.get(0)).containsEntry("understood", "true");
    assertThat(rows.get(1)).containsEntry("rank1_id", "digital-technology");
    assertThat(rows.get(1).get("rank1_reasons")).contains("Your skill 'Python'");
    assertThat(rows.get(2)).containsEntry("framework", "nccf-2002");
    assertThat(rows.get(3))
        .containsEntry("ref", "s-4")
        .containsEntry("rank1_id", "")
        .containsEntry("error", "a profile needs interests or at least one skill; both are empty");
  }

  @Test
  void csvRepeatsEachLearnersInputsWhenAskedAndSaysWhereACrossCuttingClusterApplies()
      throws Exception {
    String body =
        """
        ref,interests,skills,framework
        s-1,I love animals and want to work on a farm,Welding; First Aid,
        s-2,,Python;SQL,
        s-3,"=cmd",,mars-2099
        """;
    String out =
        csv(body, CSV, "?inputs=true&limit=2")
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(out.lines().findFirst().orElseThrow())
        .startsWith("ref,interests,skills,understood,holland_code,");
    List<Map<String, String>> rows = rows(out);
    assertThat(rows.get(0))
        .containsEntry("interests", "I love animals and want to work on a farm")
        .containsEntry("skills", "Welding;First Aid");
    assertThat(rows.get(1))
        .containsEntry("interests", "")
        .containsEntry("skills", "Python;SQL")
        .containsEntry("rank1_id", "digital-technology");
    // a learner's input is repeated even when the row has a problem, and defused like any cell
    assertThat(rows.get(2)).containsEntry("interests", "'=cmd").containsEntry("rank1_id", "");
    assertThat(rows.get(2).get("error")).startsWith("framework 'mars-2099' does not exist");
    String plain =
        csv(body, CSV, "?limit=2")
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(plain.lines().findFirst().orElseThrow())
        .startsWith("ref,understood,")
        .doesNotContain("interests");
  }

  @Test
  void jsonResultsGiveTheDetailAskedForAndRepeatTheInputsWhenAsked() throws Exception {
    String body =
        "{\"profiles\": [{\"ref\": \"a\", \"interests\": \"I love animals\", \"skills\": [\"Welding\"]}]}";
    mvc.perform(batch("?limit=2").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.results[0].understood").value(true))
        .andExpect(jsonPath("$.results[0].interests").doesNotExist())
        .andExpect(jsonPath("$.results[0].clusters", hasSize(2)))
        .andExpect(jsonPath("$.results[0].clusters[0].reasons[0].reason").isNotEmpty())
        .andExpect(jsonPath("$.results[0].clusters[0].explanation").doesNotExist());
    mvc.perform(
            batch("?limit=2&detail=full&inputs=true")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.results[0].interests").value("I love animals"))
        .andExpect(jsonPath("$.results[0].skills[0]").value("Welding"))
        .andExpect(jsonPath("$.results[0].clusters[0].explanation.children").isNotEmpty());
    mvc.perform(batch("?detail=some").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("parameter 'detail' must be summary or full"));
  }

  @Test
  void csvColumnsMayComeInAnyOrderAndCaseWithAByteOrderMark() throws Exception {
    String out =
        csv("\uFEFFSkills,REF\nWelding,w-1\n", CSV, "?limit=1")
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    List<Map<String, String>> rows = rows(out);
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0))
        .containsEntry("ref", "w-1")
        .containsKey("rank1_id")
        .doesNotContainKey("rank2_id");
    assertThat(rows.get(0).get("rank1_id")).isNotEmpty();
  }

  @Test
  void csvCellsASpreadsheetWouldRunAsFormulasAreDefused() throws Exception {
    String out =
        csv("ref,interests\n=HYPERLINK(\"x\"),cars\n+1,cars\n@x,cars\n", CSV, "")
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(rows(out))
        .extracting(r -> r.get("ref"))
        .containsExactly("'=HYPERLINK(\"x\")", "'+1", "'@x");
  }

  @Test
  void csvInJsonOutAndJsonInCsvOutFollowTheAcceptHeader() throws Exception {
    csv("ref,interests\na,cars\n", MediaType.APPLICATION_JSON, "?limit=1")
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.results[0].ref").value("a"))
        .andExpect(jsonPath("$.results[0].clusters", hasSize(1)));
    mvc.perform(
            batch("?limit=1")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(CSV)
                .content("{\"profiles\": [{\"ref\": \"a\", \"interests\": \"cars\"}]}"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(CSV))
        .andExpect(
            content()
                .string(
                    startsWith(
                        "ref,understood,holland_code,rank1_id,rank1_title,rank1_score,"
                            + "rank1_fit,rank1_applies_in,rank1_reasons,framework,error")));
  }

  @Test
  void csvWithoutAnAcceptHeaderIsAnsweredInCsv() throws Exception {
    mvc.perform(batch("").contentType(CSV).content("ref,interests\na,cars\n"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(CSV));
    // curl's Accept: */* asks for nothing in particular either; JSON in, JSON out
    csv("ref,interests\na,cars\n", MediaType.ALL, "")
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(CSV));
    mvc.perform(
            batch("")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.ALL)
                .content("{\"profiles\": [{\"ref\": \"a\", \"interests\": \"cars\"}]}"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
  }

  @Test
  void aCsvColumnOtherThanTheFourIsRefusedSoNoNamesSlipIn() throws Exception {
    expectProblem(
        csv("ref,name,interests\n1,Jane Doe,cars\n", CSV, ""),
        400,
        "malformed-body",
        "unknown CSV column 'name'; the columns are ref, interests, skills, framework");
  }

  @Test
  void aCsvWithoutRefOrWithoutAnyProfileColumnIsRefused() throws Exception {
    expectProblem(
        csv("interests\ncars\n", CSV, ""),
        400,
        "malformed-body",
        "the CSV header needs a 'ref' column");
    expectProblem(
        csv("ref,framework\na,nccf-2024\n", CSV, ""),
        400,
        "malformed-body",
        "needs an 'interests' or a 'skills' column");
  }

  @Test
  void anEmptyOrHeaderOnlyCsvIsAProblem() throws Exception {
    expectProblem(csv("", CSV, ""), 400, "malformed-body", "a request body is required");
    expectProblem(
        csv("ref,interests\n", CSV, ""), 400, "malformed-body", "has a header but no profile rows");
  }

  @Test
  void malformedCsvIsAProblemNamingTheLine() throws Exception {
    expectProblem(
        csv("ref,interests\na,cars,extra\n", CSV, ""),
        400,
        "malformed-body",
        "malformed CSV at line 2");
    expectProblem(
        csv("ref,interests\na,\"cars\nb,x\n", CSV, ""), 400, "malformed-body", "malformed CSV");
  }

  @Test
  void malformedJsonOrAWrongShapeIsAProblem() throws Exception {
    expectProblem(
        json("{\"profiles\": [{\"ref\": \"a\", \"interests\": \"x\"}"),
        400,
        "malformed-body",
        "the JSON body ends unexpectedly");
    expectProblem(
        json("{\"profiles\": [{\"ref\": \"a\", \"skills\": \"Python\"}]}"),
        400,
        "malformed-body",
        "field 'profiles[0].skills' must be an array");
    expectProblem(
        json("{\"profiles\": [{\"ref\": \"a\", \"name\": \"Jane\"}]}"),
        400,
        "malformed-body",
        "unknown field 'profiles[0].name'");
  }

  @Test
  void anEmptyBatchIsAProblem() throws Exception {
    expectProblem(
        json("{\"profiles\": []}"), 400, "invalid-request", "a batch needs at least one profile");
    expectProblem(json("{}"), 400, "invalid-request", "a batch needs at least one profile");
  }

  @Test
  void moreThan500ProfilesIs413InJsonAndInCsv() throws Exception {
    StringBuilder j = new StringBuilder("{\"profiles\": [");
    StringBuilder c = new StringBuilder("ref,interests\n");
    for (int i = 0; i < 501; i++) {
      j.append(i == 0 ? "" : ",")
          .append("{\"ref\": \"r")
          .append(i)
          .append("\", \"interests\": \"cars\"}");
      c.append('r').append(i).append(",cars\n");
    }
    expectProblem(
        json(j.append("]}").toString()),
        413,
        "batch-too-large",
        "a batch holds at most 500 profiles");
    expectProblem(
        csv(c.toString(), CSV, ""), 413, "batch-too-large", "a batch holds at most 500 profiles");
  }

  @Test
  void exactly500ProfilesAreAnswered() throws Exception {
    StringBuilder c = new StringBuilder("ref,interests\n");
    for (int i = 0; i < 500; i++) {
      c.append('r').append(i).append(",I like cars and number ").append(i).append('\n');
    }
    String out =
        csv(c.toString(), CSV, "")
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(rows(out)).hasSize(500);
  }

  @Test
  void anotherContentTypeIs415AndAnUnproducibleAcceptIs406() throws Exception {
    expectProblem(
        mvc.perform(batch("").contentType(MediaType.TEXT_PLAIN).content("a")),
        415,
        "unsupported-media-type",
        "application/json or text/csv");
    expectProblem(
        mvc.perform(
            batch("")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_XML)
                .content("{\"profiles\": [{\"ref\": \"a\", \"interests\": \"cars\"}]}")),
        406,
        "not-acceptable",
        "application/json or text/csv");
  }
}
