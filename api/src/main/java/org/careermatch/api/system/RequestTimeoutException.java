package org.careermatch.api.system;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Thrown while reading a request body that is still arriving after {@code
 * careermatch.connector.body-timeout}.
 */
class RequestTimeoutException extends IOException {
  private static final long serialVersionUID = 1L;

  RequestTimeoutException(long timeoutNanos) {
    super(
        "request body still arriving after " + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms");
  }
}
