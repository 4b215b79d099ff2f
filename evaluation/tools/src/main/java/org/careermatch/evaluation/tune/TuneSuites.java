package org.careermatch.evaluation.tune;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careermatch.data.Framework;
import org.careermatch.evaluation.suite.Qrels;
import org.careermatch.evaluation.suite.QrelsReader;
import org.careermatch.evaluation.suite.Suite;
import org.careermatch.evaluation.bundled.BundledSuites;
import org.careermatch.evaluation.suite.Topic;

/**
 * The suites a sweep or a fit reads: bundled ones by name, and the team's dev suites straight from
 * {@code ../shared/eval-dev} as {@code eval-dev/NAME} (topics with an optional third column of {@code ;}-separated
 * skills), a subset by qid part as {@code eval-dev/NAME:PART} (e.g. {@code eval-dev/interest-survey:act}).
 */
final class TuneSuites {
  static final List<String> DEFAULT = List.of("learner-profiles", "dev/alt-titles", "dev/reported-titles",
      "dev/tasks", "dev/interest-survey", "dev/survey-profiles", "dev/student-voice");

  private TuneSuites() {}

  static Suite load(String name) throws IOException {
    if (!name.startsWith("eval-dev/")) {
      return BundledSuites.load(name);
    }
    String rest = name.substring("eval-dev/".length());
    String part = null;
    int colon = rest.indexOf(':');
    if (colon >= 0) {
      part = rest.substring(colon + 1);
      rest = rest.substring(0, colon);
    }
    Path dir = Path.of(System.getProperty("careermatch.eval-dev", "../shared/eval-dev"));
    List<Topic> topics = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve(rest + ".topics.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (part != null && !f[0].contains("-" + part + "-")) {
        continue;
      }
      List<String> skills = f.length > 2 && !f[2].isBlank()
          ? Arrays.stream(f[2].split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList()
          : List.of();
      topics.add(new Topic(f[0], f[1], skills, Framework.NCCF_2024));
    }
    Qrels all = QrelsReader.read(dir.resolve(rest + ".qrels"));
    Map<String, Map<String, Integer>> kept = new LinkedHashMap<>();
    for (Topic t : topics) {
      if (all.hasTopic(t.id())) {
        kept.put(t.id(), all.judgments(t.id()));
      }
    }
    return new Suite(name, topics, new Qrels(kept), Qrels.EMPTY);
  }
}
