package org.careermatch.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The real application on the real embedded data, and one headless Chromium per test class. The
 * Spring annotations are those of {@code CareerMatchApplicationTests}, so all of these share one
 * application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
abstract class BrowserTestSupport {
  static final int DESKTOP_WIDTH = 1280;
  static final int PHONE_WIDTH = 375;

  static Browser browser;

  @LocalServerPort int port;

  @BeforeAll
  static void startBrowser() throws IOException {
    browser = Browser.start();
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  /** Every test starts on a fresh page at desktop size, once the framework list has loaded. */
  @BeforeEach
  void openPage() {
    browser.size(DESKTOP_WIDTH, 900);
    browser.driver.get("http://localhost:" + port + "/");
    waitUntil(d -> d.findElements(By.cssSelector("#framework option")).size() > 1);
  }

  WebDriverWait waiting() {
    return new WebDriverWait(browser.driver, Duration.ofSeconds(20));
  }

  <T> T waitUntil(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
    return waiting().until(condition);
  }

  WebElement byId(String id) {
    return browser.driver.findElement(By.id(id));
  }

  WebElement visible(By by) {
    return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  List<WebElement> all(String css) {
    return browser.driver.findElements(By.cssSelector(css));
  }

  String activeId() {
    return (String) browser.js("return document.activeElement ? document.activeElement.id : null");
  }

  /**
   * Sets the window to a phone's width and checks the page really is that wide (no minimum window
   * width).
   */
  void phoneSized(int width) {
    browser.size(width, 800);
    assertThat(((Number) browser.js("return window.innerWidth")).intValue()).isEqualTo(width);
  }

  /** True when the page is no wider than the window: nothing to scroll sideways. */
  boolean fitsTheWidth() {
    return (Boolean)
        browser.js(
            "return document.documentElement.scrollWidth <= document.documentElement.clientWidth");
  }
}
