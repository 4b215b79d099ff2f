package org.careermatch.api.search;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import org.careermatch.engine.Engine;
import org.careermatch.engine.analysis.TypoPolicy;
import org.careermatch.engine.search.OccupationHit;
import org.careermatch.engine.search.OccupationSearch;
import org.careermatch.engine.search.SkillSuggester;
import org.careermatch.engine.search.SkillSuggestion;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * The engine's occupation search and skill typeahead over the service's data, built once, each
 * search timed.
 */
@Service
class SearchService implements DisposableBean {
  private final OccupationSearch occupations;
  private final SkillSuggester skills;
  private final Timer occupationTimer;
  private final Timer skillTimer;

  SearchService(Engine engine, MeterRegistry registry) {
    // the typo policy the engine matches with, configured or not
    TypoPolicy typos =
        new TypoPolicy(engine.config().typoMinLength(), engine.config().typoOneEditMaxLength());
    this.occupations = new OccupationSearch(engine.data(), typos);
    this.skills = new SkillSuggester(engine.data(), typos);
    this.occupationTimer = timer(registry, "occupations");
    this.skillTimer = timer(registry, "skills");
  }

  private static Timer timer(MeterRegistry registry, String kind) {
    return Timer.builder("careermatch.search")
        .description("time to answer a search")
        .tag("kind", kind)
        .register(registry);
  }

  List<OccupationHit> occupations(String query, int limit) {
    return occupationTimer.record(() -> occupations.search(query, limit));
  }

  List<SkillSuggestion> skills(String prefix, int limit) {
    return skillTimer.record(() -> skills.suggest(prefix, limit));
  }

  @Override
  public void destroy() {
    occupations.close();
    skills.close();
  }
}
