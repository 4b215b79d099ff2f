package org.careermatch.api.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.careermatch.api.match.MatchResponse.AppliesIn;
import org.careermatch.api.match.MatchResponse.ClusterItem;
import org.careermatch.api.match.MatchResponse.EvidenceItem;
import org.careermatch.api.match.MatchResponse.ExplanationNode;
import org.careermatch.api.match.MatchResponse.OccupationItem;
import org.careermatch.api.match.MatchResponse.SkillItem;
import org.careermatch.api.match.MatchResponse.SubClusterItem;
import org.careermatch.engine.ClusterMatch;
import org.careermatch.engine.MatchResult;
import org.careermatch.engine.explain.Evidence;
import org.careermatch.engine.explain.Explanation;

/** Maps the engine's result records to the API's response records (the API's contract stays put if they move). */
final class MatchResponses {
  private MatchResponses() {}

  static MatchResponse of(MatchResult r) {
    List<ClusterItem> items = new ArrayList<>(r.clusters().size());
    int rank = 1;
    for (ClusterMatch c : r.clusters()) {
      items.add(new ClusterItem(rank++, c.id(), c.title(), c.score(), c.crossCutting(),
          c.appliesIn().stream().map(a -> new AppliesIn(a.clusterId(), a.title(), a.sampleJobTitles())).toList(),
          c.subClusters().stream().map(s -> new SubClusterItem(s.id(), s.title(), s.score())).toList(),
          c.occupations().stream().map(MatchResponses::occupation).toList(),
          c.emergingOccupations().stream().map(MatchResponses::occupation).toList(),
          c.skillsToExplore().stream().map(s -> new SkillItem(s.id(), s.name())).toList(),
          node(c.explanation())));
    }
    return new MatchResponse(r.framework(), r.frameworkName(), List.copyOf(items), r.unmatched());
  }

  private static OccupationItem occupation(ClusterMatch.OccupationSuggestion o) {
    return new OccupationItem(o.id(), o.title(), o.emerging(), o.subClusters());
  }

  static ExplanationNode node(Explanation e) {
    List<ExplanationNode> children = e.children().stream().map(MatchResponses::node).toList();
    Evidence v = e.evidence();
    EvidenceItem evidence = v == null ? null : new EvidenceItem(v.input(), v.inputKind(), v.matchedTerms(),
        v.correctedFrom(), v.entityId(), v.entityType(), v.entityTitle(), v.field(), v.text(), v.relevance(),
        v.weight(), v.similarity());
    return new ExplanationNode(e.value(), e.description(), children, evidence);
  }

  /** The descriptions of the {@code max} leaves that add the most to a cluster's score: why it ranks where it does. */
  static List<String> topReasons(ExplanationNode root, int max) {
    List<ExplanationNode> leaves = new ArrayList<>();
    collectLeaves(root, leaves);
    leaves.sort(Comparator.comparingDouble(ExplanationNode::value).reversed());
    Set<String> out = new LinkedHashSet<>();
    for (ExplanationNode l : leaves) {
      if (out.size() == max || l.value() <= 0) {
        break;
      }
      out.add(l.description());
    }
    return List.copyOf(out);
  }

  private static void collectLeaves(ExplanationNode n, List<ExplanationNode> out) {
    if (n.children().isEmpty()) {
      out.add(n);
    } else {
      n.children().forEach(c -> collectLeaves(c, out));
    }
  }
}
