package org.careermatch.api.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Renders the errors that happen outside Spring MVC (in a filter, in the container) as a problem,
 * with the status's reason and nothing else: never a whitelabel page, a message or a stack trace.
 * Asked for directly, it is a 404 like any path without an endpoint.
 */
@RestController
class ProblemErrorController implements ErrorController {

  @RequestMapping("${server.error.path:${error.path:/error}}")
  ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status =
        code == null
            ? HttpStatus.NOT_FOUND
            : code instanceof Integer i && HttpStatus.resolve(i) != null && i >= 400
                ? HttpStatus.valueOf(i)
                : HttpStatus.INTERNAL_SERVER_ERROR;
    ProblemDetail pd = ProblemDetail.forStatus(status);
    pd.setType(
        URI.create(
            ApiException.TYPE_PREFIX
                + (status.is5xxServerError() ? "internal-error" : "http-" + status.value())));
    pd.setTitle(status.getReasonPhrase());
    pd.setDetail(
        status.is5xxServerError()
            ? "the server could not process this request"
            : "the request could not be processed: "
                + status.getReasonPhrase().toLowerCase(Locale.ROOT));
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
  }
}
