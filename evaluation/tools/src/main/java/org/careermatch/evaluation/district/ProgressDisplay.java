package org.careermatch.evaluation.district;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a district run on stderr: on a terminal a bar redrawn in place with rows, rate and
 * time left; elsewhere (a log, a pipe) one plain line every 30 seconds and one at the end.
 */
final class ProgressDisplay {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final boolean terminal;
  private final boolean quiet;
  private double lastLine = -1;

  ProgressDisplay(PrintWriter err, boolean terminal, boolean quiet) {
    this.err = err;
    this.terminal = terminal;
    this.quiet = quiet;
  }

  void show(DistrictRun.Progress p) {
    if (quiet) {
      return;
    }
    String line = line(p);
    if (terminal) {
      err.print("\r" + line + "\u001b[K");
      if (p.finished()) {
        err.println();
      }
      err.flush();
    } else if (p.finished() || lastLine < 0 || p.seconds() - lastLine >= 30) {
      err.println(line);
      lastLine = p.seconds();
    }
  }

  static String line(DistrictRun.Progress p) {
    double fraction =
        p.inputBytes() == 0 ? 1 : Math.min(1, (double) p.bytesRead() / p.inputBytes());
    if (p.finished() && p.bytesRead() >= p.inputBytes()) {
      fraction = 1;
    }
    int filled = (int) Math.round(fraction * WIDTH);
    double rate = p.seconds() > 0 ? p.rowsThisRun() / p.seconds() : 0;
    String left;
    if (p.finished()) {
      left = "done in " + duration(p.seconds());
    } else if (fraction > 0.001 && rate > 0 && p.rowsDone() > 0) {
      // rows still to come, at the rows per byte seen so far, at this run's rate
      left = duration(p.rowsDone() * (1 - fraction) / fraction / rate) + " left";
    } else {
      left = "time left: measuring";
    }
    return String.format(
        Locale.ROOT,
        "[%s%s] %3.0f%% %,d rows, %.1f rows/s, %s, %,d errors",
        "#".repeat(filled),
        "-".repeat(WIDTH - filled),
        fraction * 100,
        p.rowsDone(),
        rate,
        left,
        p.errors());
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    if (s >= 3600) {
      return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
    }
    if (s >= 60) {
      return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
    return s + "s";
  }
}
