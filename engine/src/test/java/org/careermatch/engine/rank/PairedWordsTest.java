package org.careermatch.engine.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.careermatch.data.ClusterId;
import org.careermatch.engine.EngineConfig;
import org.careermatch.engine.LearnerProfile;
import org.careermatch.engine.index.EntityIndex;
import org.careermatch.engine.index.EntityType;
import org.careermatch.engine.index.EvidenceDoc;
import org.careermatch.engine.query.QueryUnit;
import org.careermatch.engine.query.UnitExtractor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A word written inside a known two-word phrase is read with its pair, on a small fixture. */
class PairedWordsTest {
  private static final List<EvidenceDoc> DOCS =
      List.of(
          interest("a", "Public Safety Officer", "safety"),
          interest("b", "public speaking coach", "talk"),
          interest("c", "latte art", "food"),
          interest("d", "nail art studio", "beauty"),
          interest("e", "painting nails", "beauty"));
  private static final ClusterId SAFETY = ClusterId.of("safety");
  private static final ClusterId TALK = ClusterId.of("talk");
  private static final ClusterId FOOD = ClusterId.of("food");
  private static final ClusterId BEAUTY = ClusterId.of("beauty");
  private static EntityIndex index;

  private static EvidenceDoc interest(String id, String text, String cluster) {
    return new EvidenceDoc(
        id, text, EntityType.INTEREST, "title", text, List.of(ClusterId.of(cluster)), List.of());
  }

  @BeforeAll
  static void open() {
    index = EntityIndex.build(DOCS);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static EvidenceTable aggregate(double pairedWordWeight, LearnerProfile profile) {
    EngineConfig config =
        EngineConfig.defaults().toBuilder().pairedWordWeight(pairedWordWeight).build();
    UnitExtractor.Extraction e = new UnitExtractor(index, config).extract(profile);
    return new EvidenceAggregator(index, config, 4, 1).aggregate(e.units(), e.sources().size());
  }

  private static Contribution of(EvidenceTable t, ClusterId cluster, QueryUnit.Kind kind) {
    return t.of(cluster).stream().filter(c -> c.unit().kind() == kind).findFirst().orElse(null);
  }

  @Test
  void aWordOfAKnownPhraseCountsLessWhereItsPairIsMissing() {
    LearnerProfile p = LearnerProfile.of("public speaking");
    EvidenceTable whole = aggregate(1.0, p);
    EvidenceTable paired = aggregate(0.25, p);
    Contribution apart = of(paired, SAFETY, QueryUnit.Kind.WORD);
    assertNotNull(apart, "'public' still matches Public Safety, weakly");
    assertEquals(0.25 * of(whole, SAFETY, QueryUnit.Kind.WORD).weight(), apart.weight(), 1e-9);
    // where the phrase stands, its words count in full
    assertEquals(
        of(whole, TALK, QueryUnit.Kind.WORD).value(),
        of(paired, TALK, QueryUnit.Kind.WORD).value(),
        1e-9);
  }

  @Test
  void aWordThatAlsoStandsAloneIsFree() {
    LearnerProfile p = LearnerProfile.of("public speaking, working in public");
    assertEquals(aggregate(1.0, p).raw(SAFETY), aggregate(0.25, p).raw(SAFETY), 1e-9);
  }

  @Test
  void zeroDropsTheWordWhereItsPairIsMissing() {
    EvidenceTable t = aggregate(0, LearnerProfile.of("public speaking"));
    assertEquals(0, t.raw(SAFETY));
  }

  @Test
  void aSkillOfTwoWordsNeedsItsPhraseOrAllItsWords() {
    LearnerProfile p = LearnerProfile.of("", "nail art");
    EvidenceTable whole = aggregate(1.0, p);
    EvidenceTable paired = aggregate(0.25, p);
    assertEquals(0.25 * whole.raw(FOOD), paired.raw(FOOD), 1e-9);
    // "nail art studio" has the phrase: in full; "painting nails" has one word only
    assertEquals(
        of(whole, BEAUTY, QueryUnit.Kind.SKILL).doc().entityId(),
        of(paired, BEAUTY, QueryUnit.Kind.SKILL).doc().entityId());
    assertEquals(
        of(whole, BEAUTY, QueryUnit.Kind.SKILL).weight(),
        of(paired, BEAUTY, QueryUnit.Kind.SKILL).weight(),
        1e-9);
  }
}
