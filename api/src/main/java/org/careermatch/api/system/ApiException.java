package org.careermatch.api.system;

import java.net.URI;
import java.util.Collection;
import java.util.stream.Collectors;
import org.careermatch.data.Checks;
import org.careermatch.engine.ProfileRules;
import org.careermatch.engine.ProfileViolation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request the API refuses, rendered as {@code application/problem+json}. The detail is written
 * for the developer calling the API; it never holds learner text, only counts, limits and
 * (sanitized) ids.
 */
public class ApiException extends ErrorResponseException {
  /** The prefix of every problem type careermatch defines. */
  public static final String TYPE_PREFIX = "urn:careermatch:problem:";

  ApiException(HttpStatus status, String type, String title, String detail) {
    super(status, problem(status, type, title, detail), null);
  }

  static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
    pd.setType(URI.create(TYPE_PREFIX + type));
    pd.setTitle(title);
    return pd;
  }

  @Override
  public String getMessage() {
    return getBody().getDetail();
  }

  /**
   * A profile the engine cannot take (empty, too long, too many skills...); {@code detail} must
   * hold no input.
   */
  public static ApiException invalidProfile(String detail) {
    return new ApiException(HttpStatus.BAD_REQUEST, "invalid-profile", "Invalid profile", detail);
  }

  /**
   * A profile breaking a rule of the engine's {@link ProfileRules}: the violation's message as the
   * detail, and as extension members {@code violation} (the rule, e.g. "skill-too-long"), {@code
   * field} ("interests" or "skills"), {@code item} (the 1-based position of the skill) and {@code
   * limit}, each when the rule has one.
   *
   * @param context what the profile is, to put before the message ("topic 'q1'"), or null
   */
  public static ApiException invalidProfile(ProfileViolation v, String context) {
    ApiException e =
        invalidProfile(context == null ? v.getMessage() : context + ": " + v.getMessage());
    ProblemDetail pd = e.getBody();
    pd.setProperty("violation", v.rule().code());
    if (v.field() != null) {
      pd.setProperty("field", v.field());
    }
    v.item().ifPresent(i -> pd.setProperty("item", i));
    v.limit().ifPresent(l -> pd.setProperty("limit", l));
    return e;
  }

  public static ApiException invalidProfile(ProfileViolation v) {
    return invalidProfile(v, null);
  }

  /** A request whose parameters are out of range; {@code detail} must hold no input. */
  public static ApiException invalidRequest(String detail) {
    return new ApiException(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
  }

  public static ApiException unknownFramework(String id, Collection<String> known) {
    return new ApiException(
        HttpStatus.BAD_REQUEST,
        "unknown-framework",
        "Unknown framework",
        "framework "
            + Checks.quote(id)
            + " does not exist; known frameworks: "
            + String.join(", ", known));
  }

  /** An id in the path that names nothing, e.g. {@code notFound("cluster", id)}. */
  public static ApiException notFound(String what, String id) {
    return new ApiException(
        HttpStatus.NOT_FOUND,
        "not-found",
        "Not found",
        what + " " + Checks.quote(id) + " does not exist");
  }

  public static ApiException notFound(String what, String id, Collection<String> known) {
    return new ApiException(
        HttpStatus.NOT_FOUND,
        "not-found",
        "Not found",
        what
            + " "
            + Checks.quote(id)
            + " does not exist; known: "
            + known.stream().collect(Collectors.joining(", ")));
  }

  /**
   * Too much work at once: 429 when the client asked for more than its share (evaluations,
   * batches), 503 when the service as a whole is busy (the model); both say in {@code Retry-After}
   * when to try again.
   */
  public static ApiException busy(
      HttpStatus status, String type, String title, String detail, long retryAfterSeconds) {
    ApiException e = new ApiException(status, type, title, detail);
    e.getHeaders().set("Retry-After", Long.toString(Math.max(1, retryAfterSeconds)));
    return e;
  }

  /**
   * A request that needed more computing than its time budget; what was not reached was not
   * computed.
   */
  public static ApiException timeBudgetExceeded(
      String what, java.time.Duration budget, String advice) {
    return new ApiException(
        HttpStatus.SERVICE_UNAVAILABLE,
        "time-budget-exceeded",
        "Time budget exceeded",
        what
            + " needed more than its time budget of "
            + budget.toSeconds()
            + " s and was stopped; "
            + advice);
  }

  public static ApiException batchTooLarge(int max) {
    return new ApiException(
        HttpStatus.PAYLOAD_TOO_LARGE,
        "batch-too-large",
        "Batch too large",
        "a batch holds at most " + max + " profiles; split it into several requests");
  }
}
