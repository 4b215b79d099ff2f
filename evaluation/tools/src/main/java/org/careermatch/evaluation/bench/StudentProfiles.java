package org.careermatch.evaluation.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.careermatch.engine.LearnerProfile;

/**
 * Seeded, unique, student-like profiles for load runs and benchmarks, so that no cache hides the
 * cost of a new profile. Made from word lists and phrase templates written for this class
 * (activities, school subjects, hobbies, hopes, family and jobs, skills), with fillers and typos as
 * students type them; never from evaluation suites.
 *
 * <p>Each profile has two to four clauses (one about a school subject at least half the time) and
 * zero to three skills; the same seed always gives the same profiles, and no two profiles of one
 * run are the same.
 *
 * <p>Command line: {@code StudentProfiles [--count N] [--seed S] [--format json|jsonl|csv|clauses]}
 * writes to stdout: {@code json} one request body of {@code POST /api/v1/matches} per line (what
 * {@code evaluation/load/} sends), {@code jsonl} the same with a {@code ref}, {@code csv} the api
 * batch CSV's upload columns ({@code ref,interests,skills}, skills separated by ';'), {@code
 * clauses} one clause per line.
 */
public final class StudentProfiles {
  static final String[] ACTIVITIES = {
    "play soccer",
    "run track",
    "swim on the swim team",
    "dance",
    "skateboard",
    "go hiking",
    "go fishing with my grandpa",
    "go camping",
    "build lego sets",
    "play chess",
    "bake cookies",
    "cook dinner for my family",
    "grow vegetables",
    "draw anime characters",
    "paint",
    "sing in the choir",
    "play guitar",
    "play the drums",
    "write short stories",
    "read fantasy books",
    "make youtube videos",
    "edit photos",
    "code little games",
    "fix bikes",
    "work on old cars",
    "take care of my little brother",
    "babysit for neighbors",
    "volunteer at the food bank",
    "help out at church",
    "walk dogs",
    "ride horses",
    "go hunting with my dad",
    "knit",
    "sew my own clothes",
    "do makeup for friends",
    "braid hair",
    "take pictures of nature",
    "build gaming computers",
    "fly drones",
    "compete in robotics",
    "do debate",
    "act in school plays",
    "play basketball",
    "lift weights",
    "do yoga",
    "play volleyball",
    "wrestle",
    "play baseball",
    "do gymnastics",
    "ride dirt bikes",
    "play the piano",
    "make music on my laptop",
    "design clothes",
    "collect rocks",
    "watch documentaries about space",
    "stream on twitch",
    "play minecraft",
    "build model rockets",
    "do magic tricks",
    "organize events at school",
    "tutor younger kids",
    "coach little league",
    "paint nails",
    "restore furniture",
    "make jewelry",
    "do woodworking",
    "repair phones",
    "plan trips",
    "follow the stock market",
    "sell stuff online",
    "decorate cakes",
    "take care of my chickens",
    "train my dog",
    "go to the gym",
    "cheer",
    "march in the band",
    "write poems",
    "draw floor plans",
    "watch crime shows",
    "help my grandma at her shop",
    "mow lawns",
    "shovel snow for neighbors",
    "ride my bike everywhere"
  };

  static final String[] ACTIVITY_TEMPLATES = {
    "i like to %s", "i love to %s", "on weekends i %s", "after school i %s", "me and my friends %s",
    "i really enjoy when i %s", "my hobby is to %s", "in my free time i %s", "sometimes i %s",
        "i %s a lot"
  };

  static final String[] SUBJECTS = {
    "math",
    "biology",
    "chemistry",
    "physics",
    "history",
    "english",
    "spanish",
    "art",
    "shop class",
    "computer science",
    "health class",
    "economics",
    "psychology",
    "government",
    "music",
    "culinary arts",
    "ag class",
    "auto shop",
    "business class",
    "marketing",
    "anatomy",
    "environmental science",
    "geometry",
    "algebra",
    "statistics",
    "french",
    "drama",
    "photography class",
    "welding class",
    "engineering class",
    "earth science",
    "world history",
    "creative writing",
    "journalism",
    "pe",
    "graphic design",
    "accounting class"
  };

  static final String[] SUBJECT_TEMPLATES = {
    "my favorite class is %s",
    "i'm good at %s",
    "i get good grades in %s",
    "%s is easy for me",
    "i like %s",
    "i want to study %s in college",
    "%s is my best subject",
    "i'm taking %s this year and love it",
    "i hate %s but i'm good at it",
    "my teacher says i'm good at %s"
  };

