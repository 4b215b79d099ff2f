package org.careermatch.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Interest types, school subjects and personal qualities (issue "interest types (Holland
 * codes)...").
 */
class InterestTypesGoldenTest {
  private final Engine engine = SharedEngine.get();

  private static List<String> top3(MatchResult r) {
    return r.clusters().subList(0, 3).stream().map(ClusterMatch::id).toList();
  }

  @Test
  void detailsAndRecordsReadAsConventional() {
    MatchResult r =
        engine.match(
            LearnerProfile.of("I like to work with details, keep records and I'm very organized"));
    assertEquals('C', r.interestProfile().code().charAt(0), "code: " + r.interestProfile());
    assertTrue(top3(r).contains("financial-services"), "top: " + top3(r));
  }

  @Test
  void aFavoriteClassIsNotATeachingCareer() {
    MatchResult r = engine.match(LearnerProfile.of("my favorite class is biology"));
    assertFalse(top3(r).contains("education"), "top: " + top3(r));
    assertTrue(r.understood());
  }

  @Test
  void helpingPeopleReadsAsSocial() {
    MatchResult r =
        engine.match(LearnerProfile.of("patient, good listener, I like helping people"));
    assertEquals('S', r.interestProfile().code().charAt(0), "code: " + r.interestProfile());
  }

  @Test
  void theWordsBehindEachTypeAreTheLearners() {
    String text = "I like fixing cars and building things";
    MatchResult r = engine.match(LearnerProfile.of(text));
    assertEquals('R', r.interestProfile().code().charAt(0), "code: " + r.interestProfile());
    r.interestProfile().words().values().forEach(ws -> ws.forEach(w -> assertFalse(w.isBlank())));
    assertFalse(
        r.interestProfile()
            .words()
            .get(org.careermatch.data.interest.RiasecType.REALISTIC)
            .isEmpty());
  }

  @Test
  void everyPersonalQualityIsReadEvenOneThatLinksToNoCluster() {
    // 'methodical' (organized) and 'conscientious' (responsible) are qualities of type
    // Conventional that link to no cluster, so the index has no document of theirs: the reader
    // finds them by their names
    MatchResult r = engine.match(LearnerProfile.of("methodical and conscientious"));
    assertEquals('C', r.interestProfile().code().charAt(0), "code: " + r.interestProfile());
    List<String> conventional =
        r.interestProfile().words().get(org.careermatch.data.interest.RiasecType.CONVENTIONAL);
    assertTrue(
        conventional.contains("methodical") && conventional.contains("conscientious"),
        "words: " + r.interestProfile().words());
    // they were used, so they are not listed as words the engine could not use
    assertFalse(
        r.unmatched().contains("methodical") || r.unmatched().contains("conscientious"),
        "unmatched: " + r.unmatched());
  }

  @Test
  void qualitiesAloneOrderClustersByTheirTypesWithoutAStrongFit() {
    // Conventional qualities and hardly any cluster evidence: the types order the clusters
    MatchResult r = engine.match(LearnerProfile.of("methodical and conscientious"));
    assertTrue(top3(r).contains("financial-services"), "top: " + top3(r));
    assertTrue(
        r.clusters().stream().noneMatch(c -> c.fit() == Fit.STRONG || c.fit() == Fit.GOOD),
        "fits: " + r.clusters().stream().map(ClusterMatch::fit).toList());
  }

  @Test
  void aPersonalQualityIsNeverTheOnlyReasonForAStrongFit() {
    for (String text :
        List.of(
            "patient",
            "I stay calm under pressure",
            "detail oriented and organized",
            "creative, curious, hard working")) {
      MatchResult r = engine.match(LearnerProfile.of(text));
      for (ClusterMatch c : r.clusters()) {
        if (c.fit() != Fit.STRONG) {
          continue;
        }
        double[] other = {0};
        c.explanation()
            .forEachLeaf(
                e -> {
                  if (e.evidence() == null
                      || !"personal quality".equals(e.evidence().entityType())) {
                    other[0] += e.value();
                  }
                });
        assertTrue(
            other[0] >= EngineConfig.defaults().fitStrongScore() - 1e-9,
            text
                + ": "
                + c.id()
                + " is a strong fit with "
                + other[0]
                + " points besides qualities");
      }
    }
  }

  @Test
  void qualityPointsDoNotCountTowardsAStrongFit() {
    EngineConfig config = EngineConfig.defaults();
    double strong = config.fitStrongScore();
    assertEquals(Fit.STRONG, Fit.of(strong + 5, strong + 5, 0, config));
    assertEquals(Fit.GOOD, Fit.of(strong + 5, strong + 5, 10, config));
    assertEquals(Fit.STRONG, Fit.of(strong + 5, strong + 5, 5, config));
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> Fit.of(10, 10, 11, config));
  }
}
