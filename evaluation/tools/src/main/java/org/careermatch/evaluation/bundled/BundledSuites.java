package org.careermatch.evaluation.bundled;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.careermatch.evaluation.suite.Suite;
import org.careermatch.evaluation.suite.Suites;

/**
 * The relevance suites bundled with the evaluation tools, under {@link #RESOURCE_ROOT} on the class
 * path (described in {@code careermatch/suites/README.md} there). They ship in this module only,
 * never with the service.
 */
public final class BundledSuites {
  /** Class-path folder of the bundled suites. */
  public static final String RESOURCE_ROOT = "careermatch/suites/";

  /** Names of the bundled suites, accepted by {@link #load(String)}. */
  public static final List<String> NAMES =
      List.of(
          "learner-profiles",
          "uv-job-titles",
          "pathways-2002",
          "sacramento",
          "dev/alt-titles",
          "dev/reported-titles",
          "dev/tasks",
          "dev/interest-survey",
          "dev/interest-survey-activities",
          "dev/interest-survey-qualities",
          "dev/interest-survey-subjects",
          "dev/survey-profiles",
          "dev/student-voice");

  /**
   * Bundled suites that are a part of another one, by topic id: {@code dev/interest-survey}'s
   * statements by item kind (qids {@code dev-int-BOX-act-NN} activities, {@code -per-} personal
   * qualities, {@code -sch-} school subjects).
   */
  private static final Map<String, Part> PARTS =
      Map.of(
          "dev/interest-survey-activities",
              new Part("dev/interest-survey", Pattern.compile("dev-int-\\d+-act-\\d+")),
          "dev/interest-survey-qualities",
              new Part("dev/interest-survey", Pattern.compile("dev-int-\\d+-per-\\d+")),
          "dev/interest-survey-subjects",
              new Part("dev/interest-survey", Pattern.compile("dev-int-\\d+-sch-\\d+")));

  private record Part(String suite, Pattern qids) {}

  private BundledSuites() {}

  /**
   * Loads a bundled suite by name, e.g. {@code learner-profiles} or {@code dev/alt-titles}. A TREC
   * suite is named by its path under {@link #RESOURCE_ROOT}; a JSON suite by the {@code name}
   * inside it; a part of a suite (the interest survey by item kind) by its own name.
   *
   * @throws IllegalArgumentException when no suite of that name is bundled
   */
  public static Suite load(String name) throws IOException {
    Part part = PARTS.get(name);
    if (part != null) {
      return load(part.suite()).subset(name, qid -> part.qids().matcher(qid).matches());
    }
    return Suites.fromClassPath(BundledSuites.class.getClassLoader(), RESOURCE_ROOT + name, name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no bundled suite named " + name + " (bundled: " + NAMES + ")"));
  }
}
