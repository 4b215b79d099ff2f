package org.careermatch.api.search;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.careermatch.data.ClusterId;
import org.careermatch.data.FrameworkData;
import org.careermatch.data.Skill;
import org.springframework.stereotype.Service;

/**
 * Typeahead over skill names and aliases: the name (or an alias) starting with the prefix first, then a word of it
 * starting with the prefix, then, for prefixes of 4 characters or more, the same within 1 edit (2 from 8
 * characters). Case and accents do not matter.
 */
@Service
class SkillSuggester {
  /** How a skill matched, best first. */
  private static final int EXACT = 0;
  private static final int STARTS = 1;
  private static final int WORD_STARTS = 2;
  private static final int TYPO = 3;
  private static final int WORD_TYPO = 4;
  private static final int NONE = 99;
  /** Longer prefixes are matched exactly only: the typo check costs prefix length squared per candidate. */
  private static final int MAX_TYPO_PREFIX = 40;

  private record Name(String text, String folded, boolean alias, int[] wordStarts) {}

  private record Entry(Skill skill, List<String> clusters, List<Name> names) {}

  private record Hit(Entry entry, int tier, int edits, Name name) {}

  /**
   * A suggested skill.
   *
   * @param matchedAlias the alias that matched when the name did not match as well, else null
   * @param clusters the clusters that list it
   */
  record Suggestion(String id, String name, String matchedAlias, List<String> clusters) {}

  private final List<Entry> entries = new ArrayList<>();
  private final Timer timer;

  SkillSuggester(FrameworkData data, MeterRegistry registry) {
    this.timer = Timer.builder("careermatch.search").description("time to answer a search").tag("kind", "skills")
        .register(registry);
    for (Skill s : data.skills()) {
      List<Name> names = new ArrayList<>();
      names.add(name(s.name(), false));
      for (String a : s.aliases()) {
        names.add(name(a, true));
      }
      entries.add(new Entry(s, s.clusters().stream().map(ClusterId::value).toList(), List.copyOf(names)));
    }
  }

  private static Name name(String text, boolean alias) {
    String folded = Fuzzy.fold(text);
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < folded.length(); i++) {
      if (i == 0 || (isSeparator(folded.charAt(i - 1)) && !isSeparator(folded.charAt(i)))) {
        starts.add(i);
      }
    }
    return new Name(text, folded, alias, starts.stream().mapToInt(Integer::intValue).toArray());
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '/' || c == '-' || c == '(' || c == ')' || c == ',' || c == '&' || c == '.' || c == ':';
  }

  List<Suggestion> suggest(String prefix, int limit) {
    return timer.record(() -> find(prefix, limit));
  }

  private List<Suggestion> find(String prefix, int limit) {
    String p = Fuzzy.fold(prefix);
    if (p.isEmpty()) {
      return List.of();
    }
    int maxEdits = p.length() > MAX_TYPO_PREFIX ? 0 : Fuzzy.allowedEdits(p.length());
    List<Hit> hits = new ArrayList<>();
    for (Entry e : entries) {
      Hit best = null;
      for (Name n : e.names()) {
        Hit h = match(e, n, p, maxEdits);
        if (h.tier() != NONE && (best == null || better(h, best))) {
          best = h;
        }
      }
      if (best != null) {
        hits.add(best);
      }
    }
    hits.sort(Comparator.comparingInt(Hit::tier).thenComparingInt(Hit::edits)
        .thenComparing(h -> h.name().alias())
        .thenComparingInt(h -> h.entry().skill().name().length())
        .thenComparing(h -> h.entry().skill().name())
        .thenComparing(h -> h.entry().skill().id()));
    return hits.stream().limit(limit).map(h -> new Suggestion(h.entry().skill().id(), h.entry().skill().name(),
        h.name().alias() ? h.name().text() : null, h.entry().clusters())).toList();
  }

  private static boolean better(Hit a, Hit b) {
    if (a.tier() != b.tier()) {
      return a.tier() < b.tier();
    }
    if (a.edits() != b.edits()) {
      return a.edits() < b.edits();
    }
    return !a.name().alias() && b.name().alias();
  }

  private static Hit match(Entry e, Name n, String p, int maxEdits) {
    String t = n.folded();
    if (t.equals(p)) {
      return new Hit(e, EXACT, 0, n);
    }
    if (t.startsWith(p)) {
      return new Hit(e, STARTS, 0, n);
    }
    for (int s : n.wordStarts()) {
      if (s > 0 && t.startsWith(p, s)) {
        return new Hit(e, WORD_STARTS, 0, n);
      }
    }
    if (maxEdits == 0) {
      return new Hit(e, NONE, 0, n);
    }
    int d = Fuzzy.prefixDistance(p, t, maxEdits);
    if (d <= maxEdits) {
      return new Hit(e, TYPO, d, n);
    }
    int best = maxEdits + 1;
    for (int s : n.wordStarts()) {
      if (s > 0) {
        best = Math.min(best, Fuzzy.prefixDistance(p, t.substring(s), maxEdits));
      }
    }
    return best <= maxEdits ? new Hit(e, WORD_TYPO, best, n) : new Hit(e, NONE, 0, n);
  }
}
