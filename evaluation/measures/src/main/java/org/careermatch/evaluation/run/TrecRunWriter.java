package org.careermatch.evaluation.run;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careermatch.data.Checks;

/**
 * Writes runs in the TREC format: {@code qid Q0 docid rank score tag}, one line per retrieved
 * document, single spaces, {@code \n} line ends, queries in the run's order, ranks from 1, scores
 * with {@value #DECIMALS} decimals.
 *
 * <h2>Scores are written strictly decreasing</h2>
 *
 * trec_eval ignores the rank column: it re-sorts each query by score and breaks ties by document id
 * in descending order. A file with tied scores would therefore be evaluated in an order the engine
 * never produced. So the writer makes every query's written scores strictly decreasing, keeping the
 * engine's rank order:
 *
 * <ol>
 *   <li>each score is rounded (half-even) to {@value #DECIMALS} decimals;
 *   <li>walking down the ranking, a score that is not strictly below the one written above it
 *       becomes that score minus {@link #EPSILON} (one unit of the last written decimal), so a run
 *       of k tied documents is written as s, s - 1e-6, s - 2e-6, ... in rank order, and a lower
 *       score that those steps have reached is pushed below them too;
 *   <li>trec_eval reads scores as 32-bit floats, which cannot tell 1e-6 apart above about 16; if
 *       two written scores would collapse to the same float, the lower one steps further down to
 *       the next value that does not.
 * </ol>
 *
 * Scores that already differ by more than the rounding are written unchanged (rounded). {@link
 * #untie(Run)} returns the run with exactly the scores written, so that evaluating it in memory
 * equals evaluating the file.
 */
public final class TrecRunWriter {
  /** Decimals written for each score (as Anserini's TREC output). */
  public static final int DECIMALS = 6;

  /** The step subtracted to separate tied scores: one unit of the last written decimal. */
  public static final double EPSILON = 1e-6;

  private static final BigDecimal STEP = BigDecimal.ONE.movePointLeft(DECIMALS);

  private TrecRunWriter() {}

  public static void write(Run run, String tag, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(run, tag, out);
    }
  }

  /**
   * Writes the run to {@code out}; does not close it. {@code tag} names the run (no whitespace).
   */
  public static void write(Run run, String tag, Writer out) throws IOException {
    Checks.requireToken(tag, "run tag");
    StringBuilder line = new StringBuilder();
    for (Map.Entry<String, List<ScoredDoc>> e : run.rankings().entrySet()) {
      List<ScoredDoc> ranking = e.getValue();
      List<BigDecimal> scores = strictScores(ranking);
      for (int i = 0; i < ranking.size(); i++) {
        line.setLength(0);
        line.append(e.getKey())
            .append(" Q0 ")
            .append(ranking.get(i).docid())
            .append(' ')
            .append(i + 1)
            .append(' ')
            .append(scores.get(i).toPlainString())
            .append(' ')
            .append(tag)
            .append('\n');
        out.write(line.toString());
      }
    }
  }

  /** The run file's content. */
  public static String format(Run run, String tag) {
    StringWriter out = new StringWriter();
    try {
      write(run, tag, out);
    } catch (IOException e) {
      throw new AssertionError("StringWriter does not throw", e);
    }
    return out.toString();
  }

  /**
   * The run with the scores the writer would write: rounded, strictly decreasing, same order, same
   * queries.
   */
  public static Run untie(Run run) {
    Map<String, List<ScoredDoc>> rankings = new LinkedHashMap<>();
    for (Map.Entry<String, List<ScoredDoc>> e : run.rankings().entrySet()) {
      List<BigDecimal> scores = strictScores(e.getValue());
      List<ScoredDoc> ranking = new ArrayList<>(scores.size());
      for (int i = 0; i < scores.size(); i++) {
        ranking.add(new ScoredDoc(e.getValue().get(i).docid(), scores.get(i).doubleValue()));
      }
      rankings.put(e.getKey(), ranking);
    }
    return new Run(rankings);
  }

  /** The written scores of one ranking (see the class comment). */
  static List<BigDecimal> strictScores(List<ScoredDoc> ranking) {
    List<BigDecimal> scores = new ArrayList<>(ranking.size());
    BigDecimal previous = null;
    for (ScoredDoc d : ranking) {
      BigDecimal score = new BigDecimal(d.score()).setScale(DECIMALS, RoundingMode.HALF_EVEN);
      if (previous != null) {
        if (score.compareTo(previous) >= 0) {
          score = previous.subtract(STEP);
        }
        float above = asReadByTrecEval(previous);
        if (asReadByTrecEval(score) >= above) {
          // below the float just under `above`, rounded down to a written decimal: reads back
          // strictly lower
          BigDecimal lower =
              new BigDecimal(Math.nextDown(above)).setScale(DECIMALS, RoundingMode.FLOOR);
          score = score.min(lower);
        }
      }
      scores.add(score);
      previous = score;
    }
    return scores;
  }

  /** trec_eval parses a score with atof (to double) and keeps it in a float. */
  private static float asReadByTrecEval(BigDecimal score) {
    return (float) score.doubleValue();
  }
}
