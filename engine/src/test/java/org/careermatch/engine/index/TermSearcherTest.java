package org.careermatch.engine.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.careermatch.engine.SharedEngine;
import org.careermatch.engine.TestSeeds;
import org.junit.jupiter.api.Test;

/**
 * The term searcher ranks exactly as Lucene's own search of the same disjunction of boosted term
 * queries, on the real index: same documents in the same order, same scores (to float rounding; two
 * documents whose scores differ by rounding only may trade places). Randomized over the index's
 * vocabulary with a fixed default seed; other draws with {@code -Dcareermatch.seed=N} ({@link
 * TestSeeds}), and a failure names its seed.
 */
class TermSearcherTest {
  private final long seed = TestSeeds.seed();
  private final EntityIndex index = SharedEngine.lexical().index();

  private static List<String> vocabulary(EntityIndex index) throws IOException {
    List<String> out = new ArrayList<>();
    TermsEnum te = index.textTerms().iterator();
    for (BytesRef t = te.next(); t != null; t = te.next()) {
      out.add(t.utf8ToString());
    }
    return out;
  }

  @Test
  void ranksAsLuceneRanksTheSameDisjunction() throws IOException {
    Random r = new Random(seed);
    List<String> words = vocabulary(index);
    // common words too: the index's most frequent terms are where ties and long postings are
    List<String> common = words.stream().filter(w -> index.docFreq(Field.TEXT, w) > 200).toList();
    assertTrue(common.size() > 5, "the index has common words");
    for (int q = 0; q < 300; q++) {
      int n = 1 + r.nextInt(q % 3 == 0 ? 1 : 6);
      List<WeightedTerm> terms = new ArrayList<>();
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      for (int i = 0; i < n; i++) {
        List<String> from = r.nextBoolean() ? common : words;
        String w = from.get(r.nextInt(from.size()));
        float boost = r.nextInt(3) == 0 ? 1f : 0.1f + r.nextFloat() * 2;
        terms.add(new WeightedTerm(Field.TEXT, w, boost));
        Query t = new TermQuery(new Term(Field.TEXT.fieldName(), w));
        b.add(boost == 1f ? t : new BoostQuery(t, boost), BooleanClause.Occur.SHOULD);
      }
      int top = 1 + r.nextInt(60);
      String where = "seed " + seed + ", query " + q + " " + terms + ", top " + top;
      Query query = b.build();
      TopDocs expected = index.searcher().search(query, top);
      ScoredDocs actual = index.termSearcher().search(terms, top);
      assertEquals(expected.scoreDocs.length, actual.size(), where);
      for (int i = 0; i < actual.size(); i++) {
        float e = expected.scoreDocs[i].score;
        assertEquals(e, actual.score(i), 1e-5 * e, where + ", rank " + i);
        if (expected.scoreDocs[i].doc != actual.doc(i)) {
          // another document at this rank only when Lucene itself scores it as a near-tie of the
          // one it put here
          float lucenesScoreOfOurs =
              index.searcher().explain(query, actual.doc(i)).getValue().floatValue();
          assertEquals(
              e,
              lucenesScoreOfOurs,
              1e-5 * e,
              where
                  + ", rank "
                  + i
                  + ": doc "
                  + actual.doc(i)
                  + " instead of "
                  + expected.scoreDocs[i].doc
                  + " is not a near-tie");
        }
      }
    }
  }

  @Test
  void phrasesAreSearchedInTheirOwnField() throws IOException {
    String phrase = "patient care";
    assertTrue(
        index.docFreq(Field.PHRASE, phrase) > 0, "the index knows the phrase '" + phrase + "'");
    TopDocs expected =
        index.searcher().search(new TermQuery(new Term(Field.PHRASE.fieldName(), phrase)), 50);
    ScoredDocs actual =
        index.termSearcher().search(List.of(new WeightedTerm(Field.PHRASE, phrase, 1f)), 50);
    assertEquals(expected.scoreDocs.length, actual.size());
    for (int i = 0; i < actual.size(); i++) {
      assertEquals(expected.scoreDocs[i].doc, actual.doc(i));
      assertEquals(expected.scoreDocs[i].score, actual.score(i), 0f);
    }
  }

  @Test
  void aTermTheIndexDoesNotKnowFindsNothing() {
    assertEquals(
        0,
        index.termSearcher().search(List.of(new WeightedTerm(Field.TEXT, "zzqxj", 1f)), 10).size());
  }

  @Test
  void badArgumentsAreRejectedWithAMessage() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> index.termSearcher().search(List.of(), 10));
    assertTrue(e.getMessage().contains("at least one term"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                index.termSearcher().search(List.of(new WeightedTerm(Field.TEXT, "nurs", 1f)), 0));
    assertTrue(e.getMessage().contains("was 0"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class, () -> new WeightedTerm(Field.TEXT, "nurs", 0f));
    assertTrue(
        e.getMessage().contains("was 0.0") && e.getMessage().contains("nurs"), e.getMessage());
  }
}
