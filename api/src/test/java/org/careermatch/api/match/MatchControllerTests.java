package org.careermatch.api.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.careermatch.api.ApiSliceTest;
import org.careermatch.api.ApiTestConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@ApiSliceTest
class MatchControllerTests {
  private static final String PROBLEM = "application/problem+json";

  @Autowired private MockMvc mvc;

  @Autowired private ObjectMapper json;

  @Autowired private MeterRegistry registry;

  private ResultActions match(String body) throws Exception {
    return mvc.perform(
        post("/api/v1/matches").contentType(MediaType.APPLICATION_JSON).content(body));
  }

  private ResultActions match(String body, String query) throws Exception {
    return mvc.perform(
        post("/api/v1/matches" + query).contentType(MediaType.APPLICATION_JSON).content(body));
  }

  private JsonNode matchJson(String body) throws Exception {
    return matchJson(body, "");
  }

  private JsonNode matchJson(String body, String query) throws Exception {
    String out =
        match(body, query)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    return json.readTree(out);
  }

  @Test
  void interestsInAnimalsAndOutdoorsRankAgricultureFirst() throws Exception {
    match("{\"interests\": \"I love animals and want to work on a farm\"}", "?detail=full")
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.framework").value("nccf-2024"))
        .andExpect(jsonPath("$.frameworkName").value("National Career Clusters Framework (2024)"))
        .andExpect(jsonPath("$.clusters", hasSize(14)))
        .andExpect(jsonPath("$.clusters[0].id").value("agriculture"))
        .andExpect(jsonPath("$.clusters[0].rank").value(1))
        .andExpect(jsonPath("$.clusters[0].title").value("Agriculture"))
        .andExpect(jsonPath("$.clusters[0].crossCutting").value(false))
        .andExpect(jsonPath("$.clusters[0].subClusters[0].id").value("animal-systems"))
        .andExpect(jsonPath("$.clusters[0].occupations").isNotEmpty())
        .andExpect(jsonPath("$.clusters[0].emergingOccupations[0].emerging").value(true))
        .andExpect(jsonPath("$.clusters[0].skillsToExplore").isNotEmpty())
        .andExpect(jsonPath("$.clusters[0].explanation.children").isNotEmpty())
        .andExpect(jsonPath("$.unmatched").isArray());
  }

  @Test
  void dataSkillsRankDigitalTechnologyFirst() throws Exception {
    match("{\"skills\": [\"Python\", \"SQL\", \"Tableau\"]}", "?detail=full")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.clusters[0].id").value("digital-technology"))
        .andExpect(jsonPath("$.clusters[0].crossCutting").value(true))
        .andExpect(
            jsonPath("$.clusters[0].explanation.children[0].evidence.inputKind").value("skill"));
  }

  @Test
  void clustersAreRankedBestFirstAndEveryExplanationAddsUpToItsScore() throws Exception {
    JsonNode r =
        matchJson(
            "{\"interests\": \"I like building robots and fixing cars\", \"skills\": [\"Welding\"]}",
            "?detail=full");
    double previous = Double.MAX_VALUE;
    int rank = 1;
    for (JsonNode c : r.get("clusters")) {
      double score = c.get("score").asDouble();
      assertThat(score).isBetween(0.0, 100.0).isLessThanOrEqualTo(previous);
      assertThat(c.get("rank").asInt()).isEqualTo(rank++);
      assertThat(c.get("explanation").get("value").asDouble()).isEqualTo(score);
      assertAddsUp(c.get("explanation"));
      double sub = Double.MAX_VALUE;
      for (JsonNode s : c.get("subClusters")) {
        assertThat(s.get("score").asDouble()).isBetween(0.0, 100.0).isLessThanOrEqualTo(sub);
        assertThat(s.has("id") && s.has("title")).isTrue();
        sub = s.get("score").asDouble();
      }
      previous = score;
    }
  }

  /** Values are rounded to one decimal, so a sum of n lines holds within n times half a tenth. */
  private static void assertAddsUp(JsonNode node) {
    JsonNode children = node.get("children");
    assertThat(node.get("description").asText()).isNotBlank();
    assertOneDecimal(node.get("value").asDouble());
    if (children.isEmpty()) {
      return;
    }
    double sum = 0;
    for (JsonNode c : children) {
      assertAddsUp(c);
      sum += c.get("value").asDouble();
    }
    assertThat(sum)
        .isCloseTo(node.get("value").asDouble(), offset(0.05 * (children.size() + 1) + 1e-9));
  }

