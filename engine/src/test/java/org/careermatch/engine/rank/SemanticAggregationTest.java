package org.careermatch.engine.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careermatch.data.ClusterId;
import org.careermatch.engine.EngineConfig;
import org.careermatch.engine.LearnerProfile;
import org.careermatch.engine.index.EntityIndex;
import org.careermatch.engine.index.EntityType;
import org.careermatch.engine.index.EvidenceDoc;
import org.careermatch.engine.query.QueryUnit;
import org.careermatch.engine.query.UnitExtractor;
import org.careermatch.engine.semantic.HashEmbedder;
import org.careermatch.engine.semantic.Vectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Semantic evidence on a fixture index with a stand-in model, where every number can be followed by
 * hand.
 */
class SemanticAggregationTest {
  static final ClusterId FARM = ClusterId.of("farm");
  static final ClusterId TECH = ClusterId.of("tech");
  static final HashEmbedder MODEL = new HashEmbedder(64);
  static List<EvidenceDoc> docs;
  static EntityIndex index;

  @BeforeAll
  static void build() {
    docs =
        List.of(
            EvidenceAggregatorTest.doc(
                "a", EntityType.OCCUPATION, "Animal Breeder", List.of(FARM), List.of("animals")),
            EvidenceAggregatorTest.doc(
                "e", EntityType.SKILL, "Tableau dashboards", List.of(TECH), List.of()));
    index = EntityIndex.build(docs, docs.stream().map(d -> MODEL.embed(d.text())).toList());
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static EngineConfig config(double weight, double floor) {
    return EngineConfig.builder()
        .semanticWeight(weight)
        .semanticFloor(floor)
        .semanticShortFloor(floor)
        .semanticMargin(1.0)
        .semanticAloneFloor(0)
        .build();
  }

  private EvidenceTable aggregate(EngineConfig config, String interests) {
    UnitExtractor extractor = new UnitExtractor(index, config, MODEL);
    UnitExtractor.Extraction e = extractor.extract(LearnerProfile.of(interests));
    return new EvidenceAggregator(index, config, 2, 1).aggregate(e.units(), e.sources().size());
  }

  @Test
  void aClauseCloseToAnEntityContributesItsSimilarityAboveTheFloor() {
    EngineConfig config = config(3.0, 0.2);
    EvidenceTable t = aggregate(config, "breeder of animal");
    Contribution meaning =
        t.of(FARM).stream()
            .filter(c -> c.unit().kind() == QueryUnit.Kind.MEANING)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no semantic contribution: " + t.of(FARM)));
    double cos = Vectors.dot(MODEL.embed("breeder of animal"), MODEL.embed("Animal Breeder"));
    assertEquals(
        cos, meaning.similarity(), 1e-3, "Lucene's dot-product score turned back into the cosine");
    double relevance = (cos - 0.2) / (1 - 0.2);
    double spread = Math.log(3.0 / 1) / Math.log(3.0);
    assertEquals(relevance * 3.0 * spread, meaning.value(), 1e-3);
    String line = Explanations.describe(meaning);
    assertTrue(
        line.startsWith("'breeder of animal' is close in meaning to occupation \"Animal Breeder\""),
        line);
    assertTrue(line.contains(String.format(java.util.Locale.ROOT, "similarity %.2f", cos)), line);
  }

  @Test
  void aClauseOfWordsTheIndexDoesNotKnowNeedsTheUnknownFloor() {
    EngineConfig low = config(3.0, 0.0);
    UnitExtractor extractor =
        new UnitExtractor(index, low.toBuilder().semanticUnknownFloor(0.9).build(), MODEL);
    // "qwzx" is in no document: the raised floor; "animal" is known: the clause keeps its length's
    // floor
    QueryUnit unknown =
        extractor.extract(LearnerProfile.of("qwzx")).units().stream()
            .filter(u -> u.kind().semantic())
            .findFirst()
            .orElseThrow();
    assertEquals(0.9, unknown.minSimilarity(), 1e-12);
    QueryUnit known =
        extractor.extract(LearnerProfile.of("qwzx animal")).units().stream()
            .filter(u -> u.kind().semantic())
            .findFirst()
            .orElseThrow();
    assertEquals(0.0, known.minSimilarity(), 1e-12);
    // off (0): the length's floor alone
    QueryUnit off =
        new UnitExtractor(index, low.toBuilder().semanticUnknownFloor(0).build(), MODEL)
            .extract(LearnerProfile.of("qwzx")).units().stream()
                .filter(u -> u.kind().semantic())
                .findFirst()
                .orElseThrow();
    assertEquals(0.0, off.minSimilarity(), 1e-12);
  }

  @Test
  void nothingBelowTheFloorCounts() {
    EvidenceTable t = aggregate(config(3.0, 0.95), "breeder of animal");
    assertTrue(
        t.of(FARM).stream().noneMatch(c -> c.unit().kind().semantic()),
        "floor 0.95: " + t.of(FARM));
    assertTrue(
        t.of(TECH).stream().noneMatch(c -> c.unit().kind().semantic()),
        "floor 0.95: " + t.of(TECH));
  }

  /** The evidence for one cluster of an index of one cluster and one sub-cluster. */
  private static List<Contribution> evidence(
      EntityIndex in, EngineConfig config, String interests, ClusterId cluster) {
    UnitExtractor.Extraction e =
        new UnitExtractor(in, config, MODEL).extract(LearnerProfile.of(interests));
    return new EvidenceAggregator(in, config, 1, 1)
        .aggregate(e.units(), e.sources().size())
        .of(cluster);
  }

  @Test
  void meaningAloneNeedsTheAloneFloor() throws Exception {
    // the entity's vector reads 'husbandry', a word its indexed text lacks: the clause
    // "husbandry" reaches it by meaning alone, no word of it matches there
    EvidenceDoc breeder =
        EvidenceAggregatorTest.doc(
            "b", EntityType.OCCUPATION, "Animal Breeder", List.of(FARM), List.of());
    try (EntityIndex alone =
        EntityIndex.build(List.of(breeder), List.of(MODEL.embed("animal breeder husbandry")))) {
      double cos = Vectors.dot(MODEL.embed("husbandry"), MODEL.embed("animal breeder husbandry"));
      for (double floor : new double[] {cos - 0.01, cos + 0.01}) {
        EngineConfig config =
            config(3.0, 0.0).toBuilder().semanticUnknownFloor(0).semanticAloneFloor(floor).build();
        List<Contribution> farm = evidence(alone, config, "husbandry", FARM);
        assertEquals(
            floor < cos, !farm.isEmpty(), "cosine " + cos + ", alone floor " + floor + ": " + farm);
        assertTrue(farm.stream().allMatch(c -> c.unit().kind().semantic()), farm.toString());
      }
      // a word of the learner's that matches there anchors the cluster: the floor does not apply
      EngineConfig strict =
          config(3.0, 0.0).toBuilder().semanticUnknownFloor(0).semanticAloneFloor(0.99).build();
      List<Contribution> farm = evidence(alone, strict, "animal husbandry", FARM);
      assertTrue(
          farm.stream().anyMatch(c -> c.unit().kind().semantic()),
          "meaning counts beside a matched word: " + farm);
    }
  }

  @Test
  void aProductsNameIsNotReachedByMeaning() throws Exception {
    EngineConfig config = config(3.0, 0.2);
    for (boolean nameOnly : new boolean[] {false, true}) {
      EvidenceDoc blender =
          new EvidenceDoc(
              "skill:blender",
              "Blender",
              EntityType.SKILL,
              "name",
              "Blender modeling",
              List.of(TECH),
              List.of(),
              1.0,
              nameOnly);
      try (EntityIndex products =
          EntityIndex.build(List.of(blender), List.of(MODEL.embed(blender.text())))) {
        List<Contribution> tech = evidence(products, config, "blender models", TECH);
        boolean byMeaning = tech.stream().anyMatch(c -> c.unit().kind() == QueryUnit.Kind.MEANING);
        assertEquals(!nameOnly, byMeaning, "name only: " + nameOnly + ", evidence " + tech);
        assertTrue(
            tech.stream().anyMatch(c -> c.unit().kind() == QueryUnit.Kind.WORD),
            "its words still match it: " + tech);
      }
    }
  }

  @Test
  void weightZeroMeansNoSemanticUnits() {
    UnitExtractor extractor = new UnitExtractor(index, config(0, 0.2), MODEL);
    assertFalse(extractor.semantic());
    assertTrue(
        extractor.extract(LearnerProfile.of("breeder of animal")).units().stream()
            .noneMatch(u -> u.kind().semantic()));
  }

  @Test
  void anIndexWithoutVectorsMakesNoSemanticUnits() throws Exception {
    try (EntityIndex plain = EntityIndex.build(docs)) {
      assertFalse(new UnitExtractor(plain, config(3.0, 0.2), MODEL).semantic());
    }
  }
}
