package org.careermatch.data.interest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careermatch.data.Provenance;

/**
 * Reads O*NET's interest files (O*NET 29.3 Database by USDOL/ETA, CC BY 4.0), as copied unchanged
 * into {@code careermatch/data/onet-interests/}. Tab-separated with a header row; columns are found
 * by their header name. Occupation titles in these files are never read into records.
 */
public final class OnetInterests {
  /** The files under the data root. */
  public static final String DIR = "onet-interests/";

  public static final String INTERESTS = DIR + "interests.txt";
  public static final String KEYWORDS = DIR + "riasec-keywords.txt";
  public static final String ACTIVITIES = DIR + "interests-illustrative-activities.txt";
  public static final String BASIC_TO_RIASEC = DIR + "basic-interests-to-riasec.txt";

  /** A general illustrative activity names its type outright. */
  public static final double ACTIVITY_WEIGHT = 1.0;

  /**
   * A basic interest's activity, or the basic interest's name, when it belongs to one type only.
   */
  public static final double BASIC_SINGLE_TYPE_WEIGHT = 0.9;

  /**
   * ... when it belongs to two types (Animal Service: Realistic and Social): each type gets this
   * weight.
   */
  public static final double BASIC_TWO_TYPES_WEIGHT = 0.6;

  /** A keyword is one word or two, read out of context ("Help", "Data"). */
  public static final double KEYWORD_WEIGHT = 0.8;

  private OnetInterests() {}

