package org.careermatch.evaluation;

import java.io.IOException;
import java.io.StringReader;
import org.careermatch.evaluation.run.Run;
import org.careermatch.evaluation.run.TrecRunReader;
import org.careermatch.evaluation.suite.Qrels;
import org.careermatch.evaluation.suite.QrelsReader;

/**
 * The small qrels/run pair whose metrics the tests compute by hand. The expected values were also
 * checked against trec_eval 9.0.4 ({@code trec_eval [-c] -q -m ndcg_cut.3 -m recip_rank -m P.1 -m
 * map -m recall.3 -m success.1}).
 *
 * <pre>
 * q1: judged a=2, b=1, c=0, d=1 (3 relevant, graded)      run: b .9, a .5, c .5 (tie), e .3 (unjudged), d .1
 * q2: judged x=1                                           run: x .8, y .8 (tie)
 * q3: judged a=1                                           not in the run
 * q4: judged e=1                                           not in the file; RUN_WITH_EMPTY_Q4 has it, empty
 * q5: no judgments                                         run: z 1.0 (ignored)
 * </pre>
 *
 * trec_eval's order puts tied documents by docid descending: q1 is evaluated as b, c, a, e, d and
 * q2 as y, x.
 */
public final class Fixtures {
  public static final String QRELS =
      """
      q1 0 a 2
      q1 0 b 1
      q1 0 c 0
      q1 0 d 1
      q2 0 x 1
      q3 0 a 1
      q4 0 e 1
      """;

  public static final String RUN =
      """
      q1 Q0 b 1 0.9 t
      q1 Q0 a 2 0.5 t
      q1 Q0 c 3 0.5 t
      q1 Q0 e 4 0.3 t
      q1 Q0 d 5 0.1 t
      q2 Q0 x 1 0.8 t
      q2 Q0 y 2 0.8 t
      q5 Q0 z 1 1.0 t
      """;

  private Fixtures() {}

  public static Qrels qrels() {
    try {
      return QrelsReader.read(new StringReader(QRELS), "fixture.qrels");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  public static Run run() {
    try {
      return TrecRunReader.read(new StringReader(RUN), "fixture.run");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** {@link #run()} plus q4 with an empty ranking: the engine was asked and returned nothing. */
  public static Run runWithEmptyQ4() {
    Run.Builder b = Run.builder();
    run().rankings().forEach(b::ranking);
    return b.query("q4").build();
  }

  public static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
