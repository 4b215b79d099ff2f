package org.careermatch.api.match;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One result per profile, in request order.
 *
 * @param limit how many clusters each result lists at most (the CSV columns)
 */
record BatchResponse(List<Result> results, @JsonIgnore int limit) {

  /**
   * The top clusters of one profile, or why it could not be answered.
   *
   * @param error why this profile could not be answered; absent when it was
   */
  record Result(
      String ref,
      String framework,
      List<Cluster> clusters,
      List<String> unmatched,
      @JsonInclude(JsonInclude.Include.NON_NULL) String error) {

    static Result failed(String ref, String error) {
      return new Result(ref, null, List.of(), List.of(), error);
    }
  }

  /**
   * @param reasons the explanation lines that add the most to the score
   */
  record Cluster(int rank, String id, String title, double score, List<String> reasons) {}
}
