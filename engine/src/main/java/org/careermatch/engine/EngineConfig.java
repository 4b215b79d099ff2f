package org.careermatch.engine;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.careermatch.engine.index.EntityType;

/**
 * The engine's tunable settings: every constant that changes a ranking. Defaults are the values
 * that measure best on the relevance suites (see the evaluation module's regression file, which
 * records how they were found). Each component is a setting by its name ({@code --set name=value}
 * in the evaluation CLI, {@code careermatch.engine.*} in the service); the type weights are set one
 * at a time as {@code typeWeights.TYPE}.
 *
 * @param crossCuttingBoost how much a cross-cutting cluster is boosted where its function meets an
 *     industry the learner shows (0 turns the boost off)
 * @param crossCuttingMinEvidence the raw evidence a cross-cutting cluster needs before it is
 *     boosted or names where it applies
 * @param crossCuttingCap the most the cross-cutting boost adds to a cluster, in raw evidence (0 =
 *     no cap)
 * @param crossCuttingMinContext the raw evidence the learner's best industry cluster needs before a
 *     cross-cutting cluster is boosted for it
 * @param interestTypeWeight weight of the fit between the learner's interest types and the
 *     cluster's (0 turns it off)
 * @param interestTypeMinShare share of the best cluster's evidence a cluster needs before its
 *     interest-type fit counts
 * @param interestTypeAloneBelow when the best cluster's evidence (words, skills, meaning) is below
 *     this, the interest-type fit counts for every cluster, not only those the words support: the
 *     learner named qualities or types and hardly anything else, so their types are all there is to
 *     order by (0 = off). Below it no fit can be strong.
 * @param interestCueFloor similarity a clause needs to an interest cue of a type before it counts
 *     for that type
 * @param scoreScale raw evidence at which the 0-100 score reaches 63 ({@code 100 * (1 -
 *     e^(-raw/scale))})
 * @param hitsPerInput how many index hits each input word, phrase or skill contributes at most
 * @param typoPenalty weight of a match through a corrected typo (0 turns typo correction off)
 * @param typoMinLength words shorter than this are never corrected
 * @param typoOneEditMaxLength words up to this long are corrected by one edit at most, longer ones
 *     by two
 * @param typoKeepsEnglishWords true to leave a typed word the English word list knows as it is
 *     ("kinds" is not read as "kid", "logical" not as "local"), reading it only as an inflection of
 *     an indexed word ("designs" as "design"); see {@code english-words.txt}
 * @param semanticReadsCorrections true to give the model a clause with its corrected typos in place
 *     of the typed words
 * @param skillToSkillBoost extra weight when a listed skill matches a skill entity
 * @param phraseWeight weight of a two-word phrase match, on top of its words
 * @param linkSpecificity exponent of the penalty for a cluster linked to a large share of the
 *     programs or of the SOC occupations of Advance CTE's crosswalks (the crosswalk files 1,332 of
 *     1,945 programs under Education, most through postsecondary teachers): each link of an entity
 *     of that type to a cluster linked to the share s of them counts {@code min(1, log(1/s) /
 *     log(1/linkFreeShare))^linkSpecificity} (0 = no penalty)
 * @param linkFreeShare the share of a crosswalked type's entities up to which a cluster's links to
 *     them count in full (see linkSpecificity)
 * @param specificity exponent of the penalty for evidence spread over many clusters (0 = no
 *     penalty)
 * @param matchDecay weight of an input's i-th further match in a group, as {@code matchDecay^i} (0
 *     = best only)
 * @param genericWordWeight weight of words about the learner's situation ("student", "school",
 *     "job")
 * @param combinedWeight weight of all interest words searched together (rewards entities matching
 *     several)
 * @param allWordsMinTerms an entity counts for all words together only when it matches at least
 *     this many different words
 * @param modifierWeight weight of a word that matches only the modifier of a job title whose head
 *     is a job of its own ("law" in "Law Teachers")
 * @param pairedWordWeight weight of a word the learner wrote inside a two-word phrase the index
 *     knows ("public" in "public speaking", "art" in the skill "nail art") where it matches an
 *     entity that has neither the phrase nor the phrase's other word ("Public Safety", "latte
 *     art"): the word is read with its pair
 * @param semanticWeight weight of semantic evidence (a clause of the interests close in meaning to
 *     an entity); 0 turns semantic matching off even when the embedding model is loaded
 * @param semanticFloor cosine similarity below which closeness in meaning counts for nothing, for a
 *     clause of {@code semanticLongClause} content words or more; above it, relevance rises
 *     linearly to 1 at similarity 1
 * @param semanticShortFloor the same floor for a clause of one content word; clauses in between are
 *     interpolated linearly
 * @param semanticLongClause content words from which a clause is long and gets {@code
 *     semanticFloor}
 * @param semanticMargin a neighbour whose similarity is more than this below the clause's best
 *     neighbour counts for nothing (1 = off)
 * @param semanticAloneFloor the similarity a cluster's (or sub-cluster's) best match by meaning
 *     needs when meaning is all that supports it: no word of the learner matched there. Weak
 *     matches that only agree with each other ('doing hair' ~ "laying tile", 'makeup' ~ skill
 *     Painting) count for nothing below it (0 = off)
 * @param semanticUnknownFloor the similarity floor of a clause or skill none of whose words the
 *     index knows (nonsense, or a word only the model may know); the higher of this and the
 *     length's floor applies (0 = off)
 * @param semanticHits how many nearest entities each clause contributes at most
 * @param maxSemanticUnits how many clauses and unmatched skills are read by meaning at most (later
 *     clauses join the last)
 * @param sourceCap the most one input (a clause, all words together, or a skill) adds to a cluster,
 *     approached smoothly as {@code cap * (1 - e^(-x/cap))}, so agreement of several inputs beats
 *     one lucky match (0 = no cap)
 * @param understoodMinEvidence raw evidence the best cluster needs for the profile to count as
 *     understood; below it every score is 0
 * @param fitStrongScore score a cluster needs for a strong fit
 * @param fitStrongShare share of the best cluster's score a cluster needs for a strong fit
 * @param fitGoodScore score a cluster needs for a good fit
 * @param fitGoodShare share of the best cluster's score a cluster needs for a good fit
 * @param fitSomeScore score below which a cluster is no fit
 * @param appliesInShare an industry cluster must reach this share of the learner's best industry
 *     cluster to be named where a cross-cutting cluster applies
 * @param maxAppliesIn how many industry clusters a cross-cutting cluster names at most
 * @param directMatchWeight how much more a direct match on an occupation counts than evidence for
 *     its sub-cluster, when suggesting occupations
 * @param typeWeights weight of each entity type
 */
