package org.careermatch.evaluation.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.careermatch.data.DataLoader;
import org.careermatch.data.Framework;
import org.careermatch.data.FrameworkData;
import org.careermatch.engine.Engine;
import org.careermatch.engine.EngineConfig;
import org.careermatch.engine.LearnerProfile;
import org.careermatch.engine.MatchResult;
import org.careermatch.engine.semantic.OnnxEmbedder;

/**
 * Whether two builds answer exactly alike: matches {@code N} generated student-like profiles
 * ({@link StudentProfiles}, seed 23; one in seven in another framework) and prints, per profile, a
 * digest of every component of its {@link MatchResult} (records walked to their leaves, numbers by
 * their bits, maps in key order where their own order is not part of the answer), then one digest
 * of all. A speed change that keeps the answers prints the same lines; run the same command with
 * each build's tools jar and compare the output.
 *
 * <pre>
 * java -cp careermatch-evaluation.jar org.careermatch.evaluation.bench.MatchDigest [N=1000] [semantic|lexical]
 * </pre>
 */
public final class MatchDigest {
  private MatchDigest() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    boolean semantic = args.length < 2 || args[1].equals("semantic");
    if (n < 0 || (args.length > 1 && !List.of("semantic", "lexical").contains(args[1]))) {
      System.err.println("usage: MatchDigest [N] [semantic|lexical]");
      System.exit(2);
    }
    FrameworkData data = DataLoader.loadDefault();
    try (Engine engine =
        semantic
            ? Engine.create(data, EngineConfig.defaults(), OnnxEmbedder.load(), null)
            : Engine.create(data, EngineConfig.defaults())) {
      List<String> frameworks = data.frameworks().stream().map(Framework::id).toList();
      StudentProfiles generator = new StudentProfiles(23);
      MessageDigest all = sha256();
      for (int i = 0; i < n; i++) {
        LearnerProfile p = generator.next().toLearnerProfile();
        if (i % 7 == 3) {
          p = p.inFramework(frameworks.get(i % frameworks.size()));
        }
        StringBuilder b = new StringBuilder();
        walk(engine.match(p), b);
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        all.update(bytes);
        System.out.println(
            i + "\t" + HexFormat.of().formatHex(sha256().digest(bytes)).substring(0, 16));
      }
      System.out.println("all\t" + HexFormat.of().formatHex(all.digest()));
    }
  }

  private static MessageDigest sha256() throws NoSuchAlgorithmException {
    return MessageDigest.getInstance("SHA-256");
  }

  static void walk(Object o, StringBuilder b)
      throws IllegalAccessException, InvocationTargetException {
    if (o instanceof Double d) {
      b.append(Double.doubleToRawLongBits(d)).append('d');
    } else if (o instanceof Float f) {
      b.append(Float.floatToRawIntBits(f)).append('f');
    } else if (o instanceof Record r) {
      b.append(r.getClass().getSimpleName()).append('{');
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        b.append(c.getName()).append('=');
        c.getAccessor().setAccessible(true);
        walk(c.getAccessor().invoke(r), b);
        b.append(',');
      }
      b.append('}');
    } else if (o instanceof Map<?, ?> m) {
      List<Map.Entry<?, ?>> entries = new ArrayList<>(m.entrySet());
      if (!(m instanceof SortedMap || m instanceof LinkedHashMap || m instanceof EnumMap)) {
        // Map.of's order changes from one JVM to the next; it is not part of the answer
        entries.sort(Comparator.comparing(e -> String.valueOf(e.getKey())));
      }
      b.append('{');
      for (Map.Entry<?, ?> e : entries) {
        walk(e.getKey(), b);
        b.append(':');
        walk(e.getValue(), b);
        b.append(',');
      }
      b.append('}');
    } else if (o instanceof Collection<?> c) {
      b.append('[');
      for (Object x : c) {
        walk(x, b);
        b.append(',');
      }
      b.append(']');
    } else {
      b.append(o);
    }
  }
}
