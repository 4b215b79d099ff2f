package org.careermatch.api.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.careermatch.api.match.MatchResponse.AppliesIn;
import org.careermatch.api.match.MatchResponse.ClusterItem;
import org.careermatch.api.match.MatchResponse.EvidenceItem;
import org.careermatch.api.match.MatchResponse.ExplanationNode;
import org.careermatch.api.match.MatchResponse.FactorItem;
import org.careermatch.api.match.MatchResponse.InterestProfileItem;
import org.careermatch.api.match.MatchResponse.InterestTypeItem;
import org.careermatch.api.match.MatchResponse.OccupationItem;
import org.careermatch.api.match.MatchResponse.ProgramItem;
import org.careermatch.api.match.MatchResponse.ReasonItem;
import org.careermatch.api.match.MatchResponse.SkillItem;
import org.careermatch.api.match.MatchResponse.SpanItem;
import org.careermatch.api.match.MatchResponse.SubClusterItem;
import org.careermatch.data.interest.RiasecType;
import org.careermatch.engine.ClusterMatch;
import org.careermatch.engine.Fit;
import org.careermatch.engine.MatchResult;
import org.careermatch.engine.explain.Explanation;
import org.careermatch.engine.interest.LearnerInterests;

/**
 * Renders the engine's result for one request: at the detail asked for, cut to the limit, scores
 * rounded to one decimal, reasons written in plain words ({@link ReasonWriter}) and their character
 * offsets moved from the engine's normal form to the text the request sent ({@link LearnerText}).
 * The engine's records never leave through here unmapped, so the API's contract stays put if they
 * move.
 */
final class MatchResponses {
  static final int SUMMARY_SUB_CLUSTERS = 3;
  static final int SUMMARY_OCCUPATIONS = 3;
  static final int SUMMARY_SKILLS = 5;
  static final int SUMMARY_PROGRAMS = 3;
  static final int REASONS = 3;

  /**
   * In summary, how many of the best clusters come with their lists and reasons; the others (and
   * every cluster that does not fit) are named, scored and placed only, so that a default answer
   * stays small (about 10 KB for 14 clusters). A client gets the rest with {@code detail=full}.
   */
  static final int SUMMARY_DETAILED = 5;

  private MatchResponses() {}

  /**
   * @param key the profile in the normal form the engine read
   * @param clusters each 2024 cluster's caption and Holland code by id
   */
  static MatchResponse of(
      MatchResult r,
      Detail detail,
      int limit,
      LearnerText text,
      ProfileKey key,
      Map<String, ClusterFacts> clusters) {
    boolean full = detail == Detail.FULL;
    List<ClusterItem> items = new ArrayList<>(Math.min(limit, r.clusters().size()));
    int rank = 1;
    for (ClusterMatch c : r.clusters()) {
      if (rank > limit) {
        break;
      }
      ClusterFacts facts = clusters.get(c.id());
      Render render =
          new Render(text, key.skills(), c.title(), facts == null ? null : facts.hollandCode());
      // in summary, a cluster below the first few, or one that does not fit, is named and scored
      // only
      boolean brief = !full && (rank > SUMMARY_DETAILED || !hasEvidence(c));
      items.add(
          new ClusterItem(
              rank++,
              c.id(),
              c.title(),
              facts == null ? null : facts.caption(),
              one(c.score()),
              c.fit().name().toLowerCase(Locale.ROOT),
              c.crossCutting(),
              c.appliesIn().stream()
                  .map(a -> new AppliesIn(a.clusterId(), a.title(), a.sampleJobTitles()))
                  .toList(),
              brief ? null : subClusters(c, full),
              brief
                  ? null
                  : first(c.occupations(), full, SUMMARY_OCCUPATIONS).stream()
                      .map(o -> occupation(o, full))
                      .toList(),
              brief
                  ? null
                  : first(c.emergingOccupations(), full, SUMMARY_OCCUPATIONS).stream()
                      .map(o -> occupation(o, full))
                      .toList(),
              brief
                  ? null
                  : first(c.skillsToExplore(), full, SUMMARY_SKILLS).stream()
                      .map(s -> new SkillItem(full ? s.id() : null, s.name()))
                      .toList(),
              brief
                  ? null
                  : first(c.programs(), full, SUMMARY_PROGRAMS).stream()
                      .map(p -> new ProgramItem(p.cipCode(), p.title()))
                      .toList(),
              brief ? null : render.reasons(c.explanation(), REASONS),
              full ? render.node(c.explanation()) : null));
    }
    return new MatchResponse(
        r.framework(),
        r.frameworkName(),
        detail.value(),
        r.understood(),
        interestProfile(r.interestProfile(), key),
        List.copyOf(items),
        r.unmatched());
  }

