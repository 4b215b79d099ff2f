package org.careermatch.evaluation.gate;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careermatch.evaluation.bundled.BundledSuites;
import org.careermatch.data.DataLoader;
import org.careermatch.data.FrameworkData;
import org.careermatch.engine.Engine;
import org.careermatch.engine.EngineConfig;
import org.careermatch.evaluation.baseline.BaselineRunner;
import org.careermatch.evaluation.runner.EngineRunner;
import org.careermatch.evaluation.runner.SuiteRunner;
import org.careermatch.evaluation.suite.Suite;
import org.junit.jupiter.api.Test;

/**
 * The regression gate: every bundled suite, run in process with {@link EngineConfig#defaults()} and with the naive
 * baseline, must give the numbers pinned in {@code src/test/resources/careermatch/regression.tsv}, each within its
 * tolerance, up or down. A change that moves a number on purpose regenerates the file and commits it with the change:
 *
 * <pre>
 * ./mvnw -q -pl index-data,engine install -DskipTests
 * ./mvnw -pl evaluation/tools -am test -Dtest=RegressionGateTest -Dsurefire.failIfNoSpecifiedTests=false -Dcareermatch.regression.update=true
 * </pre>
 *
 * (the update keeps each row's tolerance). The engine is built once; the whole gate takes a few seconds.
 */
class RegressionGateTest {
  static final String UPDATE = "careermatch.regression.update";
  static final String RESOURCE = "careermatch/regression.tsv";
  /** surefire runs in the module directory. */
  static final Path SOURCE = Path.of("src/test/resources/" + RESOURCE);

  @Test
  void everyPinnedNumberHolds() throws IOException {
    FrameworkData data = DataLoader.loadDefault();
    List<Suite> suites = new ArrayList<>();
    for (String name : BundledSuites.NAMES) {
      suites.add(BundledSuites.load(name));
    }
    RegressionTable measured;
    try (Engine engine = EngineRunner.semanticEngine(data, EngineConfig.defaults());
        Engine lexical = Engine.create(data, EngineConfig.defaults())) {
      Map<String, SuiteRunner> systems = new LinkedHashMap<>();
      systems.put(RegressionGate.ENGINE, new EngineRunner(engine));
      systems.put(RegressionGate.LEXICAL, new EngineRunner(lexical));
      systems.put(RegressionGate.BASELINE, new BaselineRunner(data));
      measured = RegressionGate.measure(systems, suites);
    }

    if (Boolean.getBoolean(UPDATE)) {
      RegressionTable old = Files.exists(SOURCE) ? read(Files.newBufferedReader(SOURCE, StandardCharsets.UTF_8),
          SOURCE.toString()) : new RegressionTable(List.of());
      List<String> moved = old.moved(measured);
      Files.writeString(SOURCE, old.repinnedWith(measured).format(RegressionGate.COMMENTS), StandardCharsets.UTF_8);
      System.out.println("RegressionGateTest: rewrote " + SOURCE.toAbsolutePath() + " (" + measured.rows().size()
          + " numbers, " + moved.size() + " changed)" + (moved.isEmpty() ? "" : ":\n  " + String.join("\n  ", moved)));
      return;
    }

    InputStream in = RegressionGateTest.class.getClassLoader().getResourceAsStream(RESOURCE);
    assertNotNull(in, RESOURCE + " is missing; generate it with " + updateCommand());
    RegressionTable pinned = read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
    List<String> moved = pinned.moved(measured);
    if (!moved.isEmpty()) {
      fail(moved.size() + " pinned number(s) of " + RESOURCE + " moved (system suite level metric: old -> new):\n  "
          + String.join("\n  ", moved) + "\n\nIf the change is intended, install the changed modules, regenerate the"
          + " file, review its diff and commit it with the change:\n  ./mvnw -q -pl index-data,engine install"
          + " -DskipTests\n  " + updateCommand() + "\n");
    }
    assertTrue(pinned.rows().size() >= BundledSuites.NAMES.size() * 3 * RegressionGate.CLUSTER_PINNED.size(),
        "the gate pins every bundled suite for the engine, the lexical engine and the baseline");
  }

  private static String updateCommand() {
    return "./mvnw -pl evaluation/tools -am test -Dtest=RegressionGateTest -Dsurefire.failIfNoSpecifiedTests=false -D" + UPDATE
        + "=true";
  }

  private static RegressionTable read(Reader reader, String source) throws IOException {
    try (Reader r = reader) {
      return RegressionTable.read(r, source);
    }
  }
}
