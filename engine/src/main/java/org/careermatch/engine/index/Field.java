package org.careermatch.engine.index;

/** The names of every Lucene field careermatch writes or reads. */
public enum Field {
  /** Single analyzed words of an evidence document. */
  TEXT("text"),
  /** Adjacent analyzed word pairs of the same text, for multi-word terms. */
  PHRASE("phrase"),
  /** The entity type, for filtering. */
  TYPE("type"),
  /**
   * The unit-length sentence-embedding vector of the document's text, when semantic matching is on.
   */
  VECTOR("vector");

  private final String fieldName;

  Field(String fieldName) {
    this.fieldName = fieldName;
  }

  public String fieldName() {
    return fieldName;
  }
}
