package org.careermatch.data.interest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careermatch.data.Cluster;
import org.careermatch.data.ClusterId;
import org.careermatch.data.DataLoader;
import org.careermatch.data.DataSource;
import org.careermatch.data.FrameworkData;
import org.careermatch.data.SubCluster;
import org.careermatch.data.SubClusterId;

/**
 * Recomputes {@code interest-profiles.tsv} from the O*NET interest scores and the SOC crosswalk in
 * a data directory and writes it there. Run from the project root:
 *
 * <pre>./mvnw -q -o -pl index-data compile exec:java</pre>
 *
 * (or {@code java -cp index-data/target/classes:JACKSON...
 * org.careermatch.data.interest.InterestProfilesTool DIR}). The argument is the data directory,
 * {@code index-data/src/main/resources/careermatch/data} by default.
 */
public final class InterestProfilesTool {
  private InterestProfilesTool() {}

  public static void main(String[] args) throws IOException {
    Path dir =
        Path.of(args.length > 0 ? args[0] : "index-data/src/main/resources/careermatch/data");
    if (!Files.isRegularFile(dir.resolve("ids.tsv"))) {
      System.err.println("not a data directory (no ids.tsv): " + dir.toAbsolutePath());
      System.exit(2);
    }
    String text = compute(DataSource.directory(dir));
    Path out = dir.resolve(InterestProfilesFile.PATH);
    Files.writeString(out, text, StandardCharsets.UTF_8);
    List<OccupationalInterests> profiles = InterestProfilesFile.parse(text);
    System.out.println("wrote " + out + ": " + profiles.size() + " profiles");
    for (OccupationalInterests p : profiles) {
      if (p.isCluster()) {
        System.out.printf(
            "  %-30s %3d occupations  code %s  (means %s)%n",
            p.id(), p.occupations(), p.hollandCode(), p.meanHollandCode());
      }
    }
  }

  private static Map<SubClusterId, ClusterId> subClusters(FrameworkData data) {
    Map<SubClusterId, ClusterId> out = new LinkedHashMap<>();
    for (SubCluster s : data.subClusters()) {
      out.put(s.id(), s.cluster());
    }
    return out;
  }

  /** The file's text computed from a data source (everything in it but the profiles themselves). */
  public static String compute(DataSource source) {
    FrameworkData data = DataLoader.loadWithoutInterestProfiles(source);
    String interests =
        source
            .read(OnetInterests.INTERESTS)
            .orElseThrow(() -> new IllegalArgumentException(OnetInterests.INTERESTS + ": missing"));
    InterestProfileCalculator.Result result =
        InterestProfileCalculator.compute(
            OnetInterests.occupationalInterests(interests),
            data.socOccupations(),
            data.clusters().stream().map(Cluster::id).toList(),
            subClusters(data));
    return InterestProfilesFile.format(result.profiles());
  }
}
