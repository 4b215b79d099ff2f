package org.careermatch.api.match;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careermatch.api.system.ApiException;
import org.careermatch.api.system.Budget;
import org.careermatch.api.system.CareerMatchProperties;
import org.careermatch.api.system.WorkLimits;
import org.careermatch.data.Framework;
import org.careermatch.data.FrameworkData;
import org.careermatch.data.interest.OccupationalInterests;
import org.careermatch.engine.Engine;
import org.careermatch.engine.LearnerProfile;
import org.careermatch.engine.MatchResult;
import org.careermatch.engine.ProfileRules;
import org.careermatch.engine.ProfileViolation;
import org.springframework.stereotype.Service;

/**
 * Validates a profile, answers it from the cache or the engine, and times it. Messages of the
 * errors it throws name limits and counts, never the learner's words. The engine computes a profile
 * only within {@link WorkLimits#model}; the cache is bounded by the estimated heap of its answers
 * ({@code careermatch.cache.max-weight}).
 */
@Service
class MatchService {
  static final String CACHE_NAME = "careermatch.matches";

  /**
   * JSON bytes of an answer per byte of heap it takes in the cache: measured over 1,000 cached
   * answers of unique profiles (live heap after a full GC grew 37.5 KB per answer; their JSON
   * averaged 80.5 KB), rounded down so that the estimate errs on the large side.
   */
  static final int JSON_BYTES_PER_HEAP_BYTE = 2;

  private final Engine engine;
  private final FrameworkData data;
  private final MeterRegistry registry;
  private final Cache<Computed, MatchResult> cache;
  private final Map<String, MatchResponses.ClusterFacts> clusters;
  private final int maxGroups;
  private final WorkLimits limits;
  private final Counter computed;
  private final ObjectMapper json = new ObjectMapper();

  MatchService(
      Engine engine, MeterRegistry registry, CareerMatchProperties properties, WorkLimits limits) {
    this.engine = engine;
    this.data = engine.data();
    this.registry = registry;
    this.limits = limits;
    this.cache =
        Caffeine.newBuilder()
            .maximumWeight(properties.cache().maxWeight().toBytes())
            .weigher((Computed k, MatchResult v) -> weight(k.profile(), v))
            .recordStats()
            .build();
    CaffeineCacheMetrics.monitor(registry, cache, CACHE_NAME);
    this.computed =
        Counter.builder("careermatch.match.computed")
            .description("profiles computed by the engine (cache misses)")
            .register(registry);
    Map<String, MatchResponses.ClusterFacts> c = new HashMap<>();
    data.clusters()
        .forEach(
            x ->
                c.put(
                    x.id().value(),
                    new MatchResponses.ClusterFacts(
                        x.caption(),
                        data.interestProfile(x.id())
                            .map(OccupationalInterests::hollandCode)
                            .orElse(null))));
    this.clusters = Map.copyOf(c);
    this.maxGroups = data.frameworks().stream().mapToInt(f -> f.groups().size()).max().orElse(1);
  }

  /**
   * The answer to one profile at the given detail, its clusters cut to {@code limit} (all when
   * null).
   */
  MatchResponse match(
      String interests, List<String> skills, String frameworkId, Integer limit, Detail detail) {
    Framework framework = framework(frameworkId);
    int n = limit(limit, framework.groups().size(), "for framework " + framework.id());
    return answer(interests, skills, framework, n, detail, null);
  }

  /**
   * The same with at most {@code atMost} clusters, fewer when the profile's framework has fewer
   * (batches), within a long request's budget: a cache miss waits for its turn at the model as long
   * as the budget allows.
   */
  MatchResponse matchUpTo(
      String interests,
      List<String> skills,
      String frameworkId,
      int atMost,
      Detail detail,
      Budget budget) {
    Framework framework = framework(frameworkId);
    return answer(
        interests, skills, framework, Math.min(atMost, framework.groups().size()), detail, budget);
  }

  /**
   * Without a budget, a cache miss waits at most {@code careermatch.work.max-wait} for the model.
   */
  private MatchResponse answer(
      String interests,
      List<String> skills,
      Framework framework,
      int n,
      Detail detail,
      Budget budget) {
    long start = System.nanoTime();
    ProfileKey key = key(interests, skills, framework.id());
    Computed listed = new Computed(key, detail == Detail.FULL);
    // an answer with every list also serves an answer in brief
    MatchResult result = cache.getIfPresent(listed);
    if (result == null && !listed.allLists()) {
      result = cache.getIfPresent(new Computed(key, true));
    }
    if (result == null) {
      result =
          budget == null
              ? limits.model(() -> cache.get(listed, this::compute))
              : limits.model(budget, () -> cache.get(listed, this::compute));
    }
    MatchResponse response =
        MatchResponses.of(result, detail, n, LearnerText.of(interests, skills), key, clusters);
    Timer.builder("careermatch.match")
        .description("time to answer one profile (cache included)")
        .tag("framework", framework.id())
        .register(registry)
        .record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
    return response;
  }

  /** The largest group count of any framework: the most clusters an answer can hold. */
  int maxGroups() {
    return maxGroups;
  }

  /**
   * Profiles the engine has computed since start (cache misses); tests count the work done after a
   * cancellation.
   */
  double computed() {
    return computed.count();
  }

  /** The estimated heap of the cached answers now, in bytes. */
  long cachedWeight() {
    cache.cleanUp();
    return cache
        .policy()
        .eviction()
        .flatMap(
            e ->
                e.weightedSize().isPresent()
                    ? java.util.Optional.of(e.weightedSize().getAsLong())
                    : java.util.Optional.empty())
        .orElse(0L);
  }

  /** An estimate of the heap an entry takes, from the length of its JSON; at least 1. */
  int weight(ProfileKey key, MatchResult value) {
    try {
      long bytes =
          (long) json.writeValueAsBytes(value).length / JSON_BYTES_PER_HEAP_BYTE
              + 2L * (key.interests().length() + String.join("", key.skills()).length())
              + 256;
      return (int) Math.min(Integer.MAX_VALUE, bytes);
    } catch (JsonProcessingException e) {
      return 64 * 1024;
    }
  }

  private MatchResult compute(Computed key) {
    computed.increment();
    ProfileKey p = key.profile();
    return engine.match(
        new LearnerProfile(p.interests(), p.skills(), p.framework()),
        key.allLists() ? Integer.MAX_VALUE : MatchResponses.SUMMARY_DETAILED);
  }

  /**
   * A cached answer's key: the profile, and whether every group carries its suggestion lists
   * ({@code detail=full}) or only the first {@link MatchResponses#SUMMARY_DETAILED}, all that an
   * answer in brief shows (ordering the lists is most of the engine's work beside the model).
   */
  record Computed(ProfileKey profile, boolean allLists) {}

  Framework framework(String id) {
    if (id == null || id.isBlank()) {
      return data.framework(Framework.NCCF_2024).orElseThrow();
    }
    return data.framework(id.strip())
        .orElseThrow(
            () ->
                ApiException.unknownFramework(
                    id, data.frameworks().stream().map(Framework::id).toList()));
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

  /**
   * Checks a profile against the engine's rules ({@link ProfileRules}) and puts it in normal form.
   */
  static ProfileKey key(String interests, List<String> skills, String framework) {
    try {
      ProfileRules.check(interests, skills);
    } catch (ProfileViolation v) {
      throw ApiException.invalidProfile(v);
    }
    return ProfileKey.of(interests, skills, framework);
  }
}
