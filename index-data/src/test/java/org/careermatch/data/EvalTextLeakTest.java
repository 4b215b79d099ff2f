package org.careermatch.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.careermatch.data.interest.RiasecType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The O*NET relevance suites' query text (O*NET titles and task statements) is for measuring only:
 * no authored text of index-data may contain one, unless the query is itself an occupation name the
 * crosswalks or the report carry ("environmental engineer" is in SOC 17-2081's title): naming such
 * facts is not leaking the suite. Runs where {@code ../shared/eval-dev} is beside the project
 * (developers and CI).
 */
class EvalTextLeakTest {
  /** The dev suites written in students' words; compared statement by statement (see below). */
  static final Set<String> STUDENT_SUITES =
      Set.of("interest-survey", "survey-profiles", "student-voice");

  static Path evalDev() {
    Path evalDev = Path.of("..", "..", "shared", "eval-dev");
    if (!Files.isDirectory(evalDev)) {
      evalDev = Path.of("..", "shared", "eval-dev");
    }
    Assumptions.assumeTrue(Files.isDirectory(evalDev), "no shared/eval-dev beside the project");
    return evalDev;
  }

  static String suite(Path topics) {
    return topics.getFileName().toString().replace(".topics.tsv", "");
  }

  /**
   * Every text of index-data the team wrote: descriptions, phrases, cues, subjects, qualities, type
   * descriptions.
   */
  static List<String> authoredText(FrameworkData data) {
    List<String> authored = new ArrayList<>();
    data.clusters().forEach(c -> authored.add(c.definition().text()));
    data.subClusters().forEach(s -> authored.add(s.description().text()));
    data.interests()
        .forEach(
            i -> {
              authored.add(i.text());
              authored.addAll(i.synonyms());
            });
    data.skills()
        .forEach(
            s ->
                s.listings().stream()
                    .filter(l -> l.provenance() == Provenance.AUTHORED)
                    .forEach(l -> authored.add(l.asWritten())));
    data.interestCues().stream()
        .filter(c -> c.provenance() == Provenance.AUTHORED)
        .forEach(c -> authored.add(c.text()));
    data.subjects().forEach(s -> authored.addAll(s.names()));
    data.qualities().forEach(q -> authored.addAll(q.names()));
    for (RiasecType t : RiasecType.values()) {
      authored.add(t.description());
    }
    return authored;
  }

  @Test
  void authoredTextContainsNoEvaluationQuery() throws IOException {
    Path evalDev = evalDev();
    Set<String> queries = new TreeSet<>();
    try (Stream<Path> files = Files.list(evalDev)) {
      for (Path p :
          (Iterable<Path>)
              files.filter(
                      f ->
                          f.toString().endsWith(".topics.tsv")
                              && !STUDENT_SUITES.contains(suite(f)))
                  ::iterator) {
        for (String line : Files.readAllLines(p)) {
          String[] f = line.split("\t", 2);
          if (f.length == 2 && f[1].strip().length() >= 18) {
            queries.add(f[1].strip().toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    FrameworkData data = DataLoader.loadDefault();
    List<String> authored = authoredText(data);
    // occupation names the crosswalks and the report themselves carry are facts, not leaked queries
    StringBuilder facts = new StringBuilder();
    data.socOccupations().forEach(o -> facts.append(o.title()).append('\n'));
    data.programs().forEach(p -> facts.append(p.title()).append('\n'));
    data.occupations().forEach(o -> facts.append(o.title()).append('\n'));
    data.skills().forEach(s -> facts.append(s.name()).append('\n'));
    String factText = facts.toString().toLowerCase(Locale.ROOT);
    List<String> leaks = new ArrayList<>();
    for (String text : authored) {
      String t = text.toLowerCase(Locale.ROOT);
      for (String q : queries) {
        if (t.contains(q) && !factText.contains(q)) {
          leaks.add("'" + text + "' contains '" + q + "'");
        }
      }
    }
    assertEquals(List.of(), leaks);
  }

  /**
   * The student-language suites (Career Clusters Interest Survey items, survey profiles, student
   * voice) are compared statement by statement: a survey item, each ';' piece of a survey profile,
   * and each clause (split at . , ; ! ?) of a student-voice interest text and each of its skills. A
   * statement of 4 or more words must not appear whole in any text of index-data, authored or taken
   * from O*NET's interest files (words compared lower-case, punctuation ignored). Shorter
   * statements ("Chemistry", "be a leader") are everyday facts and words, not items.
   */
  @Test
  void noStudentSuiteStatementIsInTheData() throws IOException {
    Path evalDev = evalDev();
    Map<String, String> statements = new TreeMap<>();
    for (String name : STUDENT_SUITES) {
      Path p = evalDev.resolve(name + ".topics.tsv");
      Assumptions.assumeTrue(Files.isRegularFile(p), "no " + p);
      for (String line : Files.readAllLines(p)) {
        String[] f = line.split("\t");
        if (f.length < 2) {
          continue;
        }
        List<String> pieces = new ArrayList<>();
        switch (name) {
          case "survey-profiles" -> pieces.addAll(List.of(f[1].split(";")));
          case "student-voice" -> {
            pieces.addAll(List.of(f[1].split("[.,;!?]")));
            if (f.length > 2) {
              pieces.addAll(List.of(f[2].split(";")));
            }
          }
          default -> pieces.add(f[1]);
        }
        for (String piece : pieces) {
          String n = words(piece);
          if (n.split(" ").length >= 4) {
            statements.putIfAbsent(n, name + " " + f[0]);
          }
        }
      }
    }
    Assumptions.assumeTrue(
        statements.size() > 100, "too few statements read: " + statements.size());
    FrameworkData data = DataLoader.loadDefault();
    List<String> texts = new ArrayList<>(authoredText(data));
    data.interestCues().stream()
        .filter(c -> c.provenance() != Provenance.AUTHORED)
        .forEach(c -> texts.add(c.text()));
    List<String> leaks = new ArrayList<>();
    for (String text : texts) {
      String t = " " + words(text) + " ";
      statements.forEach(
          (s, where) -> {
            if (t.contains(" " + s + " ")) {
              leaks.add("'" + text + "' contains a statement of " + where);
            }
          });
    }
    assertEquals(List.of(), leaks);
  }

  /** Lower-case words joined by one space, punctuation dropped. */
  static String words(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9']+", " ").trim();
  }
}