  static void assertOneDecimal(double x) {
    assertThat(Math.abs(x * 10 - Math.rint(x * 10)))
        .as("%s has one decimal at most", x)
        .isLessThan(1e-9);
  }

  @Test
  void everyScoreAndPointValueIsRoundedToOneDecimal() throws Exception {
    String body =
        "{\"interests\": \"I like drawing and video games, I help at my uncle's garage\", "
            + "\"skills\": [\"Python\", \"CPR\", \"customer service\"]}";
    for (String query : new String[] {"", "?detail=full"}) {
      JsonNode r = matchJson(body, query);
      List<Double> values = new ArrayList<>();
      collectNumbers(r, "", values);
      assertThat(values).hasSizeGreaterThan(14);
      values.forEach(MatchControllerTests::assertOneDecimal);
    }
  }

  /**
   * Every score, points and explanation value in the answer (not a factor's value: factors have
   * three decimals).
   */
  private static void collectNumbers(JsonNode n, String name, List<Double> out) {
    if (n.isNumber() && (name.equals("score") || name.equals("points"))) {
      out.add(n.asDouble());
    }
    if (n.isObject() && n.has("description") && n.has("value")) {
      out.add(n.get("value").asDouble());
    }
    if (n.isObject()) {
      n.fields().forEachRemaining(e -> collectNumbers(e.getValue(), e.getKey(), out));
    } else if (n.isArray()) {
      n.forEach(c -> collectNumbers(c, name, out));
    }
  }

  @Test
  void theSummaryGivesEachClusterInBriefWithItsTopReasonsInPlainWords() throws Exception {
    JsonNode r =
        matchJson(
            "{\"interests\": \"I love animals and want to work on a farm\", "
                + "\"skills\": [\"Python\"]}");
    assertThat(r.get("detail").asText()).isEqualTo("summary");
    assertThat(r.get("understood").asBoolean()).isTrue();
    JsonNode top = r.get("clusters").get(0);
    assertThat(top.get("id").asText()).isEqualTo("agriculture");
    assertThat(top.get("caption").asText())
        .isEqualTo("Cultivating Sustainability and Nourishing the World");
    assertThat(top.has("explanation")).isFalse();
    assertThat(top.get("subClusters").size()).isBetween(1, MatchResponses.SUMMARY_SUB_CLUSTERS);
    top.get("subClusters").forEach(s -> assertThat(s.get("score").asDouble()).isPositive());
    assertThat(top.get("occupations").size())
        .isLessThanOrEqualTo(MatchResponses.SUMMARY_OCCUPATIONS);
    assertThat(top.get("occupations").get(0).fieldNames()).toIterable().containsExactly("title");
    assertThat(top.get("emergingOccupations").size())
        .isLessThanOrEqualTo(MatchResponses.SUMMARY_OCCUPATIONS);
    assertThat(top.get("skillsToExplore").size())
        .isLessThanOrEqualTo(MatchResponses.SUMMARY_SKILLS);
    JsonNode reasons = top.get("reasons");
    assertThat(reasons.size()).isBetween(1, MatchResponses.REASONS);
    double previous = Double.MAX_VALUE;
    for (JsonNode reason : reasons) {
      assertThat(reason.get("reason").asText())
          .matches("^(You |Your |All your ).*\\.$")
          .doesNotContain("similarity")
          .doesNotContain("interest phrase \"");
      assertThat(reason.get("points").asDouble()).isPositive().isLessThanOrEqualTo(previous);
      previous = reason.get("points").asDouble();
    }
    // the full answer's clusters are the same clusters, with every list and the tree
    JsonNode full =
        matchJson(
            "{\"interests\": \"I love animals and want to work on a farm\", "
                + "\"skills\": [\"Python\"]}",
            "?detail=full");
    JsonNode f = full.get("clusters").get(0);
    assertThat(f.get("subClusters").size()).isGreaterThanOrEqualTo(top.get("subClusters").size());
    assertThat(f.get("occupations").get(0).has("id")).isTrue();
    assertThat(f.get("reasons")).isEqualTo(reasons);
    assertThat(f.get("explanation").get("value").asDouble()).isEqualTo(top.get("score").asDouble());
  }

