package org.careermatch.evaluation.cli;

/** A bad command line: {@link Main} prints the message and the usage on stderr and exits with 2. */
public final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
