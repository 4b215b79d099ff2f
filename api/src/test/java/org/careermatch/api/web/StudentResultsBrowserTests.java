package org.careermatch.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * What a student sees of an answer: only the clusters that fit (the rest behind "show all"), "not
 * understood" said plainly, the interest chart, the printable summary, the share link, and the
 * learner's words marked by the API's character offsets. Each writes a screenshot at desktop and
 * phone width.
 */
class StudentResultsBrowserTests extends BrowserTestSupport {
  private static final String ANIMALS = "I love animals and want to work outside";

  @Autowired private TestRestTemplate http;

  @Autowired private ObjectMapper json;

  @AfterEach
  void screenMedia() {
    browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
  }

  private void type(String interests, String... skills) {
    WebElement box = byId("interests");
    box.clear();
    box.sendKeys(interests);
    for (String s : skills) {
      byId("skill-input").sendKeys(s, Keys.ENTER);
    }
  }

  private void matchAndWait() {
    byId("match-button").click();
    waitUntil(
        d ->
            byId("results").isDisplayed()
                && byId("match-button").getAttribute("aria-busy") == null
                && all("#ranking > li, #ranking-rest > li").size() > 0);
  }

  private JsonNode api(String interests, List<String> skills) throws Exception {
    HttpHeaders h = new HttpHeaders();
    h.setContentType(MediaType.APPLICATION_JSON);
    String body =
        http.postForObject(
            "/api/v1/matches",
            new HttpEntity<>(Map.of("interests", interests, "skills", skills), h),
            String.class);
    return json.readTree(body);
  }

  private void screenshots(String name) throws Exception {
    browser.screenshot(name + "-desktop", DESKTOP_WIDTH);
    browser.screenshot(name + "-phone", PHONE_WIDTH);
  }

  @Test
  void inputWithNothingToMatchIsSaidPlainlyWithoutABestMatch() throws Exception {
    String nonsense = "idk";
    JsonNode answer = api(nonsense, List.of());
    assertThat(answer.get("understood").asBoolean()).isFalse();
    type(nonsense);
    matchAndWait();
    WebElement notice = visible(By.id("not-understood"));
    assertThat(notice.getText())
        .isEqualTo(
            "We could not find anything to match yet: try telling us about things you "
                + "like to do, school subjects or jobs you have heard of.");
    assertThat(byId("match-status").getText()).doesNotContain("best match");
    assertThat(all("#ranking > li")).isEmpty();
    assertThat(byId("result-actions").isDisplayed()).isFalse();
    // the clusters are still there to browse, behind "show all"
    assertThat(byId("show-all").getText()).isEqualTo("Show all 14 clusters");
    screenshots("student-not-understood");
  }

  @Test
  void aQualityAloneIsReadButSaidToBeNotEnough() throws Exception {
    // a personal quality is understood (it shapes the interest types) but may point to no cluster
    String quality = "honest";
    JsonNode answer = api(quality, List.of());
    assertThat(answer.get("understood").asBoolean()).isTrue();
    for (JsonNode c : answer.get("clusters")) {
      assertThat(c.get("fit").asText()).as(c.get("id").asText()).isEqualTo("none");
    }
    type(quality);
    matchAndWait();
    WebElement notice = visible(By.id("not-understood"));
    assertThat(notice.getText())
        .startsWith("We read \u2018honest\u2019")
        .contains("not enough to point to a career cluster yet")
        .doesNotContain("could not find anything");
    assertThat(byId("match-status").getText()).doesNotContain("best match");
    assertThat(all("#ranking > li")).isEmpty();
    // what was read still shows: the interest types it comes from
    assertThat(visible(By.id("interest-profile")).getText()).contains("honest");
    screenshots("student-quality-alone");
  }

