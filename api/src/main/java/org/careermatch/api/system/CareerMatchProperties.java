package org.careermatch.api.system;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code careermatch.*} for the service itself. The engine's settings live under the same prefix
 * ({@code careermatch.cross-cutting-boost}, {@code careermatch.type-weights.program}...) and are bound by
 * {@link EngineSettings}, one property per component of {@link org.careermatch.engine.EngineConfig}.
 *
 * @param dataDir a directory laid out like index-data's embedded data (for local frameworks); empty = embedded data
 * @param maxRequestSize the largest request body accepted (413 above it)
 * @param semantic matching by meaning (the embedding model)
 */
@ConfigurationProperties("careermatch")
public record CareerMatchProperties(
    Path dataDir,
    @DefaultValue Cors cors,
    @DefaultValue Cache cache,
    @DefaultValue Batch batch,
    @DefaultValue("8MB") DataSize maxRequestSize,
    @DefaultValue Semantic semantic) {

  /** @param allowedOrigins origins of the advising app allowed to call /api/** from a browser; empty = none */
  public record Cors(@DefaultValue List<String> allowedOrigins) {
    public Cors {
      allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }
  }

  /** @param maximumSize how many match results the cache holds at most */
  public record Cache(@DefaultValue("10000") long maximumSize) {}

  /**
   * @param maxProfiles the most profiles one batch may hold (413 above it)
   * @param defaultLimit how many clusters each batch result lists when the request gives no limit
   */
  public record Batch(@DefaultValue("500") int maxProfiles, @DefaultValue("3") int defaultLimit) {}

  /**
   * @param enabled load the embedding model and match by meaning too; false = words only
   * @param queryCacheSize how many query vectors (one per clause of the interests) the cache holds at most
   * @param vectorCacheDir where entity vectors of data other than the built-in data are cached on disk (keyed by the
   *     data's fingerprint); empty = computed at every start
   * @param intraOpThreads threads one inference of the model may use (ONNX Runtime's intra-op threads; 1 = the
   *     request's own thread, so that concurrent requests do not oversubscribe the cores)
   */
  public record Semantic(@DefaultValue("true") boolean enabled, @DefaultValue("10000") long queryCacheSize,
      Path vectorCacheDir, @DefaultValue("1") int intraOpThreads) {
    public Semantic {
      if (queryCacheSize < 0) {
        throw new IllegalArgumentException("careermatch.semantic.query-cache-size must be >= 0 (was "
            + queryCacheSize + ")");
      }
      if (intraOpThreads < 1 || intraOpThreads > 64) {
        throw new IllegalArgumentException("careermatch.semantic.intra-op-threads must be 1..64 (was "
            + intraOpThreads + ")");
      }
    }
  }
}
