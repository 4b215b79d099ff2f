package org.careermatch.api.match;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.List;
import org.careermatch.api.system.ApiException;
import org.careermatch.api.system.CareerMatchProperties;
import org.careermatch.data.Framework;
import org.careermatch.data.FrameworkData;
import org.careermatch.engine.Engine;
import org.careermatch.engine.LearnerProfile;
import org.careermatch.engine.ProfileRules;
import org.careermatch.engine.ProfileViolation;
import org.springframework.stereotype.Service;

/**
 * Validates a profile, answers it from the cache or the engine, and times it. Messages of the errors it throws
 * name limits and counts, never the learner's words.
 */
@Service
class MatchService {
  static final String CACHE_NAME = "careermatch.matches";

  private final Engine engine;
  private final FrameworkData data;
  private final MeterRegistry registry;
  private final Cache<ProfileKey, MatchResponse> cache;
  private final int maxGroups;

  MatchService(Engine engine, MeterRegistry registry, CareerMatchProperties properties) {
    this.engine = engine;
    this.data = engine.data();
    this.registry = registry;
    this.cache = Caffeine.newBuilder().maximumSize(properties.cache().maximumSize()).recordStats().build();
    CaffeineCacheMetrics.monitor(registry, cache, CACHE_NAME);
    this.maxGroups = data.frameworks().stream().mapToInt(f -> f.groups().size()).max().orElse(1);
  }

  /** The answer to one profile, its clusters cut to {@code limit} (all when null). */
  MatchResponse match(String interests, List<String> skills, String frameworkId, Integer limit) {
    long start = System.nanoTime();
    Framework framework = framework(frameworkId);
    int n = limit(limit, framework.groups().size(), "for framework " + framework.id());
    ProfileKey key = key(interests, skills, framework.id());
    MatchResponse response = cache.get(key, this::compute).limitedTo(n);
    Timer.builder("careermatch.match").description("time to answer one profile (cache included)")
        .tag("framework", framework.id()).register(registry).record(System.nanoTime() - start,
            java.util.concurrent.TimeUnit.NANOSECONDS);
    return response;
  }

  /** The largest group count of any framework: the most clusters an answer can hold. */
  int maxGroups() {
    return maxGroups;
  }

  private MatchResponse compute(ProfileKey key) {
    return MatchResponses.of(engine.match(new LearnerProfile(key.interests(), key.skills(), key.framework())));
  }

  Framework framework(String id) {
    if (id == null || id.isBlank()) {
      return data.framework(Framework.NCCF_2024).orElseThrow();
    }
    return data.framework(id.strip()).orElseThrow(() -> ApiException.unknownFramework(id,
        data.frameworks().stream().map(Framework::id).toList()));
  }

  static int limit(Integer limit, int max, String context) {
    if (limit == null) {
      return max;
    }
    if (limit < 1 || limit > max) {
      throw ApiException.invalidRequest("limit must be between 1 and " + max + " " + context);
    }
    return limit;
  }

  /** Checks a profile against the engine's rules ({@link ProfileRules}) and puts it in normal form. */
  static ProfileKey key(String interests, List<String> skills, String framework) {
    try {
      ProfileRules.check(interests, skills);
    } catch (ProfileViolation v) {
      throw ApiException.invalidProfile(v);
    }
    return ProfileKey.of(interests, skills, framework);
  }
}
