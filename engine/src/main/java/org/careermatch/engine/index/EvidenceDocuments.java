package org.careermatch.engine.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.careermatch.data.Checks;
import org.careermatch.data.Cluster;
import org.careermatch.data.ClusterId;
import org.careermatch.data.ClusterLink;
import org.careermatch.data.CrossCuttingApplication;
import org.careermatch.data.FrameworkData;
import org.careermatch.data.InterestPhrase;
import org.careermatch.data.Membership;
import org.careermatch.data.PersonalQuality;
import org.careermatch.data.PlaceOfWork;
import org.careermatch.data.ProgramOfStudy;
import org.careermatch.data.ReportOccupation;
import org.careermatch.data.Skill;
import org.careermatch.data.SocOccupation;
import org.careermatch.data.SubCluster;
import org.careermatch.data.SubClusterId;
import org.careermatch.data.Subject;

/** Turns every entity of index-data into the evidence documents the index holds. */
public final class EvidenceDocuments {
  private EvidenceDocuments() {}

  public static List<EvidenceDoc> from(FrameworkData data) {
    List<EvidenceDoc> docs = new ArrayList<>();
    for (Cluster c : data.clusters()) {
      String id = "cluster:" + c.id();
      List<ClusterId> cs = List.of(c.id());
      docs.add(
          new EvidenceDoc(
              id,
              c.title(),
              EntityType.CLUSTER,
              "title",
              join(c.title(), c.aliases()),
              cs,
              List.of()));
      docs.add(
          new EvidenceDoc(
              id, c.title(), EntityType.CLUSTER, "caption", c.caption(), cs, List.of()));
      docs.add(
          new EvidenceDoc(
              id,
              c.title(),
              EntityType.CLUSTER,
              "definition",
              c.definition().text(),
              cs,
              List.of()));
    }
    for (SubCluster s : data.subClusters()) {
      String id = "sub-cluster:" + s.id();
      List<ClusterId> cs = List.of(s.cluster());
      List<SubClusterId> ss = List.of(s.id());
      List<String> aliases = s.aliases().stream().map(a -> a.name()).toList();
      docs.add(
          new EvidenceDoc(
              id, s.title(), EntityType.SUB_CLUSTER, "title", join(s.title(), aliases), cs, ss));
      docs.add(
          new EvidenceDoc(
              id,
              s.title(),
              EntityType.SUB_CLUSTER,
              "description",
              s.description().text(),
              cs,
              ss));
    }
    for (Skill s : data.skills()) {
      docs.add(
          new EvidenceDoc(
              "skill:" + s.id(),
              s.name(),
              EntityType.SKILL,
              "name",
              join(s.name(), s.aliases()),
              s.clusters(),
              List.of(),
              1.0,
              s.product()));
    }
    // a listing the report seems to have made in error is no evidence for its cluster
    for (ReportOccupation o : data.occupationsInUse()) {
      List<ClusterId> cs =
          distinct(Stream.concat(Stream.of(o.cluster()), o.alsoIn().stream()).toList());
      docs.add(
          new EvidenceDoc(
              o.id(),
              o.title(),
              o.emerging() ? EntityType.EMERGING_OCCUPATION : EntityType.OCCUPATION,
              "title",
              o.title(),
              cs,
              o.subClusters()));
    }
    for (SocOccupation o : data.socOccupations()) {
      docs.add(
          new EvidenceDoc(
              o.id(),
              o.title(),
              EntityType.SOC_OCCUPATION,
              "title",
              o.title(),
              clusters(o.memberships()),
              subClusters(o.memberships())));
    }
    for (ProgramOfStudy p : data.programs()) {
      String title =
          p.title().endsWith(".") ? p.title().substring(0, p.title().length() - 1) : p.title();
      docs.add(
          new EvidenceDoc(
              p.id(),
              title,
              EntityType.PROGRAM,
              "title",
              title,
              clusters(p.memberships()),
              subClusters(p.memberships())));
    }
    for (PlaceOfWork w : data.places()) {
      docs.add(
          new EvidenceDoc(
              w.id(),
              w.name(),
              EntityType.PLACE_OF_WORK,
              "name",
              w.name(),
              List.of(w.cluster()),
              List.of()));
    }
    for (CrossCuttingApplication a : data.applications()) {
      String id = "application:" + a.id();
      List<ClusterId> cs = List.of(a.crossCutting(), a.cluster());
      docs.add(
          new EvidenceDoc(
              id,
              a.sampleJobTitle(),
              EntityType.APPLICATION,
              "sample job title",
              a.sampleJobTitle(),
              cs,
              List.of(a.subCluster())));
      docs.add(
          new EvidenceDoc(
              id,
              a.sampleJobTitle(),
              EntityType.APPLICATION,
              "activities",
              String.join("; ", a.activities()),
              cs,
              List.of(a.subCluster())));
    }
    for (InterestPhrase i : data.interests()) {
      SubCluster sub = data.subCluster(i.subCluster()).orElseThrow();
      docs.add(
          new EvidenceDoc(
              "interest:" + i.subCluster() + ":" + Checks.slugify(i.text()),
              i.text(),
              EntityType.INTEREST,
              "interest phrase",
              join(i.text(), i.synonyms()),
              List.of(sub.cluster()),
              List.of(i.subCluster())));
    }
    for (Subject s : data.subjects()) {
      linked(
          docs,
          "subject:" + s.id(),
          s.name(),
          EntityType.SUBJECT,
          join(s.name(), s.aliases()),
          s.links(),
          data);
    }
    for (PersonalQuality q : data.qualities()) {
      linked(
          docs,
          "quality:" + q.id(),
          q.name(),
          EntityType.QUALITY,
          join(q.name(), q.aliases()),
          q.links(),
          data);
    }
    return List.copyOf(docs);
  }

