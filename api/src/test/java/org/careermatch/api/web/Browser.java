package org.careermatch.api.web;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver. Nothing is downloaded: the
 * driver executable and the browser binary are given explicitly, so Selenium Manager never runs.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final String INSTALL = "sudo apt-get install -y chromium chromium-driver";
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  final ChromeDriver driver;
  final Path downloads;
  private final Path profile;

  private Browser(ChromeDriver driver, Path downloads, Path profile) {
    this.driver = driver;
    this.downloads = downloads;
    this.profile = profile;
  }

  /**
   * Skips the calling test class when Chromium or chromedriver is missing, saying how to install
   * them; fails instead when the environment variable CI is "true", so that CI cannot pass by
   * skipping the browser tests.
   */
  static void requireChromium() {
    if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
      return;
    }
    String message =
        "the browser tests need Debian's Chromium and ChromeDriver at "
            + CHROMIUM
            + " and "
            + CHROMEDRIVER
            + "; install them with: "
            + INSTALL;
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(message + " (CI=true, so these tests fail instead of being skipped)");
    }
    assumeTrue(false, message);
  }

  static Browser start() throws IOException {
    requireChromium();
    Path profile = Files.createTempDirectory("careermatch-chromium-profile-");
    Path downloads = Files.createTempDirectory("careermatch-chromium-downloads-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--disable-default-apps",
        "--password-store=basic",
        "--lang=en-US",
        "--force-device-scale-factor=1",
        "--user-data-dir=" + profile,
        "--window-size=1280,900");
    Map<String, Object> prefs = new HashMap<>();
    prefs.put("download.default_directory", downloads.toString());
    prefs.put("download.prompt_for_download", false);
    prefs.put("download.directory_upgrade", true);
    prefs.put("safebrowsing.enabled", false);
    options.setExperimentalOption("prefs", prefs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .withLogOutput(OutputStream.nullOutputStream())
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    // Headless downloads are allowed by the preferences above; say so over CDP too, which some
    // versions need.
    driver.executeCdpCommand(
        "Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toString(), "eventsEnabled", false));
    return new Browser(driver, downloads, profile);
  }

  void size(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /**
   * The page at the given width, the window as tall as the page (within reason), saved as
   * target/screenshots/name.png.
   */
  Path screenshot(String name, int width) throws IOException {
    Dimension before = driver.manage().window().getSize();
    size(width, 900);
    for (int i = 0; i < 2; i++) { // twice: the height can change with the scrollbar gone
      long page =
          ((Number) js("return Math.ceil(document.documentElement.scrollHeight)")).longValue();
      long frame =
          driver.manage().window().getSize().getHeight()
              - ((Number) js("return window.innerHeight")).longValue();
      size(width, (int) (Math.max(600, Math.min(page, 6000)) + frame));
    }
    js("window.scrollTo(0, 0)");
    Files.createDirectories(SCREENSHOTS);
    Path out = SCREENSHOTS.resolve(name + ".png");
    Files.copy(
        driver.getScreenshotAs(OutputType.FILE).toPath(), out, StandardCopyOption.REPLACE_EXISTING);
    driver.manage().window().setSize(before);
    return out;
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      deleteTree(profile);
      deleteTree(downloads);
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