  /**
   * The learner's interest types: each type's share in percent (one decimal) and the learner's
   * words behind it (only words the learner wrote, as a guard: the engine reports the words as
   * typed); null when no word pointed to a type.
   */
  /** The least a line must add to the score to be shown as a reason: what rounds to 0.1 point. */
  static final double MIN_REASON_POINTS = 0.05;

  static InterestProfileItem interestProfile(LearnerInterests interests, ProfileKey key) {
    if (interests == null || interests.isEmpty()) {
      return null;
    }
    List<InterestTypeItem> types = new ArrayList<>(RiasecType.values().length);
    for (RiasecType t : RiasecType.values()) {
      List<String> words =
          interests.words().get(t).stream()
              .filter(
                  w ->
                      LineFacts.wordAt(key.interests(), ProfileKey.normalize(w)) >= 0
                          || key.skills().contains(ProfileKey.normalize(w)))
              .distinct()
              .toList();
      types.add(
          new InterestTypeItem(
              String.valueOf(t.letter()), t.title(), one(100 * interests.scores().get(t)), words));
    }
    return new InterestProfileItem(interests.code(), List.copyOf(types));
  }

  /** What the API knows of a 2024 cluster beside the engine's answer. */
  record ClusterFacts(String caption, String hollandCode) {}

  /**
   * Whether the cluster fits at all (strong, good or some): the page shows these, the rest behind
   * "show all".
   */
  static boolean hasEvidence(ClusterMatch c) {
    return c.fit() != Fit.NONE;
  }

  private static List<SubClusterItem> subClusters(ClusterMatch c, boolean full) {
    return c.subClusters().stream()
        .filter(s -> full || one(s.score()) > 0)
        .limit(full ? Long.MAX_VALUE : SUMMARY_SUB_CLUSTERS)
        .map(s -> new SubClusterItem(s.id(), s.title(), one(s.score())))
        .toList();
  }

  private static <T> List<T> first(List<T> list, boolean full, int n) {
    return full || list.size() <= n ? list : list.subList(0, n);
  }

  private static OccupationItem occupation(ClusterMatch.OccupationSuggestion o, boolean full) {
    return full
        ? new OccupationItem(o.id(), o.title(), o.emerging(), o.subClusters())
        : new OccupationItem(null, o.title(), null, null);
  }

  /** Rounded to one decimal, as every score and point value of the API. */
  static double one(double x) {
    return Math.round(x * 10.0) / 10.0;
  }

  static double three(double x) {
    return Math.round(x * 1000.0) / 1000.0;
  }

  /** The lines of one cluster rendered for one request. */
  private static final class Render {
    private final LearnerText text;
    private final List<String> normalSkills;
    private final String clusterTitle;
    private final String clusterCode;

    Render(LearnerText text, List<String> normalSkills, String clusterTitle, String clusterCode) {
      this.text = text;
      this.normalSkills = normalSkills;
      this.clusterTitle = clusterTitle;
      this.clusterCode = clusterCode;
    }

