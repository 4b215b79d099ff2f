package org.careermatch.api.match;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "matches")
class MatchController {
  private final MatchService matches;

  MatchController(MatchService matches) {
    this.matches = matches;
  }

  @PostMapping(
      path = "/api/v1/matches",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Ranks the clusters of a framework for one learner profile, with explanations")
  MatchResponse match(
      @RequestBody MatchRequest request,
      @Parameter(
              description =
                  "summary (the default): each cluster in brief with its top 3 reasons; full: every "
                      + "list and the explanation trees",
              schema =
                  @Schema(
                      allowableValues = {"summary", "full"},
                      defaultValue = Detail.DEFAULT))
          @RequestParam(name = "detail", required = false)
          String detail) {
    return matches.match(
        request.interests(),
        request.skills(),
        request.framework(),
        request.limit(),
        Detail.parse(detail));
  }
}
