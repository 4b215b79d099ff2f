package org.careermatch.api.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.careermatch.engine.search.OccupationHit;
import org.careermatch.engine.search.SkillSuggestion;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Occupation search and skill typeahead: the engine's ({@link org.careermatch.engine.search}),
 * timed.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "search")
class SearchController {
  private final SearchService search;

  record OccupationResults(List<OccupationHit> results) {}

  record SkillSuggestions(List<SkillSuggestion> suggestions) {}

  SearchController(SearchService search) {
    this.search = search;
  }

  @GetMapping("/occupations")
  @Operation(
      summary =
          "Searches sample, emerging and SOC occupations by title (typo tolerant) or SOC code")
  OccupationResults occupations(
      @Parameter(
              description = "words of a title, or an SOC code such as 29-1141",
              example = "software developer")
          @RequestParam("q")
          @NotBlank
          @Size(max = 200)
          String q,
      @Parameter(description = "most results (1-50)")
          @RequestParam(name = "limit", defaultValue = "10")
          @Min(1)
          @Max(50)
          int limit) {
    return new OccupationResults(search.occupations(q, limit));
  }

  @GetMapping("/skills/suggest")
  @Operation(
      summary =
          "Typeahead over skill names and aliases (case-insensitive; typo tolerant from 4 characters)")
  SkillSuggestions suggestSkills(
      @Parameter(description = "what the learner typed so far", example = "pyth")
          @RequestParam("prefix")
          @NotBlank
          @Size(max = 100)
          String prefix,
      @Parameter(description = "most suggestions (1-50)")
          @RequestParam(name = "limit", defaultValue = "10")
          @Min(1)
          @Max(50)
          int limit) {
    return new SkillSuggestions(search.skills(prefix, limit));
  }
}
