package org.careermatch.api.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.careermatch.api.system.ApiException;
import org.junit.jupiter.api.Test;

class ProfileKeyTests {

  @Test
  void interestsAreLowerCasedWithWhitespaceCollapsed() {
    assertThat(
            ProfileKey.of("  I LOVE\tAnimals \n and  Plants ", List.of(), "nccf-2024").interests())
        .isEqualTo("i love animals and plants");
  }

  @Test
  void skillsAreLowerCasedDeDuplicatedAndSorted() {
    assertThat(
            ProfileKey.of("", List.of("SQL", " python ", "Python", "Microsoft  Excel"), "f")
                .skills())
        .containsExactly("microsoft excel", "python", "sql");
  }

  @Test
  void profilesThatDifferOnlyInFormHaveEqualKeys() {
    assertThat(ProfileKey.of("Cars and  TRUCKS", List.of("Welding", "CAD"), "nccf-2024"))
        .isEqualTo(ProfileKey.of("cars and trucks ", List.of("cad", "WELDING", "cad"), "nccf-2024"))
        .isNotEqualTo(ProfileKey.of("cars and trucks", List.of("cad", "welding"), "nccf-2002"));
  }

  @Test
  void theServiceChecksLimitsBeforeNormalizing() {
    assertThatThrownBy(() -> MatchService.key(" ".repeat(10) + "a".repeat(2001), null, "f"))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("2001 characters");
    assertThatThrownBy(() -> MatchService.key(null, Arrays.asList("a", null), "f"))
        .isInstanceOf(ApiException.class)
        .hasMessage("skill 2 is blank");
    assertThat(MatchService.key("a".repeat(2000), null, "f").interests()).hasSize(2000);
  }

  @Test
  void csvCellsThatLookLikeFormulasGetAQuote() {
    assertThat(BatchCsvConverter.cell("=SUM(A1)")).isEqualTo("'=SUM(A1)");
    assertThat(BatchCsvConverter.cell("-1")).isEqualTo("'-1");
    assertThat(BatchCsvConverter.cell("s-1")).isEqualTo("s-1");
    assertThat(BatchCsvConverter.cell(null)).isEmpty();
  }
}
