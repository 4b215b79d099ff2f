package org.careermatch.evaluation.gate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.careermatch.data.Checks;
import org.careermatch.evaluation.InputFormatException;
import org.careermatch.evaluation.metrics.Metric;

/**
 * The numbers a regression gate pins: one row per (system, suite, level, metric) with its value and
 * how far it may move, kept as tab-separated text with a header line:
 *
 * <pre>
 * system   suite             level        metric      value   tolerance
 * engine   learner-profiles  cluster      ndcg_cut_3  0.6494  0.0001
 * baseline learner-profiles  sub-cluster  recip_rank  0.4210  0.0001
 * </pre>
 *
 * Lines starting with {@code #} and blank lines are comments. Values are written with {@value
 * #DECIMALS} decimals. {@link #moved(RegressionTable)} compares pinned numbers with measured ones:
 * a number fails when it moves by more than its tolerance in either direction, and a row only one
 * side has fails too.
 *
 * @param rows the rows, in file order; (system, suite, level, metric) unique
 */
public record RegressionTable(List<Row> rows) {
  public static final String HEADER = "system\tsuite\tlevel\tmetric\tvalue\ttolerance";
  public static final int DECIMALS = 4;

  /** One unit of the last written decimal: the default tolerance. */
  public static final double DEFAULT_TOLERANCE = 1e-4;

  /** Slack for floating-point noise when a move equals the tolerance. */
  private static final double SLACK = 1e-12;

  /** What a row is about. */
  public record Key(String system, String suite, String level, String metric) {
    public Key {
      Checks.requireToken(system, "system");
      Checks.requireToken(suite, "suite");
      Checks.requireToken(level, "level");
      Checks.requireToken(metric, "metric");
      Metric.parse(metric);
    }

    @Override
    public String toString() {
      return system + " " + suite + " " + level + " " + metric;
    }
  }

  /**
   * One pinned (or measured) number.
   *
   * @param value the metric's value (finite)
   * @param tolerance how far the value may move, at least 0
   */
  public record Row(Key key, double value, double tolerance) {
    public Row {
      Checks.requireNonNull(key, "key");
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException(
            "value of " + key + " must be finite (was " + value + ")");
      }
      if (!(tolerance >= 0 && Double.isFinite(tolerance))) {
        throw new IllegalArgumentException(
            "tolerance of " + key + " must be finite and >= 0 (was " + tolerance + ")");
      }
    }

    public Row(String system, String suite, String level, String metric, double value) {
      this(new Key(system, suite, level, metric), value, DEFAULT_TOLERANCE);
    }
  }

  public RegressionTable {
    Checks.requireNonNull(rows, "rows");
    rows = List.copyOf(rows);
    Map<Key, Row> seen = new LinkedHashMap<>();
    for (Row r : rows) {
      if (seen.putIfAbsent(r.key(), r) != null) {
        throw new IllegalArgumentException("regression table has two rows for " + r.key());
      }
    }
  }

  /** Row by key, in row order. */
  public Map<Key, Row> byKey() {
    Map<Key, Row> byKey = new LinkedHashMap<>();
    rows.forEach(r -> byKey.put(r.key(), r));
    return byKey;
  }

  /** Reads a table; {@code source} names it in error messages. Does not close the reader. */
  public static RegressionTable read(Reader reader, String source) throws IOException {
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    List<Row> rows = new ArrayList<>();
    Map<Key, Integer> firstLine = new LinkedHashMap<>();
    boolean header = false;
    String line;
    int n = 0;
    while ((line = in.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!header) {
        if (!line.strip().equals(HEADER)) {
          throw new InputFormatException(
              source, n, "expected the header '" + HEADER.replace("\t", "<TAB>") + "'");
        }
        header = true;
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 6) {
        throw new InputFormatException(
            source,
            n,
            "expected 6 tab-separated fields ("
                + HEADER.replace("\t", ", ")
                + ") but found "
                + f.length);
      }
      Row row;
      try {
        row =
            new Row(
                new Key(f[0], f[1], f[2], f[3]), number(f[4], "value"), number(f[5], "tolerance"));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new InputFormatException(source, n, e.getMessage(), e);
      }
      Integer previous = firstLine.putIfAbsent(row.key(), n);
      if (previous != null) {
        throw new InputFormatException(source, n, row.key() + " repeats line " + previous);
      }
      rows.add(row);
    }
    if (!header) {
      throw new InputFormatException(
          source, 0, "no header line '" + HEADER.replace("\t", "<TAB>") + "'");
    }
    return new RegressionTable(rows);
  }

  /**
   * The file's content: {@code comments} (each prefixed {@code # }), the header, one line per row.
   */
  public String format(List<String> comments) {
    StringBuilder sb = new StringBuilder();
    for (String c : comments) {
      sb.append(c.isEmpty() ? "#" : "# " + c).append('\n');
    }
    sb.append(HEADER).append('\n');
    for (Row r : rows) {
      Key k = r.key();
      sb.append(k.system())
          .append('\t')
          .append(k.suite())
          .append('\t')
          .append(k.level())
          .append('\t')
          .append(k.metric())
          .append('\t')
          .append(formatValue(r.value()))
          .append('\t')
          .append(BigDecimal.valueOf(r.tolerance()).stripTrailingZeros().toPlainString())
          .append('\n');
    }
    return sb.toString();
  }

  /** A value as written: {@value #DECIMALS} decimals, half-even. */
  public static String formatValue(double value) {
    return new BigDecimal(value).setScale(DECIMALS, RoundingMode.HALF_EVEN).toPlainString();
  }

  /**
   * The measured table pinned: the measured values with this table's tolerance for rows it has, the
   * default for new ones, in the measured order. Rows this table has and {@code measured} lacks are
   * dropped.
   */
  public RegressionTable repinnedWith(RegressionTable measured) {
    Map<Key, Row> pinned = byKey();
    List<Row> out = new ArrayList<>();
    for (Row m : measured.rows()) {
      Row p = pinned.get(m.key());
      out.add(new Row(m.key(), m.value(), p == null ? DEFAULT_TOLERANCE : p.tolerance()));
    }
    return new RegressionTable(out);
  }

  /**
   * Every difference between this (pinned) table and {@code measured}, one line each: numbers that
   * moved by more than the pinned tolerance, either way ({@code old -> new}), pinned rows no longer
   * measured, and measured rows not pinned. Empty when the gate passes.
   */
  public List<String> moved(RegressionTable measured) {
    Map<Key, Row> now = measured.byKey();
    List<String> out = new ArrayList<>();
    for (Row p : rows) {
      Row m = now.get(p.key());
      if (m == null) {
        out.add(p.key() + ": pinned " + formatValue(p.value()) + " but no longer measured");
        continue;
      }
      double delta = m.value() - p.value();
      if (Math.abs(delta) > p.tolerance() + SLACK) {
        out.add(
            p.key()
                + ": "
                + formatValue(p.value())
                + " -> "
                + formatValue(m.value())
                + " ("
                + String.format(Locale.ROOT, "%+.4f", delta)
                + ", tolerance "
                + BigDecimal.valueOf(p.tolerance()).stripTrailingZeros().toPlainString()
                + ")");
      }
    }
    Map<Key, Row> pinned = byKey();
    for (Row m : measured.rows()) {
      if (!pinned.containsKey(m.key())) {
        out.add(m.key() + ": measured " + formatValue(m.value()) + " but not pinned");
      }
    }
    return out;
  }

  private static double number(String text, String what) {
    try {
      return new BigDecimal(text.strip()).doubleValue();
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          what + " " + Checks.quote(text) + " is not a decimal number");
    }
  }
}
