package org.careermatch.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The student view in a real browser: interests, skills typeahead, framework picker, results,
 * keyboard, phone.
 */
class StudentPageBrowserTests extends BrowserTestSupport {
  private static final String ANIMALS = "I love animals and want to work outside";

  @Autowired private TestRestTemplate http;

  @Autowired private ObjectMapper json;

  private void match(String interests) {
    WebElement box = byId("interests");
    box.clear();
    box.sendKeys(interests);
    byId("match-button").click();
    waitForResults(14);
  }

  /**
   * Waits until the answer lists {@code count} clusters in all (those that fit, and the rest behind
   * "show all").
   */
  private List<WebElement> waitForResults(int count) {
    return waitUntil(
        d -> {
          List<WebElement> items = all("#ranking > li, #ranking-rest > li");
          return items.size() == count && byId("match-button").getAttribute("aria-busy") == null
              ? items
              : null;
        });
  }

  /**
   * The titles of every cluster of the answer, best first (those that fit, then the rest behind
   * "show all").
   */
  private List<String> titles() {
    List<String> out = new ArrayList<>();
    for (WebElement e : all("#ranking > li .name .title, #ranking-rest > li .name .title")) {
      out.add(e.getAttribute("textContent"));
    }
    return out;
  }

  private WebElement expand(int index) {
    WebElement item = all("#ranking > li").get(index);
    item.findElement(By.tagName("summary")).click();
    return visible(By.cssSelector("#ranking > li:nth-child(" + (index + 1) + ") .reasons li"));
  }

  @Test
  void interestsRankTheClustersAsBarsWithAgricultureFirstAndReasonsInPlainWords() throws Exception {
    match(ANIMALS);
    List<WebElement> items = all("#ranking > li");
    assertThat(titles().get(0)).isEqualTo("Agriculture");
    assertThat(byId("match-status").getText()).contains("Your best match is Agriculture");
    // the count names the strong and good fits, as many as the page marks so
    long well =
        items.stream()
            .map(i -> i.findElements(By.cssSelector(".fit")))
            .filter(
                f ->
                    !f.isEmpty()
                        && (f.get(0).getText().equals("Strong fit")
                            || f.get(0).getText().equals("Good fit")))
            .count();
    assertThat(byId("match-status").getText())
        .startsWith(
            "We found " + well + (well == 1 ? " cluster" : " clusters") + " that fit you well.");

    // every cluster shown has a bar and its score as text, best first
    List<Integer> scores = new ArrayList<>();
    for (WebElement item : items) {
      String score = item.findElement(By.cssSelector(".score")).getText().trim();
      assertThat(score).matches("\\d{1,3}\\s+out of 100");
      scores.add(Integer.parseInt(score.split("\\s")[0]));
      String width = item.findElement(By.cssSelector(".bar .fill")).getAttribute("style");
      assertThat(width).startsWith("width:");
    }
    assertThat(scores).isSortedAccordingTo((a, b) -> b - a).allMatch(s -> s >= 0 && s <= 100);
    assertThat(items.get(0).findElement(By.tagName("summary")).getText()).contains("out of 100");

    // opened: the reasons name the learner's words, what they matched and how much they counted
    WebElement first = expand(0);
    List<String> reasons = new ArrayList<>();
    for (WebElement li : all("#ranking > li:first-child .reasons li")) {
      reasons.add(li.getText());
    }
    assertThat(reasons)
        .anySatisfy(
            r ->
                assertThat(r)
                    .containsPattern("^You wrote '[^']*animals[^']*'")
                    .containsPattern(
                        "(it matches|means something close to) '[^']+' \\(an? [a-z ]+\\)")
                    .containsPattern("\\(\\d+\\.\\d points\\)$"));
    assertThat(first.isDisplayed()).isTrue();
    List<String> marked = new ArrayList<>();
    for (WebElement m : all("#ranking > li:first-child .your-words mark")) {
      marked.add(m.getText());
    }
    assertThat(marked).anySatisfy(m -> assertThat(m).contains("animals"));
    WebElement detail =
        browser.driver.findElement(By.cssSelector("#ranking > li:first-child .detail"));
    assertThat(detail.getText())
        .contains(
            "Parts of this cluster",
            "Animal Systems",
            "Sample jobs",
            "New and growing jobs",
            "Skills to explore");
    assertThat(all("#ranking > li:first-child .emerging .badge"))
        .isNotEmpty()
        .allSatisfy(b -> assertThat(b.getText()).isEqualToIgnoringCase("new"));
    assertThat(fitsTheWidth()).isTrue();
    browser.screenshot("student-desktop-results", DESKTOP_WIDTH);
  }

