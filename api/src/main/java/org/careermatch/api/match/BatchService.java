package org.careermatch.api.match;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.careermatch.api.match.BatchResponse.Result;
import org.careermatch.api.system.ApiException;
import org.careermatch.api.system.Budget;
import org.careermatch.api.system.CareerMatchProperties;
import org.careermatch.api.system.WorkLimits;
import org.careermatch.engine.ProfileViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Answers many profiles at once. A profile that cannot be answered gets an {@code error} in its own
 * result; the batch as a whole fails only when it is empty or too large, when too many batches are
 * computed already (429), or when it runs out of its time budget or its client hangs up: then the
 * profiles not reached are not computed.
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
  private final WorkLimits limits;
  private final Duration timeBudget;

  BatchService(
      MatchService matches,
      MeterRegistry registry,
      CareerMatchProperties properties,
      WorkLimits limits) {
    this.matches = matches;
    this.limits = limits;
    this.timeBudget = properties.batch().timeBudget();
    this.maxProfiles = properties.batch().maxProfiles();
    this.defaultLimit = properties.batch().defaultLimit();
    this.timer =
        Timer.builder("careermatch.batch")
            .description("time to answer one batch")
            .register(registry);
    this.sizes =
        DistributionSummary.builder("careermatch.batch.profiles")
            .description("profiles per batch")
            .register(registry);
    this.errors =
        Counter.builder("careermatch.batch.errors")
            .description("batch profiles answered with an error")
            .register(registry);
  }

  int maxProfiles() {
    return maxProfiles;
  }

  BatchResponse run(BatchRequest request, Integer limit, Detail detail, boolean inputs) {
    return run(
        request,
        limit,
        detail,
        inputs,
        () ->
            Budget.start(
                "the batch", timeBudget, "send fewer profiles per batch, or shorter ones"));
  }

  /** The batch within the budget the supplier starts once the batch has its turn. */
  BatchResponse run(
      BatchRequest request,
      Integer limit,
      Detail detail,
      boolean inputs,
      Supplier<Budget> budgets) {
    if (request.profiles() == null || request.profiles().isEmpty()) {
      throw ApiException.invalidRequest("a batch needs at least one profile (field 'profiles')");
    }
    if (request.profiles().size() > maxProfiles) {
      throw ApiException.batchTooLarge(maxProfiles);
    }
    int groups = groups(request);
    int n =
        MatchService.limit(
            limit == null ? Math.min(defaultLimit, groups) : limit,
            groups,
            "in this batch (the most clusters of its frameworks)");
    return limits.batch(() -> compute(request, n, detail, inputs, budgets.get()));
  }

  /**
   * The most groups (clusters) any framework of the batch has; unknown frameworks are the profiles'
   * own errors.
   */
  private int groups(BatchRequest request) {
    int max = 0;
    for (BatchRequest.Profile p : request.profiles()) {
      try {
        max = Math.max(max, matches.framework(p == null ? null : p.framework()).groups().size());
      } catch (ApiException e) {
        // answered as that profile's error
      }
    }
    return max == 0 ? matches.framework(null).groups().size() : max;
  }

  private BatchResponse compute(
      BatchRequest request, int n, Detail detail, boolean inputs, Budget budget) {
    long start = System.nanoTime();
    List<Result> results = new ArrayList<>(request.profiles().size());
    int failed = 0;
    for (BatchRequest.Profile p : request.profiles()) {
      budget.check();
      Result r = answer(p, n, detail, inputs, budget);
      if (r.error() != null) {
        failed++;
      }
      results.add(r);
    }
    long nanos = System.nanoTime() - start;
    timer.record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    sizes.record(results.size());
    errors.increment(failed);
    log.debug(
        "batch of {} profiles, {} errors, in {} ms", results.size(), failed, nanos / 1_000_000);
    return new BatchResponse(List.copyOf(results), n, inputs);
  }

  private Result answer(
      BatchRequest.Profile p, int limit, Detail detail, boolean inputs, Budget budget) {
    if (p == null) {
      return Result.failed(null, "the profile is null", null, null);
    }
    String interests = inputs ? p.interests() : null;
    List<String> skills = inputs ? (p.skills() == null ? List.of() : p.skills()) : null;
    String ref = p.ref() == null ? null : p.ref().strip();
    if (ref == null || ref.isEmpty()) {
      return Result.failed(
          null,
          "ref is missing: give each profile your own reference for the learner",
          interests,
          skills);
    }
    if (ref.length() > MAX_REF_LENGTH) {
      return Result.failed(
          ref.substring(0, MAX_REF_LENGTH),
          "ref is " + ref.length() + " characters long; at most " + MAX_REF_LENGTH + " are allowed",
          interests,
          skills);
    }
    try {
      MatchResponse m =
          matches.matchUpTo(p.interests(), p.skills(), p.framework(), limit, detail, budget);
      return new Result(
          ref,
          m.framework(),
          m.understood(),
          m.interestProfile() == null ? null : m.interestProfile().hollandCode(),
          interests,
          skills,
          m.clusters(),
          m.unmatched(),
          null);
    } catch (ApiException e) {
      if (e.getStatusCode().value() != HttpStatus.BAD_REQUEST.value()) {
        throw e;
      }
      return Result.failed(ref, e.getBody().getDetail(), interests, skills);
    } catch (ProfileViolation v) {
      // a rule the normal form broke (lower case can lengthen text): the engine's words, as for any
      // profile
      return Result.failed(ref, v.getMessage(), interests, skills);
    }
  }
}
