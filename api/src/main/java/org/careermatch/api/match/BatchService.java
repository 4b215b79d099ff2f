package org.careermatch.api.match;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.List;
import org.careermatch.api.match.BatchResponse.Result;
import org.careermatch.api.system.ApiException;
import org.careermatch.api.system.CareerMatchProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Answers many profiles at once. A profile that cannot be answered gets an {@code error} in its own result; the
 * batch as a whole fails only when it is empty or too large.
 */
@Service
class BatchService {
  static final int MAX_REF_LENGTH = 100;
  private static final Logger log = LoggerFactory.getLogger(BatchService.class);

  private final MatchService matches;
  private final int maxProfiles;
  private final int defaultLimit;
  private final Timer timer;
  private final DistributionSummary sizes;
  private final Counter errors;

  BatchService(MatchService matches, MeterRegistry registry, CareerMatchProperties properties) {
    this.matches = matches;
    this.maxProfiles = properties.batch().maxProfiles();
    this.defaultLimit = properties.batch().defaultLimit();
    this.timer = Timer.builder("careermatch.batch").description("time to answer one batch").register(registry);
    this.sizes = DistributionSummary.builder("careermatch.batch.profiles").description("profiles per batch")
        .register(registry);
    this.errors = Counter.builder("careermatch.batch.errors").description("batch profiles answered with an error")
        .register(registry);
  }

  int maxProfiles() {
    return maxProfiles;
  }

  BatchResponse run(BatchRequest request, Integer limit, Detail detail, boolean inputs) {
    if (request.profiles() == null || request.profiles().isEmpty()) {
      throw ApiException.invalidRequest("a batch needs at least one profile (field 'profiles')");
    }
    if (request.profiles().size() > maxProfiles) {
      throw ApiException.batchTooLarge(maxProfiles);
    }
    int n = MatchService.limit(limit == null ? Math.min(defaultLimit, matches.maxGroups()) : limit,
        matches.maxGroups(), "in a batch");
    long start = System.nanoTime();
    List<Result> results = new ArrayList<>(request.profiles().size());
    int failed = 0;
    for (BatchRequest.Profile p : request.profiles()) {
      Result r = answer(p, n, detail, inputs);
      if (r.error() != null) {
        failed++;
      }
      results.add(r);
    }
    long nanos = System.nanoTime() - start;
    timer.record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    sizes.record(results.size());
    errors.increment(failed);
    log.debug("batch of {} profiles, {} errors, in {} ms", results.size(), failed, nanos / 1_000_000);
    return new BatchResponse(List.copyOf(results), n, inputs);
  }

  private Result answer(BatchRequest.Profile p, int limit, Detail detail, boolean inputs) {
    if (p == null) {
      return Result.failed(null, "the profile is null", null, null);
    }
    String interests = inputs ? p.interests() : null;
    List<String> skills = inputs ? (p.skills() == null ? List.of() : p.skills()) : null;
    String ref = p.ref() == null ? null : p.ref().strip();
    if (ref == null || ref.isEmpty()) {
      return Result.failed(null, "ref is missing: give each profile your own reference for the learner", interests,
          skills);
    }
    if (ref.length() > MAX_REF_LENGTH) {
      return Result.failed(ref.substring(0, MAX_REF_LENGTH), "ref is " + ref.length()
          + " characters long; at most " + MAX_REF_LENGTH + " are allowed", interests, skills);
    }
    try {
      MatchResponse m = matches.matchUpTo(p.interests(), p.skills(), p.framework(), limit, detail);
      return new Result(ref, m.framework(), m.understood(),
          m.interestProfile() == null ? null : m.interestProfile().hollandCode(), interests, skills, m.clusters(),
          m.unmatched(), null);
    } catch (ApiException e) {
      if (e.getStatusCode().value() != HttpStatus.BAD_REQUEST.value()) {
        throw e;
      }
      return Result.failed(ref, e.getBody().getDetail(), interests, skills);
    }
  }
}
