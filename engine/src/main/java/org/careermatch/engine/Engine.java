package org.careermatch.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.careermatch.data.Cluster;
import org.careermatch.data.ClusterId;
import org.careermatch.data.Framework;
import org.careermatch.data.FrameworkData;
import org.careermatch.data.FrameworkGroup;
import org.careermatch.data.SubCluster;
import org.careermatch.data.SubClusterId;
import org.careermatch.engine.ClusterMatch.SubClusterMatch;
import org.careermatch.engine.explain.Explanation;
import org.careermatch.engine.index.EntityIndex;
import org.careermatch.engine.index.EntityType;
import org.careermatch.engine.index.EvidenceDoc;
import org.careermatch.engine.index.EvidenceDocuments;
import org.careermatch.engine.interest.InterestReader;
import org.careermatch.engine.interest.LearnerInterests;
import org.careermatch.engine.query.UnitExtractor;
import org.careermatch.engine.rank.ClusterScorer;
import org.careermatch.engine.rank.EvidenceAggregator;
import org.careermatch.engine.rank.EvidenceTable;
import org.careermatch.engine.rank.Explanations;
import org.careermatch.engine.rank.FrameworkProjector;
import org.careermatch.engine.rank.ScoreScale;
import org.careermatch.engine.rank.Suggestions;
import org.careermatch.engine.semantic.TextEmbedder;
import org.careermatch.engine.semantic.TextVectors;
import org.careermatch.engine.semantic.VectorStore;

/**
 * Turns a learner profile into ranked, explained matches. Built once from index-data (the index
 * lives in memory); thread-safe and deterministic: the same profile always gives the same result,
 * ties broken by id.
 */
public final class Engine implements AutoCloseable {
  private static final String QUALITY_LABEL = EntityType.QUALITY.label();
  static final int MAX_OCCUPATIONS = 3;
  static final int MAX_SKILLS_TO_EXPLORE = 5;
  static final int MAX_PROGRAMS = 3;

  private final FrameworkData data;
  private final EngineConfig config;
  private final EntityIndex index;
  private final UnitExtractor extractor;
  private final EvidenceAggregator aggregator;
  private final ClusterScorer scorer;
  private final FrameworkProjector projector;
  private final ScoreScale scale;
  private final Suggestions suggestions;
  private final InterestReader interests;
  private final TextEmbedder embedder;
  private final TextVectors cueVectors;
  private final SemanticStatus loaded;
  private final SemanticStatus semantic;

  private Engine(
      FrameworkData data,
      EngineConfig config,
      EntityIndex index,
      TextEmbedder embedder,
      TextVectors cueVectors,
      SemanticStatus loaded) {
    this.data = data;
    this.config = config;
    this.index = index;
    this.embedder = embedder;
    this.cueVectors = cueVectors;
    this.loaded = loaded;
    this.extractor = new UnitExtractor(index, config, embedder);
    this.semantic =
        extractor.semantic() || !loaded.active()
            ? loaded
            : new SemanticStatus(
                false,
                loaded.modelId(),
                loaded.vectors(),
                "semantic matching is loaded but its weight is 0 in this configuration");
    this.aggregator =
        new EvidenceAggregator(index, config, data.clusters().size(), data.subClusters().size());
    this.scorer = new ClusterScorer(data, config);
    this.interests =
        new InterestReader(
            data, index, config, extractor::isGeneric, extractor.semantic() ? cueVectors : null);
    this.projector = new FrameworkProjector(data);
    this.scale = new ScoreScale(config.scoreScale());
    this.suggestions =
        new Suggestions(
            data,
            index,
            config.directMatchWeight(),
            MAX_OCCUPATIONS,
            MAX_SKILLS_TO_EXPLORE,
            MAX_PROGRAMS);
  }

