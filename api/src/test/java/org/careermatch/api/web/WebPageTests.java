package org.careermatch.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The page over plain HTTP: served at /, self-contained (no CDN, no external URL), under a strict
 * policy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
class WebPageTests {
  private static final Pattern REFERENCE = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

  @Autowired private TestRestTemplate http;

  @Test
  void slashServesTheHtmlPageUnderAStrictContentSecurityPolicy() {
    ResponseEntity<String> r = http.getForEntity("/", String.class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(r.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(r.getBody())
        .contains(
            "<html lang=\"en\">", "<title>careermatch", "id=\"match-form\"", "id=\"batch-form\"");
    String csp = r.getHeaders().getFirst("Content-Security-Policy");
    assertThat(csp)
        .contains(
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "object-src 'none'",
            "frame-ancestors 'none'")
        .doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:", "*");
    assertThat(r.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    // no inline script or style: everything the policy allows comes from the page's own files
    assertThat(r.getBody())
        .doesNotContainPattern("<script(?![^>]*\\bsrc=)")
        .doesNotContain("<style", " style=", " onclick=", " onload=");
  }

  @Test
  void everyAssetThePageReferencesIsLocalAndServed() {
    String page = http.getForObject("/", String.class);
    List<String> refs = new ArrayList<>();
    Matcher m = REFERENCE.matcher(page);
    while (m.find()) {
      refs.add(m.group(1));
    }
    assertThat(refs)
        .contains(
            "css/app.css", "js/app.js", "favicon.png", "examples/careermatch-profiles-example.csv");
    Map<String, String> types =
        Map.of("css", "text/css", "js", "javascript", "png", "image/png", "csv", "text/csv");
    for (String ref : refs) {
      if (ref.startsWith("#")) {
        continue;
      }
      assertThat(ref).as("a page reference").doesNotContain("//").doesNotStartWith("/");
      ResponseEntity<byte[]> r = http.getForEntity("/" + ref, byte[].class);
      assertThat(r.getStatusCode()).as(ref).isEqualTo(HttpStatus.OK);
      String ext = ref.substring(ref.lastIndexOf('.') + 1);
      assertThat(r.getHeaders().getContentType().toString()).as(ref).contains(types.get(ext));
    }
  }

  private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

  /**
   * The page shows the API's sentences and marks words by the API's offsets: it never parses the
   * engine's wording.
   */
  @Test
  void theScriptDoesNotReadTheEnginesWording() throws IOException {
    String js =
        Files.readString(
            new ClassPathResource("static/js/app.js").getFile().toPath(), StandardCharsets.UTF_8);
    assertThat(js)
        .doesNotContain(
            "all your words together",
            "cross-cutting boost",
            "more$",
            "matchedTerms",
            "from the (2024",
            "explanation");
  }

  @Test
  void noPageAssetReferencesAnExternalUrl() throws IOException {
    Path root = new ClassPathResource("static").getFile().toPath();
    List<Path> files;
    try (Stream<Path> all = Files.walk(root)) {
      files = all.filter(Files::isRegularFile).toList();
    }
    assertThat(files)
        .extracting(p -> root.relativize(p).toString().replace('\\', '/'))
        .contains(
            "index.html", "css/app.css", "js/app.js", "examples/careermatch-profiles-example.csv");
    for (Path f : files) {
      if (f.toString().endsWith(".png")) {
        continue;
      }
      // the SVG namespace is a name that createElementNS needs, never fetched: the one URL allowed
      String text =
          Files.readString(f, StandardCharsets.UTF_8).replace("'" + SVG_NAMESPACE + "'", "''");
      assertThat(text)
          .as(root.relativize(f).toString())
          .doesNotContainIgnoringCase("http://")
          .doesNotContainIgnoringCase("https://")
          .doesNotContain("//cdn", "@import", "url(");
      assertThat(text)
          .as(root.relativize(f) + " must not write HTML from strings")
          .doesNotContain(
              "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(");
    }
  }

  @Test
  void theExampleCsvIsAValidBatch() {
    String example = http.getForObject("/examples/careermatch-profiles-example.csv", String.class);
    assertThat(example).startsWith("ref,interests,skills,framework\n");
    HttpHeaders h = new HttpHeaders();
    h.setContentType(MediaType.parseMediaType("text/csv"));
    h.setAccept(List.of(MediaType.APPLICATION_JSON));
    ResponseEntity<String> r =
        http.postForEntity("/api/v1/matches/batch", new HttpEntity<>(example, h), String.class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(r.getBody())
        .contains("\"ref\":\"s-0001\"", "\"ref\":\"s-0005\"")
        .doesNotContain("\"error\"");
  }

  @Test
  void theApiKeepsItsOwnHeadersAndErrors() {
    ResponseEntity<String> ping = http.getForEntity("/api/v1/ping", String.class);
    // the API's answers are no pages: a policy that allows nothing (SecurityHeadersFilter), not the
    // page's
    assertThat(ping.getHeaders().getFirst("Content-Security-Policy"))
        .startsWith("default-src 'none'")
        .isNotEqualTo(PageConfiguration.CONTENT_SECURITY_POLICY);
    ResponseEntity<String> missing = http.getForEntity("/no-such-page", String.class);
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(missing.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
  }
}
