package org.careermatch.evaluation.tune;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.careermatch.engine.EngineConfig;
import org.careermatch.engine.index.EvidenceDoc;
import org.careermatch.engine.query.QueryUnit;

/**
 * Where matches by meaning stop being right: for every clause of the suites' topics, each of its
 * nearest entities, its similarity and whether one of its clusters is judged relevant for the
 * topic; printed as the share of right matches per similarity band and clause length (content
 * words), with and without the best-neighbour margin. The floors in {@link EngineConfig} ({@code
 * semanticFloor}, {@code semanticShortFloor}) are read off this table: the lowest band from which
 * at least half the matches are right.
 *
 * <pre>
 * java -cp evaluation/tools/target/careermatch-evaluation.jar org.careermatch.evaluation.tune.FloorStudy [suites]
 * </pre>
 */
public final class FloorStudy {
  private FloorStudy() {}

  public static void main(String[] args) throws IOException {
    List<String> names = args.length > 0 ? List.of(args[0].split(",")) : TuneSuites.DEFAULT;
    JudgedClauses.Unfloored setup = JudgedClauses.Unfloored.load();
    int bands = 10; // 0.50-0.55 ... 0.95-1.0
    int lengths = 4; // 1, 2, 3, 4+ content words
    long[][] all = new long[lengths][bands];
    long[][] right = new long[lengths][bands];
    long[][] farAll = new long[lengths][bands];
    long[][] farRight = new long[lengths][bands];
    // the same for the entity's own length: a one-word name ("Blender") against longer texts
    long[][] shortAll = new long[lengths][bands];
    long[][] shortRight = new long[lengths][bands];
    long[][] longAll = new long[lengths][bands];
    long[][] longRight = new long[lengths][bands];
    JudgedClauses.forEach(
        names,
        setup.extractor(),
        (u, judged) -> {
          int words = contentWords(u);
          TopDocs top =
              setup
                  .engine()
                  .index()
                  .searcher()
                  .search(u.vectorQuery(), setup.config().semanticHits());
          if (top.scoreDocs.length == 0) {
            return;
          }
          double best = 2.0 * top.scoreDocs[0].score - 1;
          for (ScoreDoc sd : top.scoreDocs) {
            double sim = 2.0 * sd.score - 1;
            int band = (int) Math.floor((sim - 0.5) / 0.05);
            if (band < 0) {
              continue;
            }
            band = Math.min(bands - 1, band);
            EvidenceDoc doc = setup.engine().index().doc(sd.doc);
            boolean ok =
                doc.clusters().stream().anyMatch(c -> judged.getOrDefault(c.value(), 0) > 0);
            int len = Math.max(1, Math.min(lengths, words)) - 1;
            boolean near = sim >= best - 0.05;
            long[][] a = near ? all : farAll;
            long[][] r = near ? right : farRight;
            a[len][band]++;
            if (ok) {
              r[len][band]++;
            }
            boolean oneWord = !doc.text().strip().contains(" ");
            (oneWord ? shortAll : longAll)[len][band]++;
            if (ok) {
              (oneWord ? shortRight : longRight)[len][band]++;
            }
          }
        });
    print("within 0.05 of the clause's best neighbour", all, right);
    print("more than 0.05 below the clause's best neighbour", farAll, farRight);
    print("entity text of one word", shortAll, shortRight);
    print("entity text of several words", longAll, longRight);
  }

  /**
   * The floor the unit was given tells its length back: invert {@link
   * EngineConfig#semanticFloor(int)}.
   */
  private static int contentWords(QueryUnit u) {
    // with both floors at 0 every length gets 0: count from the input instead
    return (int)
        java.util.Arrays.stream(u.input().toLowerCase(Locale.ROOT).split("[^a-z0-9']+"))
            .filter(
                w ->
                    w.length() > 2
                        && !org.careermatch.engine.analysis.AnalyzerFactory.STOP_WORDS.contains(w)
                        && !org.careermatch.engine.analysis.AnalyzerFactory.GENERIC_WORDS.contains(
                            w)
                        && !org.careermatch.engine.analysis.AnalyzerFactory.EMPTY_WORDS.contains(w))
            .count();
  }

  private static void print(String title, long[][] all, long[][] right) {
    System.out.println("# share of matches whose entity is in a relevant cluster, " + title);
    StringBuilder h = new StringBuilder("similarity");
    for (int l = 1; l <= all.length; l++) {
      h.append('\t').append(l == all.length ? l + "+ words" : l + " word" + (l > 1 ? "s" : ""));
    }
    System.out.println(h);
    for (int b = 0; b < all[0].length; b++) {
      StringBuilder row =
          new StringBuilder(
              String.format(Locale.ROOT, "%.2f-%.2f", 0.5 + 0.05 * b, 0.55 + 0.05 * b));
      for (int l = 0; l < all.length; l++) {
        row.append(
            all[l][b] == 0
                ? "\t-"
                : String.format(
                    Locale.ROOT, "\t%.2f (%d)", (double) right[l][b] / all[l][b], all[l][b]));
      }
      System.out.println(row);
    }
  }

  static List<String> names() {
    return new ArrayList<>(TuneSuites.DEFAULT);
  }
}
