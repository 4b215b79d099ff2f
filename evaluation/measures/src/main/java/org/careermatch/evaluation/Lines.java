package org.careermatch.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * The line loop the text-format readers share: numbered lines, a leading byte-order mark dropped,
 * blanks skipped.
 */
public final class Lines {
  /** Receives one non-blank line and its 1-based number. */
  @FunctionalInterface
  public interface Handler {
    void line(int number, String line) throws IOException;
  }

  private Lines() {}

  /** Feeds every non-blank line of {@code reader} to {@code handler}; does not close the reader. */
  public static void forEach(Reader reader, Handler handler) throws IOException {
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    String line;
    int n = 0;
    while ((line = in.readLine()) != null) {
      n++;
      if (n == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (!line.isBlank()) {
        handler.line(n, line);
      }
    }
  }
}
