package org.careermatch.evaluation.gate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Regenerates the regression gate's pinned numbers on purpose (a ranking change, new data, a new
 * suite): measures everything the gate pins ({@link RegressionGate#measure()}), keeps each row's
 * tolerance, writes the file and prints what moved. Review the diff and commit it with the change.
 * From the repository root:
 *
 * <pre>
 * ./mvnw -q -o -pl evaluation/tools -am package -DskipTests
 * java -cp evaluation/tools/target/careermatch-evaluation.jar org.careermatch.evaluation.gate.RegressionUpdate [FILE] [--check]
 * </pre>
 *
 * {@code FILE} defaults to {@value #DEFAULT_FILE}; {@code --check} only prints what moved and exits
 * 1 if anything did (the gate's verdict without a test run). Exit 2 for bad arguments.
 */
public final class RegressionUpdate {
  /** The checked-in file, relative to the repository root. */
  public static final String DEFAULT_FILE =
      "evaluation/tools/src/test/resources/careermatch/regression.tsv";

  private RegressionUpdate() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(DEFAULT_FILE);
    boolean check = false;
    for (String arg : args) {
      if (arg.equals("--check")) {
        check = true;
      } else if (arg.startsWith("-")) {
        System.err.println(
            "RegressionUpdate: unknown option '"
                + arg
                + "'; usage: RegressionUpdate [FILE] [--check]");
        System.exit(2);
        return;
      } else {
        file = Path.of(arg);
      }
    }
    if (!Files.exists(file) && !check && !Files.isDirectory(file.toAbsolutePath().getParent())) {
      System.err.println(
          "RegressionUpdate: "
              + file.toAbsolutePath().getParent()
              + " is not a directory (run from the"
              + " repository root or give the file)");
      System.exit(2);
      return;
    }
    RegressionTable old = Files.exists(file) ? read(file) : new RegressionTable(List.of());
    RegressionTable measured = RegressionGate.measure();
    List<String> moved = old.moved(measured);
    System.out.println(
        "RegressionUpdate: "
            + measured.rows().size()
            + " numbers measured, "
            + moved.size()
            + " moved"
            + (moved.isEmpty()
                ? ""
                : " (system suite level metric: old -> new):\n  " + String.join("\n  ", moved)));
    if (check) {
      System.exit(moved.isEmpty() ? 0 : 1);
      return;
    }
    Files.writeString(
        file, old.repinnedWith(measured).format(RegressionGate.COMMENTS), StandardCharsets.UTF_8);
    System.out.println("RegressionUpdate: wrote " + file.toAbsolutePath());
  }

  private static RegressionTable read(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return RegressionTable.read(r, file.toString());
    }
  }
}