  @Test
  void onlyClustersWithEvidenceShowAndTheRestOpenWithShowAll() throws Exception {
    type("", "Welding");
    JsonNode answer = api("", List.of("Welding"));
    int withEvidence = 0;
    for (JsonNode c : answer.get("clusters")) {
      boolean evidence =
          c.has("fit") ? !c.get("fit").asText().equals("none") : c.get("score").asDouble() > 0;
      withEvidence += evidence ? 1 : 0;
    }
    assertThat(withEvidence).isBetween(1, 13);
    matchAndWait();
    assertThat(all("#ranking > li")).hasSize(withEvidence);
    assertThat(all("#ranking-rest > li")).hasSize(14 - withEvidence);
    assertThat(byId("ranking-rest").isDisplayed()).isFalse();
    WebElement showAll = byId("show-all");
    assertThat(showAll.getText()).isEqualTo("Show all 14 clusters");
    assertThat(showAll.getAttribute("aria-expanded")).isEqualTo("false");

    // each cluster shown says what it is: its caption beside the name, its one-line definition when
    // opened
    WebElement first = all("#ranking > li").get(0);
    assertThat(first.findElement(By.cssSelector(".caption")).getText()).isNotBlank();
    first.findElement(By.tagName("summary")).click();
    WebElement definition = visible(By.cssSelector("#ranking > li:first-child .definition"));
    assertThat(definition.getText()).endsWith(".").doesNotContain("\n");
    // sub-clusters at 0 are not listed
    for (WebElement sub : all("#ranking > li:first-child .subs .num")) {
      assertThat(Integer.parseInt(sub.getText().split("\\s")[0])).isPositive();
    }
    assertThat(visible(By.cssSelector("#ranking > li:first-child .next-steps")).getText())
        .contains(
            "Talk to your counselor about "
                + first.findElement(By.cssSelector(".title")).getText());

    showAll.click();
    assertThat(byId("ranking-rest").isDisplayed()).isTrue();
    assertThat(showAll.getAttribute("aria-expanded")).isEqualTo("true");
    WebElement other = all("#ranking-rest > li").get(0);
    other.findElement(By.tagName("summary")).click();
    assertThat(visible(By.cssSelector("#ranking-rest > li:first-child .detail")).getText())
        .contains("Nothing you wrote matched this one.");
    assertThat(fitsTheWidth()).isTrue();
    screenshots("student-show-all");
  }

  @Test
  void aClusterBeyondTheSummarysFirstFiveOpensWithItsReasonsToo() throws Exception {
    String interests = "I like drawing and video games, I help at my uncle's garage";
    type(interests, "Python", "CPR", "customer service");
    matchAndWait();
    List<WebElement> shown = all("#ranking > li");
    assertThat(shown.size()).as("clusters that fit the README example").isGreaterThan(5);
    WebElement sixth = shown.get(5);
    sixth.findElement(By.tagName("summary")).click();
    WebElement reason = visible(By.cssSelector("#ranking > li:nth-child(6) .reasons li"));
    assertThat(reason.getText()).containsPattern("^(You|Your|All) .*\\(\\d+\\.\\d points\\)$");
    assertThat(sixth.findElement(By.cssSelector(".next-steps")).getText())
        .contains("Talk to your counselor");
  }

  @Test
  void theLearnersWordsAreMarkedByTheOffsetsTheApiGives() throws Exception {
    // odd spacing and case: the API's offsets are into the text as sent, not its lower-cased normal
    // form
    String interests = "I LOVE   Animals, and I want to work outside with horses";
    type(interests);
    matchAndWait();
    JsonNode answer = api(interests, List.of());
    JsonNode top = answer.get("clusters").get(0);
    List<String> expected = new ArrayList<>();
    for (JsonNode r : top.get("reasons")) {
      for (JsonNode s : r.path("spans")) {
        expected.add(interests.substring(s.get("start").asInt(), s.get("end").asInt()));
      }
    }
    assertThat(expected).isNotEmpty();
    all("#ranking > li").get(0).findElement(By.tagName("summary")).click();
    WebElement copy = visible(By.cssSelector("#ranking > li:first-child .your-words"));
    assertThat(copy.getText()).isEqualTo(interests);
    List<String> marked = new ArrayList<>();
    for (WebElement m : copy.findElements(By.tagName("mark"))) {
      marked.add(m.getText());
    }
    // every span is marked (merged where they overlap), and nothing else is
    String joined = String.join("|", marked);
    expected.forEach(e -> assertThat(joined).contains(e));
    marked.forEach(m -> assertThat(expected.stream().anyMatch(m::contains)).as(m).isTrue());
    assertThat(marked).anySatisfy(m -> assertThat(m).contains("Animals"));
    screenshots("student-highlight");
  }

  @Test
  void thePrintedSummaryKeepsWhatTheStudentTypedTheClustersWithReasonsAndNextSteps()
      throws Exception {
    type(ANIMALS, "First Aid");
    matchAndWait();
    assertThat(byId("print-summary").isDisplayed()).isFalse();
    browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    WebElement summary = byId("print-summary");
    assertThat(summary.isDisplayed()).isTrue();
    assertThat(byId("match-form").isDisplayed()).isFalse();
    assertThat(byId("results").isDisplayed()).isFalse();
    String printed = summary.getText();
    assertThat(printed)
        .contains(ANIMALS, "Skills: First Aid", "Next steps", "Talk to your counselor about");
    // the reasons of the clusters that fit are printed, though none was opened on screen
    JsonNode answer = api(ANIMALS, List.of("First Aid"));
    JsonNode top = answer.get("clusters").get(0);
    assertThat(printed).contains(top.get("title").asText());
    for (JsonNode r : top.get("reasons")) {
      assertThat(printed).contains(r.get("reason").asText());
    }
    assertThat(all(".print-cluster")).hasSizeBetween(1, 5);
    screenshots("student-print");
  }

