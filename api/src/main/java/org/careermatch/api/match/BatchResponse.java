package org.careermatch.api.match;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.careermatch.api.match.MatchResponse.ClusterItem;

/**
 * One result per profile, in request order.
 *
 * @param limit how many clusters each result lists at most (the CSV columns)
 * @param inputs whether each result repeats the learner's interests and skills (the CSV's interests
 *     and skills columns)
 */
record BatchResponse(List<Result> results, @JsonIgnore int limit, @JsonIgnore boolean inputs) {

  /**
   * The top clusters of one profile, or why it could not be answered.
   *
   * @param understood false when nothing the learner wrote gave evidence (every score 0); absent
   *     with an error
   * @param hollandCode the learner's interest types, strongest first, when the engine could tell
   * @param interests the learner's interests as sent (only with {@code inputs=true})
   * @param skills the learner's skills as sent (only with {@code inputs=true})
   * @param clusters the top clusters, as {@code POST /matches} gives them at the batch's detail
   * @param error why this profile could not be answered; absent when it was
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Result(
      String ref,
      String framework,
      Boolean understood,
      @Schema(example = "ASR") String hollandCode,
      String interests,
      List<String> skills,
      List<ClusterItem> clusters,
      List<String> unmatched,
      String error) {

    static Result failed(String ref, String error, String interests, List<String> skills) {
      return new Result(ref, null, null, null, interests, skills, List.of(), List.of(), error);
    }
  }
}