  /**
   * The Occupational Interest profile (scale OI, 1-7) of every O*NET-SOC occupation in {@code
   * interests.txt}.
   *
   * @throws IllegalArgumentException naming the line, if a column is missing, a value is not a
   *     number or an occupation lacks one of the six types
   */
  public static Map<String, InterestProfile> occupationalInterests(String interestsTxt) {
    Table t = new Table(INTERESTS, interestsTxt);
    int code = t.column("O*NET-SOC Code");
    int element = t.column("Element ID");
    int scale = t.column("Scale ID");
    int value = t.column("Data Value");
    Map<String, Map<RiasecType, Double>> scores = new LinkedHashMap<>();
    for (int i = 0; i < t.rows.size(); i++) {
      String[] r = t.rows.get(i);
      if (!"OI".equals(r[scale])) {
        continue;
      }
      RiasecType type =
          RiasecType.ofOnetElement(r[element])
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          t.where(r) + ": scale OI with unknown element '" + r[element] + "'"));
      double v;
      try {
        v = Double.parseDouble(r[value]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            t.where(r) + ": value '" + r[value] + "' is not a number", e);
      }
      scores.computeIfAbsent(r[code], k -> new EnumMap<>(RiasecType.class)).put(type, v);
    }
    Map<String, InterestProfile> out = new LinkedHashMap<>();
    scores.forEach(
        (c, byType) -> {
          if (byType.size() != 6) {
            throw new IllegalArgumentException(
                INTERESTS
                    + ": occupation "
                    + c
                    + " has OI scores for "
                    + byType.keySet()
                    + ", expected all six types");
          }
          double[] v = new double[6];
          for (RiasecType type : RiasecType.values()) {
            v[type.ordinal()] = byType.get(type);
          }
          try {
            out.put(c, InterestProfile.of(InterestProfile.Scale.OCCUPATIONAL_INTEREST, v));
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                INTERESTS + ": occupation " + c + ": " + e.getMessage(), e);
          }
        });
    return out;
  }

  /**
   * The interest cues O*NET gives: each type's keywords, its general illustrative activities, and
   * each basic interest's name and activities under every type the basic interest belongs to (a
   * basic interest whose name is already a keyword of that type, such as Music, is not repeated);
   * provenance {@code onet-interests}.
   */
  public static List<InterestCue> cues(
      String keywordsTxt, String activitiesTxt, String basicToRiasecTxt) {
    Map<String, List<RiasecType>> basicTypes = new LinkedHashMap<>();
    Map<String, String> basicNames = new LinkedHashMap<>();
    Table b = new Table(BASIC_TO_RIASEC, basicToRiasecTxt);
    int bId = b.column("Basic Interests Element ID");
    int bName = b.column("Basic Interests Element Name");
    int bType = b.column("RIASEC Element ID");
    for (String[] r : b.rows) {
      RiasecType type = type(b, r, r[bType]);
      basicTypes.computeIfAbsent(r[bId], k -> new ArrayList<>()).add(type);
      basicNames.put(r[bId], r[bName]);
    }
    List<InterestCue> out = new ArrayList<>();
    Table k = new Table(KEYWORDS, keywordsTxt);
    int kElement = k.column("Element ID");
    int kText = k.column("Keyword");
    for (String[] r : k.rows) {
      out.add(
          cue(k, r, type(k, r, r[kElement]), r[kText], KEYWORD_WEIGHT, InterestCue.Kind.KEYWORD));
    }
    Table a = new Table(ACTIVITIES, activitiesTxt);
    int aElement = a.column("Element ID");
    int aKind = a.column("Interest Type");
    int aText = a.column("Activity");
    for (String[] r : a.rows) {
      if ("General".equals(r[aKind])) {
        out.add(
            cue(
                a,
                r,
                type(a, r, r[aElement]),
                r[aText],
                ACTIVITY_WEIGHT,
                InterestCue.Kind.ACTIVITY));
      } else if ("Basic".equals(r[aKind])) {
        List<RiasecType> types = basicTypes.get(r[aElement]);
        if (types == null) {
          throw new IllegalArgumentException(
              a.where(r) + ": basic interest " + r[aElement] + " is not in " + BASIC_TO_RIASEC);
        }
        double w = types.size() == 1 ? BASIC_SINGLE_TYPE_WEIGHT : BASIC_TWO_TYPES_WEIGHT;
        for (RiasecType type : types) {
          out.add(cue(a, r, type, r[aText], w, InterestCue.Kind.BASIC_ACTIVITY));
        }
      } else {
        throw new IllegalArgumentException(
            a.where(r) + ": unknown interest type '" + r[aKind] + "' (expected General or Basic)");
      }
    }
    Set<String> ids = new HashSet<>();
    out.forEach(c -> ids.add(c.id()));
    basicTypes.forEach(
        (id, types) -> {
          double w = types.size() == 1 ? BASIC_SINGLE_TYPE_WEIGHT : BASIC_TWO_TYPES_WEIGHT;
          for (RiasecType type : types) {
            InterestCue c =
                InterestCue.of(
                    type,
                    basicNames.get(id),
                    w,
                    InterestCue.Kind.BASIC_INTEREST,
                    Provenance.ONET_INTERESTS);
            if (ids.add(c.id())) { // "Music", "Law": a keyword of the same type already says it
              out.add(c);
            }
          }
        });
    return out;
  }

  private static RiasecType type(Table t, String[] row, String element) {
    return RiasecType.ofOnetElement(element)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    t.where(row) + ": '" + element + "' is not a RIASEC element id"));
  }

  private static InterestCue cue(
      Table t, String[] row, RiasecType type, String text, double weight, InterestCue.Kind kind) {
    String clean = text.strip();
    if (clean.endsWith(".")) {
      clean = clean.substring(0, clean.length() - 1);
    }
    try {
      return InterestCue.of(type, clean, weight, kind, Provenance.ONET_INTERESTS);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(t.where(row) + ": " + e.getMessage(), e);
    }
  }

  /** A tab-separated file with a header row. */
  private static final class Table {
    final String file;
    final List<String> header;
    final List<String[]> rows = new ArrayList<>();
    final Map<String[], Integer> lines = new IdentityHashMap<>();

    Table(String file, String text) {
      this.file = file;
      if (text == null || text.isBlank()) {
        throw new IllegalArgumentException(file + ": empty");
      }
      String[] all = text.split("\r?\n");
      this.header = List.of(all[0].replace("\uFEFF", "").split("\t", -1));
      for (int i = 1; i < all.length; i++) {
        if (all[i].isBlank()) {
          continue;
        }
        String[] f = all[i].split("\t", -1);
        if (f.length < header.size()) {
          throw new IllegalArgumentException(
              file + " line " + (i + 1) + ": " + f.length + " columns, expected " + header.size());
        }
        for (int c = 0; c < f.length; c++) {
          f[c] = f[c].strip();
        }
        rows.add(f);
        lines.put(f, i + 1);
      }
    }

    int column(String name) {
      int i = header.indexOf(name);
      if (i < 0) {
        throw new IllegalArgumentException(
            file + ": no column '" + name + "' (header: " + header + ")");
      }
      return i;
    }

    String where(String[] row) {
      return file + " line " + lines.get(row);
    }
  }
}
