package org.careermatch.evaluation;

import java.io.IOException;

/**
 * Malformed evaluation input (a topics, qrels, run or suite file). The message starts with {@code
 * source:line:} so that it can be pasted into an editor; {@link #line()} is 0 when the problem is
 * not tied to one line.
 */
public final class InputFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;

  public InputFormatException(String source, int line, String message) {
    this(source, line, message, null);
  }

  public InputFormatException(String source, int line, String message, Throwable cause) {
    super((line > 0 ? source + ":" + line + ": " : source + ": ") + message, cause);
    this.source = source;
    this.line = line;
  }

  /** The file name or resource path that was being read. */
  public String source() {
    return source;
  }

  /** The 1-based line number, or 0 when the problem concerns the whole input. */
  public int line() {
    return line;
  }
}
