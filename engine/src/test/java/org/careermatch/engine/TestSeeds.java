package org.careermatch.engine;

/**
 * The seed of every randomized test: fixed by default, so a build is repeatable; {@code
 * -Dcareermatch.seed=N} runs the tests on other draws (and replays a failure, whose message names
 * the seed).
 */
public final class TestSeeds {
  /** The system property that changes the seed. */
  public static final String PROPERTY = "careermatch.seed";

  /** The seed when the property is not set. */
  public static final long DEFAULT = 20_240_601L;

  private TestSeeds() {}

  public static long seed() {
    return Long.getLong(PROPERTY, DEFAULT);
  }
}
