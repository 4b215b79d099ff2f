package org.careermatch.api.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code careermatch.*} for the service itself. The engine's settings live under the
 * same prefix ({@code careermatch.cross-cutting-boost}, {@code
 * careermatch.type-weights.program}...) and are bound by {@link EngineSettings}, one property per
 * component of {@link org.careermatch.engine.EngineConfig}.
 *
 * @param dataDir a directory laid out like index-data's embedded data (for local frameworks); empty
 *     = embedded data
 * @param maxRequestSize the largest request body accepted (413 above it)
 * @param semantic matching by meaning (the embedding model)
 * @param connector what protects the threads from slow or silent clients
 * @param work the bound on concurrent heavy work (the engine on a cache miss)
 * @param evaluation the limits of POST /api/v1/evaluations
 */
@ConfigurationProperties("careermatch")
public record CareerMatchProperties(
    Path dataDir,
    @DefaultValue Cors cors,
    @DefaultValue Cache cache,
    @DefaultValue Batch batch,
    @DefaultValue("8MB") DataSize maxRequestSize,
    @DefaultValue Semantic semantic,
    @DefaultValue Connector connector,
    @DefaultValue Work work,
    @DefaultValue Evaluation evaluation) {

  /**
   * @param allowedOrigins origins of the advising app allowed to call /api/** from a browser; empty
   *     = none
   */
  public record Cors(@DefaultValue List<String> allowedOrigins) {
    public Cors {
      allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }
  }

  /**
   * @param maxWeight the estimated heap the cached match answers may take at most; 0 = no cache
   */
  public record Cache(@DefaultValue("64MB") DataSize maxWeight) {
    public Cache {
      positive(maxWeight.toBytes(), "careermatch.cache.max-weight", true);
    }
  }

  /**
   * @param maxProfiles the most profiles one batch may hold (413 above it)
   * @param defaultLimit how many clusters each batch result lists when the request gives no limit
   * @param timeBudget how long one batch may compute; profiles not reached by then are not computed
   *     (503)
   * @param maxConcurrent batches computed at once; more get 429 with Retry-After
   */
  public record Batch(
      @DefaultValue("500") int maxProfiles,
      @DefaultValue("3") int defaultLimit,
      @DefaultValue("60s") Duration timeBudget,
      @DefaultValue("2") int maxConcurrent) {
    public Batch {
      positive(timeBudget.toMillis(), "careermatch.batch.time-budget", false);
      positive(maxConcurrent, "careermatch.batch.max-concurrent", false);
    }
  }

  /**
   * @param headerTimeout how long a client may take to send a request's line and headers (then the
   *     connection is closed without an answer)
   * @param bodyTimeout how long a client may take to send a request's body, however steadily it
   *     sends (408)
   * @param maxRequestsPerClient requests of one client address in progress at once; more get 429 at
   *     once. The address is the connection's, or the forwarded one only when
   *     server.forward-headers-strategy is set
   */
  public record Connector(
      @DefaultValue("10s") Duration headerTimeout,
      @DefaultValue("20s") Duration bodyTimeout,
      @DefaultValue("16") int maxRequestsPerClient) {
    public Connector {
      positive(headerTimeout.toMillis(), "careermatch.connector.header-timeout", false);
      positive(bodyTimeout.toMillis(), "careermatch.connector.body-timeout", false);
      positive(maxRequestsPerClient, "careermatch.connector.max-requests-per-client", false);
    }
  }

  /**
   * @param maxConcurrent profiles the engine computes at once (cache misses); 0 = one per processor
   * @param maxWait how long a request waits for its turn before it gets 503 with Retry-After
   */
  public record Work(@DefaultValue("0") int maxConcurrent, @DefaultValue("2s") Duration maxWait) {
    public Work {
      positive(maxConcurrent, "careermatch.work.max-concurrent", true);
      positive(maxWait.toMillis(), "careermatch.work.max-wait", true);
    }

    /** The bound in force: the setting, or one per processor. */
    public int concurrency() {
      return maxConcurrent > 0 ? maxConcurrent : Runtime.getRuntime().availableProcessors();
    }
  }

  /**
   * @param maxTopics topics per evaluation (400 above)
   * @param maxText characters of interests and skills over all topics (400 above)
   * @param timeBudget how long one evaluation may compute; topics not reached by then are not
   *     computed (503)
   * @param maxConcurrent evaluations computed at once; more get 429 with Retry-After
   */
  public record Evaluation(
      @DefaultValue("500") int maxTopics,
      @DefaultValue("200000") int maxText,
      @DefaultValue("60s") Duration timeBudget,
      @DefaultValue("1") int maxConcurrent) {
    public Evaluation {
      positive(maxTopics, "careermatch.evaluation.max-topics", false);
      positive(maxText, "careermatch.evaluation.max-text", false);
      positive(timeBudget.toMillis(), "careermatch.evaluation.time-budget", false);
      positive(maxConcurrent, "careermatch.evaluation.max-concurrent", false);
    }
  }

  private static void positive(long value, String name, boolean zeroAllowed) {
    if (value < 0 || (value == 0 && !zeroAllowed)) {
      throw new IllegalArgumentException(
          name + " must be " + (zeroAllowed ? ">= 0" : "> 0") + " (was " + value + ")");
    }
  }

  /**
   * @param enabled load the embedding model and match by meaning too; false = words only
   * @param queryCacheSize how many query vectors (one per clause of the interests) the cache holds
   *     at most (an entry is at most 1.5 KB of vector and 4 KB of text)
   * @param vectorCacheDir where entity and interest cue vectors of data other than the built-in
   *     data are cached on disk (keyed by the data's fingerprint); empty = computed at every start
   * @param intraOpThreads threads one inference of the model may use (ONNX Runtime's intra-op
   *     threads; 1 = the request's own thread, so that concurrent requests do not oversubscribe the
   *     cores)
   */
  public record Semantic(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("10000") long queryCacheSize,
      Path vectorCacheDir,
      @DefaultValue("1") int intraOpThreads) {
    public Semantic {
      if (queryCacheSize < 0) {
        throw new IllegalArgumentException(
            "careermatch.semantic.query-cache-size must be >= 0 (was " + queryCacheSize + ")");
      }
      if (intraOpThreads < 1 || intraOpThreads > 64) {
        throw new IllegalArgumentException(
            "careermatch.semantic.intra-op-threads must be 1..64 (was " + intraOpThreads + ")");
      }
    }
  }
}
