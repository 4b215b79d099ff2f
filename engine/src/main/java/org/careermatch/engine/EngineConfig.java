package org.careermatch.engine;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.careermatch.engine.index.EntityType;

/**
 * The engine's tunable settings. Defaults are the values that measure best on the relevance suites (see the
 * evaluation module's regression file). The cross-cutting boost defaults to 0: every strength above 0 measured lower
 * mean nDCG@3 over the dev suites and the learner-profile suite; a cross-cutting cluster still names the industries it
 * applies in whenever the evidence supports it.
 *
 * @param crossCuttingBoost how much a cross-cutting cluster's own evidence is boosted (0 turns the boost off)
 * @param crossCuttingMinEvidence the raw evidence a cross-cutting cluster needs before it is boosted
 * @param scoreScale raw evidence at which the 0-100 score reaches 63 ({@code 100 * (1 - e^(-raw/scale))})
 * @param hitsPerInput how many index hits each input word, phrase or skill contributes at most
 * @param typoPenalty weight of a match through a corrected typo
 * @param skillToSkillBoost extra weight when a listed skill matches a skill entity
 * @param phraseWeight weight of a two-word phrase match, on top of its words
 * @param specificity exponent of the penalty for evidence spread over many clusters (0 = no penalty)
 * @param matchDecay weight of an input's i-th further match in a group, as {@code matchDecay^i} (0 = best only)
 * @param genericWordWeight weight of words about the learner's situation ("student", "school", "job")
 * @param combinedWeight weight of all interest words searched together (rewards entities matching several)
 * @param semanticWeight weight of semantic evidence (a clause of the interests close in meaning to an entity); 0
 *     turns semantic matching off even when the embedding model is loaded
 * @param semanticFloor cosine similarity below which closeness in meaning counts for nothing; above it, a match's
 *     relevance rises linearly from 0 to 1 at similarity 1
 * @param semanticHits how many nearest entities each clause contributes at most
 * @param typeWeights weight of each entity type
 */
public record EngineConfig(
    double crossCuttingBoost,
    double crossCuttingMinEvidence,
    double scoreScale,
    int hitsPerInput,
    double typoPenalty,
    double skillToSkillBoost,
    double phraseWeight,
    double specificity,
    double matchDecay,
    double genericWordWeight,
    double combinedWeight,
    double semanticWeight,
    double semanticFloor,
    int semanticHits,
    Map<EntityType, Double> typeWeights) {

  public EngineConfig {
    requireRange(crossCuttingBoost, 0, 10, "crossCuttingBoost");
    requireRange(crossCuttingMinEvidence, 0, 1000, "crossCuttingMinEvidence");
    requireRange(scoreScale, 1e-6, 1e6, "scoreScale");
    if (hitsPerInput < 1 || hitsPerInput > 10_000) {
      throw new IllegalArgumentException("hitsPerInput must be in [1, 10000] (was " + hitsPerInput + ")");
    }
    requireRange(typoPenalty, 0, 1, "typoPenalty");
    requireRange(skillToSkillBoost, 0, 100, "skillToSkillBoost");
    requireRange(phraseWeight, 0, 100, "phraseWeight");
    requireRange(specificity, 0, 10, "specificity");
    requireRange(matchDecay, 0, 0.95, "matchDecay");
    requireRange(genericWordWeight, 0, 1, "genericWordWeight");
    requireRange(combinedWeight, 0, 100, "combinedWeight");
    requireRange(semanticWeight, 0, 100, "semanticWeight");
    requireRange(semanticFloor, 0, 0.99, "semanticFloor");
    if (semanticHits < 1 || semanticHits > 1_000) {
      throw new IllegalArgumentException("semanticHits must be in [1, 1000] (was " + semanticHits + ")");
    }
    Map<EntityType, Double> weights = new EnumMap<>(EntityType.class);
    for (EntityType t : EntityType.values()) {
      Double w = typeWeights == null ? null : typeWeights.get(t);
      weights.put(t, w == null ? 1.0 : w);
      requireRange(weights.get(t), 0, 100, "typeWeights." + t);
    }
    // an EnumMap behind the view: weight() is on the path of every hit
    typeWeights = Collections.unmodifiableMap(weights);
  }

  private static void requireRange(double v, double min, double max, String name) {
    if (!(v >= min && v <= max)) {
      throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "] (was " + v + ")");
    }
  }

  public static EngineConfig defaults() {
    Map<EntityType, Double> w = new EnumMap<>(EntityType.class);
    w.put(EntityType.CLUSTER, 1.0);
    w.put(EntityType.SUB_CLUSTER, 1.0);
    w.put(EntityType.SKILL, 1.0);
    w.put(EntityType.OCCUPATION, 1.0);
    w.put(EntityType.EMERGING_OCCUPATION, 0.8);
    w.put(EntityType.SOC_OCCUPATION, 1.0);
    w.put(EntityType.PROGRAM, 0.6);
    w.put(EntityType.PLACE_OF_WORK, 0.5);
    w.put(EntityType.INTEREST, 1.0);
    w.put(EntityType.APPLICATION, 0.8);
    return new EngineConfig(0.0, 1.0, 36.0, 50, 0.6, 1.5, 0.5, 1.0, 0.5, 0.3, 1.0, 20.0, 0.55, 20, w);
  }

  public EngineConfig withCrossCuttingBoost(double boost) {
    return new EngineConfig(boost, crossCuttingMinEvidence, scoreScale, hitsPerInput, typoPenalty, skillToSkillBoost,
        phraseWeight, specificity, matchDecay, genericWordWeight, combinedWeight, semanticWeight, semanticFloor,
        semanticHits, typeWeights);
  }

  public double weight(EntityType type) {
    return typeWeights.get(type);
  }
}