  @Test
  void theShareLinkCarriesTheProfileInTheFragmentOnlyAndRestoresIt() throws Exception {
    String interests = "I love animals & want to work outside, ça va?";
    type(interests, "First Aid");
    new Select(byId("framework")).selectByValue("nccf-2002");
    matchAndWait();
    byId("share-button").click();
    WebElement link = visible(By.id("share-link"));
    String url = link.getAttribute("value");
    assertThat(url).contains("#p=");
    String beforeFragment = url.substring(0, url.indexOf('#'));
    assertThat(beforeFragment).isEqualTo("http://localhost:" + port + "/");
    assertThat(url).doesNotContain("animals", "First", "nccf");
    screenshots("student-share");

    // a fresh page from the link: the profile is restored and answered again
    browser.driver.get("about:blank");
    browser.driver.get(url);
    waitUntil(d -> byId("results").isDisplayed() && all("#ranking > li").size() > 0);
    assertThat(byId("interests").getAttribute("value")).isEqualTo(interests);
    assertThat(all("#skill-chips .chip span"))
        .extracting(WebElement::getText)
        .containsExactly("First Aid");
    assertThat(new Select(byId("framework")).getFirstSelectedOption().getAttribute("value"))
        .isEqualTo("nccf-2002");
    // the profile never went to the server in a URL: no request the page made carries it
    @SuppressWarnings("unchecked")
    List<String> requested =
        (List<String>)
            browser.js(
                "return performance.getEntriesByType('resource').map(e => e.name).concat([location.href.split('#')[0]])");
    assertThat(requested)
        .isNotEmpty()
        .allSatisfy(u -> assertThat(u).doesNotContain("animals", "First", "p="));
  }

  @Test
  void theInterestTypesAreASmallChartWithTheHollandCodeInOneSentence() throws Exception {
    String interests = "I like to work with details, keep records and I'm very organized";
    JsonNode profile = api(interests, List.of()).get("interestProfile");
    assertThat(profile).isNotNull();
    String code = profile.get("hollandCode").asText();
    assertThat(code).matches("[RIASEC]{1,3}");
    type(interests);
    matchAndWait();
    WebElement box = visible(By.id("interest-profile"));
    assertThat(box.findElement(By.cssSelector(".holland")).getText())
        .startsWith("Your interest code is " + code + " (")
        .endsWith(".")
        .doesNotContain("\n");
    List<WebElement> bars = box.findElements(By.cssSelector("svg.interest-chart rect.type-bar"));
    assertThat(bars).hasSize(6);
    // the bars' lengths follow the scores, and the code's types are drawn as the top ones
    List<Double> widths = new ArrayList<>();
    for (WebElement bar : bars) {
      widths.add(Double.parseDouble(bar.getDomAttribute("width")));
    }
    for (int i = 0; i < 6; i++) {
      JsonNode t = profile.get("types").get(i);
      boolean top = code.indexOf(t.get("letter").asText()) >= 0;
      assertThat(bars.get(i).getDomAttribute("class").contains("top")).isEqualTo(top);
      for (int j = 0; j < 6; j++) {
        if (t.get("score").asDouble() > profile.get("types").get(j).get("score").asDouble()) {
          assertThat(widths.get(i)).isGreaterThan(widths.get(j));
        }
      }
    }
    assertThat(box.findElement(By.cssSelector("svg title")).getAttribute("textContent"))
        .startsWith("Your interest types: ");
    assertThat(browser.driver.findElement(By.cssSelector(".site-footer")).getText())
        .contains("O*NET 29.3 Database by USDOL/ETA, CC BY 4.0");
    screenshots("student-interest-chart");
  }

  @Test
  void aBrokenShareLinkIsIgnored() {
    browser.driver.get("http://localhost:" + port + "/#p=%%%not-base64");
    waitUntil(d -> d.findElements(By.cssSelector("#framework option")).size() > 1);
    assertThat(byId("interests").getAttribute("value")).isEmpty();
    assertThat(byId("results").isDisplayed()).isFalse();
  }
}
