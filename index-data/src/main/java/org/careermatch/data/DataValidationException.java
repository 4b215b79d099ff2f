package org.careermatch.data;

import java.util.List;

/**
 * The data is broken; {@link #problems()} lists every problem found, each naming the file and
 * record.
 */
public final class DataValidationException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<String> problems;

  public DataValidationException(List<String> problems) {
    super(problems.size() + " data problem(s):\n  - " + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
