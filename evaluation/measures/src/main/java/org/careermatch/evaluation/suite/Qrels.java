package org.careermatch.evaluation.suite;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.careermatch.data.Checks;

/**
 * Relevance judgments: qid -> docid -> grade, in the order they were added. As in trec_eval
 * (relevance level 1), a document is relevant when its grade is greater than 0; grade 0 means
 * judged not relevant, and a document without a judgment is not relevant either. Grades are the
 * gains of nDCG.
 *
 * <p>A query "has qrels" when it has at least one judgment, relevant or not; trec_eval evaluates
 * exactly those queries. A query may not be present with no judgments at all.
 */
public record Qrels(Map<String, Map<String, Integer>> judgments) {
  /** No judgments, e.g. the sub-cluster qrels of a suite that judges clusters only. */
  public static final Qrels EMPTY = new Qrels(Map.of());

  public Qrels {
    Checks.requireNonNull(judgments, "judgments");
    Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, Integer>> q : judgments.entrySet()) {
      String qid = Checks.requireToken(q.getKey(), "qrels query id");
      Map<String, Integer> docs = Checks.requireNonNull(q.getValue(), "judgments of query " + qid);
      if (docs.isEmpty()) {
        throw new IllegalArgumentException(
            "query " + qid + " is in the qrels without any judgment");
      }
      Map<String, Integer> docsCopy = new LinkedHashMap<>();
      for (Map.Entry<String, Integer> d : docs.entrySet()) {
        String docid = Checks.requireToken(d.getKey(), "document id judged for query " + qid);
        docsCopy.put(
            docid, Checks.requireNonNull(d.getValue(), "grade of " + docid + " for query " + qid));
      }
      copy.put(qid, Collections.unmodifiableMap(docsCopy));
    }
    judgments = Collections.unmodifiableMap(copy);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The judged query ids, in file order. */
  public Set<String> topics() {
    return judgments.keySet();
  }

  public boolean hasTopic(String qid) {
    return judgments.containsKey(qid);
  }

  /** The judgments of a query (docid -> grade); empty for a query without qrels. */
  public Map<String, Integer> judgments(String qid) {
    return judgments.getOrDefault(qid, Map.of());
  }

  /** The grade of a document for a query; 0 when it was not judged. */
  public int grade(String qid, String docid) {
    return judgments(qid).getOrDefault(docid, 0);
  }

  public boolean isRelevant(String qid, String docid) {
    return grade(qid, docid) > 0;
  }

  /** The relevant documents of a query (grade > 0), in file order. */
  public Set<String> relevant(String qid) {
    Set<String> relevant = new LinkedHashSet<>();
    judgments(qid)
        .forEach(
            (docid, grade) -> {
              if (grade > 0) {
                relevant.add(docid);
              }
            });
    return Collections.unmodifiableSet(relevant);
  }

  /** How many documents are relevant to a query (trec_eval's num_rel). */
  public int relevantCount(String qid) {
    int n = 0;
    for (int grade : judgments(qid).values()) {
      if (grade > 0) {
        n++;
      }
    }
    return n;
  }

  /** The judgments of the queries {@code keep} accepts, in the same order. */
  public Qrels only(Predicate<String> keep) {
    Map<String, Map<String, Integer>> kept = new LinkedHashMap<>();
    judgments.forEach(
        (qid, docs) -> {
          if (keep.test(qid)) {
            kept.put(qid, docs);
          }
        });
    return new Qrels(kept);
  }

  /** The number of judgments (qrels lines). */
  public int size() {
    int n = 0;
    for (Map<String, Integer> docs : judgments.values()) {
      n += docs.size();
    }
    return n;
  }

  /** Collects judgments in order; a second judgment of the same (qid, docid) is rejected. */
  public static final class Builder {
    private final Map<String, Map<String, Integer>> judgments = new LinkedHashMap<>();

    private Builder() {}

    public Builder add(String qid, String docid, int grade) {
      Checks.requireToken(qid, "qrels query id");
      Checks.requireToken(docid, "document id judged for query " + qid);
      Integer previous =
          judgments.computeIfAbsent(qid, k -> new LinkedHashMap<>()).putIfAbsent(docid, grade);
      if (previous != null) {
        throw new IllegalArgumentException(
            "document "
                + docid
                + " is judged twice for query "
                + qid
                + " (grades "
                + previous
                + " and "
                + grade
                + ")");
      }
      return this;
    }

    public Qrels build() {
      return new Qrels(judgments);
    }
  }
}
