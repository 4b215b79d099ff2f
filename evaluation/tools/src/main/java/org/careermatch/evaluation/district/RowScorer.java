package org.careermatch.evaluation.district;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.careermatch.data.Checks;
import org.careermatch.data.Framework;
import org.careermatch.engine.ClusterMatch;
import org.careermatch.engine.Engine;
import org.careermatch.engine.LearnerProfile;
import org.careermatch.engine.MatchResult;
import org.careermatch.engine.explain.Explanation;

/**
 * Scores one row into the cells of the api's batch CSV ({@code POST /api/v1/matches/batch} with
 * {@code Accept: text/csv}): {@code ref, rank1_id, rank1_title, rank1_score, rank1_reasons, ...,
 * framework, error}. The same checks, messages, normal form of the profile (interests and skills
 * lower-cased, whitespace collapsed, skills de-duplicated and sorted), top reasons and cell
 * escaping as the api, so a district's file gives what the api would answer in batches of 500.
 */
final class RowScorer {
  static final int MAX_REF_LENGTH = 100;
  static final int REASONS = 3;
  static final String REASON_SEPARATOR = " | ";
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final Engine engine;
  private final int limit;

  RowScorer(Engine engine, int limit) {
    this.engine = Objects.requireNonNull(engine, "engine");
    if (limit < 1 || limit > 20) {
      throw new IllegalArgumentException("limit must be 1..20 (was " + limit + ")");
    }
    this.limit = limit;
  }

  int limit() {
    return limit;
  }

  /** The header row. */
  List<String> header() {
    List<String> h = new ArrayList<>();
    h.add("ref");
    for (int i = 1; i <= limit; i++) {
      h.addAll(
          List.of(
              "rank" + i + "_id",
              "rank" + i + "_title",
              "rank" + i + "_score",
              "rank" + i + "_reasons"));
    }
    h.add("framework");
    h.add("error");
    return h;
  }

  /** A scored row: its cells, and the error when it could not be scored. */
  record Scored(List<String> cells, String error) {}

  Scored score(ProfileReader.Row row) {
    String ref = row.ref() == null ? null : row.ref().strip();
    if (row.error() != null) {
      return failed(ref == null || ref.isEmpty() ? null : clip(ref), row.error());
    }
    if (ref == null || ref.isEmpty()) {
      return failed(null, "ref is missing: give each profile your own reference for the learner");
    }
    if (ref.length() > MAX_REF_LENGTH) {
      return failed(
          ref.substring(0, MAX_REF_LENGTH),
          "ref is "
              + ref.length()
              + " characters long; at most "
              + MAX_REF_LENGTH
              + " are allowed");
    }
    String problem = check(row.interests(), row.skills());
    if (problem != null) {
      return failed(ref, problem);
    }
    String frameworkId =
        row.framework() == null || row.framework().isBlank()
            ? Framework.NCCF_2024
            : row.framework().strip();
    if (engine.data().framework(frameworkId).isEmpty()) {
      return failed(
          ref,
          "framework "
              + Checks.quote(row.framework())
              + " does not exist; known frameworks: "
              + String.join(", ", engine.data().frameworks().stream().map(Framework::id).toList()));
    }
    LearnerProfile profile;
    try {
      profile =
          new LearnerProfile(normalize(row.interests()), normalSkills(row.skills()), frameworkId);
    } catch (IllegalArgumentException e) {
      return failed(ref, "the engine does not accept this profile");
    }
    // the batch CSV has no suggestion lists: none are worked out
    MatchResult m = engine.match(profile, 0);
    List<String> cells = new ArrayList<>();
    cells.add(cell(ref));
    for (int i = 0; i < limit; i++) {
      if (i < m.clusters().size()) {
        ClusterMatch c = m.clusters().get(i);
        cells.add(cell(c.id()));
        cells.add(cell(c.title()));
        cells.add(String.format(Locale.ROOT, "%.1f", c.score()));
        cells.add(cell(String.join(REASON_SEPARATOR, topReasons(c.explanation(), REASONS))));
      } else {
        cells.addAll(List.of("", "", "", ""));
      }
    }
    cells.add(cell(m.framework()));
    cells.add("");
    return new Scored(cells, null);
  }

  private Scored failed(String ref, String error) {
    List<String> cells = new ArrayList<>();
    cells.add(cell(ref));
    for (int i = 0; i < limit * 4; i++) {
      cells.add("");
    }
    cells.add("");
    cells.add(cell(error));
    return new Scored(cells, error);
  }

  private static String clip(String ref) {
    return ref.length() <= MAX_REF_LENGTH ? ref : ref.substring(0, MAX_REF_LENGTH);
  }

  /** The api's limits on a profile, with its messages; null when the profile is acceptable. */
  static String check(String interests, List<String> skills) {
    String text = interests == null ? "" : interests.strip();
    if (text.length() > LearnerProfile.MAX_INTERESTS_LENGTH) {
      return "interests are "
          + text.length()
          + " characters long; at most "
          + LearnerProfile.MAX_INTERESTS_LENGTH
          + " are allowed";
    }
    List<String> list = skills == null ? List.of() : skills;
    if (list.size() > LearnerProfile.MAX_SKILLS) {
      return list.size()
          + " skills were given; at most "
          + LearnerProfile.MAX_SKILLS
          + " are allowed";
    }
    for (int i = 0; i < list.size(); i++) {
      String s = list.get(i);
      if (s == null || s.isBlank()) {
        return "skills[" + i + "] is blank";
      }
      if (s.strip().length() > LearnerProfile.MAX_SKILL_LENGTH) {
        return "skills["
            + i
            + "] is "
            + s.strip().length()
            + " characters long; at most "
            + LearnerProfile.MAX_SKILL_LENGTH
            + " are allowed";
      }
    }
    if (text.isEmpty() && list.isEmpty()) {
      return "a profile needs interests or at least one skill; both are empty";
    }
    return null;
  }

  static String normalize(String text) {
    return text == null
        ? ""
        : WHITESPACE.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  private static List<String> normalSkills(List<String> skills) {
    TreeSet<String> sorted = new TreeSet<>();
    for (String s : skills) {
      sorted.add(normalize(s));
    }
    sorted.remove("");
    return List.copyOf(sorted);
  }

  /**
   * The descriptions of the {@code max} leaves that add the most to a score (the api's top
   * reasons).
   */
  static List<String> topReasons(Explanation root, int max) {
    List<Explanation> leaves = new ArrayList<>();
    root.forEachLeaf(leaves::add);
    leaves.sort(Comparator.comparingDouble(Explanation::value).reversed());
    Set<String> out = new LinkedHashSet<>();
    for (Explanation l : leaves) {
      if (out.size() == max || l.value() <= 0) {
        break;
      }
      out.add(l.description());
    }
    return List.copyOf(out);
  }

  /**
   * A cell as text; one a spreadsheet would read as a formula gets a leading quote (as the api's
   * CSV does).
   */
  static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    char first = value.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + value
        : value;
  }
}
