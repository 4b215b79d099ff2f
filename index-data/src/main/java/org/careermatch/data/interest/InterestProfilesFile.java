package org.careermatch.data.interest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.careermatch.data.Provenance;

/**
 * The checked-in file {@code interest-profiles.tsv}: one row per cluster, then per sub-cluster,
 * with the mean Occupational Interest scores and the standardized profile. Lines starting with
 * {@code #} are comments.
 */
public final class InterestProfilesFile {
  public static final String PATH = "interest-profiles.tsv";
  public static final String COMMAND =
      "./mvnw -q -o -pl index-data compile exec:java   (main class "
          + InterestProfilesTool.class.getName()
          + ")";
  static final List<String> HEADER =
      List.of(
          "level",
          "id",
          "basis",
          "occupations",
          "mean_R",
          "mean_I",
          "mean_A",
          "mean_S",
          "mean_E",
          "mean_C",
          "mean_code",
          "z_R",
          "z_I",
          "z_A",
          "z_S",
          "z_E",
          "z_C",
          "code",
          "provenance");

  private InterestProfilesFile() {}

  /** The file's text for these profiles; deterministic (fixed decimals, '\n' line ends). */
  public static String format(List<OccupationalInterests> profiles) {
    StringBuilder out = new StringBuilder();
    out.append(
        "# Interest (RIASEC) profiles of the 2024 clusters and sub-clusters. Computed, do not edit: regenerate with\n");
    out.append("#   ").append(COMMAND).append('\n');
    out.append(
        "# from onet-interests/interests.txt (O*NET 29.3 Database by USDOL/ETA, CC BY 4.0) and crosswalks/soc-clusters.tsv.\n");
    out.append(
        "# mean_*: mean Occupational Interest score (1-7) over the SOC occupations mapped to the group; mean_code: their top three.\n");
    out.append(
        "# basis parent-cluster: no crosswalk occupation maps to the sub-cluster; it takes its cluster's means.\n");
    out.append(
        "# z_*: each type z-scored across the clusters (or the sub-clusters), then across the six types; code: the top three.\n");
    out.append(String.join("\t", HEADER)).append('\n');
    for (OccupationalInterests p : profiles) {
      List<String> f = new ArrayList<>();
      f.add(p.level().label());
      f.add(p.id());
      f.add(p.basis().label());
      f.add(Integer.toString(p.occupations()));
      for (double v : p.mean().scores()) {
        f.add(String.format(Locale.ROOT, "%.3f", v));
      }
      f.add(p.meanHollandCode());
      for (double v : p.standardized().scores()) {
        f.add(String.format(Locale.ROOT, "%.3f", v));
      }
      f.add(p.hollandCode());
      f.add(p.provenance().label());
      out.append(String.join("\t", f)).append('\n');
    }
    return out.toString();
  }

  /**
   * Parses the file. The codes in the file must agree with the numbers (a hand edit is caught).
   *
   * @throws IllegalArgumentException naming the file, line and field
   */
  public static List<OccupationalInterests> parse(String text) {
    List<OccupationalInterests> out = new ArrayList<>();
    String[] lines = text.split("\r?\n");
    boolean header = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String where = PATH + " line " + (i + 1);
      String[] f = line.split("\t", -1);
      if (!header) {
        if (!Arrays.asList(f).equals(HEADER)) {
          throw new IllegalArgumentException(
              where + ": header must be " + String.join(" ", HEADER));
        }
        header = true;
        continue;
      }
      if (f.length != HEADER.size()) {
        throw new IllegalArgumentException(
            where + ": " + f.length + " fields, expected " + HEADER.size());
      }
      try {
        OccupationalInterests.Level level = OccupationalInterests.Level.fromLabel(f[0]);
        String id = f[1];
        OccupationalInterests.Basis basis = OccupationalInterests.Basis.fromLabel(f[2]);
        int occupations = integer(f, 3, where);
        InterestProfile mean =
            InterestProfile.of(InterestProfile.Scale.OCCUPATIONAL_INTEREST, numbers(f, 4, where));
        InterestProfile z =
            InterestProfile.of(InterestProfile.Scale.STANDARDIZED, numbers(f, 11, where));
        Provenance provenance = Provenance.fromLabel(f[18]);
        if (provenance != Provenance.ONET_INTERESTS) {
          throw new IllegalArgumentException(
              "provenance must be onet-interests, was " + provenance);
        }
        OccupationalInterests p =
            new OccupationalInterests(level, id, basis, occupations, mean, z, provenance);
        if (!p.meanHollandCode().equals(f[10])) {
          throw new IllegalArgumentException(
              "mean_code " + f[10] + " disagrees with the scores (" + p.meanHollandCode() + ")");
        }
        if (!p.hollandCode().equals(f[17])) {
          throw new IllegalArgumentException(
              "code " + f[17] + " disagrees with the scores (" + p.hollandCode() + ")");
        }
        out.add(p);
      } catch (IllegalArgumentException e) {
        String m = String.valueOf(e.getMessage());
        throw new IllegalArgumentException(
            m.startsWith(where) ? m : where + " (" + f[1] + "): " + m, e);
      }
    }
    if (!header) {
      throw new IllegalArgumentException(PATH + ": no header line");
    }
    return out;
  }

  private static int integer(String[] f, int i, String where) {
    try {
      return Integer.parseInt(f[i]);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          where + ": field " + HEADER.get(i) + " '" + f[i] + "' is not a whole number", e);
    }
  }

  private static double[] numbers(String[] f, int from, String where) {
    double[] v = new double[6];
    for (int t = 0; t < 6; t++) {
      try {
        v[t] = Double.parseDouble(f[from + t]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            where + ": field " + HEADER.get(from + t) + " '" + f[from + t] + "' is not a number",
            e);
      }
    }
    return v;
  }
}
