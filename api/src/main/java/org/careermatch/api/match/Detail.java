package org.careermatch.api.match;

import java.util.Locale;
import org.careermatch.api.system.ApiException;

/** How much of an answer to give: {@code summary} (the default) or {@code full}. */
enum Detail {
  SUMMARY,
  FULL;

  static final String DEFAULT = "summary";

  String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The detail a query parameter asks for; absent means summary. */
  static Detail parse(String value) {
    if (value == null || value.isBlank()) {
      return SUMMARY;
    }
    for (Detail d : values()) {
      if (d.value().equals(value.strip().toLowerCase(Locale.ROOT))) {
        return d;
      }
    }
    throw ApiException.invalidRequest("parameter 'detail' must be summary or full");
  }
}