    /**
     * The {@code max} leaves that add the most to the score, as plain reasons (the same sentence
     * once); a leaf worth less than {@link MatchResponses#MIN_REASON_POINTS} (it would read "0.0
     * points") is no reason to show a student.
     */
    List<ReasonItem> reasons(Explanation root, int max) {
      List<Explanation> leaves = new ArrayList<>();
      root.forEachLeaf(leaves::add);
      leaves.sort(Comparator.comparingDouble(Explanation::value).reversed());
      Set<String> seen = new LinkedHashSet<>();
      List<ReasonItem> out = new ArrayList<>(max);
      for (Explanation l : leaves) {
        if (out.size() == max || l.value() < MIN_REASON_POINTS) {
          break;
        }
        LineFacts f = LineFacts.of(l, normalSkills);
        Located at = locate(f);
        String sentence = ReasonWriter.sentence(f, at.quote, clusterTitle, clusterCode);
        if (seen.add(sentence)) {
          out.add(
              new ReasonItem(
                  f == null ? LineFacts.OTHER : f.kind(),
                  sentence,
                  one(l.value()),
                  at.skillIndex,
                  at.spans));
        }
      }
      return List.copyOf(out);
    }

    ExplanationNode node(Explanation e) {
      List<ExplanationNode> children = e.children().stream().map(this::node).toList();
      if (!children.isEmpty()) {
        return new ExplanationNode(one(e.value()), e.description(), null, children, null);
      }
      LineFacts f = LineFacts.of(e, normalSkills);
      Located at = locate(f);
      String reason =
          e.value() > 0 || f != null
              ? ReasonWriter.sentence(f, at.quote, clusterTitle, clusterCode)
              : null;
      EvidenceItem evidence =
          f == null
              ? null
              : new EvidenceItem(
                  f.kind(),
                  f.input(),
                  f.inputKind(),
                  at.skillIndex,
                  at.spans,
                  f.matchedTerms(),
                  f.correctedFrom(),
                  f.entityId(),
                  f.entityType(),
                  f.entityTitle(),
                  f.field(),
                  f.text(),
                  f.matches(),
                  f.factors().stream()
                      .map(x -> new FactorItem(x.name(), three(x.value())))
                      .toList(),
                  three(f.relevance()),
                  three(f.weight()),
                  f.similarity() == null ? null : three(f.similarity()));
      return new ExplanationNode(one(e.value()), e.description(), reason, List.of(), evidence);
    }

    /**
     * The line's spans in the text as sent, the skill's index in the request, and the learner's
     * words quoted.
     */
    private Located locate(LineFacts f) {
      if (f == null) {
        return new Located(null, null, null);
      }
      Integer skillIndex = null;
      List<SpanItem> spans = new ArrayList<>();
      String source;
      if (f.isSkill()) {
        int i = text.skillIndex(f.normalSkill());
        if (i < 0) {
          return new Located(null, List.of(), null);
        }
        skillIndex = i;
        source = text.skill(i);
        for (int[] s : f.spans()) {
          int[] m = text.skillSpan(i, s[0], s[1]);
          if (m != null) {
            spans.add(new SpanItem(m[0], m[1]));
          }
        }
      } else {
        source = text.interests();
        for (int[] s : f.spans()) {
          int[] m = text.interestsSpan(s[0], s[1]);
          if (m != null) {
            spans.add(new SpanItem(m[0], m[1]));
          }
        }
      }
      spans = merged(spans);
      String quote =
          spans.isEmpty()
              ? null
              : source.substring(
                  spans.stream().mapToInt(SpanItem::start).min().orElseThrow(),
                  spans.stream().mapToInt(SpanItem::end).max().orElseThrow());
      return new Located(skillIndex, List.copyOf(spans), quote);
    }
  }

  /**
   * Spans sorted, overlapping or touching ones merged (an all-words line can name the same words
   * twice).
   */
  static List<SpanItem> merged(List<SpanItem> spans) {
    List<SpanItem> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparingInt(SpanItem::start).thenComparingInt(SpanItem::end));
    List<SpanItem> out = new ArrayList<>(sorted.size());
    for (SpanItem s : sorted) {
      SpanItem last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && s.start() <= last.end()) {
        out.set(out.size() - 1, new SpanItem(last.start(), Math.max(last.end(), s.end())));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  private record Located(Integer skillIndex, List<SpanItem> spans, String quote) {}
}
