package org.careermatch.evaluation.tune;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.careermatch.engine.ClusterMatch;
import org.careermatch.engine.Engine;
import org.careermatch.engine.LearnerProfile;
import org.careermatch.engine.MatchResult;
import org.careermatch.evaluation.suite.Suite;
import org.careermatch.evaluation.suite.Topic;

/**
 * Writes each (query, cluster) pair of a suite as one learning-to-rank row in the SVMrank / RankLib
 * format: the judgment, the query's number, each signal's raw value for the cluster (features
 * numbered from 1 in {@link #FEATURES} order), and a comment naming the topic and the cluster:
 * {@code 2 qid:7 1:12.5 2:3.1 3:0 4:18.2 5:0 6:0 # lp-007 agriculture}.
 */
public final class FeatureRows {
  /** The signals, in feature-number order (see the engine's ClusterScorer). */
  public static final List<String> FEATURES =
      List.of("words", "all-words", "skills", "meaning", "interest-type", "cross-cutting");

  private FeatureRows() {}

  /** A header line naming the features, as a comment. */
  public static String header() {
    StringBuilder b = new StringBuilder("# features:");
    for (int i = 0; i < FEATURES.size(); i++) {
      b.append(' ').append(i + 1).append('=').append(FEATURES.get(i));
    }
    return b.append('\n').toString();
  }

  /**
   * Writes the rows of every topic of {@code suite}.
   *
   * @param firstQid the number of the suite's first query (queries are numbered in topic order)
   * @return the number of the next query
   */
  public static int write(Engine engine, Suite suite, int firstQid, Writer out) throws IOException {
    int qid = firstQid;
    for (Topic t : suite.topics()) {
      MatchResult r = engine.match(new LearnerProfile(t.interests(), t.skills(), t.framework()));
      for (ClusterMatch c : r.clusters()) {
        StringBuilder row = new StringBuilder();
        row.append(suite.clusterQrels().grade(t.id(), c.id())).append(" qid:").append(qid);
        for (int f = 0; f < FEATURES.size(); f++) {
          row.append(' ')
              .append(f + 1)
              .append(':')
              .append(
                  String.format(
                      Locale.ROOT, "%.6f", c.features().getOrDefault(FEATURES.get(f), 0.0)));
        }
        row.append(" # ").append(t.id()).append(' ').append(c.id()).append('\n');
        out.write(row.toString());
      }
      qid++;
    }
    return qid;
  }
}