public record EngineConfig(
    double crossCuttingBoost,
    double crossCuttingMinEvidence,
    double crossCuttingCap,
    double crossCuttingMinContext,
    double interestTypeWeight,
    double interestTypeMinShare,
    double interestTypeAloneBelow,
    double interestCueFloor,
    double scoreScale,
    int hitsPerInput,
    double typoPenalty,
    int typoMinLength,
    int typoOneEditMaxLength,
    boolean typoKeepsEnglishWords,
    boolean semanticReadsCorrections,
    double skillToSkillBoost,
    double phraseWeight,
    double specificity,
    double linkSpecificity,
    double linkFreeShare,
    double matchDecay,
    double genericWordWeight,
    double combinedWeight,
    int allWordsMinTerms,
    double modifierWeight,
    double pairedWordWeight,
    double semanticWeight,
    double semanticFloor,
    double semanticShortFloor,
    int semanticLongClause,
    double semanticMargin,
    double semanticAloneFloor,
    double semanticUnknownFloor,
    int semanticHits,
    int maxSemanticUnits,
    double sourceCap,
    double understoodMinEvidence,
    double fitStrongScore,
    double fitStrongShare,
    double fitGoodScore,
    double fitGoodShare,
    double fitSomeScore,
    double appliesInShare,
    int maxAppliesIn,
    double directMatchWeight,
    Map<EntityType, Double> typeWeights) {

  public EngineConfig {
    requireRange(crossCuttingBoost, 0, 10, "crossCuttingBoost");
    requireRange(interestCueFloor, 0, 0.99, "interestCueFloor");
    requireRange(interestTypeMinShare, 0, 1, "interestTypeMinShare");
    requireRange(interestTypeAloneBelow, 0, 100, "interestTypeAloneBelow");
    requireRange(interestTypeWeight, 0, 1000, "interestTypeWeight");
    requireRange(crossCuttingMinContext, 0, 1000, "crossCuttingMinContext");
    requireRange(crossCuttingCap, 0, 1000, "crossCuttingCap");
    requireRange(crossCuttingMinEvidence, 0, 1000, "crossCuttingMinEvidence");
    requireRange(scoreScale, 1e-6, 1e6, "scoreScale");
    requireRange(hitsPerInput, 1, 10000, "hitsPerInput");
    requireRange(typoPenalty, 0, 1, "typoPenalty");
    requireRange(typoMinLength, 1, 50, "typoMinLength");
    requireRange(typoOneEditMaxLength, 0, 50, "typoOneEditMaxLength");
    requireRange(skillToSkillBoost, 0, 100, "skillToSkillBoost");
    requireRange(phraseWeight, 0, 100, "phraseWeight");
    requireRange(specificity, 0, 10, "specificity");
    requireRange(linkSpecificity, 0, 10, "linkSpecificity");
    requireRange(linkFreeShare, 0.01, 0.99, "linkFreeShare");
    requireRange(matchDecay, 0, 0.95, "matchDecay");
    requireRange(genericWordWeight, 0, 1, "genericWordWeight");
    requireRange(combinedWeight, 0, 100, "combinedWeight");
    requireRange(allWordsMinTerms, 1, 10, "allWordsMinTerms");
    requireRange(modifierWeight, 0, 1, "modifierWeight");
    requireRange(pairedWordWeight, 0, 1, "pairedWordWeight");
    requireRange(semanticWeight, 0, 100, "semanticWeight");
    requireRange(semanticFloor, 0, 0.99, "semanticFloor");
    requireRange(semanticShortFloor, 0, 0.99, "semanticShortFloor");
    requireRange(semanticLongClause, 2, 50, "semanticLongClause");
    requireRange(semanticMargin, 0, 1, "semanticMargin");
    requireRange(semanticAloneFloor, 0, 0.99, "semanticAloneFloor");
    requireRange(semanticUnknownFloor, 0, 0.99, "semanticUnknownFloor");
    requireRange(semanticHits, 1, 1000, "semanticHits");
    requireRange(maxSemanticUnits, 1, 100, "maxSemanticUnits");
    requireRange(sourceCap, 0, 1000, "sourceCap");
    requireRange(understoodMinEvidence, 0, 1000, "understoodMinEvidence");
    requireRange(fitStrongScore, 0, 100, "fitStrongScore");
    requireRange(fitStrongShare, 0, 1, "fitStrongShare");
    requireRange(fitGoodScore, 0, 100, "fitGoodScore");
    requireRange(fitGoodShare, 0, 1, "fitGoodShare");
    requireRange(fitSomeScore, 0, 100, "fitSomeScore");
    requireRange(appliesInShare, 0, 1, "appliesInShare");
    requireRange(maxAppliesIn, 0, 14, "maxAppliesIn");
    requireRange(directMatchWeight, 0, 1000, "directMatchWeight");
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
      throw new IllegalArgumentException(
          name + " must be in [" + min + ", " + max + "] (was " + v + ")");
    }
  }

  private static void requireRange(int v, int min, int max, String name) {
    if (v < min || v > max) {
      throw new IllegalArgumentException(
          name + " must be in [" + min + ", " + max + "] (was " + v + ")");
    }
  }

  public static EngineConfig defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this configuration. */
  public Builder toBuilder() {
    return new Builder()
        .crossCuttingBoost(crossCuttingBoost)
        .crossCuttingMinEvidence(crossCuttingMinEvidence)
        .crossCuttingCap(crossCuttingCap)
        .crossCuttingMinContext(crossCuttingMinContext)
        .interestTypeWeight(interestTypeWeight)
        .interestTypeMinShare(interestTypeMinShare)
        .interestTypeAloneBelow(interestTypeAloneBelow)
        .interestCueFloor(interestCueFloor)
        .scoreScale(scoreScale)
        .hitsPerInput(hitsPerInput)
        .typoPenalty(typoPenalty)
        .typoMinLength(typoMinLength)
        .typoOneEditMaxLength(typoOneEditMaxLength)
        .typoKeepsEnglishWords(typoKeepsEnglishWords)
        .semanticReadsCorrections(semanticReadsCorrections)
        .skillToSkillBoost(skillToSkillBoost)
        .phraseWeight(phraseWeight)
        .specificity(specificity)
        .linkSpecificity(linkSpecificity)
        .linkFreeShare(linkFreeShare)
        .matchDecay(matchDecay)
        .genericWordWeight(genericWordWeight)
        .combinedWeight(combinedWeight)
        .allWordsMinTerms(allWordsMinTerms)
        .modifierWeight(modifierWeight)
        .pairedWordWeight(pairedWordWeight)
        .semanticWeight(semanticWeight)
        .semanticFloor(semanticFloor)
        .semanticShortFloor(semanticShortFloor)
        .semanticLongClause(semanticLongClause)
        .semanticMargin(semanticMargin)
        .semanticAloneFloor(semanticAloneFloor)
        .semanticUnknownFloor(semanticUnknownFloor)
        .semanticHits(semanticHits)
        .maxSemanticUnits(maxSemanticUnits)
        .sourceCap(sourceCap)
        .understoodMinEvidence(understoodMinEvidence)
        .fitStrongScore(fitStrongScore)
        .fitStrongShare(fitStrongShare)
        .fitGoodScore(fitGoodScore)
        .fitGoodShare(fitGoodShare)
        .fitSomeScore(fitSomeScore)
        .appliesInShare(appliesInShare)
        .maxAppliesIn(maxAppliesIn)
        .directMatchWeight(directMatchWeight)
        .typeWeights(typeWeights);
  }

  public EngineConfig withCrossCuttingBoost(double boost) {
    return toBuilder().crossCuttingBoost(boost).build();
  }

  public double weight(EntityType type) {
    return typeWeights.get(type);
  }

  /**
   * The minimum similarity of a clause with {@code contentWords} content words: {@link
   * #semanticShortFloor} for one, {@link #semanticFloor} from {@link #semanticLongClause} on,
   * linear in between; never below {@code semanticFloor}.
   */
  public double semanticFloor(int contentWords) {
    if (contentWords >= semanticLongClause) {
      return semanticFloor;
    }
    int n = Math.max(1, contentWords);
    double f =
        semanticShortFloor
            + (semanticFloor - semanticShortFloor) * (n - 1) / (semanticLongClause - 1.0);
    return Math.max(semanticFloor, f);
  }

  /**
   * Builds an {@link EngineConfig}, starting from the defaults; the record's constructor checks
   * every value.
   */
  public static final class Builder {
    private double crossCuttingBoost = 0.05;
    private double interestCueFloor = 0.6;
    private double interestTypeMinShare = 0.5;
    private double interestTypeAloneBelow = 5.0;
    private double interestTypeWeight = 2.5;
    private double crossCuttingMinContext = 1.0;
    private double crossCuttingCap = 1000.0;
    private double crossCuttingMinEvidence = 1.0;
    private double scoreScale = 36.0;
    private int hitsPerInput = 50;
    private double typoPenalty = 0.6;
    private int typoMinLength = 4;
    private int typoOneEditMaxLength = 5;
    private boolean typoKeepsEnglishWords = true;
    private boolean semanticReadsCorrections = true;
    private double skillToSkillBoost = 1.5;
    private double phraseWeight = 0.5;
    private double specificity = 1.0;
    private double linkSpecificity = 1.5;
    private double linkFreeShare = 0.3;
    private double matchDecay = 0.5;
    private double genericWordWeight = 0.1;
    private double combinedWeight = 1.0;
    private int allWordsMinTerms = 2;
    private double modifierWeight = 0.0;
    private double pairedWordWeight = 0.5;
    private double semanticWeight = 20.0;
    private double semanticFloor = 0.55;
    private double semanticShortFloor = 0.6;
    private int semanticLongClause = 4;
    private double semanticMargin = 1.0;
    private double semanticAloneFloor = 0.69;
    private double semanticUnknownFloor = 0.68;
    private int semanticHits = 20;
    private int maxSemanticUnits = 12;
    private double sourceCap = 0.0;
    private double understoodMinEvidence = 1.0;
    private double fitStrongScore = 40.0;
    private double fitStrongShare = 0.85;
    private double fitGoodScore = 25.0;
    private double fitGoodShare = 0.6;
    private double fitSomeScore = 10.0;
    private double appliesInShare = 0.5;
    private int maxAppliesIn = 2;
    private double directMatchWeight = 10.0;
    private Map<EntityType, Double> typeWeights = defaultTypeWeights();

    private Builder() {}

    public Builder crossCuttingBoost(double value) {
      this.crossCuttingBoost = value;
      return this;
    }

    public Builder interestCueFloor(double value) {
      this.interestCueFloor = value;
      return this;
    }

    public Builder interestTypeMinShare(double value) {
      this.interestTypeMinShare = value;
      return this;
    }

    public Builder interestTypeAloneBelow(double value) {
      this.interestTypeAloneBelow = value;
      return this;
    }

    public Builder interestTypeWeight(double value) {
      this.interestTypeWeight = value;
      return this;
    }

    public Builder crossCuttingMinContext(double value) {
      this.crossCuttingMinContext = value;
      return this;
    }

    public Builder crossCuttingCap(double value) {
      this.crossCuttingCap = value;
      return this;
    }

    public Builder crossCuttingMinEvidence(double value) {
      this.crossCuttingMinEvidence = value;
      return this;
    }

    public Builder scoreScale(double value) {
      this.scoreScale = value;
      return this;
    }

    public Builder hitsPerInput(int value) {
      this.hitsPerInput = value;
      return this;
    }

    public Builder typoPenalty(double value) {
      this.typoPenalty = value;
      return this;
    }

    public Builder typoMinLength(int value) {
      this.typoMinLength = value;
      return this;
    }

    public Builder typoOneEditMaxLength(int value) {
      this.typoOneEditMaxLength = value;
      return this;
    }

    public Builder typoKeepsEnglishWords(boolean value) {
      this.typoKeepsEnglishWords = value;
      return this;
    }

    public Builder semanticReadsCorrections(boolean value) {
      this.semanticReadsCorrections = value;
      return this;
    }

    public Builder skillToSkillBoost(double value) {
      this.skillToSkillBoost = value;
      return this;
    }

    public Builder phraseWeight(double value) {
      this.phraseWeight = value;
      return this;
    }

    public Builder specificity(double value) {
      this.specificity = value;
      return this;
    }

    public Builder linkSpecificity(double value) {
      this.linkSpecificity = value;
      return this;
    }

    public Builder linkFreeShare(double value) {
      this.linkFreeShare = value;
      return this;
    }

    public Builder matchDecay(double value) {
      this.matchDecay = value;
      return this;
    }

    public Builder genericWordWeight(double value) {
      this.genericWordWeight = value;
      return this;
    }

    public Builder combinedWeight(double value) {
      this.combinedWeight = value;
      return this;
    }

    public Builder allWordsMinTerms(int value) {
      this.allWordsMinTerms = value;
      return this;
    }

    public Builder modifierWeight(double value) {
      this.modifierWeight = value;
      return this;
    }

    public Builder pairedWordWeight(double value) {
      this.pairedWordWeight = value;
      return this;
    }

    public Builder semanticWeight(double value) {
      this.semanticWeight = value;
      return this;
    }

    public Builder semanticFloor(double value) {
      this.semanticFloor = value;
      return this;
    }

    public Builder semanticShortFloor(double value) {
      this.semanticShortFloor = value;
      return this;
    }

    public Builder semanticLongClause(int value) {
      this.semanticLongClause = value;
      return this;
    }

    public Builder semanticMargin(double value) {
      this.semanticMargin = value;
      return this;
    }

    public Builder semanticAloneFloor(double value) {
      this.semanticAloneFloor = value;
      return this;
    }

    public Builder semanticUnknownFloor(double value) {
      this.semanticUnknownFloor = value;
      return this;
    }

    public Builder semanticHits(int value) {
      this.semanticHits = value;
      return this;
    }

    public Builder maxSemanticUnits(int value) {
      this.maxSemanticUnits = value;
      return this;
    }

    public Builder sourceCap(double value) {
      this.sourceCap = value;
      return this;
    }

    public Builder understoodMinEvidence(double value) {
      this.understoodMinEvidence = value;
      return this;
    }

    public Builder fitStrongScore(double value) {
      this.fitStrongScore = value;
      return this;
    }

    public Builder fitStrongShare(double value) {
      this.fitStrongShare = value;
      return this;
    }

    public Builder fitGoodScore(double value) {
      this.fitGoodScore = value;
      return this;
    }

    public Builder fitGoodShare(double value) {
      this.fitGoodShare = value;
      return this;
    }

    public Builder fitSomeScore(double value) {
      this.fitSomeScore = value;
      return this;
    }

    public Builder appliesInShare(double value) {
      this.appliesInShare = value;
      return this;
    }

    public Builder maxAppliesIn(int value) {
      this.maxAppliesIn = value;
      return this;
    }

    public Builder directMatchWeight(double value) {
      this.directMatchWeight = value;
      return this;
    }

    public Builder typeWeights(Map<EntityType, Double> value) {
      this.typeWeights = new EnumMap<>(value);
      return this;
    }

    public Builder typeWeight(EntityType type, double value) {
      this.typeWeights.put(type, value);
      return this;
    }

    public EngineConfig build() {
      return new EngineConfig(
          crossCuttingBoost,
          crossCuttingMinEvidence,
          crossCuttingCap,
          crossCuttingMinContext,
          interestTypeWeight,
          interestTypeMinShare,
          interestTypeAloneBelow,
          interestCueFloor,
          scoreScale,
          hitsPerInput,
          typoPenalty,
          typoMinLength,
          typoOneEditMaxLength,
          typoKeepsEnglishWords,
          semanticReadsCorrections,
          skillToSkillBoost,
          phraseWeight,
          specificity,
          linkSpecificity,
          linkFreeShare,
          matchDecay,
          genericWordWeight,
          combinedWeight,
          allWordsMinTerms,
          modifierWeight,
          pairedWordWeight,
          semanticWeight,
          semanticFloor,
          semanticShortFloor,
          semanticLongClause,
          semanticMargin,
          semanticAloneFloor,
          semanticUnknownFloor,
          semanticHits,
          maxSemanticUnits,
          sourceCap,
          understoodMinEvidence,
          fitStrongScore,
          fitStrongShare,
          fitGoodScore,
          fitGoodShare,
          fitSomeScore,
          appliesInShare,
          maxAppliesIn,
          directMatchWeight,
          typeWeights);
    }
  }

  private static Map<EntityType, Double> defaultTypeWeights() {
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
    w.put(EntityType.SUBJECT, 1.0);
    w.put(EntityType.QUALITY, 0.3);
    return w;
  }
}
