package org.careermatch.api.system;

import java.io.IOException;

/**
 * Thrown while reading a request body that turns out to be larger than {@code
 * careermatch.max-request-size}.
 */
class RequestTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  RequestTooLargeException(long max) {
    super("request body exceeds " + max + " bytes");
  }
}