  static final String[] HOPES = {
    "i want to help people",
    "i want to make good money",
    "i want to work outside",
    "i don't want to sit at a desk",
    "maybe something with animals",
    "i want to travel the world",
    "i want to own my own business",
    "i like working with my hands",
    "i want to be famous lol",
    "i like solving problems",
    "i want to work with kids",
    "i care about the environment",
    "i want a job where i can be creative",
    "i want to keep people safe",
    "maybe something in healthcare",
    "i like fixing things",
    "i like being in charge",
    "i want to build houses",
    "i want to work with computers",
    "i like talking to people",
    "i want to cook in a restaurant someday",
    "i want to be a vet",
    "i want to join the military",
    "i might be a teacher",
    "i want to design video games",
    "i want to work in a hospital",
    "something with cars would be cool",
    "i want to be a lawyer maybe",
    "i like science experiments",
    "i want to fly planes",
    "i like numbers and money",
    "i want to make movies"
  };

  static final String[] LIFE = {
    "my mom is a nurse",
    "my uncle has a construction company",
    "i work at a restaurant",
    "i work at a grocery store",
    "i mow lawns for money",
    "my dad drives trucks",
    "i worked at a summer camp",
    "i help at my aunt's salon",
    "my grandpa was a farmer",
    "i volunteer at the animal shelter",
    "i help at my cousin's garage",
    "i have a part time job at a coffee shop",
    "my sister is in the army",
    "i help my neighbor with his cattle",
    "i fix my family's computers",
    "i do the books for my mom's bakery",
    "my parents run a daycare",
    "i was a lifeguard last summer",
    "i help coach my brother's team",
    "i clean houses with my mom"
  };

  static final String[] SKILLS = {
    "Excel",
    "Python",
    "CPR",
    "first aid",
    "customer service",
    "cash handling",
    "Photoshop",
    "welding",
    "carpentry",
    "public speaking",
    "Spanish",
    "teamwork",
    "leadership",
    "video editing",
    "social media",
    "typing",
    "cooking",
    "forklift",
    "sewing",
    "Java",
    "HTML",
    "babysitting",
    "lifeguarding",
    "3D printing",
    "soldering",
    "drawing",
    "writing",
    "tutoring",
    "scratch",
    "Canva",
    "Google Docs",
    "bilingual",
    "time management",
    "painting",
    "driving",
    "animal care",
    "gardening",
    "photography",
    "budgeting",
    "problem solving",
    "sales",
    "ASL",
    "chess",
    "guitar"
  };

  static final String[] FILLERS = {
    "", "", "", "", "idk ", "honestly ", "kinda ", "i guess ", "um ", "really "
  };

  static final String[] JOINS = {", ", " and ", ". ", ", also ", "; ", " and also ", ". plus "};

  private final Random random;
  private final Set<String> seen = new HashSet<>();

  public StudentProfiles(long seed) {
    this.random = new Random(seed);
  }

  /** A profile as generated: interests text and skills. */
  public record Profile(String interests, List<String> skills) {
    public LearnerProfile toLearnerProfile() {
      return LearnerProfile.of(interests, skills.toArray(String[]::new));
    }
  }

  /** The next profile, different from every profile this generator made before. */
  public Profile next() {
    for (int attempt = 0; ; attempt++) {
      Profile p = candidate();
      if (seen.add(p.interests() + "|" + String.join("|", p.skills())) || attempt > 100) {
        return p;
      }
    }
  }

