package org.careermatch.data.interest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.careermatch.data.ClusterId;
import org.careermatch.data.Membership;
import org.careermatch.data.Provenance;
import org.careermatch.data.SocOccupation;
import org.careermatch.data.SubClusterId;

/**
 * Computes the interest profiles of clusters and sub-clusters from O*NET's Occupational Interest
 * (OI) scores and Advance CTE's SOC crosswalk.
 *
 * <ol>
 *   <li>An O*NET-SOC occupation ({@code 29-1141.01}) belongs to the SOC code of its first 7
 *       characters ({@code 29-1141}); a SOC code's score per type is the mean over its O*NET-SOC
 *       occupations.
 *   <li>A crosswalk SOC code without scores of its own (an aggregate such as {@code 13-1020}, an
 *       "All Other" code such as {@code 17-3019}, or a detailed code O*NET splits differently such
 *       as {@code 21-1018}) takes the mean of the scored SOC codes of its broad group (same first 6
 *       characters, e.g. {@code 13-102*}). Codes with no scored code in their broad group (the
 *       military {@code 55-xxxx}, {@code 19-1099}) are left out.
 *   <li>A cluster's (sub-cluster's) mean profile is the mean over the distinct scored SOC codes the
 *       crosswalk maps to it, each code counting once. A sub-cluster the crosswalk maps no
 *       occupation to (Uncrewed Vehicle Technology) takes its parent cluster's mean.
 *   <li>The standardized profile: each type's mean is z-scored across the clusters (or across the
 *       sub-clusters), then the six values are z-scored across the types (population standard
 *       deviations; the across-groups mean and deviation come from the groups with occupations of
 *       their own). It says in which types a group stands out from the others, and correlates
 *       directly with a learner's profile.
 * </ol>
 */
public final class InterestProfileCalculator {
  /** How a crosswalk SOC code got its scores. */
  public enum Basis {
    /** O*NET scores occupations under this code. */
    DIRECT,
    /** No scores of its own: the mean of the scored codes of its broad group. */
    BROAD_GROUP,
    /** No scores, and none in its broad group: left out. */
    NONE
  }

  /**
   * The scores of one crosswalk SOC code; {@code mean} is null when the basis is {@link
   * Basis#NONE}.
   */
  public record SocInterests(String code, Basis basis, InterestProfile mean) {
    public SocInterests {
      Objects.requireNonNull(code, "SOC code");
      Objects.requireNonNull(basis, "basis of SOC " + code);
      if ((basis == Basis.NONE) != (mean == null)) {
        throw new IllegalArgumentException(
            "SOC "
                + code
                + " with basis "
                + basis
                + " must "
                + (basis == Basis.NONE ? "not " : "")
                + "have scores");
      }
    }
  }

  /**
   * The computed profiles: clusters in the given order, then sub-clusters; and every crosswalk SOC
   * code's scores.
   */
  public record Result(List<OccupationalInterests> profiles, Map<String, SocInterests> soc) {
    public Result {
      profiles = List.copyOf(profiles);
      soc = Collections.unmodifiableMap(new LinkedHashMap<>(soc));
    }
  }

  private InterestProfileCalculator() {}

  /**
   * Computes every profile.
   *
   * @param onet OI profiles by O*NET-SOC code ({@link OnetInterests#occupationalInterests(String)})
   * @param crosswalk the crosswalk's SOC codes with their memberships
   * @param clusters the clusters to profile, in output order
   * @param subClusters the sub-clusters to profile with their parent clusters, in output order
   * @throws IllegalArgumentException if a cluster has no scored occupation
   */
  public static Result compute(
      Map<String, InterestProfile> onet,
      List<SocOccupation> crosswalk,
      List<ClusterId> clusters,
      Map<SubClusterId, ClusterId> subClusters) {
    Map<String, double[]> bySoc = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Map.Entry<String, InterestProfile> e : onet.entrySet()) {
      String soc = e.getKey().length() >= 7 ? e.getKey().substring(0, 7) : e.getKey();
      add(bySoc.computeIfAbsent(soc, k -> new double[6]), e.getValue().scores());
      counts.merge(soc, 1, Integer::sum);
    }
    bySoc.forEach((soc, sum) -> divide(sum, counts.get(soc)));

    Map<String, SocInterests> socInterests = new LinkedHashMap<>();
    for (SocOccupation o : crosswalk) {
      socInterests.put(o.code(), socInterests(o.code(), bySoc));
    }