  /** A lexical engine: words, phrases and skills only. */
  public static Engine create(FrameworkData data, EngineConfig config) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(config, "config");
    return new Engine(
        data,
        config,
        EntityIndex.build(data),
        null,
        null,
        SemanticStatus.off("semantic matching is switched off"));
  }

  /**
   * An engine that also matches by meaning: every evidence document carries the vector of its text
   * (read from the build's vector file when it matches the data and model, else from {@code
   * vectorCache}, else computed and cached there), and each clause of the interests is searched for
   * its nearest entities and compared with the interest cues (whose vectors are found the same
   * way).
   *
   * @param embedder the sentence-embedding model (query vectors go through it; callers may put a
   *     cache in front)
   * @param vectorCache a directory for vectors of data other than the built-in data, or null to
   *     compute those at every start
   */
  public static Engine create(
      FrameworkData data, EngineConfig config, TextEmbedder embedder, Path vectorCache) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(embedder, "embedder");
    List<EvidenceDoc> docs = EvidenceDocuments.from(data);
    VectorStore.Loaded vectors = VectorStore.load(docs, embedder, vectorCache);
    VectorStore.LoadedTexts cues =
        VectorStore.loadCues(InterestReader.cueTexts(data), embedder, vectorCache);
    EntityIndex.Loaded index =
        EntityIndex.load(
            docs,
            vectors.vectors().asList(),
            EntityIndex.RESOURCE_DIR + EntityIndex.fileName(embedder.modelId()));
    return new Engine(
        data,
        config,
        index.index(),
        embedder,
        cues.vectors(),
        new SemanticStatus(
            true,
            embedder.modelId(),
            vectors.source().label(),
            "matching by meaning with "
                + embedder.modelId()
                + " ("
                + vectors.vectors().size()
                + " entity vectors "
                + vectors.source().label()
                + ", "
                + cues.vectors().size()
                + " interest cue vectors "
                + cues.source().label()
                + ", search index "
                + index.source().label()
                + ")"));
  }

  /** An engine over the same data and index with another configuration (for evaluation sweeps). */
  public Engine withConfig(EngineConfig newConfig) {
    return new Engine(data, newConfig, index, embedder, cueVectors, loaded);
  }

  /** Whether this engine matches by meaning, with which model, and where its vectors came from. */
  public SemanticStatus semantic() {
    return semantic;
  }

  public FrameworkData data() {
    return data;
  }

  public EngineConfig config() {
    return config;
  }

  public EntityIndex index() {
    return index;
  }

  /**
   * Ranks every group of the profile's framework, each with its suggestion lists.
   *
   * @throws IllegalArgumentException when the profile names a framework that does not exist
   */
  public MatchResult match(LearnerProfile profile) {
    return match(profile, Integer.MAX_VALUE);
  }

  /**
   * Ranks every group of the profile's framework; the best {@code listed} of them carry their
   * suggestion lists (occupations, programs, skills to explore, closest to the learner's words
   * first), the others empty lists. Ordering those lists by closeness is most of a match's work
   * beside the model (Education alone has some 1,300 programs), and an answer in brief shows the
   * lists of its first few groups only. Scores, fits, explanations and the ranking do not depend on
   * {@code listed}.
   *
   * @throws IllegalArgumentException when the profile names a framework that does not exist, or
   *     {@code listed} is negative
   */
  public MatchResult match(LearnerProfile profile, int listed) {
    if (listed < 0) {
      throw new IllegalArgumentException("listed must be >= 0 (was " + listed + ")");
    }
    Framework framework =
        data.framework(profile.framework())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "unknown framework '"
                            + profile.framework()
                            + "' (known: "
                            + data.frameworks().stream()
                                .map(Framework::id)
                                .collect(Collectors.joining(", "))
                            + ")"));
    UnitExtractor.Extraction extraction = extractor.extract(profile);
    EvidenceTable evidence = aggregator.aggregate(extraction.units(), extraction.sources().size());
    LearnerInterests learner =
        interests.read(extraction, evidence, index, profile.interests(), profile.skills());
    Map<ClusterId, ClusterScorer.Scored> scored = scorer.score(evidence, learner);
    boolean understood = understood(evidence, learner);
    List<Unlisted> items =
        Framework.NCCF_2024.equals(framework.id())
            ? clusters2024(scored, evidence, understood)
            : projected(framework, scored, evidence, understood);
    List<Unlisted> byRank = new ArrayList<>(items);
    byRank.sort(Comparator.comparing(Unlisted::match, RANKING));
    double best = byRank.isEmpty() ? 0 : byRank.get(0).match().score();
    Suggestions.ForProfile picks =
        listed > 0 && !byRank.isEmpty()
            ? suggestions.forProfile(evidence, profile.skills(), queryVectors(extraction))
            : null;
    List<ClusterMatch> ranked = new ArrayList<>(byRank.size());
    for (Unlisted item : byRank) {
      ClusterMatch c = item.match();
      c = c.withFit(understood ? Fit.of(c.score(), best, qualityPoints(c), config) : Fit.NONE);
      ranked.add(ranked.size() < listed ? item.listed(c, picks) : c);
    }
    return new MatchResult(
        framework.id(),
        framework.name(),
        understood,
        ranked,
        understood ? unused(extraction.unmatched(), learner.qualities()) : extraction.unmatched(),
        understood ? learner : LearnerInterests.NONE);
  }

  /**
   * The words no document matched, less those that name a personal quality: the index has no
   * document of most qualities, but their words tell the learner's interest types.
   */
  private static List<String> unused(List<String> unmatched, List<String> qualityWords) {
    if (unmatched.isEmpty() || qualityWords.isEmpty()) {
      return unmatched;
    }
    Set<String> naming = new HashSet<>();
    for (String words : qualityWords) {
      naming.addAll(List.of(words.split("[^\\p{L}\\p{N}']+")));
    }
    return unmatched.stream()
        .filter(w -> !naming.contains(w.toLowerCase(java.util.Locale.ROOT)))
        .toList();
  }

  /** The points of a cluster's score whose best match is a personal quality (at most its score). */
  private static double qualityPoints(ClusterMatch c) {
    double[] points = {0};
    c.explanation()
        .forEachLeaf(
            e -> {
              if (e.evidence() != null
                  && QUALITY_LABEL.equals(e.evidence().entityType())
                  && e.value() > 0) {
                points[0] += e.value();
              }
            });
    return Math.min(points[0], c.score());
  }

  /**
   * A profile is understood when its best cluster's evidence reaches the noise floor, or when it
   * names a personal quality: the quality tells the interest types, which then order the clusters.
   */
  private boolean understood(EvidenceTable evidence, LearnerInterests learner) {
    if (!learner.qualities().isEmpty()) {
      return true;
    }
    double best = 0;
    for (Cluster c : data.clusters()) {
      best = Math.max(best, evidence.raw(c.id()));
    }
    return best > 0 && best >= config.understoodMinEvidence();
  }

  private static List<float[]> queryVectors(UnitExtractor.Extraction extraction) {
    List<float[]> out = new ArrayList<>();
    for (var u : extraction.units()) {
      if (u.vectorQuery() instanceof KnnFloatVectorQuery knn) {
        out.add(knn.getTargetCopy());
      }
    }
    return out;
  }

  static final Comparator<ClusterMatch> RANKING =
      Comparator.comparingDouble(ClusterMatch::score).reversed().thenComparing(ClusterMatch::id);

  private static final String NOT_UNDERSTOOD =
      "nothing the learner wrote was clear enough to match";

  /**
   * A ranked group before its suggestion lists: the cluster its lists come from (null for a group
   * of another framework with no source cluster) and that cluster's sub-clusters, best first.
   */
  private record Unlisted(ClusterMatch match, ClusterId source, List<SubClusterId> subOrder) {
    ClusterMatch listed(ClusterMatch ranked, Suggestions.ForProfile picks) {
      if (source == null) {
        return ranked;
      }
      return ranked.withSuggestions(
          picks.occupations(source, false),
          picks.occupations(source, true),
          picks.programs(source, subOrder),
          picks.skillsToExplore(source));
    }
  }

  private List<Unlisted> clusters2024(
      Map<ClusterId, ClusterScorer.Scored> scored, EvidenceTable evidence, boolean understood) {
    List<Unlisted> out = new ArrayList<>();
    for (ClusterScorer.Scored s : scored.values()) {
      Cluster c = s.cluster();
      List<SubClusterMatch> subs = new ArrayList<>();
      for (SubCluster sub : data.subClustersOf(c.id())) {
        double raw = understood ? evidence.raw(sub.id()) : 0;
        Explanation explained =
            understood
                ? Explanations.of(sub.title(), evidence.of(sub.id()), scale.factor(raw))
                : Explanation.leaf(0, NOT_UNDERSTOOD, null);
        subs.add(new SubClusterMatch(sub.id().value(), sub.title(), scale.score(raw), explained));
      }
      subs.sort(
          Comparator.comparingDouble(SubClusterMatch::score)
              .reversed()
              .thenComparing(SubClusterMatch::id));
      List<SubClusterId> subOrder = subs.stream().map(m -> SubClusterId.of(m.id())).toList();
      out.add(
          new Unlisted(
              new ClusterMatch(
                  c.id().value(),
                  c.title(),
                  understood ? scale.score(s.total()) : 0,
                  Fit.NONE,
                  c.crossCutting(),
                  understood ? s.appliesIn() : List.of(),
                  subs,
                  List.of(),
                  List.of(),
                  List.of(),
                  List.of(),
                  understood ? scale.toScore(s.raw()) : Explanation.leaf(0, NOT_UNDERSTOOD, null),
                  s.features()),
              c.id(),
              subOrder));
    }
    return out;
  }

  private List<Unlisted> projected(
      Framework framework,
      Map<ClusterId, ClusterScorer.Scored> scored,
      EvidenceTable evidence,
      boolean understood) {
    List<Unlisted> out = new ArrayList<>();
    for (FrameworkGroup g : framework.groups()) {
      FrameworkProjector.Projected p = projector.project(g, scored, evidence);
      List<SubClusterMatch> pathways = new ArrayList<>();
      for (FrameworkGroup pw : g.pathways()) {
        FrameworkProjector.Projected pp = projector.project(pw, scored, evidence);
        pathways.add(
            understood
                ? new SubClusterMatch(
                    pw.id(), pw.title(), scale.score(pp.raw()), scale.toScore(pp.explanation()))
                : new SubClusterMatch(
                    pw.id(), pw.title(), 0, Explanation.leaf(0, NOT_UNDERSTOOD, null)));
      }
      pathways.sort(
          Comparator.comparingDouble(SubClusterMatch::score)
              .reversed()
              .thenComparing(SubClusterMatch::id));
      ClusterId source = p.source();
      List<SubClusterId> subOrder =
          source == null
              ? List.of()
              : data.subClustersOf(source).stream()
                  .sorted(
                      Comparator.comparingDouble((SubCluster sc) -> -evidence.raw(sc.id()))
                          .thenComparing(sc -> sc.id().value()))
                  .map(SubCluster::id)
                  .toList();
      out.add(
          new Unlisted(
              new ClusterMatch(
                  g.id(),
                  g.title(),
                  understood ? scale.score(p.raw()) : 0,
                  Fit.NONE,
                  false,
                  List.of(),
                  pathways,
                  List.of(),
                  List.of(),
                  List.of(),
                  List.of(),
                  understood
                      ? scale.toScore(p.explanation())
                      : Explanation.leaf(0, NOT_UNDERSTOOD, null),
                  Map.of()),
              source,
              subOrder));
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
