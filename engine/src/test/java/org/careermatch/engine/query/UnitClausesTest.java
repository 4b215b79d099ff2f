package org.careermatch.engine.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.TopDocs;
import org.careermatch.engine.Engine;
import org.careermatch.engine.EngineConfig;
import org.careermatch.engine.LearnerProfile;
import org.careermatch.engine.SharedEngine;
import org.careermatch.engine.index.ScoredDocs;
import org.junit.jupiter.api.Test;

/**
 * The engine scores a lexical unit's weighted terms without running Lucene; on the units real
 * profiles make, Lucene's own search of the same disjunction of boosted term queries must rank the
 * same documents with the same scores.
 */
class UnitClausesTest {
  private static final List<LearnerProfile> PROFILES =
      List.of(
          LearnerProfile.of(
              "I like drawing and video games, I help at my uncle's garage",
              "Python",
              "CPR",
              "customer service"),
          LearnerProfile.of(
              "nurseing student who loves caring for people", "first aid", "patient care"),
          LearnerProfile.of(
              "welding, carpentry and customer service at a hardware store", "power tools"),
          LearnerProfile.of("", "Microsoft Excel", "project management", "pyhton programming"));

  @Test
  void everyLexicalUnitRanksAsLuceneRanksItsQuery() throws IOException {
    Engine engine = SharedEngine.lexical();
    UnitExtractor extractor = new UnitExtractor(engine.index(), EngineConfig.defaults());
    int checked = 0;
    for (LearnerProfile p : PROFILES) {
      for (QueryUnit u : extractor.extract(p).units()) {
        assertFalse(u.clauses().isEmpty(), u.input());
        TopDocs expected = engine.index().searcher().search(u.luceneQuery(), 50);
        ScoredDocs actual = engine.index().termSearcher().search(u.clauses(), 50);
        assertEquals(expected.scoreDocs.length, actual.size(), u.kind() + " " + u.input());
        for (int i = 0; i < actual.size(); i++) {
          float e = expected.scoreDocs[i].score;
          assertEquals(e, actual.score(i), 1e-5 * e, u.kind() + " " + u.input() + ", rank " + i);
        }
        checked++;
      }
    }
    assertTrue(checked > 20, "checked " + checked + " units");
  }
}