    Map<String, Set<String>> cluster = new LinkedHashMap<>();
    Map<String, Set<String>> subCluster = new LinkedHashMap<>();
    for (SocOccupation o : crosswalk) {
      if (socInterests.get(o.code()).basis() == Basis.NONE) {
        continue;
      }
      for (Membership m : o.memberships()) {
        cluster.computeIfAbsent(m.cluster().value(), k -> new LinkedHashSet<>()).add(o.code());
        subCluster
            .computeIfAbsent(m.subCluster().value(), k -> new LinkedHashSet<>())
            .add(o.code());
      }
    }
    List<OccupationalInterests> out = new ArrayList<>();
    Map<String, String> noParents = new LinkedHashMap<>();
    clusters.forEach(c -> noParents.put(c.value(), null));
    Map<String, String> parents = new LinkedHashMap<>();
    subClusters.forEach((s, c) -> parents.put(s.value(), c.value()));
    out.addAll(
        level(OccupationalInterests.Level.CLUSTER, noParents, cluster, Map.of(), socInterests));
    out.addAll(
        level(OccupationalInterests.Level.SUB_CLUSTER, parents, subCluster, cluster, socInterests));
    return new Result(out, socInterests);
  }

  private static SocInterests socInterests(String code, Map<String, double[]> bySoc) {
    double[] own = bySoc.get(code);
    if (own != null) {
      return new SocInterests(
          code, Basis.DIRECT, InterestProfile.of(InterestProfile.Scale.OCCUPATIONAL_INTEREST, own));
    }
    String broad = code.substring(0, 6);
    double[] sum = new double[6];
    int n = 0;
    for (Map.Entry<String, double[]> e : bySoc.entrySet()) {
      if (e.getKey().startsWith(broad)) {
        add(sum, e.getValue());
        n++;
      }
    }
    if (n == 0) {
      return new SocInterests(code, Basis.NONE, null);
    }
    divide(sum, n);
    return new SocInterests(
        code,
        Basis.BROAD_GROUP,
        InterestProfile.of(InterestProfile.Scale.OCCUPATIONAL_INTEREST, sum));
  }

  /**
   * Profiles of one level; {@code parents} maps each id to its parent cluster id (null for
   * clusters).
   */
  private static List<OccupationalInterests> level(
      OccupationalInterests.Level level,
      Map<String, String> parents,
      Map<String, Set<String>> codes,
      Map<String, Set<String>> parentCodes,
      Map<String, SocInterests> soc) {
    List<String> ids = List.copyOf(parents.keySet());
    List<double[]> means = new ArrayList<>();
    List<Set<String>> used = new ArrayList<>();
    List<double[]> own = new ArrayList<>();
    for (String id : ids) {
      Set<String> members = codes.getOrDefault(id, Set.of());
      if (members.isEmpty() && parents.get(id) != null) {
        members = parentCodes.getOrDefault(parents.get(id), Set.of());
      } else if (!members.isEmpty()) {
        own.add(mean(members, soc));
      }
      if (members.isEmpty()) {
        throw new IllegalArgumentException(
            level.label()
                + " "
                + id
                + " has no SOC occupation with O*NET interest scores"
                + (parents.get(id) == null ? "" : ", nor has its cluster " + parents.get(id)));
      }
      used.add(members);
      means.add(mean(members, soc));
    }
    // standardize against the groups with occupations of their own (a borrowed parent mean is not a
    // new data point)
    double[] mu = new double[6];
    double[] sd = new double[6];
    for (int t = 0; t < 6; t++) {
      double s = 0;
      double ss = 0;
      for (double[] m : own) {
        s += m[t];
        ss += m[t] * m[t];
      }
      mu[t] = s / own.size();
      sd[t] = Math.sqrt(Math.max(0, ss / own.size() - mu[t] * mu[t]));
    }
    List<OccupationalInterests> out = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      double[] m = means.get(i);
      double[] z = new double[6];
      for (int t = 0; t < 6; t++) {
        z[t] = sd[t] < 1e-12 ? 0 : (m[t] - mu[t]) / sd[t];
      }
      InterestProfile standardized =
          InterestProfile.of(InterestProfile.Scale.STANDARDIZED, z).standardizedAcrossTypes();
      OccupationalInterests.Basis basis =
          codes.getOrDefault(ids.get(i), Set.of()).isEmpty()
              ? OccupationalInterests.Basis.PARENT_CLUSTER
              : OccupationalInterests.Basis.OCCUPATIONS;
      out.add(
          new OccupationalInterests(
              level,
              ids.get(i),
              basis,
              used.get(i).size(),
              InterestProfile.of(InterestProfile.Scale.OCCUPATIONAL_INTEREST, m),
              standardized,
              Provenance.ONET_INTERESTS));
    }
    return out;
  }

  private static double[] mean(Set<String> codes, Map<String, SocInterests> soc) {
    double[] sum = new double[6];
    for (String code : codes) {
      add(sum, soc.get(code).mean().scores());
    }
    divide(sum, codes.size());
    return sum;
  }

  private static void add(double[] sum, double[] v) {
    for (int t = 0; t < 6; t++) {
      sum[t] += v[t];
    }
  }

  private static void divide(double[] sum, int n) {
    for (int t = 0; t < 6; t++) {
      sum[t] /= n;
    }
  }
}
