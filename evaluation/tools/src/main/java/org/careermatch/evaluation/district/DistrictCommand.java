package org.careermatch.evaluation.district;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.careermatch.data.DataLoader;
import org.careermatch.data.FrameworkData;
import org.careermatch.engine.Engine;
import org.careermatch.engine.EngineConfig;
import org.careermatch.engine.semantic.OnnxEmbedder;
import org.careermatch.engine.semantic.SemanticUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code careermatch-district}: a whole district's profiles in one run (see the README's "A
 * district in one run"). Streams a CSV or JSON Lines file of any size through the engine on all
 * cores, writes the api's batch CSV, rows that cannot be scored also to an errors file, shows
 * progress on a terminal and resumes after an interruption.
 */
@Command(
    name = "careermatch-district",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Scores every profile of a CSV or JSON Lines file, streaming (constant memory, all cores), into the",
      "api's batch CSV (ref, rank1_id, rank1_title, rank1_score, rank1_reasons, ..., framework, error).",
      "Run the same command again after an interruption to resume where it stopped."
    },
    exitCodeListHeading = "Exit status:%n",
    exitCodeList = {
      "0:every row done (rows with errors included: see the errors file)",
      "1:the input cannot be read, or the engine failed",
      "2:bad arguments",
      "130:interrupted; run the same command again to resume"
    })
