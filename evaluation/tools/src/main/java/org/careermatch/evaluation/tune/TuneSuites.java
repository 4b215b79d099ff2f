package org.careermatch.evaluation.tune;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.careermatch.evaluation.bundled.BundledSuites;
import org.careermatch.evaluation.suite.Suite;

/**
 * The suites a sweep or a fit reads: bundled ones by name; {@code eval-dev/NAME} is the bundled
 * copy of the team's dev suite {@code dev/NAME} (copied unchanged from {@code ../shared/eval-dev}),
 * a part by item kind as {@code eval-dev/interest-survey:act} ({@code act}, {@code per}, {@code
 * sch}: the bundled {@code dev/interest-survey-activities}, {@code -qualities}, {@code -subjects});
 * the suite keeps the name asked for.
 */
final class TuneSuites {
  static final List<String> DEFAULT =
      List.of(
          "learner-profiles",
          "dev/alt-titles",
          "dev/reported-titles",
          "dev/tasks",
          "eval-dev/interest-survey",
          "eval-dev/survey-profiles",
          "eval-dev/student-voice");
  private static final Map<String, String> PARTS =
      Map.of("act", "activities", "per", "qualities", "sch", "subjects");

  private TuneSuites() {}

  static Suite load(String name) throws IOException {
    if (!name.startsWith("eval-dev/")) {
      return BundledSuites.load(name);
    }
    String rest = name.substring("eval-dev/".length());
    int colon = rest.indexOf(':');
    String bundled = "dev/" + rest;
    if (colon >= 0) {
      String part = PARTS.get(rest.substring(colon + 1));
      if (part == null) {
        throw new IllegalArgumentException(
            "no part "
                + rest.substring(colon + 1)
                + " of "
                + rest.substring(0, colon)
                + " (parts: "
                + PARTS.keySet()
                + ")");
      }
      bundled = "dev/" + rest.substring(0, colon) + "-" + part;
    }
    return BundledSuites.load(bundled).subset(name, qid -> true);
  }
}
