package org.careermatch.engine.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careermatch.engine.explain.Span;
import org.junit.jupiter.api.Test;

/**
 * How interests split into the clauses that are matched by meaning, and what each clause is read
 * as.
 */
class ClauseTest {
  private static List<String> texts(String interests) {
    return Clause.of(interests).stream().map(Clause::text).toList();
  }

  @Test
  void splitsAtPunctuationAndJoiningWords() {
    assertEquals(
        List.of("I like drawing", "video games", "I help at my uncle's garage"),
        texts("I like drawing and video games, I help at my uncle's garage."));
    assertEquals(
        List.of("caring for animals", "working outside"),
        texts("caring for animals; AND working outside!"));
    // "and/or" joins two interests as "and" does; it leaves no dangling "and" or "or"
    assertEquals(
        List.of("read blueprints", "instructions"), texts("read blueprints and/or instructions"));
  }

  @Test
  void keepsWordsThatOnlyContainAJoiningWord() {
    assertEquals(List.of("brand design", "android apps"), texts("brand design, android apps"));
  }

  @Test
  void dropsPiecesWithoutLetters() {
    assertEquals(List.of("welding"), texts("... 123, welding ,,, !!"));
    assertEquals(List.of(), texts("   "));
  }

  @Test
  void spansPointAtTheClauseInTheText() {
    String interests = "  I like drawing and   video games, welding";
    for (Clause c : Clause.of(interests)) {
      Span s = c.span();
      assertEquals(
          c.text(), interests.substring(s.start(), s.end()).replaceAll("\\s+", " "), c.text());
    }
    assertEquals(3, Clause.of(interests).size());
  }

  @Test
  void fillerWordsAreNotReadForMeaning() {
    assertEquals("a cop", new Clause("maybe a cop", new Span(0, 11)).meaningText());
    assertEquals(
        "I like drawing", new Clause("I really like drawing lol", new Span(0, 25)).meaningText());
    assertEquals("", new Clause("idk", new Span(0, 3)).meaningText());
    // relatives say who, not what: left out with their possessive
    assertEquals(
        "I help at my garage",
        new Clause("I help at my uncle's garage", new Span(0, 27)).meaningText());
    assertEquals(
        "fixing cars with my",
        new Clause("fixing cars with my Dad", new Span(0, 23)).meaningText());
    assertEquals("not", new Clause("not sure", new Span(0, 8)).meaningText());
  }

  @Test
  void aWordThatOnlyContainsAFillerWordStays() {
    String read = new Clause("surgery and superheroes", new Span(0, 23)).meaningText();
    assertTrue(read.contains("surgery") && read.contains("superheroes"), read);
  }
}