public final class DistrictCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "INPUT",
      description =
          "CSV (header: ref, interests, skills, framework; skills separated by ';') or JSON Lines "
              + "(one {\"ref\":...,\"interests\":...,\"skills\":[...],\"framework\":...} per line)")
  Path input;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "the results CSV (default: INPUT's name with .results.csv)")
  Path output;

  @Option(
      names = "--errors",
      paramLabel = "FILE",
      description =
          "rows that could not be scored: row, line, ref, error (default: OUTPUT's name with .errors.csv)")
  Path errors;

  @Option(
      names = "--format",
      paramLabel = "csv|jsonl",
      description =
          "the input's format (default: by its extension; .jsonl, .ndjson and .json are JSON Lines)")
  String format;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "3",
      description = "clusters per row (default: ${DEFAULT-VALUE}, as the api's batch)")
  int limit;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "scoring threads (default: one per core)")
  Integer threads;

  @Option(
      names = "--semantic",
      paramLabel = "on|off",
      defaultValue = "on",
      description = "match by meaning too (default: ${DEFAULT-VALUE}) or by words only")
  String semantic;

  @Option(
      names = "--restart",
      description = "start over even when a checkpoint says part of the input is done")
  boolean restart;

  @Option(names = "--quiet", description = "no progress display")
  boolean quiet;

  /** Tests: stop after this many rows in all, as an interruption would. */
  @Option(names = "--stop-after", hidden = true, defaultValue = "0")
  long stopAfter;

  private final PrintWriter err;
  private final boolean terminal;

  public DistrictCommand() {
    this(new PrintWriter(System.err, true), System.console() != null);
  }

  DistrictCommand(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  public static void main(String[] args) {
    System.exit(
        execute(
            args,
            new PrintWriter(System.out, true),
            new PrintWriter(System.err, true),
            System.console() != null,
            true));
  }

  /** Runs the command; {@code onSignal} installs a handler that checkpoints on Ctrl-C / SIGTERM. */
  static int execute(
      String[] args, PrintWriter out, PrintWriter err, boolean terminal, boolean onSignal) {
    DistrictCommand command = new DistrictCommand(err, terminal);
    command.onSignal = onSignal;
    CommandLine cl = new CommandLine(command);
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          err.println("careermatch-district: " + e.getMessage());
          return 1;
        });
    return cl.execute(args);
  }

  private boolean onSignal;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(input)) {
      return usage("no such file: " + input);
    }
    ProfileReader.Format fmt;
    try {
      fmt =
          format == null
              ? ProfileReader.Format.byName(input.getFileName().toString())
              : ProfileReader.Format.of(format);
    } catch (IllegalArgumentException e) {
      return usage(e.getMessage());
    }
    if (!semantic.equals("on") && !semantic.equals("off")) {
      return usage("--semantic must be on or off (was '" + semantic + "')");
    }
    if (limit < 1 || limit > 20) {
      return usage("--limit must be 1..20 (was " + limit + ")");
    }
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1 || n > 256) {
      return usage("--threads must be 1..256 (was " + n + ")");
    }
    Path out = output != null ? output : input.resolveSibling(stem(input) + ".results.csv");
    Path errs = errors != null ? errors : out.resolveSibling(stem(out) + ".errors.csv");
    if (out.toAbsolutePath().equals(input.toAbsolutePath())
        || errs.toAbsolutePath().equals(input.toAbsolutePath())
        || out.toAbsolutePath().equals(errs.toAbsolutePath())) {
      return usage("the input, the output and the errors file must be three different files");
    }

    long loadStart = System.nanoTime();
    FrameworkData data = DataLoader.loadDefault();
    Engine engine;
    String model = "none";
    if (semantic.equals("on")) {
      try {
        OnnxEmbedder embedder = OnnxEmbedder.load();
        model = embedder.modelId();
        engine = Engine.create(data, EngineConfig.defaults(), embedder, null);
      } catch (SemanticUnavailableException e) {
        err.println(
            "careermatch-district: "
                + e.getMessage()
                + " (use --semantic off to score by words only)");
        return 1;
      }
    } else {
      engine = Engine.create(data, EngineConfig.defaults());
    }
    String settings =
        "limit="
            + limit
            + ";semantic="
            + semantic
            + ";model="
            + model
            + ";config="
            + EngineConfig.defaults();
    DistrictRun run =
        new DistrictRun(
            new DistrictRun.Options(input.toAbsolutePath(), fmt, out, errs, n, n * 8, settings),
            new RowScorer(engine, limit));
    if (!quiet) {
      err.printf(
          Locale.ROOT,
          "careermatch-district: %s (%s) -> %s, errors -> %s; %d threads, %s; engine ready in %.1f s%n",
          input,
          fmt.name().toLowerCase(Locale.ROOT),
          out,
          errs,
          n,
          semantic.equals("on") ? "words and meaning" : "words only",
          (System.nanoTime() - loadStart) / 1e9);
    }
    CountDownLatch finished = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              run.stop();
              try {
                finished.await(60, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "district-interrupt");
    if (onSignal) {
      Runtime.getRuntime().addShutdownHook(hook);
    }
    ProgressDisplay display = new ProgressDisplay(err, terminal, quiet);
    DistrictRun.Summary s;
    try {
      s = run.run(restart, display::show, stopAfter);
    } catch (ProfileReader.InputException e) {
      err.println("careermatch-district: " + e.getMessage());
      return 1;
    } catch (UncheckedIOException e) {
      err.println("careermatch-district: cannot read " + input + ": " + e.getCause().getMessage());
      return 1;
    } finally {
      finished.countDown();
    }
    if (onSignal) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // the JVM is shutting down (Ctrl-C): the hook is running
      }
    }
    String rate =
        s.seconds() > 0 ? String.format(Locale.ROOT, "%.1f", s.rowsThisRun() / s.seconds()) : "-";
    if (!s.completed()) {
      err.printf(
          Locale.ROOT,
          "careermatch-district: stopped after %,d rows (%,d with errors); %s rows/s this run. "
              + "Run the same command again to resume.%n",
          s.rows(),
          s.errors(),
          rate);
      return 130;
    }
    err.printf(
        Locale.ROOT,
        "careermatch-district: %,d rows done (%,d with errors, listed in %s)%s in %.1f s, %s rows/s"
            + " -> %s%n",
        s.rows(),
        s.errors(),
        errs,
        s.resumedAt() > 0 ? ", resumed at row " + (s.resumedAt() + 1) : "",
        s.seconds(),
        rate,
        out);
    return 0;
  }

  private int usage(String message) {
    err.println("careermatch-district: " + message);
    err.println("Try 'careermatch-district --help'.");
    return 2;
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
