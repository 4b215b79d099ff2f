package org.careermatch.api.match;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * One learner's profile. At least one of interests or skills is needed.
 *
 * @param limit how many clusters to answer with (1 up to the framework's group count); all when absent
 */
@Schema(description = "A learner profile: free-text interests and/or a list of skills")
record MatchRequest(
    @Schema(description = "what the learner likes, in their own words; at most 2,000 characters",
        example = "I love animals and want to work outside") String interests,
    @Schema(description = "skills the learner has; at most 50, each at most 100 characters",
        example = "[\"Python\", \"SQL\"]") List<String> skills,
    @Schema(description = "framework to answer in (GET /api/v1/frameworks); nccf-2024 when absent",
        example = "nccf-2024") String framework,
    @Schema(description = "how many clusters to return, best first; all when absent", example = "5") Integer limit) {}
