package org.careermatch.api.match;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Batches in JSON or CSV (columns ref,interests,skills,framework; skills separated by ';'). The
 * answer comes in the format the Accept header asks for; when it asks for nothing in particular, in
 * the format of the request.
 */
@RestController
@Tag(name = "matches")
class BatchController {
  static final String TEXT_CSV = "text/csv";
  private final BatchService batches;

  BatchController(BatchService batches) {
    this.batches = batches;
  }

  @PostMapping(
      path = "/api/v1/matches/batch",
      consumes = {MediaType.APPLICATION_JSON_VALUE, TEXT_CSV},
      produces = {MediaType.APPLICATION_JSON_VALUE, TEXT_CSV})
  @Operation(
      summary = "Ranks up to 500 profiles; each result lists its top clusters or its own error",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              content = {
                @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = BatchRequest.class)),
                @Content(
                    mediaType = TEXT_CSV,
                    schema =
                        @Schema(
                            type = "string",
                            description =
                                "the same batch as CSV: "
                                    + "columns ref,interests,skills,framework (skills separated by ';')",
                            example =
                                "ref,interests,skills,framework\n"
                                    + "s-0042,I love animals and want to work outside,,\ns-0043,,Python;SQL;Tableau,\n"))
              }))
  ResponseEntity<BatchResponse> batch(
      @RequestBody BatchRequest request,
      @Parameter(description = "clusters per profile (default 3)")
          @RequestParam(name = "limit", required = false)
          Integer limit,
      @Parameter(
              description =
                  "summary (the default) or full: how much of each cluster the JSON answer gives",
              schema =
                  @Schema(
                      allowableValues = {"summary", "full"},
                      defaultValue = Detail.DEFAULT))
          @RequestParam(name = "detail", required = false)
          String detail,
      @Parameter(
              description =
                  "repeat each learner's interests and skills in the results (CSV: the interests and "
                      + "skills columns)")
          @RequestParam(name = "inputs", required = false, defaultValue = "false")
          boolean inputs,
      @RequestHeader HttpHeaders headers) {
    BatchResponse answer = batches.run(request, limit, Detail.parse(detail), inputs);
    // an Accept header that asks for nothing in particular gets the answer in the format of the
    // request
    boolean anyFormat = headers.getAccept().stream().allMatch(MediaType::isWildcardType);
    return anyFormat && BatchCsvConverter.TEXT_CSV.isCompatibleWith(headers.getContentType())
        ? ResponseEntity.ok().contentType(BatchCsvConverter.TEXT_CSV).body(answer)
        : ResponseEntity.ok(answer);
  }
}
