package org.careermatch.evaluation.tune;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.careermatch.data.DataLoader;
import org.careermatch.engine.ClusterMatch;
import org.careermatch.engine.Engine;
import org.careermatch.engine.EngineConfig;
import org.careermatch.engine.LearnerProfile;
import org.careermatch.engine.MatchResult;

/**
 * Prints the top clusters and their explanations for profiles read from standard input, one per
 * line: {@code interests<TAB>skill;skill}. For looking at what a learner would see while tuning.
 */
public final class Probe {
  private Probe() {}

  public static void main(String[] args) throws IOException {
    boolean lexical = List.of(args).contains("--lexical");
    int top = 4;
    java.util.Map<String, String> settings = new java.util.LinkedHashMap<>();
    for (String a : args) {
      if (a.startsWith("--top=")) {
        top = Integer.parseInt(a.substring("--top=".length()));
      } else if (a.contains("=")) {
        settings.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
      }
    }
    EngineConfig config =
        org.careermatch.engine.EngineConfigs.with(EngineConfig.defaults(), settings);
    Engine engine =
        lexical
            ? Engine.create(DataLoader.loadDefault(), config)
            : Engine.create(DataLoader.loadDefault(), config, Sweep.cached(), null);
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      List<String> skills =
          f.length > 1 && !f[1].isBlank()
              ? Arrays.stream(f[1].split(";")).map(String::strip).toList()
              : List.of();
      MatchResult r = engine.match(new LearnerProfile(f[0], skills, null));
      System.out.println("=== " + line + "   unmatched=" + r.unmatched() + " " + Probe.describe(r));
      for (ClusterMatch c : r.clusters().subList(0, top)) {
        System.out.printf(Locale.ROOT, "%5.1f %s%n", c.score(), c.id() + " " + Probe.extra(c));
        System.out.print(
            c.explanation()
                .toString()
                .lines()
                .skip(1)
                .limit(6)
                .map(l -> "      " + l + "\n")
                .reduce("", String::concat));
      }
    }
  }

  static String describe(MatchResult r) {
    return "understood="
        + r.understood()
        + " code="
        + r.interestProfile().code()
        + " "
        + r.interestProfile().words();
  }

  static String extra(ClusterMatch c) {
    return c.fit()
        + " applies="
        + c.appliesIn()
        + "\n      jobs="
        + c.occupations().stream().map(ClusterMatch.OccupationSuggestion::title).toList()
        + " new="
        + c.emergingOccupations().stream().map(ClusterMatch.OccupationSuggestion::title).toList()
        + " skills="
        + c.skillsToExplore().stream().map(ClusterMatch.SkillSuggestion::name).toList()
        + " programs="
        + c.programs().stream().map(ClusterMatch.ProgramSuggestion::title).toList();
  }
}
