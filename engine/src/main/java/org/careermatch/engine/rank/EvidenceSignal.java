package org.careermatch.engine.rank;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.careermatch.data.Cluster;
import org.careermatch.engine.explain.Explanation;
import org.careermatch.engine.query.QueryUnit;

/**
 * The evidence of some kinds of input: the best match of each input in the cluster and its further
 * matches (see {@link Contribution}). Its weight is the input kind's weight ({@code phraseWeight},
 * {@code combinedWeight}, {@code semanticWeight}...), already in each contribution.
 */
public final class EvidenceSignal implements Signal {
  private final String name;
  private final Set<QueryUnit.Kind> kinds;

  public EvidenceSignal(String name, Set<QueryUnit.Kind> kinds) {
    if (name == null || name.isBlank() || kinds.isEmpty()) {
      throw new IllegalArgumentException(
          "an evidence signal needs a name and input kinds (was '" + name + "', " + kinds + ")");
    }
    this.name = name;
    this.kinds = Set.copyOf(kinds);
  }

  /** Words and phrases, all words together, listed skills, and meaning: every input kind once. */
  public static List<Signal> all() {
    return List.of(
        new EvidenceSignal("words", Set.of(QueryUnit.Kind.WORD, QueryUnit.Kind.PHRASE)),
        new EvidenceSignal("all-words", Set.of(QueryUnit.Kind.ALL)),
        new EvidenceSignal("skills", Set.of(QueryUnit.Kind.SKILL, QueryUnit.Kind.SKILL_MEANING)),
        new EvidenceSignal("meaning", Set.of(QueryUnit.Kind.MEANING)));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void explain(Cluster cluster, Profile profile, double[] base, List<Explanation> out) {
    List<Contribution> mine = new ArrayList<>();
    for (Contribution c : profile.evidence().of(cluster.id())) {
      if (kinds.contains(c.unit().kind())) {
        mine.add(c);
      }
    }
    out.addAll(Explanations.lines(mine));
  }
}
