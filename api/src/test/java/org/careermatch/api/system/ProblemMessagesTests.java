package org.careermatch.api.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

class ProblemMessagesTests {

  @Test
  void mediaTypesAndMethodsAreWrittenInWords() {
    StaticMessageSource source = new StaticMessageSource();
    source.addMessage("accepts", Locale.ROOT, "accepts {0}; supports {1}; sent {2}");
    ProblemMessages messages = new ProblemMessages(source);
    Object[] args = {
      List.of(
          MediaType.parseMediaType("text/csv;charset=UTF-8"),
          MediaType.APPLICATION_JSON,
          MediaType.parseMediaType("text/csv")),
      new LinkedHashSet<>(List.of(HttpMethod.POST, HttpMethod.GET)),
      "PUT"
    };
    assertThat(messages.getMessage("accepts", args, null, Locale.ROOT))
        .isEqualTo("accepts application/json or text/csv; supports GET, POST; sent PUT");
    assertThat(ProblemMessages.readable(List.of())).isEqualTo("(none)");
    assertThat(ProblemMessages.readable(List.of("a", "b"))).isEqualTo(List.of("a", "b"));
    assertThat(ProblemMessages.readable((Object[]) null)).isNull();
  }

  @Test
  void aMessageSourceIsRequired() {
    assertThatThrownBy(() -> new ProblemMessages(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("message source");
  }
}
