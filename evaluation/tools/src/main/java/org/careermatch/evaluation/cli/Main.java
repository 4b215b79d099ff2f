package org.careermatch.evaluation.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.careermatch.engine.semantic.SemanticUnavailableException;
import picocli.CommandLine;

/**
 * The evaluation command line: runs a suite on the engine in process (or the naive baseline, or a
 * running api), prints trec_eval-style summary lines, optionally compares a second engine
 * configuration with a paired randomization test, and writes run files and reports. The options are
 * {@link EvaluateCommand}'s, parsed by picocli; see {@code java -jar careermatch-evaluation.jar
 * --help} and evaluation/README.md.
 *
 * <p>stdout carries only results; progress and errors go to stderr. Exit status: {@value #DONE}
 * done, {@value #FAILED} the suite or the system failed (a malformed file, an unreachable api),
 * {@value #BAD_ARGUMENTS} bad arguments (with the usage). Neither prints a stack trace.
 */
public final class Main {
  static final String NAME = "careermatch-evaluation";
  static final int DONE = 0;
  static final int FAILED = 1;
  static final int BAD_ARGUMENTS = 2;

  private Main() {}

  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    System.out.flush();
    System.exit(status);
  }

  /** Runs the command line; returns the exit status. Never throws for bad input. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    PrintWriter outWriter = new PrintWriter(out, true, StandardCharsets.UTF_8);
    PrintWriter errWriter = new PrintWriter(err, true, StandardCharsets.UTF_8);
    CommandLine cli =
        new CommandLine(new EvaluateCommand(out, err))
            .setOut(outWriter)
            .setErr(errWriter)
            .setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
            .setParameterExceptionHandler(
                (e, arguments) -> {
                  errWriter.println(NAME + ": " + e.getMessage());
                  errWriter.println();
                  e.getCommandLine().usage(errWriter);
                  return BAD_ARGUMENTS;
                })
            .setExecutionExceptionHandler(
                (e, commandLine, parseResult) -> {
                  errWriter.println(NAME + ": " + failure(e));
                  if (!expected(e)) {
                    e.printStackTrace(errWriter);
                  }
                  return FAILED;
                });
    cli.getCommandSpec().usageMessage().footer(Options.footer());
    int status = cli.execute(args == null ? new String[0] : args);
    outWriter.flush();
    errWriter.flush();
    return status;
  }

  /** Failures of the suite or the system, reported by their message alone. */
  private static boolean expected(Exception e) {
    return e instanceof IOException
        || e instanceof UncheckedIOException
        || e instanceof IllegalArgumentException
        || e instanceof IllegalStateException
        || e instanceof SemanticUnavailableException;
  }

  private static String failure(Exception e) {
    if (e instanceof UncheckedIOException u) {
      return u.getCause().getMessage();
    }
    if (e instanceof SemanticUnavailableException) {
      return e.getMessage() + " (run with --semantic off to match by words only)";
    }
    return expected(e) ? e.getMessage() : "internal error, please report it:";
  }
}
