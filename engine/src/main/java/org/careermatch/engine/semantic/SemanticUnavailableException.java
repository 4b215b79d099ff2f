package org.careermatch.engine.semantic;

/** The embedding model cannot be loaded on this machine; callers fall back to lexical matching. */
public final class SemanticUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SemanticUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
