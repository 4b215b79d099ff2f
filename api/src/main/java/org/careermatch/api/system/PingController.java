package org.careermatch.api.system;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A trivial endpoint: the baseline for load comparisons. */
@RestController
@Tag(name = "system")
class PingController {
  private static final Ping OK = new Ping("ok");

  record Ping(String status) {}

  @GetMapping(path = "/api/v1/ping", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Answers {\"status\":\"ok\"} at once (a baseline for load tests)")
  Ping ping() {
    return OK;
  }
}
