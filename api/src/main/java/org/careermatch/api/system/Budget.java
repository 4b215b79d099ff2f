package org.careermatch.api.system;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * The time a request may spend computing, and whether its client is still there. Long work (a
 * batch, an evaluation) calls {@link #check()} before each item, so that what remains is not
 * computed once the budget has run out (503 {@code time-budget-exceeded}) or the client has hung up
 * ({@link ClientGoneException}).
 */
public final class Budget {
  private final String what;
  private final Duration budget;
  private final String advice;
  private final long deadline;
  private final LongSupplier clock;
  private final BooleanSupplier clientGone;

  Budget(
      String what, Duration budget, String advice, LongSupplier clock, BooleanSupplier clientGone) {
    if (budget.isNegative() || budget.isZero()) {
      throw new IllegalArgumentException("a time budget must be positive (was " + budget + ")");
    }
    this.what = what;
    this.budget = budget;
    this.advice = advice;
    this.clock = clock;
    this.clientGone = clientGone;
    this.deadline = clock.getAsLong() + budget.toNanos();
  }

  /** A budget from now, for the request this thread serves. */
  public static Budget start(String what, Duration budget, String advice) {
    return new Budget(what, budget, advice, System::nanoTime, GuardedHttp11NioProtocol::clientGone);
  }

  /** A budget whose clock and client are given (tests). */
  public static Budget of(
      String what, Duration budget, LongSupplier clock, BooleanSupplier clientGone) {
    return new Budget(what, budget, "send less per request", clock, clientGone);
  }

  /** Nanoseconds left, never negative. */
  public long remainingNanos() {
    return Math.max(0, deadline - clock.getAsLong());
  }

  /**
   * @throws ApiException 503 time-budget-exceeded when the budget has run out
   * @throws ClientGoneException when the client has closed its connection
   */
  public void check() {
    if (clientGone.getAsBoolean()) {
      throw new ClientGoneException();
    }
    if (deadline - clock.getAsLong() <= 0) {
      throw ApiException.timeBudgetExceeded(what, budget, advice);
    }
  }
}
