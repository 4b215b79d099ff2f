package org.careermatch.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The relevance suites' query text (O*NET titles and task statements) is for measuring only: no authored text of
 * index-data may contain one, unless the query is itself an occupation name the crosswalks or the report carry
 * ("environmental engineer" is in SOC 17-2081's title): naming such facts is not leaking the suite. Runs where {@code ../shared/eval-dev} is beside the project (developers and CI).
 */
class EvalTextLeakTest {
  @Test
  void authoredTextContainsNoEvaluationQuery() throws IOException {
    Path evalDev = Path.of("..", "..", "shared", "eval-dev");
    if (!Files.isDirectory(evalDev)) {
      evalDev = Path.of("..", "shared", "eval-dev");
    }
    Assumptions.assumeTrue(Files.isDirectory(evalDev), "no shared/eval-dev beside the project");
    Set<String> queries = new TreeSet<>();
    try (Stream<Path> files = Files.list(evalDev)) {
      for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".topics.tsv"))::iterator) {
        for (String line : Files.readAllLines(p)) {
          // qid, text and (student-voice) a third column of skills: the text is the query
          String[] f = line.split("\t", -1);
          if (f.length >= 2 && f[1].strip().length() >= 18) {
            queries.add(f[1].strip().toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    FrameworkData data = DataLoader.loadDefault();
    List<String> authored = new ArrayList<>();
    data.clusters().forEach(c -> authored.add(c.definition().text()));
    data.subClusters().forEach(s -> authored.add(s.description().text()));
    data.interests().forEach(i -> {
      authored.add(i.text());
      authored.addAll(i.synonyms());
    });
    data.skills().forEach(s -> s.listings().stream()
        .filter(l -> l.provenance() == Provenance.AUTHORED).forEach(l -> authored.add(l.asWritten())));
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
}
