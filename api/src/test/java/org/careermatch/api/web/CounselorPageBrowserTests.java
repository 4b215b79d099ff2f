package org.careermatch.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The counselor view in a real browser: upload a CSV of profiles, preview the results, download
 * them as CSV.
 */
class CounselorPageBrowserTests extends BrowserTestSupport {
  private static final String PROFILES =
      """
      ref,interests,skills,framework
      s-1,I love animals and want to work outside,,
      s-2,,Python;SQL;Tableau,
      s-3,,,
      s-4,"I like cooking, and planning parties",,sacramento-works
      """;

  @TempDir Path temp;

  @BeforeEach
  void openCounselorView() throws IOException {
    byId("tab-counselor").click();
    visible(By.id("batch-file"));
    try (Stream<Path> old = Files.list(browser.downloads)) {
      for (Path p : old.toList()) {
        Files.delete(p);
      }
    }
  }

  private Path csv(String content) throws IOException {
    Path file = temp.resolve("profiles.csv");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private void upload(Path file) {
    byId("batch-file").sendKeys(file.toAbsolutePath().toString());
    byId("batch-button").click();
  }

  private List<WebElement> waitForRows(int count) {
    visible(By.id("batch-results"));
    return waitUntil(
        d -> {
          List<WebElement> rows = all("#batch-table tbody tr");
          return rows.size() == count ? rows : null;
        });
  }

  @Test
  void anUploadedCsvIsPreviewedAndItsResultsDownloadAsCsv() throws Exception {
    upload(csv(PROFILES));
    List<WebElement> rows = waitForRows(4);
    assertThat(rows.get(0).findElement(By.tagName("th")).getText()).isEqualTo("s-1");
    // the first cell after the code is the learner's interest code, then the matches
    assertThat(rows.get(0).findElements(By.tagName("td")).get(1).getText())
        .startsWith("Agriculture (");
    assertThat(rows.get(1).findElements(By.tagName("td")).get(1).getText())
        .startsWith("Digital Technology (");
    assertThat(rows.get(2).getAttribute("class")).contains("failed");
    assertThat(rows.get(2).getText())
        .contains("Problem: A profile needs interests or at least one skill");
    // the problem sits next to the learner code, across the match columns (seen on a phone without
    // scrolling)
    WebElement problem = rows.get(2).findElements(By.tagName("td")).get(0);
    assertThat(problem.getText()).startsWith("Problem: ");
    assertThat(problem.getDomAttribute("colspan")).isEqualTo("5");
    assertThat(rows.get(3).findElements(By.tagName("td")).get(0).getText()).isNotBlank();
    assertThat(all("#batch-table thead th"))
        .extracting(WebElement::getText)
        .containsExactly(
            "Learner code", "Interest code", "Best match", "2nd match", "3rd match", "Problem");
    assertThat(byId("batch-summary").getText())
        .contains("We matched 3 of 4 learners", "1 row has a problem");
    assertThat(activeId()).isEqualTo("batch-heading");

    WebElement download = byId("batch-download");
    assertThat(download.getAttribute("href")).startsWith("blob:");
    assertThat(download.getAttribute("download")).isEqualTo("careermatch-results.csv");
    download.click();
    Path file = browser.downloads.resolve("careermatch-results.csv");
    waitUntil(
        d ->
            Files.isRegularFile(file)
                && !Files.exists(browser.downloads.resolve(file + ".crdownload")));
    List<String> lines =
        waitUntil(
            d -> {
              try {
                List<String> l = Files.readAllLines(file, StandardCharsets.UTF_8);
                return l.size() >= 5 ? l : null;
              } catch (IOException e) {
                return null;
              }
            });
    // the download repeats each learner's interests and skills (the box is ticked by default)
    assertThat(lines.get(0))
        .startsWith(
            "ref,interests,skills,understood,holland_code,rank1_id,rank1_title,"
                + "rank1_score,rank1_fit,rank1_applies_in,rank1_reasons,rank2_id")
        .endsWith("rank3_reasons,framework,error");
    assertThat(lines.get(1))
        .startsWith("s-1,I love animals and want to work outside,")
        .contains(",agriculture,Agriculture,")
        .containsPattern("You wrote '[^']*animals[^']*'");
    assertThat(lines.get(2)).startsWith("s-2,").contains(",digital-technology,Digital Technology,");
    assertThat(lines.get(3))
        .startsWith("s-3,")
        .contains("a profile needs interests or at least one skill");
    assertThat(lines.get(4)).startsWith("s-4,").contains("sacramento-works");

    assertThat(fitsTheWidth()).isTrue();
    browser.screenshot("counselor-desktop-upload", DESKTOP_WIDTH);
  }

  @Test
  void theLimitSetsHowManyMatchesEachRowShows() throws Exception {
    new Select(byId("batch-limit")).selectByValue("1");
    upload(csv(PROFILES));
    waitForRows(4);
    assertThat(all("#batch-table thead th"))
        .extracting(WebElement::getText)
        .containsExactly("Learner code", "Interest code", "Best match", "Problem");
  }

  @Test
  void aBadFileIsExplainedInWords() throws Exception {
    upload(csv("ref,name,interests\ns-1,Ana,I love animals\n"));
    WebElement error = visible(By.id("batch-error"));
    assertThat(error.getText())
        .contains("Unknown CSV column 'name'")
        .doesNotContain("{", "urn:careermatch");
    assertThat(byId("batch-results").isDisplayed()).isFalse();

    byId("batch-file").clear();
    byId("batch-button").click();
    waitUntil(d -> error.getText().contains("Choose a CSV file first"));
  }

  @Test
  void theExampleFileLinkIsOffered() {
    WebElement link = byId("template-link");
    assertThat(link.getAttribute("download")).isEqualTo("careermatch-profiles-example.csv");
    assertThat(link.getAttribute("href")).endsWith("/examples/careermatch-profiles-example.csv");
  }

  @Test
  void aPhoneSizedScreenNeedsNoSidewaysScrollingAndShowsEveryColumnAsACard() throws Exception {
    phoneSized(PHONE_WIDTH);
    upload(csv(PROFILES));
    List<WebElement> rows = waitForRows(4);
    assertThat(fitsTheWidth()).isTrue();
    // every cell of every row is on screen (no column is cut off to the right), labelled with its
    // column
    int width = ((Number) browser.js("return document.documentElement.clientWidth")).intValue();
    for (WebElement row : rows) {
      for (WebElement cell : row.findElements(By.cssSelector("th, td"))) {
        assertThat(cell.isDisplayed()).isTrue();
        assertThat(cell.getRect().getX() + cell.getRect().getWidth()).isLessThanOrEqualTo(width);
        String label =
            (String) browser.js("return getComputedStyle(arguments[0], '::before').content", cell);
        String column = cell.getDomAttribute("data-label");
        if (column == null) {
          // a row's problem spans the match columns and says "Problem: ..." itself
          assertThat(cell.getText()).startsWith("Problem: ");
        } else {
          assertThat(label).isEqualTo("\"" + column + ": \"");
        }
      }
    }
    browser.screenshot("counselor-phone-upload", PHONE_WIDTH);
  }
}
