package org.careermatch.evaluation.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careermatch.data.Checks;

/**
 * A run: for each query id the engine's ranked list of scored documents, best first. Within a query
 * document ids are unique and scores never increase down the list; equal scores (ties) are allowed,
 * in the engine's order.
 *
 * <p>A query may be present with an empty list: the engine was asked and returned nothing. Such a
 * query counts (as 0) in every average; a TREC run file cannot hold it, so it disappears when the
 * run is written.
 */
public record Run(Map<String, List<ScoredDoc>> rankings) {
  public Run {
    Checks.requireNonNull(rankings, "rankings");
    Map<String, List<ScoredDoc>> copy = new LinkedHashMap<>();
    for (Map.Entry<String, List<ScoredDoc>> e : rankings.entrySet()) {
      String qid = Checks.requireToken(e.getKey(), "run query id");
      List<ScoredDoc> ranking =
          List.copyOf(Checks.requireNonNull(e.getValue(), "ranking of query " + qid));
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < ranking.size(); i++) {
        ScoredDoc d = ranking.get(i);
        if (!seen.add(d.docid())) {
          throw new IllegalArgumentException(
              "document " + d.docid() + " is ranked twice for query " + qid);
        }
        if (i > 0 && d.score() > ranking.get(i - 1).score()) {
          ScoredDoc above = ranking.get(i - 1);
          throw new IllegalArgumentException(
              "ranking of query "
                  + qid
                  + " is not sorted by score: "
                  + d.docid()
                  + " at rank "
                  + (i + 1)
                  + " scores "
                  + d.score()
                  + ", more than "
                  + above.docid()
                  + " at rank "
                  + i
                  + " ("
                  + above.score()
                  + ")");
        }
      }
      copy.put(qid, ranking);
    }
    rankings = Collections.unmodifiableMap(copy);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The query ids, in insertion order. */
  public Set<String> queries() {
    return rankings.keySet();
  }

  public boolean contains(String qid) {
    return rankings.containsKey(qid);
  }

  /** The ranking of a query, best first; empty if the query is absent or retrieved nothing. */
  public List<ScoredDoc> ranking(String qid) {
    return rankings.getOrDefault(qid, List.of());
  }

  /** Collects rankings one document at a time, in rank order. */
  public static final class Builder {
    private final Map<String, List<ScoredDoc>> rankings = new LinkedHashMap<>();

    private Builder() {}

    /** Registers a query, so that it is in the run even if nothing is added for it. */
    public Builder query(String qid) {
      rankings.computeIfAbsent(qid, k -> new ArrayList<>());
      return this;
    }

    /** Appends a document to the end of a query's ranking. */
    public Builder add(String qid, String docid, double score) {
      rankings.computeIfAbsent(qid, k -> new ArrayList<>()).add(new ScoredDoc(docid, score));
      return this;
    }

    /** Sets a query's whole ranking, best first. */
    public Builder ranking(String qid, List<ScoredDoc> ranking) {
      rankings.put(qid, new ArrayList<>(ranking));
      return this;
    }

    public Run build() {
      return new Run(rankings);
    }
  }
}
