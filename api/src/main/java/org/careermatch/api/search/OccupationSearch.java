package org.careermatch.api.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.careermatch.data.ClusterId;
import org.careermatch.data.FrameworkData;
import org.careermatch.data.Membership;
import org.careermatch.data.ReportOccupation;
import org.careermatch.data.SocOccupation;
import org.careermatch.data.SubClusterId;
import org.careermatch.engine.analysis.AnalyzerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Searches the report's sample and emerging occupations and the SOC occupations of the crosswalk by title, in
 * memory. Titles and queries go through the engine's own analyzer (so "vet" finds veterinarians and "nurses" finds
 * "Nurse"); each query word then matches a title word exactly, as the start of one ("softw"), or within 1 edit (2
 * from 8 letters). An SOC code ("29-1141") finds that occupation.
 */
@Service
class OccupationSearch implements DisposableBean {
  private static final Pattern SOC_CODE = Pattern.compile("\\d{2}-\\d{4}");
  private static final double EXACT = 1.0;
  private static final double PREFIX = 0.8;
  private static final double TYPO = 0.6;

  /**
   * An occupation found.
   *
   * @param source "report" (a sample or emerging occupation of the 2024 report) or "soc" (the SOC crosswalk)
   * @param kind sample or emerging for a report occupation, null for an SOC occupation
   * @param score relevance in (0, 1]
   */
  record Hit(
      String id,
      String title,
      String source,
      String kind,
      List<String> clusters,
      List<String> subClusters,
      List<String> soc,
      double score) {}

  private record Entry(Hit hit, List<String> terms, Set<String> codes) {}

  private record Scored(Entry entry, int matched, double score) {}

  private final Analyzer analyzer = AnalyzerFactory.text();
  private final List<Entry> entries = new ArrayList<>();
  private final Timer timer;

  OccupationSearch(FrameworkData data, MeterRegistry registry) {
    this.timer = Timer.builder("careermatch.search").description("time to answer a search").tag("kind", "occupations")
        .register(registry);
    for (ReportOccupation o : data.occupations()) {
      Set<String> clusters = new LinkedHashSet<>();
      clusters.add(o.cluster().value());
      o.alsoIn().forEach(c -> clusters.add(c.value()));
      add(new Hit(o.id(), o.title(), "report", o.emerging() ? "emerging" : "sample", List.copyOf(clusters),
          o.subClusters().stream().map(SubClusterId::value).toList(), o.soc(), 0), Set.copyOf(o.soc()));
    }
    for (SocOccupation o : data.socOccupations()) {
      add(new Hit(o.id(), o.title(), "soc", null,
          o.memberships().stream().map(Membership::cluster).map(ClusterId::value).distinct().toList(),
          o.memberships().stream().map(Membership::subCluster).map(SubClusterId::value).distinct().toList(),
          List.of(o.code()), 0), Set.of(o.code()));
    }
  }

  private void add(Hit hit, Set<String> codes) {
    entries.add(new Entry(hit, terms(hit.title()), codes));
  }

  List<Hit> search(String query, int limit) {
    return timer.record(() -> find(query, limit));
  }

  private List<Hit> find(String query, int limit) {
    String q = query.strip();
    List<Scored> found = new ArrayList<>();
    if (SOC_CODE.matcher(q).matches()) {
      for (Entry e : entries) {
        if (e.codes().contains(q)) {
          found.add(new Scored(e, 1, 1.0));
        }
      }
    } else {
      List<String> qs = terms(q);
      if (qs.isEmpty()) {
        return List.of();
      }
      for (Entry e : entries) {
        Scored s = score(e, qs);
        if (s != null) {
          found.add(s);
        }
      }
    }
    found.sort(Comparator.comparingInt(Scored::matched).reversed()
        .thenComparing(Comparator.comparingDouble(Scored::score).reversed())
        .thenComparing(s -> s.entry().hit().source().equals("report") ? 0 : 1)
        .thenComparingInt(s -> s.entry().hit().title().length())
        .thenComparing(s -> s.entry().hit().title())
        .thenComparing(s -> s.entry().hit().id()));
    return found.stream().limit(limit).map(s -> {
      Hit h = s.entry().hit();
      return new Hit(h.id(), h.title(), h.source(), h.kind(), h.clusters(), h.subClusters(), h.soc(),
          Math.round(s.score() * 1000) / 1000.0);
    }).toList();
  }

  /** How well the title covers the query: per query word its best match, scaled by how much of the title it covers. */
  private static Scored score(Entry e, List<String> qs) {
    List<String> ts = e.terms();
    if (ts.isEmpty()) {
      return null;
    }
    boolean[] covered = new boolean[ts.size()];
    double sum = 0;
    int matched = 0;
    for (String q : qs) {
      double best = 0;
      int bestAt = -1;
      int edits = Fuzzy.allowedEdits(q.length());
      for (int i = 0; i < ts.size(); i++) {
        String t = ts.get(i);
        double v = t.equals(q) ? EXACT
            : q.length() >= 2 && t.startsWith(q) ? PREFIX
            : edits > 0 && Fuzzy.distance(q, t, edits) <= edits ? TYPO : 0;
        if (v > best) {
          best = v;
          bestAt = i;
        }
      }
      if (bestAt >= 0) {
        matched++;
        sum += best;
        covered[bestAt] = true;
      }
    }
    if (matched == 0) {
      return null;
    }
    int coveredCount = 0;
    for (boolean c : covered) {
      coveredCount += c ? 1 : 0;
    }
    double coverage = (double) coveredCount / ts.size();
    return new Scored(e, matched, sum / qs.size() * (0.5 + 0.5 * coverage));
  }

  /** The distinct analyzed terms of a text, in order. */
  private List<String> terms(String text) {
    Set<String> out = new LinkedHashSet<>();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String t = term.toString();
        if (!t.isBlank()) {
          out.add(t);
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }

  @Override
  public void destroy() {
    analyzer.close();
  }
}
