package org.careermatch.data;

/** Another name a source uses for a cluster or sub-cluster. */
public record Alias(String name, Provenance source) {
  public Alias {
    Checks.requireNonBlank(name, "alias name");
    Checks.requireNonNull(source, "source of alias '" + name + "'");
  }
}
