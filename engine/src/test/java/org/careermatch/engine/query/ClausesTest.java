package org.careermatch.engine.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How interests split into the clauses that are matched by meaning. */
class ClausesTest {
  @Test
  void splitsAtPunctuationAndJoiningWords() {
    assertEquals(List.of("I like drawing", "video games", "I help at my uncle's garage"),
        UnitExtractor.clauses("I like drawing and video games, I help at my uncle's garage."));
    assertEquals(List.of("caring for animals", "working outside"),
        UnitExtractor.clauses("caring for animals; AND working outside!"));
  }

  @Test
  void keepsWordsThatOnlyContainAJoiningWord() {
    assertEquals(List.of("brand design", "android apps"), UnitExtractor.clauses("brand design, android apps"));
  }

  @Test
  void dropsPiecesWithoutLetters() {
    assertEquals(List.of("welding"), UnitExtractor.clauses("... 123, welding ,,, !!"));
    assertEquals(List.of(), UnitExtractor.clauses("   "));
  }

  @Test
  void joinsEverythingPastTheLimitToTheLastClause() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < UnitExtractor.MAX_SEMANTIC_UNITS + 3; i++) {
      b.append("word").append((char) ('a' + i)).append(", ");
    }
    List<String> clauses = UnitExtractor.clauses(b.toString());
    assertEquals(UnitExtractor.MAX_SEMANTIC_UNITS, clauses.size());
    assertEquals("wordl wordm wordn wordo", clauses.get(clauses.size() - 1));
  }
}
