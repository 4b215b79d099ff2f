package org.careermatch.api.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careermatch.api.match.MatchResponse.AppliesIn;
import org.careermatch.api.match.MatchResponse.ClusterItem;
import org.careermatch.api.match.MatchResponse.EvidenceItem;
import org.careermatch.api.match.MatchResponse.ExplanationNode;
import org.careermatch.api.match.MatchResponse.FactorItem;
import org.careermatch.api.match.MatchResponse.OccupationItem;
import org.careermatch.api.match.MatchResponse.ProgramItem;
import org.careermatch.api.match.MatchResponse.ReasonItem;
import org.careermatch.api.match.MatchResponse.SkillItem;
import org.careermatch.api.match.MatchResponse.SpanItem;
import org.careermatch.api.match.MatchResponse.SubClusterItem;
import org.careermatch.engine.ClusterMatch;
import org.careermatch.engine.MatchResult;
import org.careermatch.engine.explain.Explanation;

/**
 * Renders the engine's result for one request: at the detail asked for, cut to the limit, scores rounded to one
 * decimal, reasons written in plain words ({@link ReasonWriter}) and their character offsets moved from the engine's
 * normal form to the text the request sent ({@link LearnerText}). The engine's records never leave through here
 * unmapped, so the API's contract stays put if they move.
 */
final class MatchResponses {
  static final int SUMMARY_SUB_CLUSTERS = 3;
  static final int SUMMARY_OCCUPATIONS = 3;
  static final int SUMMARY_SKILLS = 5;
  static final int SUMMARY_PROGRAMS = 3;
  static final int REASONS = 3;

  private MatchResponses() {}

  /**
   * @param normalInterests the interests in the normal form the engine read
   * @param captions each 2024 cluster's caption by id
   */
  static MatchResponse of(MatchResult r, Detail detail, int limit, LearnerText text, String normalInterests,
      Map<String, String> captions) {
    boolean full = detail == Detail.FULL;
    List<ClusterItem> items = new ArrayList<>(Math.min(limit, r.clusters().size()));
    int rank = 1;
    for (ClusterMatch c : r.clusters()) {
      if (rank > limit) {
        break;
      }
      Render render = new Render(text, normalInterests, c.title());
      // in summary, a cluster nothing gave evidence for is named and scored only: its lists are one request away
      boolean brief = !full && !hasEvidence(c);
      items.add(new ClusterItem(rank++, c.id(), c.title(), captions.get(c.id()), one(c.score()), null,
          c.crossCutting(),
          c.appliesIn().stream().map(a -> new AppliesIn(a.clusterId(), a.title(), a.sampleJobTitles())).toList(),
          brief ? null : subClusters(c, full),
          brief ? null : first(c.occupations(), full, SUMMARY_OCCUPATIONS).stream().map(o -> occupation(o, full))
              .toList(),
          brief ? null : first(c.emergingOccupations(), full, SUMMARY_OCCUPATIONS).stream()
              .map(o -> occupation(o, full)).toList(),
          brief ? null : first(c.skillsToExplore(), full, SUMMARY_SKILLS).stream()
              .map(s -> new SkillItem(full ? s.id() : null, s.name())).toList(),
          brief ? null : List.<ProgramItem>of(),
          brief ? null : render.reasons(c.explanation(), REASONS),
          full ? render.node(c.explanation()) : null));
    }
    boolean understood = r.clusters().stream().anyMatch(c -> c.score() > 0);
    return new MatchResponse(r.framework(), r.frameworkName(), detail.value(), understood, null, List.copyOf(items),
        r.unmatched());
  }

  /** Whether anything the learner wrote counts for the cluster. */
  static boolean hasEvidence(ClusterMatch c) {
    return one(c.score()) > 0;
  }

  private static List<SubClusterItem> subClusters(ClusterMatch c, boolean full) {
    return c.subClusters().stream().filter(s -> full || one(s.score()) > 0).limit(full ? Long.MAX_VALUE
        : SUMMARY_SUB_CLUSTERS).map(s -> new SubClusterItem(s.id(), s.title(), one(s.score()))).toList();
  }

  private static <T> List<T> first(List<T> list, boolean full, int n) {
    return full || list.size() <= n ? list : list.subList(0, n);
  }

  private static OccupationItem occupation(ClusterMatch.OccupationSuggestion o, boolean full) {
    return full ? new OccupationItem(o.id(), o.title(), o.emerging(), o.subClusters())
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
    private final String normalInterests;
    private final String clusterTitle;

    Render(LearnerText text, String normalInterests, String clusterTitle) {
      this.text = text;
      this.normalInterests = normalInterests;
      this.clusterTitle = clusterTitle;
    }

    /** The {@code max} leaves that add the most to the score, as plain reasons (the same sentence once). */
    List<ReasonItem> reasons(Explanation root, int max) {
      List<Explanation> leaves = new ArrayList<>();
      root.forEachLeaf(leaves::add);
      leaves.sort(Comparator.comparingDouble(Explanation::value).reversed());
      Set<String> seen = new LinkedHashSet<>();
      List<ReasonItem> out = new ArrayList<>(max);
      for (Explanation l : leaves) {
        if (out.size() == max || l.value() <= 0) {
          break;
        }
        LineFacts f = LineFacts.of(l, normalInterests);
        Located at = locate(f);
        String sentence = ReasonWriter.sentence(f, at.quote, clusterTitle);
        if (seen.add(sentence)) {
          out.add(new ReasonItem(f == null ? LineFacts.OTHER : f.kind(), sentence, one(l.value()), at.skillIndex,
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
      LineFacts f = LineFacts.of(e, normalInterests);
      Located at = locate(f);
      String reason = e.value() > 0 || f != null ? ReasonWriter.sentence(f, at.quote, clusterTitle) : null;
      EvidenceItem evidence = f == null ? null : new EvidenceItem(f.kind(), f.input(), f.inputKind(), at.skillIndex,
          at.spans, f.matchedTerms(), f.correctedFrom(), f.entityId(), f.entityType(), f.entityTitle(), f.field(),
          f.text(), f.matches(), f.factors().stream().map(x -> new FactorItem(x.name(), three(x.value()))).toList(),
          three(f.relevance()), three(f.weight()), f.similarity() == null ? null : three(f.similarity()));
      return new ExplanationNode(one(e.value()), e.description(), reason, List.of(), evidence);
    }

    /** The line's spans in the text as sent, the skill's index in the request, and the learner's words quoted. */
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
      String quote = spans.isEmpty() ? null
          : source.substring(spans.stream().mapToInt(SpanItem::start).min().orElseThrow(),
              spans.stream().mapToInt(SpanItem::end).max().orElseThrow());
      return new Located(skillIndex, List.copyOf(spans), quote);
    }
  }

  private record Located(Integer skillIndex, List<SpanItem> spans, String quote) {}
}
