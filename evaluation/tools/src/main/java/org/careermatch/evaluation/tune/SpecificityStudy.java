package org.careermatch.evaluation.tune;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.careermatch.engine.Engine;
import org.careermatch.engine.EngineConfig;
import org.careermatch.engine.LearnerProfile;
import org.careermatch.engine.index.EvidenceDoc;
import org.careermatch.engine.query.QueryUnit;
import org.careermatch.engine.query.UnitExtractor;
import org.careermatch.engine.semantic.Vectors;

/**
 * Whether a match by meaning is right, told by its raw similarity or by how far it stands above the
 * clause's similarity to every entity (its z-score against that background): for the nearest
 * entities of every clause of the suites' topics, the area under the ROC curve of each score for
 * "one of the entity's clusters is judged relevant", and the share of right matches per z band.
 * Texts on standard input (one per line) are printed with their best neighbours' similarity and
 * z-score, to see where nonsense lands.
 *
 * <pre>
 * java -cp evaluation/tools/target/careermatch-evaluation.jar org.careermatch.evaluation.tune.SpecificityStudy [suites] &lt; texts
 * </pre>
 */
public final class SpecificityStudy {
  private SpecificityStudy() {}

  private record Row(double sim, double z, int words, boolean ok, double hub) {}

  public static void main(String[] args) throws IOException {
    List<String> names = args.length > 0 ? List.of(args[0].split(",")) : TuneSuites.DEFAULT;
    JudgedClauses.Unfloored setup = JudgedClauses.Unfloored.load();
    EngineConfig config = setup.config();
    Engine engine = setup.engine();
    UnitExtractor extractor = setup.extractor();
    int n = engine.index().docs().size();
    double[] hub = centrality(engine, n);
    List<Row> rows = new ArrayList<>();
    JudgedClauses.forEach(
        names,
        extractor,
        (u, judged) -> {
          float[] q = ((KnnFloatVectorQuery) u.vectorQuery()).getTargetCopy();
          double[] sims = sims(engine, q, n);
          double[] ms = meanSd(sims);
          Integer[] order = top(sims, config.semanticHits());
          for (int d : order) {
            EvidenceDoc doc = engine.index().doc(d);
            boolean ok =
                doc.clusters().stream().anyMatch(c -> judged.getOrDefault(c.value(), 0) > 0);
            rows.add(new Row(sims[d], (sims[d] - ms[0]) / ms[1], u.terms().size(), ok, hub[d]));
          }
        });
    System.out.printf(
        Locale.ROOT,
        "rows %d, right %.3f%n",
        rows.size(),
        rows.stream().filter(Row::ok).count() / (double) rows.size());
    for (int len = 1; len <= 4; len++) {
      int l = len;
      List<Row> sub = rows.stream().filter(r -> Math.min(4, Math.max(1, r.words())) == l).toList();
      System.out.printf(
          Locale.ROOT,
          "words %d%s: n=%d AUC sim %.3f  AUC z %.3f%n",
          len,
          len == 4 ? "+" : "",
          sub.size(),
          auc(sub, true),
          auc(sub, false));
    }
    System.out.printf(
        Locale.ROOT, "all: AUC sim %.3f  AUC z %.3f%n", auc(rows, true), auc(rows, false));
    for (double lambda : new double[] {0, 0.25, 0.5, 0.75, 1.0, 1.5}) {
      List<Row> adj =
          rows.stream()
              .map(r -> new Row(r.sim() - lambda * r.hub(), r.z(), r.words(), r.ok(), r.hub()))
              .toList();
      System.out.printf(
          Locale.ROOT,
          "sim - %.2f x centrality: AUC %.3f (1-2 words %.3f)%n",
          lambda,
          auc(adj, true),
          auc(adj.stream().filter(r -> r.words() <= 2).toList(), true));
    }
    System.out.println("z band\tshare right (n) by words 1,2,3,4+");
    for (double z = 2; z < 9; z += 0.5) {
      StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%.1f-%.1f", z, z + 0.5));
      for (int len = 1; len <= 4; len++) {
        double lo = z;
        int l = len;
        List<Row> sub =
            rows.stream()
                .filter(
                    r ->
                        Math.min(4, Math.max(1, r.words())) == l && r.z() >= lo && r.z() < lo + 0.5)
                .toList();
        sb.append(
            sub.isEmpty()
                ? "\t-"
                : String.format(
                    Locale.ROOT,
                    "\t%.2f (%d)",
                    sub.stream().filter(Row::ok).count() / (double) sub.size(),
                    sub.size()));
      }
      System.out.println(sb);
    }
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (line.isBlank()) {
        continue;
      }
      UnitExtractor.Extraction e = extractor.extract(new LearnerProfile(line, List.of(), null));
      for (QueryUnit u : e.units()) {
        if (!u.kind().semantic()) {
          continue;
        }
        float[] q = ((KnnFloatVectorQuery) u.vectorQuery()).getTargetCopy();
        double[] sims = sims(engine, q, n);
        double[] ms = meanSd(sims);
        StringBuilder sb =
            new StringBuilder(
                String.format(Locale.ROOT, "%-40s mean %.3f sd %.3f:", u.input(), ms[0], ms[1]));
        for (int d : top(sims, 4)) {
          sb.append(
              String.format(
                  Locale.ROOT,
                  " [%s %.2f c%.2f]",
                  engine
                      .index()
                      .doc(d)
                      .text()
                      .replace('\n', ' ')
                      .substring(0, Math.min(30, engine.index().doc(d).text().length())),
                  sims[d],
                  hub[d]));
        }
        System.out.println(sb);
      }
    }
  }

  /** Each entity's similarity to the centroid of all entities: how close it is to everything. */
  private static double[] centrality(Engine engine, int n) {
    float[] c = new float[engine.index().vector(0).length];
    for (int d = 0; d < n; d++) {
      float[] v = engine.index().vector(d);
      for (int k = 0; k < c.length; k++) {
        c[k] += v[k] / n;
      }
    }
    double[] out = new double[n];
    for (int d = 0; d < n; d++) {
      out[d] = Vectors.dot(c, engine.index().vector(d));
    }
    double mean = java.util.Arrays.stream(out).average().orElse(0);
    for (int d = 0; d < n; d++) {
      out[d] -= mean;
    }
    return out;
  }

  private static double[] sims(Engine engine, float[] q, int n) {
    double[] s = new double[n];
    for (int d = 0; d < n; d++) {
      s[d] = Vectors.dot(q, engine.index().vector(d));
    }
    return s;
  }

  private static double[] meanSd(double[] s) {
    double m = Arrays.stream(s).average().orElse(0);
    double v = Arrays.stream(s).map(x -> (x - m) * (x - m)).average().orElse(0);
    return new double[] {m, Math.sqrt(v)};
  }

  private static Integer[] top(double[] s, int k) {
    Integer[] idx = new Integer[s.length];
    for (int i = 0; i < s.length; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (a, b) -> Double.compare(s[b], s[a]));
    return Arrays.copyOf(idx, Math.min(k, idx.length));
  }

  /** Mann-Whitney AUC of the score for right vs wrong rows. */
  private static double auc(List<Row> rows, boolean bySim) {
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort((a, b) -> Double.compare(bySim ? a.sim() : a.z(), bySim ? b.sim() : b.z()));
    long pos = 0;
    double rankSum = 0;
    for (int i = 0; i < sorted.size(); i++) {
      if (sorted.get(i).ok()) {
        pos++;
        rankSum += i + 1;
      }
    }
    long neg = sorted.size() - pos;
    return pos == 0 || neg == 0
        ? Double.NaN
        : (rankSum - pos * (pos + 1) / 2.0) / (pos * (double) neg);
  }
}