  @Test
  void aMatchByMeaningIsSaidAsSuch() {
    match("I like drawing");
    assertThat(titles().get(0)).isEqualTo("Arts, Entertainment & Design");
    expand(0);
    List<String> reasons = new ArrayList<>();
    for (WebElement li : all("#ranking > li:first-child .reasons li")) {
      reasons.add(li.getText());
    }
    assertThat(reasons)
        .anySatisfy(
            r ->
                assertThat(r)
                    .startsWith("You wrote 'I like drawing'")
                    .contains("means something close to")
                    .containsPattern("\\(\\d+\\.\\d points\\)"));
  }

  @Test
  void crossCuttingClustersSayWhereTheyApply() {
    match("I want to build apps for hospitals and help nurses with patient data");
    List<WebElement> items = all("#ranking > li");
    WebElement digital =
        items.stream()
            .filter(
                i -> i.findElement(By.cssSelector(".title")).getText().equals("Digital Technology"))
            .findFirst()
            .orElseThrow();
    assertThat(digital.findElement(By.cssSelector(".applies")).getText())
        .isEqualTo("Used in Healthcare & Human Services");
    digital.findElement(By.tagName("summary")).click();
    assertThat(visible(By.cssSelector("[data-cluster='digital-technology'] .detail")).getText())
        .contains("used in many kinds of work", "Healthcare & Human Services");
    // the link shows on the industry cluster too
    WebElement health =
        items.stream()
            .filter(
                i ->
                    i.findElement(By.cssSelector(".title"))
                        .getText()
                        .equals("Healthcare & Human Services"))
            .findFirst()
            .orElseThrow();
    assertThat(health.findElement(By.cssSelector(".applies")).getText())
        .isEqualTo("With Digital Technology");
    health.findElement(By.tagName("summary")).click();
    assertThat(
            visible(By.cssSelector("[data-cluster='healthcare-human-services'] .detail")).getText())
        .contains("For you, Digital Technology fits with Healthcare & Human Services");
  }

  @Test
  void theSkillTypeaheadSuggestsAndAddsAChipByKeyboard() {
    WebElement input = byId("skill-input");
    input.click();
    input.sendKeys("pyth");
    WebElement option = visible(By.cssSelector("#skill-listbox [role='option']"));
    assertThat(option.getText()).isEqualTo("Python");
    assertThat(input.getAttribute("aria-expanded")).isEqualTo("true");

    input.sendKeys(Keys.ARROW_DOWN);
    assertThat(input.getAttribute("aria-activedescendant")).isEqualTo(option.getAttribute("id"));
    assertThat(option.getAttribute("aria-selected")).isEqualTo("true");
    input.sendKeys(Keys.ENTER);

    WebElement chip = visible(By.cssSelector("#skill-chips .chip"));
    assertThat(chip.getText()).startsWith("Python");
    assertThat(input.getAttribute("value")).isEmpty();
    assertThat(input.getAttribute("aria-expanded")).isEqualTo("false");
    assertThat(activeId()).isEqualTo("skill-input");
    assertThat(byId("skill-announce").getAttribute("textContent")).contains("Added Python");

    // a skill alone is a profile
    byId("match-button").click();
    waitForResults(14);
    assertThat(titles().get(0)).isEqualTo("Digital Technology");

    // the chip's remove button, by keyboard
    WebElement remove = chip.findElement(By.tagName("button"));
    assertThat(remove.getAttribute("aria-label")).isEqualTo("Remove Python");
    remove.sendKeys(Keys.ENTER);
    waitUntil(d -> all("#skill-chips .chip").isEmpty());
    assertThat(activeId()).isEqualTo("skill-input");
  }

  @Test
  void anotherFrameworkAnswersInItsOwnGroups() throws Exception {
    JsonNode sacramento =
        json.readTree(http.getForObject("/api/v1/frameworks/sacramento-works", String.class));
    List<String> groups = new ArrayList<>();
    sacramento.get("groups").forEach(g -> groups.add(g.get("title").asText()));

    match(ANIMALS);
    assertThat(titles()).contains("Agriculture");
    new Select(byId("framework")).selectByValue("sacramento-works");
    waitUntil(d -> byId("results-framework").getText().contains("Sacramento Works"));
    waitForResults(groups.size());
    assertThat(titles()).containsExactlyInAnyOrderElementsOf(groups);
    assertThat(titles().get(0)).isEqualTo("Agriculture, Food, and Hospitality");
    expand(0);
    assertThat(
            browser
                .driver
                .findElement(By.cssSelector("#ranking > li:first-child .detail"))
                .getText())
        .contains("This group is based on the 2024 clusters Agriculture,");
  }