  @Test
  void reasonsPointAtTheLearnersWordsAsTheyWereSentByCharacterOffsets() throws Exception {
    String interests = "  I LOVE   Animals and want to work\\toutside ";
    String sent = "  I LOVE   Animals and want to work\toutside ";
    JsonNode r =
        matchJson(
            "{\"interests\": \"" + interests + "\", \"skills\": [\"  Python \", \"python\"]}",
            "?detail=full");
    List<String> marked = new ArrayList<>();
    List<String> skillMarks = new ArrayList<>();
    for (JsonNode c : r.get("clusters")) {
      for (JsonNode reason : c.get("reasons")) {
        for (JsonNode span : reason.path("spans")) {
          int start = span.get("start").asInt();
          int end = span.get("end").asInt();
          if (reason.has("skillIndex")) {
            assertThat(reason.get("skillIndex").asInt()).isZero(); // the first of the two spellings
            skillMarks.add("  Python ".substring(start, end));
          } else {
            marked.add(sent.substring(start, end));
          }
        }
      }
    }
    assertThat(marked).contains("Animals");
    assertThat(marked).allSatisfy(m -> assertThat(sent).contains(m));
    assertThat(skillMarks).contains("Python");
    // the sentences quote the words as typed
    assertThat(r.toString()).contains("You wrote 'Animals'");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"idk", "asdfgh qwerty", "???"})
  void inputWithNothingToMatchIsNotUnderstoodAndScoresZeroEverywhere(String interests)
      throws Exception {
    JsonNode r = matchJson("{\"interests\": \"" + interests + "\"}");
    assertThat(r.get("understood").asBoolean()).isFalse();
    assertThat(r.has("interestProfile")).isFalse();
    for (JsonNode c : r.get("clusters")) {
      assertThat(c.get("score").asDouble()).isZero();
      assertThat(c.get("fit").asText()).isEqualTo("none");
      // in summary, a cluster that does not fit is named and scored only
      assertThat(c.has("reasons") || c.has("occupations") || c.has("programs")).isFalse();
    }
  }

  @Test
  void eachClusterSaysItsFitAndTheProgramsThatPrepareForIt() throws Exception {
    JsonNode r =
        matchJson("{\"interests\": \"I want to be a nurse and help people in a hospital\"}");
    assertThat(r.get("understood").asBoolean()).isTrue();
    JsonNode top = r.get("clusters").get(0);
    assertThat(top.get("id").asText()).isEqualTo("healthcare-human-services");
    assertThat(top.get("fit").asText()).isIn("strong", "good");
    assertThat(top.get("programs").size()).isBetween(1, MatchResponses.SUMMARY_PROGRAMS);
    assertThat(top.get("programs").get(0).get("cipCode").asText()).matches("\\d{2}\\.\\d{2,4}");
    assertThat(top.get("programs").get(0).get("title").asText()).isNotBlank();
    List<String> fits = new ArrayList<>();
    r.get("clusters").forEach(c -> fits.add(c.get("fit").asText()));
    assertThat(fits)
        .allMatch(f -> List.of("strong", "good", "some", "none").contains(f))
        .contains("none");
    // fits never get better down the ranking
    List<String> order = List.of("strong", "good", "some", "none");
    for (int i = 1; i < fits.size(); i++) {
      assertThat(order.indexOf(fits.get(i))).isGreaterThanOrEqualTo(order.indexOf(fits.get(i - 1)));
    }
    JsonNode full =
        matchJson(
            "{\"interests\": \"I want to be a nurse and help people in a hospital\"}",
            "?detail=full");
    assertThat(full.get("clusters").get(0).get("programs").size())
        .isGreaterThanOrEqualTo(top.get("programs").size());
  }

  @Test
  void theLearnersInterestTypesComeWithTheAnswer() throws Exception {
    JsonNode r =
        matchJson(
            "{\"interests\": \"I like to work with details, keep records and I'm very organized\"}");
    JsonNode profile = r.get("interestProfile");
    assertThat(profile.get("hollandCode").asText()).matches("C[RIASEC]{0,2}");
    assertThat(profile.get("types")).hasSize(6);
    double sum = 0;
    List<String> letters = new ArrayList<>();
    for (JsonNode t : profile.get("types")) {
      letters.add(t.get("letter").asText());
      sum += t.get("score").asDouble();
      assertOneDecimal(t.get("score").asDouble());
    }
    assertThat(letters).containsExactly("R", "I", "A", "S", "E", "C");
    assertThat(sum).isCloseTo(100, offset(0.35));
    assertThat(profile.get("types").get(5).get("name").asText()).isEqualTo("Conventional");
    assertThat(profile.get("types").get(5).get("words")).isNotEmpty();
    // the words behind a type are the learner's own, never a vocabulary id
    String text = "i like to work with details, keep records and i'm very organized";
    for (JsonNode t : profile.get("types")) {
      t.get("words")
          .forEach(w -> assertThat(text).contains(w.asText().toLowerCase(java.util.Locale.ROOT)));
    }
  }

  @Test
  void aSkillsReasonPointsAtTheSkillAsSent() throws Exception {
    JsonNode r =
        matchJson(
            "{\"interests\": \"I like drawing and video games, I help at my uncle's garage\", "
                + "\"skills\": [\"Python\", \"CPR\", \"customer service\"]}",
            "?detail=full");
    List<String> skillQuotes = new ArrayList<>();
    List<String> skills = List.of("Python", "CPR", "customer service");
    for (JsonNode c : r.get("clusters")) {
      for (JsonNode reason : c.path("reasons")) {
        if (reason.has("skillIndex")) {
          String skill = skills.get(reason.get("skillIndex").asInt());
          assertThat(reason.get("reason").asText()).startsWith("Your skill '" + skill + "'");
          for (JsonNode s : reason.get("spans")) {
            skillQuotes.add(skill.substring(s.get("start").asInt(), s.get("end").asInt()));
          }
        }
      }
    }
    assertThat(skillQuotes).contains("Python", "CPR");
  }

  @Test
  void anUnknownDetailIsAProblem() throws Exception {
    expectProblem(
        match("{\"interests\": \"cats\"}", "?detail=everything"),
        400,
        "invalid-request",
        "parameter 'detail' must be summary or full");
  }

  @Test
  void limitCutsTheRankingAndKeepsTheBest() throws Exception {
    match("{\"interests\": \"I love animals and want to work on a farm\", \"limit\": 3}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.clusters", hasSize(3)))
        .andExpect(jsonPath("$.clusters[0].id").value("agriculture"));
  }

  @Test
  void anotherFrameworkAnswersWithItsOwnGroupsAndPathways() throws Exception {
    JsonNode r = matchJson("{\"interests\": \"I love animals\", \"framework\": \"nccf-2002\"}");
    assertThat(r.get("framework").asText()).isEqualTo("nccf-2002");
    assertThat(r.get("clusters")).hasSize(16);
    assertThat(r.get("clusters").get(0).get("subClusters")).isNotEmpty();
    match("{\"interests\": \"I love animals\", \"framework\": \"sacramento-works\", \"limit\": 7}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.clusters", hasSize(7)));
  }

  @Test
  void wordsThatMatchNothingAreReportedAsUnmatched() throws Exception {
    match("{\"interests\": \"animals zzqxv\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.unmatched[0]").value("zzqxv"));
  }

  @Test
  void profilesThatDifferOnlyInCaseWhitespaceAndSkillOrderShareOneCacheEntry() throws Exception {
    double hits = hits();
    match(
            "{\"interests\": \"Cooking  and BAKING cakes\", \"skills\": [\"Food Safety\", \"Budgeting\"]}")
        .andExpect(status().isOk());
    match(
            "{\"interests\": \"cooking and baking cakes \", "
                + "\"skills\": [\"budgeting\", \"FOOD  safety\", \"Budgeting\"]}")
        .andExpect(status().isOk());
    assertThat(hits() - hits).isGreaterThanOrEqualTo(1);
    assertThat(registry.get("careermatch.match").tag("framework", "nccf-2024").timer().count())
        .isPositive();
  }

  @Test
  void anAnswerInBriefLeavesTheFullAnswerWhole() throws Exception {
    // a profile of its own, so no other test has cached it
    String body = "{\"interests\": \"taking care of fish tanks and drawing maps\"}";
    JsonNode brief = matchJson(body);
    JsonNode full = matchJson(body, "?detail=full");
    int listed = 0;
    for (JsonNode c : full.get("clusters")) {
      assertThat(c.get("skillsToExplore").size()).as(c.get("id").asText()).isPositive();
      listed += c.get("occupations").size() > 0 ? 1 : 0;
    }
    assertThat(listed).isEqualTo(full.get("clusters").size());
    // and the full answer, now cached, serves the brief one the same
    assertThat(matchJson(body)).isEqualTo(brief);
  }

  private double hits() {
    return registry
        .get("cache.gets")
        .tag("cache", MatchService.CACHE_NAME)
        .tag("result", "hit")
        .functionCounter()
        .count();
  }

  // errors

  @Test
  void anEmptyProfileIsAProblem() throws Exception {
    expectProblem(
            match("{}"), 400, "invalid-profile", "a profile needs interests or at least one skill")
        .andExpect(jsonPath("$.violation").value("empty-profile"))
        .andExpect(jsonPath("$.field").doesNotExist())
        .andExpect(jsonPath("$.item").doesNotExist())
        .andExpect(jsonPath("$.limit").doesNotExist());
    expectProblem(
        match("{\"interests\": \"   \", \"skills\": []}"),
        400,
        "invalid-profile",
        "both are empty");
  }

  @Test
  void interestsOver2000CharactersAreAProblemThatDoesNotEchoThem() throws Exception {
    String text = ApiTestConfiguration.SECRET + " " + "a".repeat(2000);
    expectProblem(
            match("{\"interests\": \"" + text + "\"}"),
            400,
            "invalid-profile",
            "interests are 2020 characters long; at most 2000 are allowed")
        .andExpect(
            jsonPath("$.detail")
                .value("interests are 2020 characters long; at most 2000 are allowed"))
        .andExpect(jsonPath("$.violation").value("interests-too-long"))
        .andExpect(jsonPath("$.field").value("interests"))
        .andExpect(jsonPath("$.item").doesNotExist())
        .andExpect(jsonPath("$.limit").value(2000))
        .andExpect(content().string(not(containsString(ApiTestConfiguration.SECRET))));
  }

  @Test
  void interestsOfExactly2000CharactersAreAccepted() throws Exception {
    match("{\"interests\": \"" + "cats ".repeat(400) + "\"}").andExpect(status().isOk());
  }

  @Test
  void moreThan50SkillsAreAProblem() throws Exception {
    List<String> skills = new ArrayList<>();
    for (int i = 0; i < 51; i++) {
      skills.add("skill " + i);
    }
    expectProblem(
            match("{\"skills\": " + json.writeValueAsString(skills) + "}"),
            400,
            "invalid-profile",
            "51 skills were given; at most 50 are allowed")
        .andExpect(jsonPath("$.violation").value("too-many-skills"))
        .andExpect(jsonPath("$.field").value("skills"))
        .andExpect(jsonPath("$.item").doesNotExist())
        .andExpect(jsonPath("$.limit").value(50));
  }

  @Test
  void blankOrOverlongSkillsAreProblemsNamingTheirPosition() throws Exception {
    // the engine's rulebook and words: skills counted from 1
    expectProblem(
            match("{\"skills\": [\"Python\", \" \"]}"), 400, "invalid-profile", "skill 2 is blank")
        .andExpect(jsonPath("$.detail").value("skill 2 is blank"))
        .andExpect(jsonPath("$.violation").value("blank-skill"))
        .andExpect(jsonPath("$.field").value("skills"))
        .andExpect(jsonPath("$.item").value(2))
        .andExpect(jsonPath("$.limit").doesNotExist());
    expectProblem(match("{\"skills\": [null]}"), 400, "invalid-profile", "skill 1 is blank")
        .andExpect(jsonPath("$.item").value(1));
    expectProblem(
            match(
                "{\"skills\": [\"SQL\", \""
                    + ApiTestConfiguration.SECRET
                    + "x".repeat(100)
                    + "\"]}"),
            400,
            "invalid-profile",
            "skill 2 is 119 characters long; at most 100 are allowed")
        .andExpect(jsonPath("$.violation").value("skill-too-long"))
        .andExpect(jsonPath("$.field").value("skills"))
        .andExpect(jsonPath("$.item").value(2))
        .andExpect(jsonPath("$.limit").value(100))
        .andExpect(content().string(not(containsString(ApiTestConfiguration.SECRET))));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"skills\": \"Python\"}|field 'skills' must be an array",
        "{\"interests\": 5}|field 'interests' must be a string",
        "{\"interests\": true}|field 'interests' must be a string",
        "{\"interests\": {\"a\": 1}}|field 'interests' must be a string",
        "{\"skills\": [1, 2]}|field 'skills[0]' must be a string",
        "{\"interests\": \"x\", \"limit\": \"3\"}|field 'limit' must be an integer",
        "{\"interests\": \"x\", \"limit\": 2.5}|field 'limit' must be an integer",
        "[]|the body must be a JSON object",
        "\"animals\"|the body must be a JSON object"
      })
  void wrongJsonTypesAreProblemsNamingTheField(String body, String detail) throws Exception {
    expectProblem(match(body), 400, "malformed-body", detail);
  }

  @Test
  void unknownFieldsAreProblemsListingTheKnownOnes() throws Exception {
    expectProblem(
            match("{\"interests\": \"x\", \"name\": \"Jane Doe\"}"),
            400,
            "malformed-body",
            "unknown field 'name'; known fields here: framework, interests, limit, skills")
        .andExpect(content().string(not(containsString("Jane"))));
  }

  @Test
  void anUnknownFrameworkIsAProblemThatQuotesItsIdSafely() throws Exception {
    expectProblem(
            match("{\"interests\": \"x\", \"framework\": \"<script>alert(1)</script>\"}"),
            400,
            "unknown-framework",
            "framework '?script?alert?1???script?' does not exist; known frameworks: nccf-2024")
        .andExpect(content().string(not(containsString("<script>"))));
    expectProblem(
        match("{\"interests\": \"x\", \"framework\": \"" + "f".repeat(300) + "\"}"),
        400,
        "unknown-framework",
        "'" + "f".repeat(64) + "...'");
  }

  @ParameterizedTest
  @CsvSource({
    "0, 14, nccf-2024",
    "15, 14, nccf-2024",
    "17, 16, nccf-2002",
    "8, 7, sacramento-works"
  })
  void aLimitOutsideTheFrameworksGroupCountIsAProblem(int limit, int max, String framework)
      throws Exception {
    expectProblem(
        match(
            "{\"interests\": \"x\", \"framework\": \""
                + framework
                + "\", \"limit\": "
                + limit
                + "}"),
        400,
        "invalid-request",
        "limit must be between 1 and " + max + " for framework " + framework);
  }

  @Test
  void malformedJsonIsAProblemWithItsPosition() throws Exception {
    expectProblem(
        match("{\"interests\": \"x\""),
        400,
        "malformed-body",
        "the JSON body ends unexpectedly at line 1");
    expectProblem(
        match("{\"interests\": x}"), 400, "malformed-body", "malformed JSON at line 1, column");
    expectProblem(
        match("{\"interests\": \"x\"} {}"),
        400,
        "malformed-body",
        "unexpected content after the JSON");
    expectProblem(
        match("{\"interests\": \"a\", \"interests\": \"b\"}"),
        400,
        "malformed-body",
        "a field appears twice");
  }

  @Test
  void aMissingBodyIsAProblem() throws Exception {
    expectProblem(match(""), 400, "malformed-body", "a request body is required");
    expectProblem(match("null"), 400, "malformed-body", "a request body is required");
  }

  @Test
  void anotherContentTypeIs415() throws Exception {
    expectProblem(
        mvc.perform(post("/api/v1/matches").contentType(MediaType.APPLICATION_XML).content("<a/>")),
        415,
        "unsupported-media-type",
        "this endpoint accepts a body of type application/json");
    expectProblem(
        mvc.perform(post("/api/v1/matches").contentType(MediaType.TEXT_PLAIN).content("animals")),
        415,
        "unsupported-media-type",
        "application/json");
  }

  @Test
  void anAcceptHeaderWithoutJsonIs406() throws Exception {
    expectProblem(
        mvc.perform(
            post("/api/v1/matches")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.parseMediaType("text/csv"))
                .content("{\"interests\": \"x\"}")),
        406,
        "not-acceptable",
        "this endpoint answers in application/json");
  }

  @Test
  void getOnMatchesIs405WithAllow() throws Exception {
    expectProblem(
            mvc.perform(get("/api/v1/matches")),
            405,
            "method-not-allowed",
            "this endpoint supports POST")
        .andExpect(header().string("Allow", containsString("POST")));
  }

  static ResultActions expectProblem(ResultActions r, int status, String type, String detail)
      throws Exception {
    return r.andExpect(status().is(status))
        .andExpect(content().contentType(PROBLEM))
        .andExpect(jsonPath("$.type").value("urn:careermatch:problem:" + type))
        .andExpect(jsonPath("$.status").value(status))
        .andExpect(jsonPath("$.title").isNotEmpty())
        .andExpect(jsonPath("$.detail", containsString(detail)))
        .andExpect(content().string(not(containsString("Exception"))))
        .andExpect(content().string(not(containsString("\tat "))));
  }
}
