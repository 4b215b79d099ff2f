package org.careermatch.api.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text folding and edit distances for the search helpers. */
final class Fuzzy {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private Fuzzy() {}

  /** Lower case, accents removed, whitespace collapsed: "Café  Manager" to "cafe manager". */
  static String fold(String s) {
    if (s == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD);
    return WHITESPACE.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll(" ").strip()
        .toLowerCase(Locale.ROOT);
  }

  /** How many edits a word of this length may be off by: none under 4 characters, 1 up to 7, 2 from 8. */
  static int allowedEdits(int length) {
    return length < 4 ? 0 : length < 8 ? 1 : 2;
  }

  /** Optimal string alignment distance (Levenshtein plus adjacent transpositions), or max+1 once past max. */
  static int distance(String a, String b, int max) {
    if (Math.abs(a.length() - b.length()) > max) {
      return max + 1;
    }
    int[][] d = table(a, b);
    int v = d[a.length()][b.length()];
    return Math.min(v, max + 1);
  }

  /**
   * The fewest edits that turn {@code prefix} into some prefix of {@code text} (so "mahcine" is 1 edit from a prefix
   * of "machine learning"), or max+1 when more are needed.
   */
  static int prefixDistance(String prefix, String text, int max) {
    int n = prefix.length();
    int m = Math.min(text.length(), n + max);
    if (m < n - max) {
      return max + 1;
    }
    int[][] d = table(prefix, text.substring(0, m));
    int best = max + 1;
    for (int k = Math.max(0, n - max); k <= m; k++) {
      best = Math.min(best, d[n][k]);
    }
    return best;
  }

  private static int[][] table(String a, String b) {
    int n = a.length();
    int m = b.length();
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= m; j++) {
        char cb = b.charAt(j - 1);
        int cost = ca == cb ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d;
  }
}
