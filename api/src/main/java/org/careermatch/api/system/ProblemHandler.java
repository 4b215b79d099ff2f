package org.careermatch.api.system;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.net.URI;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;
import org.careermatch.data.Checks;
import org.careermatch.engine.ProfileViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Turns every error into {@code application/problem+json} with a detail a developer can act on.
 * Spring MVC's own exceptions take type, title and detail from {@code messages.properties}
 * (Spring's problemDetail message codes, with {@link ProblemMessages} writing their list arguments
 * in words); only what a message cannot say is written here: a body that cannot be read ({@link
 * #unreadable}), a parameter of the wrong type, our own exceptions and the 500. Details are never
 * copied from exception messages, so no learner text, request body or stack trace reaches a
 * response; anything unexpected becomes a generic 500.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  @ExceptionHandler(RequestTooLargeException.class)
  ResponseEntity<Object> tooLarge(RequestTooLargeException ex, WebRequest request) {
    return problem(
        ex,
        HttpStatus.PAYLOAD_TOO_LARGE,
        "request-too-large",
        "Request too large",
        "the request body is larger than this server accepts; send fewer profiles per batch",
        request);
  }

  /**
   * A profile the engine refused where no service checked it first: the same problem as when one
   * does.
   */
  @ExceptionHandler(ProfileViolation.class)
  ResponseEntity<Object> invalidProfile(ProfileViolation ex, WebRequest request) {
    ApiException e = ApiException.invalidProfile(ex);
    return handleExceptionInternal(e, e.getBody(), new HttpHeaders(), e.getStatusCode(), request);
  }

  /** The client hung up while its request was computed: nobody to answer, nothing to warn about. */
  @ExceptionHandler(ClientGoneException.class)
  ResponseEntity<Object> clientGone(ClientGoneException ex) {
    log.debug("client closed the connection; the rest of its request was not computed");
    return null;
  }

  @ExceptionHandler(RequestTimeoutException.class)
  ResponseEntity<Object> bodyTimeout(RequestTimeoutException ex, WebRequest request) {
    ResponseEntity<Object> r =
        problem(
            ex,
            HttpStatus.REQUEST_TIMEOUT,
            "request-timeout",
            "Request timeout",
            "the request body took longer to arrive than this server waits; send it at once",
            request);
    HttpHeaders close = new HttpHeaders();
    close.set(HttpHeaders.CONNECTION, "close");
    return withHeaders(r, close);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
    // the message may hold learner text: log the exception types and where they were thrown, not
    // their messages
    log.error("unexpected {}", describeWithoutMessages(ex));
    return problem(
        ex,
        HttpStatus.INTERNAL_SERVER_ERROR,
        "internal-error",
        "Internal error",
        "the server could not process this request",
        request);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    if (causedBy(ex, RequestTooLargeException.class)) {
      return tooLarge(
          (RequestTooLargeException) cause(ex, RequestTooLargeException.class), request);
    }
    if (causedBy(ex, RequestTimeoutException.class)) {
      return bodyTimeout(
          (RequestTimeoutException) cause(ex, RequestTimeoutException.class), request);
    }
    if (DisconnectedClientHelper.isClientDisconnectedException(ex)
        || causedBy(ex, org.apache.catalina.connector.ClientAbortException.class)) {
      log.debug("client closed the connection while sending its request");
      return null;
    }
    return problem(
        ex,
        HttpStatus.BAD_REQUEST,
        "malformed-body",
        "Malformed request body",
        unreadable(ex),
        request);
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      org.springframework.beans.TypeMismatchException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String name =
        ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
    Class<?> type = ex.getRequiredType();
    String expected =
        type == null
            ? "a valid value"
            : Number.class.isAssignableFrom(type) || type == int.class || type == long.class
                ? "an integer"
                : type == Boolean.class || type == boolean.class
                    ? "true or false"
                    : "a valid value";
    return problem(
        ex,
        HttpStatus.BAD_REQUEST,
        "invalid-request",
        "Invalid request",
        "parameter '" + Objects.toString(name, "?") + "' must be " + expected,
        request);
  }

  /**
   * Every other Spring MVC exception ends here too: its default detail may quote the request (a
   * path, a header), so it is replaced by the status's reason unless it is one of ours.
   */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception ex,
      Object body,
      HttpHeaders headers,
      HttpStatusCode statusCode,
      WebRequest request) {
    // Spring's own exceptions take type, title and detail from messages.properties (problemDetail.*
    // codes) when
    // listed there, their arguments written for people (media types, methods)
    ProblemDetail pd =
        body instanceof ProblemDetail p
            ? p
            : body == null && ex instanceof ErrorResponse e && getMessageSource() != null
                ? e.updateAndGetBody(
                    new ProblemMessages(getMessageSource()), LocaleContextHolder.getLocale())
                : ProblemDetail.forStatus(statusCode);
    if (!(ex instanceof ApiException)
        && !pd.getType().toString().startsWith(ApiException.TYPE_PREFIX)) {
      HttpStatus s = HttpStatus.resolve(statusCode.value());
      String reason = s == null ? "error" : s.getReasonPhrase();
      pd.setType(
          URI.create(
              ApiException.TYPE_PREFIX
                  + (statusCode.is5xxServerError()
                      ? "internal-error"
                      : "http-" + statusCode.value())));
      pd.setTitle(reason);
      pd.setDetail(
          "the request could not be processed: " + reason.toLowerCase(java.util.Locale.ROOT));
    }
    pd.setInstance(null);
    ResponseEntity<Object> r = super.handleExceptionInternal(ex, pd, headers, statusCode, request);
    if (r == null) {
      return null;
    }
    // a problem is always JSON, whatever the request's Accept header asked for
    HttpHeaders h = new HttpHeaders();
    h.putAll(r.getHeaders());
    h.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    return new ResponseEntity<>(r.getBody(), h, r.getStatusCode());
  }

  private ResponseEntity<Object> problem(
      Exception ex,
      HttpStatus status,
      String type,
      String title,
      String detail,
      WebRequest request) {
    return handleExceptionInternal(
        ex, ApiException.problem(status, type, title, detail), new HttpHeaders(), status, request);
  }

  private static ResponseEntity<Object> withHeaders(ResponseEntity<Object> r, HttpHeaders extra) {
    if (r == null || extra == null || extra.isEmpty()) {
      return r;
    }
    HttpHeaders h = new HttpHeaders();
    h.putAll(r.getHeaders());
    extra.forEach(
        (k, v) -> {
          if (!h.containsKey(k)) {
            h.put(k, v);
          }
        });
    return new ResponseEntity<>(r.getBody(), h, r.getStatusCode());
  }

  /** What is wrong with a body, said without quoting it. */
  static String unreadable(HttpMessageNotReadableException ex) {
    if (ex instanceof UnreadableBodyException) {
      return ex.getMessage();
    }
    Throwable cause = ex.getCause();
    if (cause == null) {
      return "a request body is required";
    }
    // a syntax error deep inside an object arrives wrapped in a mapping exception: the syntax error
    // is the news
    Throwable syntax = cause(cause, StreamReadException.class);
    if (syntax != null && syntax != cause && !(cause instanceof StreamReadException)) {
      cause = syntax;
    }
    if (cause instanceof UnrecognizedPropertyException u) {
      Collection<Object> known = u.getKnownPropertyIds();
      return "unknown field "
          + Checks.quote(path(u))
          + (known == null || known.isEmpty()
              ? ""
              : "; known fields here: "
                  + known.stream()
                      .map(Object::toString)
                      .sorted()
                      .collect(Collectors.joining(", ")));
    }
    if (cause instanceof ValueInstantiationException v) {
      return "field " + Checks.quote(path(v)) + " is invalid";
    }
    if (cause instanceof MismatchedInputException m) {
      String where = path(m);
      if (String.valueOf(m.getOriginalMessage()).startsWith("Trailing token")) {
        return "unexpected content after the JSON value" + at(m.getLocation());
      }
      String expected = expected(m.getTargetType());
      if (where.isEmpty()) {
        return "the body must be a JSON object"
            + (m.getTargetType() == null ? "" : " of the documented shape");
      }
      return "field " + Checks.quote(where) + " must be " + expected;
    }
    if (cause instanceof JsonEOFException e) {
      return "the JSON body ends unexpectedly" + at(e.getLocation());
    }
    if (cause instanceof StreamReadException e) {
      if (String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")) {
        return "a field appears twice in the same object" + at(e.getLocation());
      }
      return "malformed JSON" + at(e.getLocation());
    }
    if (cause instanceof JsonMappingException m) {
      String where = path(m);
      return where.isEmpty()
          ? "the JSON body does not have the documented shape"
          : "field " + Checks.quote(where) + " is invalid";
    }
    if (cause instanceof JsonProcessingException e) {
      return "malformed JSON" + at(e.getLocation());
    }
    return "the request body cannot be read";
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "of the documented type";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "an integer";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    return "an object";
  }

  private static String at(JsonLocation l) {
    if (l == null || l.getLineNr() < 1) {
      return "";
    }
    return " at line " + l.getLineNr() + ", column " + l.getColumnNr();
  }

  /** The JSON path of the field at fault, e.g. {@code profiles[2].skills[0]}. */
  static String path(JsonMappingException e) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
    return cause(t, type) != null;
  }

  private static Throwable cause(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (type.isInstance(c)) {
        return c;
      }
    }
    return null;
  }

  /** The exception types of a cause chain with the frame each was thrown at; no messages. */
  static String describeWithoutMessages(Throwable t) {
    StringBuilder b = new StringBuilder();
    int depth = 0;
    for (Throwable c = t;
        c != null && depth < 8;
        c = c.getCause() == c ? null : c.getCause(), depth++) {
      if (depth > 0) {
        b.append(" <- caused by ");
      }
      b.append(c.getClass().getName());
      StackTraceElement[] st = c.getStackTrace();
      if (st.length > 0) {
        b.append(" at ")
            .append(
                Arrays.stream(st)
                    .limit(5)
                    .map(StackTraceElement::toString)
                    .collect(Collectors.joining(" | ")));
      }
    }
    return b.toString();
  }
}
