package org.careermatch.engine.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.careermatch.engine.SharedEngine;
import org.careermatch.engine.analysis.AnalyzerFactory;
import org.careermatch.engine.analysis.TypoPolicy;
import org.careermatch.engine.index.EntityIndex;
import org.careermatch.engine.index.Field;
import org.junit.jupiter.api.Test;

/**
 * Typo correction reads misspellings as the words meant and leaves English words alone: students
 * write "all kinds of weather" and "logical", not "kid" and "local".
 */
class TypoCorrectorTest {
  /** English words the index does not have, and the other words correction used to read them as. */
  private static final List<List<String>> ENGLISH_WORDS_NOT_TYPOS =
      List.of(
          List.of("kinds", "kid"),
          List.of("logical", "local"),
          List.of("pride", "price"),
          List.of("facts", "fast"),
          List.of("steady", "study"),
          List.of("variety", "varsity"),
          List.of("clearly", "clergy"),
          List.of("amazing", "amazon"),
          List.of("forever", "forester"),
          List.of("border", "barber"));

  private final EntityIndex index = SharedEngine.lexical().index();

  private Optional<TypoCorrector.Resolved> read(String typed, boolean keepEnglishWords) {
    TypoCorrector corrector = new TypoCorrector(index, TypoPolicy.DEFAULT, true, keepEnglishWords);
    List<Token> tokens = Tokens.of(index.analyzer(), Field.TEXT, typed);
    assertEquals(1, tokens.size(), typed);
    return corrector.resolve(tokens.get(0).term(), tokens.get(0).surface());
  }

  @Test
  void englishWordsAreNotReadAsOtherWords() {
    for (List<String> pair : ENGLISH_WORDS_NOT_TYPOS) {
      String word = pair.get(0);
      assertTrue(AnalyzerFactory.ENGLISH_WORDS.contains(word), word + " is in the word list");
      Optional<TypoCorrector.Resolved> r = read(word, true);
      assertNotEquals(Optional.of(pair.get(1)), r.map(TypoCorrector.Resolved::term), word);
      r.ifPresent(x -> assertNull(x.correctedFrom(), word + " read as " + x.term()));
    }
  }

  @Test
  void withoutTheWordListTheseWordsWereMisread() {
    long misread =
        ENGLISH_WORDS_NOT_TYPOS.stream()
            .filter(
                pair ->
                    read(pair.get(0), false)
                        .map(TypoCorrector.Resolved::term)
                        .equals(Optional.of(pair.get(1))))
            .count();
    assertTrue(misread >= ENGLISH_WORDS_NOT_TYPOS.size() / 2, "misread " + misread);
  }

  @Test
  void misspellingsAreStillCorrectedAsTyped() {
    for (List<String> pair :
        List.of(
            List.of("managment", "management"),
            List.of("buisness", "business"),
            List.of("enginering", "engineering"),
            List.of("electritian", "electrician"),
            List.of("residental", "residential"))) {
      Optional<TypoCorrector.Resolved> r = read(pair.get(0), true);
      assertEquals(pair.get(1), r.map(TypoCorrector.Resolved::term).orElse(null), pair.get(0));
      assertNotNull(r.get().correctedFrom(), pair.get(0) + " is counted as a typo");
    }
  }

  @Test
  void anEnglishWordIsReadAsItsInflectedBase() {
    for (String word : List.of("designs", "directions")) {
      String term = Tokens.of(index.analyzer(), Field.TEXT, word).get(0).term();
      Optional<TypoCorrector.Resolved> r = read(word, true);
      assertTrue(r.isPresent(), word);
      assertTrue(
          index.docFreq(Field.TEXT, r.get().term()) > 0 && term.startsWith(r.get().term()),
          word + " read as " + r.get().term());
      assertNull(r.get().correctedFrom(), word);
    }
  }

  @Test
  void aWordWithoutTheGOfItsIngIsReadAsTheIngWord() {
    // as said: "cookin" was read by edits as "cookie" ("gamin" is an English word of its own: a
    // synonym of gaming in synonyms.txt)
    for (String word : List.of("cookin", "paintin", "fishin", "drivin", "codin", "huntin'")) {
      String spelled = word.replace("'", "") + "g";
      String meant = Tokens.of(index.analyzer(), Field.TEXT, spelled).get(0).term();
      Optional<TypoCorrector.Resolved> r = read(word, true);
      assertEquals(Optional.of(meant), r.map(TypoCorrector.Resolved::term), word);
      assertNotNull(r.get().correctedFrom(), word + " is a correction");
    }
  }

  @Test
  void englishWordsEndingInInKeepTheirOwnReading() {
    for (String word : List.of("cabin", "violin", "protein", "cousin")) {
      assertTrue(AnalyzerFactory.ENGLISH_WORDS.contains(word), word + " is in the word list");
      read(word, true)
          .ifPresent(
              r ->
                  assertTrue(
                      !r.term().equals(word + "g") && r.correctedFrom() == null,
                      word + " read as " + r.term()));
    }
  }
}