  @Test
  void thePageWorksByKeyboardAlone() {
    Actions keys = new Actions(browser.driver);
    keys.sendKeys(Keys.TAB).perform();
    assertThat(browser.driver.switchTo().activeElement().getText())
        .isEqualTo("Skip to main content");

    List<String> order = new ArrayList<>();
    for (int i = 0; i < 10 && !"interests".equals(activeId()); i++) {
      keys.sendKeys(Keys.TAB).perform();
      order.add(activeId());
    }
    assertThat(activeId()).isEqualTo("interests");
    assertThat(order).containsSubsequence("tab-student", "interests");
    keys.sendKeys(ANIMALS).perform();

    for (int i = 0; i < 10 && !"match-button".equals(activeId()); i++) {
      keys.sendKeys(Keys.TAB).perform();
      order.add(activeId());
    }
    assertThat(order).containsSubsequence("interests", "skill-input", "framework", "match-button");
    keys.sendKeys(Keys.ENTER).perform();
    waitForResults(14);
    assertThat(titles().get(0)).isEqualTo("Agriculture");
    assertThat(activeId()).isEqualTo("results-heading");

    // the first cluster opens with Enter on its summary
    keys.sendKeys(Keys.TAB).perform();
    assertThat((String) browser.js("return document.activeElement.tagName"))
        .isEqualToIgnoringCase("summary");
    keys.sendKeys(Keys.ENTER).perform();
    visible(By.cssSelector("#ranking > li:first-child .reasons li"));
  }

  @Test
  void everyControlHasALabelAndTheLiveRegionsExist() {
    @SuppressWarnings("unchecked")
    List<String> unlabelled =
        (List<String>)
            browser.js(
                "return Array.from(document.querySelectorAll('input, select, textarea'))"
                    + ".filter(e => !e.labels || e.labels.length === 0).map(e => e.id)");
    assertThat(unlabelled).isEmpty();
    assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    assertThat(byId("match-status").getAttribute("aria-live")).isEqualTo("polite");
    assertThat(byId("match-error").getAttribute("role")).isEqualTo("alert");
    assertThat(all("h1")).hasSize(2); // one per view; only one is shown at a time
    assertThat(all("h1").stream().filter(WebElement::isDisplayed)).hasSize(1);
  }

  @Test
  void anEmptyProfileAndApiErrorsAreShownInWords() {
    byId("match-button").click();
    WebElement error = visible(By.id("match-error"));
    assertThat(error.getText()).contains("Write what you like to do, or add at least one skill");

    // an error answered by the API (problem+json) shows its detail in words, not the JSON
    browser.js(
        "document.getElementById('framework').add(new Option('Nowhere', 'no-such-framework'));");
    new Select(byId("framework")).selectByValue("no-such-framework");
    byId("interests").sendKeys(ANIMALS);
    byId("match-button").click();
    waitUntil(d -> error.getText().contains("framework"));
    assertThat(error.getText())
        .contains("Sorry, that did not work.")
        .contains("Framework 'no-such-framework' does not exist")
        .doesNotContain("{", "urn:careermatch", "\"detail\"");
  }

  @Test
  void learnerTextIsShownAsTextNeverAsHtml() {
    String attack = "<img src=x onerror=\"window.pwned=1\"> I love animals <b>bold</b>";
    match(attack);
    expand(0);
    assertThat(all("#results img, #results b")).isEmpty();
    assertThat(
            browser
                .driver
                .findElement(By.cssSelector("#ranking > li:first-child .your-words"))
                .getText())
        .isEqualTo(attack);
    assertThat(browser.js("return window.pwned === undefined")).isEqualTo(true);
  }

  @Test
  void aPhoneSizedScreenNeedsNoSidewaysScrolling() throws Exception {
    phoneSized(PHONE_WIDTH);
    assertThat(fitsTheWidth()).isTrue();
    match(ANIMALS);
    expand(0);
    WebElement input = byId("skill-input");
    input.sendKeys("Python", Keys.ENTER);
    visible(By.cssSelector("#skill-chips .chip"));
    assertThat(fitsTheWidth()).isTrue();
    browser.screenshot("student-phone-results", PHONE_WIDTH);
    phoneSized(360);
    assertThat(fitsTheWidth()).isTrue();
  }
}
