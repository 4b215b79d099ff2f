package org.careermatch.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.careermatch.engine.index.Field;
import org.junit.jupiter.api.Test;

class AnalyzerFactoryTest {
  private final Analyzer analyzer = AnalyzerFactory.create();

  private List<String> terms(Field field, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field.fieldName(), text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(t.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void everydayWordsAndFrameworkWordsMeetAsOneTerm() throws IOException {
    assertEquals(terms(Field.TEXT, "veterinarian"), terms(Field.TEXT, "vet"));
    assertEquals(terms(Field.TEXT, "physician"), terms(Field.TEXT, "doctor"));
    assertEquals(terms(Field.TEXT, "programming"), terms(Field.TEXT, "coding"));
  }

  @Test
  void stemmingAndStopWords() throws IOException {
    assertEquals(terms(Field.TEXT, "nurse"), terms(Field.TEXT, "nurseing"));
    assertEquals(List.of(), terms(Field.TEXT, "I really like the"));
    assertEquals(terms(Field.TEXT, "uncle"), terms(Field.TEXT, "uncle's"));
  }

  @Test
  void anAgentNounStaysApartFromABaseWordWithAnotherMeaning() throws IOException {
    // "I like trains" matched Athletic Trainers and Animal Trainers; "wind power" Coil Winders
    assertFalse(terms(Field.TEXT, "trains").equals(terms(Field.TEXT, "trainers")));
    assertEquals(terms(Field.TEXT, "trainer"), terms(Field.TEXT, "trainers"));
    assertFalse(terms(Field.TEXT, "wind").equals(terms(Field.TEXT, "winders")));
    assertFalse(terms(Field.TEXT, "processes").equals(terms(Field.TEXT, "processors")));
    assertFalse(terms(Field.TEXT, "stocks").equals(terms(Field.TEXT, "stockers")));
    assertFalse(terms(Field.TEXT, "apart").equals(terms(Field.TEXT, "apartments")));
    // the doer of a base word with one meaning still meets it
    assertEquals(terms(Field.TEXT, "farm"), terms(Field.TEXT, "farmer"));
  }

  @Test
  void phrasesPairAdjacentWords() throws IOException {
    List<String> pairs = terms(Field.PHRASE, "patient care");
    assertEquals(1, pairs.size());
    assertTrue(pairs.get(0).contains(" "), pairs.toString());
  }

  @Test
  void aSynonymMapsToOneTokenSoOneTypedWordNeverMatchesAsTwo() throws IOException {
    // "games" read as the two words "video game" matched "Film and Video Editor" by "video" alone
    assertEquals(1, terms(Field.TEXT, "games").size(), terms(Field.TEXT, "games").toString());
    assertEquals(terms(Field.TEXT, "games"), terms(Field.TEXT, "video games"));
    assertEquals(terms(Field.TEXT, "customer service"), terms(Field.TEXT, "helping customers"));
    assertEquals(1, terms(Field.TEXT, "customer service").size());
    // so "customer service" no longer matches a text that only says "service"
    assertFalse(
        terms(Field.TEXT, "Vehicle Service Systems")
            .containsAll(terms(Field.TEXT, "customer service")));
  }

  @Test
  void querySyntaxIsNotSpecial() throws IOException {
    assertEquals(terms(Field.TEXT, "title a or"), terms(Field.TEXT, "title:(a OR *"));
  }

  @Test
  void aNameIsOneFoldedTermWithItsSpacingCollapsed() throws IOException {
    List<String> out = new ArrayList<>();
    try (Analyzer names = AnalyzerFactory.names();
        TokenStream ts = names.tokenStream("name", "  Caf\u00e9  Manager\t(C++) ")) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(t.toString());
      }
      ts.end();
    }
    assertEquals(List.of("cafe manager (c++)"), out);
  }
}
