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
 */
@ConfigurationProperties("careermatch")
public record CareerMatchProperties(
    Path dataDir,
    @DefaultValue Cors cors,
    @DefaultValue Cache cache,
    @DefaultValue Batch batch,
    @DefaultValue("8MB") DataSize maxRequestSize) {

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
}
