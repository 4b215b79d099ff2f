package org.careermatch.evaluation.gate;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.careermatch.engine.EngineConfig;
import org.careermatch.evaluation.bundled.BundledSuites;
import org.junit.jupiter.api.Test;

/**
 * The regression gate: every bundled suite, run in process with {@link EngineConfig#defaults()} and
 * with the naive baseline, must give the numbers pinned in {@code
 * src/test/resources/careermatch/regression.tsv}, each within its tolerance, up or down. A change
 * that moves a number on purpose regenerates the file with {@link RegressionUpdate} (a command, not
 * this test) and commits it with the change.
 */
class RegressionGateTest {
  static final String RESOURCE = "careermatch/regression.tsv";

  @Test
  void everyPinnedNumberHolds() throws IOException {
    RegressionTable measured = RegressionGate.measure();
    InputStream in = RegressionGateTest.class.getClassLoader().getResourceAsStream(RESOURCE);
    assertNotNull(in, RESOURCE + " is missing; generate it with " + UPDATE_COMMAND);
    RegressionTable pinned;
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      pinned = RegressionTable.read(r, RESOURCE);
    }
    List<String> moved = pinned.moved(measured);
    if (!moved.isEmpty()) {
      fail(
          moved.size()
              + " pinned number(s) of "
              + RESOURCE
              + " moved (system suite level metric: old -> new):\n  "
              + String.join("\n  ", moved)
              + "\n\nIf the change is intended, regenerate the file, review its diff and"
              + " commit it with the change:\n  "
              + UPDATE_COMMAND
              + "\n");
    }
    assertTrue(
        pinned.rows().size()
            >= BundledSuites.NAMES.size() * 3 * RegressionGate.CLUSTER_PINNED.size(),
        "the gate pins every bundled suite for the engine, the lexical engine and the baseline");
  }

  private static final String UPDATE_COMMAND =
      "./mvnw -q -o -pl evaluation/tools -am package -DskipTests && java -cp"
          + " evaluation/tools/target/careermatch-evaluation.jar org.careermatch.evaluation.gate.RegressionUpdate";
}
