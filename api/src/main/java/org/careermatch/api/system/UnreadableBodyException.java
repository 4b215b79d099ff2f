package org.careermatch.api.system;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * A body that cannot be parsed, with a message written for the caller that holds no part of the
 * body.
 */
public class UnreadableBodyException extends HttpMessageNotReadableException {
  private static final long serialVersionUID = 1L;

  public UnreadableBodyException(String safeMessage, HttpInputMessage input) {
    super(safeMessage, input);
  }
}
