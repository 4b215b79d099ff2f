package org.careermatch.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FuzzyTests {

  @Test
  void foldLowerCasesRemovesAccentsAndCollapsesWhitespace() {
    assertThat(Fuzzy.fold("  Café\tMANAGER  ")).isEqualTo("cafe manager");
    assertThat(Fuzzy.fold(null)).isEmpty();
  }

  @Test
  void distanceCountsEditsAndAdjacentSwapsAsOne() {
    assertThat(Fuzzy.distance("nurse", "nurse", 2)).isZero();
    assertThat(Fuzzy.distance("nusre", "nurse", 2)).isEqualTo(1);
    assertThat(Fuzzy.distance("nurs", "nurse", 2)).isEqualTo(1);
    assertThat(Fuzzy.distance("doctor", "nurse", 2)).isEqualTo(3);
  }

  @Test
  void prefixDistanceIsTheCheapestWayToTheStartOfTheText() {
    assertThat(Fuzzy.prefixDistance("mahcine", "machine learning", 1)).isEqualTo(1);
    assertThat(Fuzzy.prefixDistance("pyth", "python", 1)).isZero();
    assertThat(Fuzzy.prefixDistance("pyht", "python", 1)).isEqualTo(1);
    assertThat(Fuzzy.prefixDistance("javs", "python", 1)).isEqualTo(2);
    assertThat(Fuzzy.prefixDistance("abcdefgh", "abc", 2)).isEqualTo(3);
  }

  @Test
  void allowedEditsGrowWithLength() {
    assertThat(Fuzzy.allowedEdits(3)).isZero();
    assertThat(Fuzzy.allowedEdits(4)).isEqualTo(1);
    assertThat(Fuzzy.allowedEdits(8)).isEqualTo(2);
  }
}
