package org.careermatch.api.system;

/**
 * The client of a request hung up while it was computed: the rest is not computed, and nobody is
 * answered.
 */
public final class ClientGoneException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ClientGoneException() {
    super("the client closed the connection", null, false, false);
  }
}