  private Profile candidate() {
    List<String> clauses = new ArrayList<>();
    int count = 2 + random.nextInt(3);
    if (random.nextBoolean()) {
      clauses.add(String.format(Locale.ROOT, pick(SUBJECT_TEMPLATES), pick(SUBJECTS)));
    }
    while (clauses.size() < count) {
      int kind = random.nextInt(10);
      String clause =
          kind < 5
              ? String.format(Locale.ROOT, pick(ACTIVITY_TEMPLATES), pick(ACTIVITIES))
              : kind < 8 ? pick(HOPES) : pick(LIFE);
      if (!clauses.contains(clause)) {
        clauses.add(clause);
      }
    }
    java.util.Collections.shuffle(clauses, random);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < clauses.size(); i++) {
      if (i > 0) {
        text.append(pick(JOINS));
      }
      text.append(pick(FILLERS)).append(typos(clauses.get(i)));
    }
    String interests = random.nextInt(4) == 0 ? capitalize(text.toString()) : text.toString();
    List<String> skills = new ArrayList<>();
    int skillCount = random.nextInt(4);
    while (skills.size() < skillCount) {
      String s = pick(SKILLS);
      if (!skills.contains(s)) {
        skills.add(s);
      }
    }
    return new Profile(interests, skills);
  }

  /**
   * About one clause in five gets one typo: a letter dropped, doubled or two swapped, in a word of
   * 5+ letters.
   */
  private String typos(String clause) {
    if (random.nextInt(5) != 0) {
      return clause;
    }
    String[] words = clause.split(" ");
    List<Integer> longWords = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      if (words[i].length() >= 5 && words[i].chars().allMatch(Character::isLetter)) {
        longWords.add(i);
      }
    }
    if (longWords.isEmpty()) {
      return clause;
    }
    int w = longWords.get(random.nextInt(longWords.size()));
    String word = words[w];
    int at = 1 + random.nextInt(word.length() - 2);
    words[w] =
        switch (random.nextInt(3)) {
          case 0 -> word.substring(0, at) + word.substring(at + 1);
          case 1 -> word.substring(0, at) + word.charAt(at) + word.substring(at);
          default ->
              word.substring(0, at)
                  + word.charAt(at + 1)
                  + word.charAt(at)
                  + word.substring(at + 2);
        };
    return String.join(" ", words);
  }

  private static String capitalize(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private String pick(String[] words) {
    return words[random.nextInt(words.length)];
  }

  /**
   * {@code count} distinct clauses as the engine splits interests (for benchmarks of the model
   * alone).
   */
  static List<String> clauses(int count, long seed) {
    StudentProfiles g = new StudentProfiles(seed);
    Set<String> out = new java.util.LinkedHashSet<>();
    while (out.size() < count) {
      for (String c :
          g.next()
              .interests()
              .split("[.;,]\\s*|\\s+and\\s+also\\s+|\\s+and\\s+|\\s+also\\s+|\\s+plus\\s+")) {
        if (!c.isBlank() && out.size() < count) {
          out.add(c.strip());
        }
      }
    }
    return List.copyOf(out);
  }

  /** The JSON request body of {@code POST /api/v1/matches}. */
  public static String json(Profile p) {
    StringBuilder b = new StringBuilder("{\"interests\":").append(quote(p.interests()));
    if (!p.skills().isEmpty()) {
      b.append(",\"skills\":[");
      for (int i = 0; i < p.skills().size(); i++) {
        b.append(i == 0 ? "" : ",").append(quote(p.skills().get(i)));
      }
      b.append(']');
    }
    return b.append('}').toString();
  }

  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        default -> {
          if (c < 0x20) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  static String csv(String s) {
    return s.contains(",") || s.contains("\"") || s.contains("\n")
        ? "\"" + s.replace("\"", "\"\"") + "\""
        : s;
  }

  public static void main(String[] args) {
    int count = 10_000;
    long seed = 1;
    String format = "json";
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (a) {
        case "--count" -> count = Integer.parseInt(require(a, value));
        case "--seed" -> seed = Long.parseLong(require(a, value));
        case "--format" -> format = require(a, value);
        default -> {
          System.err.println(
              "usage: StudentProfiles [--count N] [--seed S] [--format json|jsonl|csv|clauses]");
          System.exit(2);
        }
      }
      i++;
    }
    PrintWriter out =
        new PrintWriter(
            new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
    if (format.equals("clauses")) {
      clauses(count, seed).forEach(out::println);
    } else {
      StudentProfiles g = new StudentProfiles(seed);
      if (format.equals("csv")) {
        out.println("ref,interests,skills");
      }
      for (int n = 1; n <= count; n++) {
        Profile p = g.next();
        switch (format) {
          case "json" -> out.println(json(p));
          case "jsonl" -> out.println("{\"ref\":\"s" + n + "\"," + json(p).substring(1));
          case "csv" ->
              out.println(
                  "s" + n + "," + csv(p.interests()) + "," + csv(String.join("; ", p.skills())));
          default -> {
            System.err.println("unknown format '" + format + "' (json, jsonl, csv or clauses)");
            System.exit(2);
          }
        }
      }
    }
    out.flush();
    if (out.checkError()) {
      throw new UncheckedIOException(new IOException("cannot write to stdout"));
    }
  }

  private static String require(String option, String value) {
    if (value == null) {
      System.err.println(option + " needs a value");
      System.exit(2);
    }
    return value;
  }
}
