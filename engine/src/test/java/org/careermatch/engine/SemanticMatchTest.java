package org.careermatch.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.careermatch.engine.explain.Evidence;
import org.careermatch.engine.explain.Explanation;
import org.junit.jupiter.api.Test;

/** What matching by meaning adds on the real data, and that exact words still win. */
class SemanticMatchTest {
  private final Engine engine = SharedEngine.get();

  private List<String> top(String interests, int n) {
    return engine.match(LearnerProfile.of(interests)).clusters().stream()
        .limit(n)
        .map(ClusterMatch::id)
        .toList();
  }

  private static List<Explanation> leaves(ClusterMatch c) {
    List<Explanation> out = new ArrayList<>();
    c.explanation().forEachLeaf(out::add);
    return out;
  }

  @Test
  void theEngineSaysItMatchesByMeaning() {
    SemanticStatus s = engine.semantic();
    assertTrue(s.active(), s.detail());
    assertEquals("bge-small-en-v1.5-q", s.modelId());
    assertEquals("computed at build time", s.vectors(), "the build's vector file matches the data");
    assertFalse(SharedEngine.lexical().semantic().active());
  }

  @Test
  void everydayWordsReachTheirClusters() {
    assertEquals("arts-entertainment-design", top("I like drawing", 1).get(0));
    assertEquals("healthcare-human-services", top("I want to help people feel better", 1).get(0));
    assertEquals("advanced-manufacturing", top("I'm always taking things apart", 1).get(0));
  }

  @Test
  void aTypoTheSpellingFixCannotReachIsReachedByMeaning() {
    MatchResult r = engine.match(LearnerProfile.of("carpentery"));
    assertEquals("construction", r.clusters().get(0).id());
    assertTrue(r.clusters().get(0).score() > 0);
  }

  @Test
  void semanticEvidenceIsExplainedAsSuch() {
    ClusterMatch arts = engine.match(LearnerProfile.of("I like drawing")).clusters().get(0);
    Evidence e =
        leaves(arts).stream()
            .map(Explanation::evidence)
            .filter(v -> v != null && v.similarity() != null)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no semantic line in " + arts.explanation()));
    assertNotNull(e.similarity());
    assertTrue(e.similarity() > 0 && e.similarity() <= 1, "similarity " + e.similarity());
    assertTrue(
        leaves(arts).stream().anyMatch(l -> l.description().contains("is close in meaning to")));
  }

  @Test
  void exactWordsStillWin() {
    // (words alone put Energy & Natural Resources first for "I love animals and want to work
    // outside" since the
    // analyzer stems with KStem; with meaning it is Agriculture, as GoldenMatchTest expects)
    for (String p : List.of("nurse", "welding", "accounting")) {
      String lexicalFirst =
          SharedEngine.lexical().match(LearnerProfile.of(p)).clusters().get(0).id();
      ClusterMatch first = engine.match(LearnerProfile.of(p)).clusters().get(0);
      assertEquals(lexicalFirst, first.id(), p);
      assertTrue(
          leaves(first).stream()
              .anyMatch(l -> l.evidence() != null && l.evidence().similarity() == null),
          p + ": the first cluster is there by its words too: " + first.explanation());
    }
  }

  @Test
  void aClauseWithAMisspelledWordCountsLessByMeaningAndSaysSo() {
    MatchResult r = engine.match(LearnerProfile.of("nurce"));
    assertEquals("healthcare-human-services", r.clusters().get(0).id());
    Explanation meaning =
        r.clusters().stream()
            .flatMap(c -> leaves(c).stream())
            .filter(l -> l.evidence() != null && l.evidence().similarity() != null)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no line by meaning for 'nurce'"));
    assertEquals("nurce", meaning.evidence().correctedFrom());
    assertTrue(
        meaning.description().contains("counted less: 'nurce' looks misspelled"),
        meaning.description());
    double weight = meaning.evidence().weight();
    EngineConfig c = engine.config();
    // the semantic weight times the typo penalty times the entity type's weight and specificity: at
    // most that
    assertTrue(weight <= c.semanticWeight() * c.typoPenalty() * 1.0 + 1e-9, "weight " + weight);
  }
}
