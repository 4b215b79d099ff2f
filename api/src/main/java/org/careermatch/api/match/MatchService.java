package org.careermatch.api.match;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careermatch.api.system.ApiException;
import org.careermatch.api.system.CareerMatchProperties;
import org.careermatch.data.Framework;
import org.careermatch.data.FrameworkData;
import org.careermatch.data.interest.OccupationalInterests;
import org.careermatch.engine.Engine;
import org.careermatch.engine.LearnerProfile;
import org.careermatch.engine.MatchResult;
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
  private final Cache<ProfileKey, MatchResult> cache;
  private final Map<String, MatchResponses.ClusterFacts> clusters;
  private final int maxGroups;

  MatchService(Engine engine, MeterRegistry registry, CareerMatchProperties properties) {
    this.engine = engine;
    this.data = engine.data();
    this.registry = registry;
    this.cache = Caffeine.newBuilder().maximumSize(properties.cache().maximumSize()).recordStats().build();
    CaffeineCacheMetrics.monitor(registry, cache, CACHE_NAME);
    Map<String, MatchResponses.ClusterFacts> c = new HashMap<>();
    data.clusters().forEach(x -> c.put(x.id().value(), new MatchResponses.ClusterFacts(x.caption(),
        data.interestProfile(x.id()).map(OccupationalInterests::hollandCode).orElse(null))));
    this.clusters = Map.copyOf(c);
    this.maxGroups = data.frameworks().stream().mapToInt(f -> f.groups().size()).max().orElse(1);
  }

  /** The answer to one profile at the given detail, its clusters cut to {@code limit} (all when null). */
  MatchResponse match(String interests, List<String> skills, String frameworkId, Integer limit, Detail detail) {
    Framework framework = framework(frameworkId);
    int n = limit(limit, framework.groups().size(), "for framework " + framework.id());
    return answer(interests, skills, framework, n, detail);
  }

  /** The same with at most {@code atMost} clusters, fewer when the profile's framework has fewer (batches). */
  MatchResponse matchUpTo(String interests, List<String> skills, String frameworkId, int atMost, Detail detail) {
    Framework framework = framework(frameworkId);
    return answer(interests, skills, framework, Math.min(atMost, framework.groups().size()), detail);
  }

  private MatchResponse answer(String interests, List<String> skills, Framework framework, int n, Detail detail) {
    long start = System.nanoTime();
    ProfileKey key = key(interests, skills, framework.id());
    MatchResult result = cache.get(key, this::compute);
    MatchResponse response = MatchResponses.of(result, detail, n, LearnerText.of(interests, skills), key, clusters);
    Timer.builder("careermatch.match").description("time to answer one profile (cache included)")
        .tag("framework", framework.id()).register(registry).record(System.nanoTime() - start,
            java.util.concurrent.TimeUnit.NANOSECONDS);
    return response;
  }

  /** The largest group count of any framework: the most clusters an answer can hold. */
  int maxGroups() {
    return maxGroups;
  }

  private MatchResult compute(ProfileKey key) {
    return engine.match(new LearnerProfile(key.interests(), key.skills(), key.framework()));
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

  /** Checks a profile against the engine's limits and puts it in normal form. */
  static ProfileKey key(String interests, List<String> skills, String framework) {
    String text = interests == null ? "" : interests.strip();
    if (text.length() > LearnerProfile.MAX_INTERESTS_LENGTH) {
      throw ApiException.invalidProfile("interests are " + text.length() + " characters long; at most "
          + LearnerProfile.MAX_INTERESTS_LENGTH + " are allowed");
    }
    List<String> list = skills == null ? List.of() : skills;
    if (list.size() > LearnerProfile.MAX_SKILLS) {
      throw ApiException.invalidProfile(list.size() + " skills were given; at most " + LearnerProfile.MAX_SKILLS
          + " are allowed");
    }
    for (int i = 0; i < list.size(); i++) {
      String s = list.get(i);
      if (s == null || s.isBlank()) {
        throw ApiException.invalidProfile("skills[" + i + "] is blank");
      }
      if (s.strip().length() > LearnerProfile.MAX_SKILL_LENGTH) {
        throw ApiException.invalidProfile("skills[" + i + "] is " + s.strip().length() + " characters long; at most "
            + LearnerProfile.MAX_SKILL_LENGTH + " are allowed");
      }
    }
    if (text.isEmpty() && list.isEmpty()) {
      throw ApiException.invalidProfile("a profile needs interests or at least one skill; both are empty");
    }
    ProfileKey key = ProfileKey.of(text, list, framework);
    try {
      new LearnerProfile(key.interests(), key.skills(), key.framework());
    } catch (IllegalArgumentException e) {
      // a rule of the engine this adapter does not know yet; its message may quote the profile, so it is not shown
      throw ApiException.invalidProfile("the engine does not accept this profile");
    }
    return key;
  }
}
