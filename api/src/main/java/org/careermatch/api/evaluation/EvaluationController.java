package org.careermatch.api.evaluation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "evaluations")
class EvaluationController {
  private final EvaluationService evaluations;

  EvaluationController(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @PostMapping(
      path = "/api/v1/evaluations",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary =
          "Evaluates an inline relevance suite (at most 500 topics) against this service's engine")
  EvaluationResponse evaluate(@RequestBody EvaluationRequest request) {
    return evaluations.evaluate(request);
  }
}