  /**
   * An entity linked to clusters and sub-clusters with weights (a school subject, a personal
   * quality): one document per linked cluster, with that cluster's weight and the linked
   * sub-clusters within it (a link to a sub-cluster alone also counts for its cluster, at the
   * link's weight).
   */
  private static void linked(
      List<EvidenceDoc> docs,
      String id,
      String title,
      EntityType type,
      String text,
      List<ClusterLink> links,
      FrameworkData data) {
    java.util.Map<ClusterId, Double> clusterWeights = new java.util.LinkedHashMap<>();
    java.util.Map<ClusterId, List<SubClusterId>> subs = new java.util.LinkedHashMap<>();
    for (ClusterLink l : links) {
      if (l.subCluster() == null) {
        clusterWeights.merge(l.cluster(), l.weight(), Math::max);
      } else {
        clusterWeights.merge(l.cluster(), l.weight(), (a, b) -> a);
        subs.computeIfAbsent(l.cluster(), k -> new ArrayList<>()).add(l.subCluster());
      }
    }
    clusterWeights.forEach(
        (c, w) ->
            docs.add(
                new EvidenceDoc(
                    id,
                    title,
                    type,
                    "name",
                    text,
                    List.of(c),
                    distinct(subs.getOrDefault(c, List.of())),
                    w,
                    false)));
  }

  private static String join(String first, List<String> more) {
    if (more.isEmpty()) {
      return first;
    }
    return first + "; " + String.join("; ", more);
  }

  private static List<ClusterId> clusters(List<Membership> memberships) {
    return distinct(memberships.stream().map(Membership::cluster).toList());
  }

  private static List<SubClusterId> subClusters(List<Membership> memberships) {
    return distinct(memberships.stream().map(Membership::subCluster).toList());
  }

  private static <T> List<T> distinct(List<T> values) {
    Set<T> set = new LinkedHashSet<>(values);
    return List.copyOf(set);
  }
}
