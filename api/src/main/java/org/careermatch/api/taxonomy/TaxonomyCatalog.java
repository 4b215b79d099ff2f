package org.careermatch.api.taxonomy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.careermatch.api.taxonomy.TaxonomyViews.AliasView;
import org.careermatch.api.taxonomy.TaxonomyViews.ApplicationView;
import org.careermatch.api.taxonomy.TaxonomyViews.ClusterDetail;
import org.careermatch.api.taxonomy.TaxonomyViews.ClusterSummary;
import org.careermatch.api.taxonomy.TaxonomyViews.CrosswalkView;
import org.careermatch.api.taxonomy.TaxonomyViews.FrameworkView;
import org.careermatch.api.taxonomy.TaxonomyViews.GroupView;
import org.careermatch.api.taxonomy.TaxonomyViews.IncludeView;
import org.careermatch.api.taxonomy.TaxonomyViews.InterestView;
import org.careermatch.api.taxonomy.TaxonomyViews.ListingView;
import org.careermatch.api.taxonomy.TaxonomyViews.MappingView;
import org.careermatch.api.taxonomy.TaxonomyViews.MembershipView;
import org.careermatch.api.taxonomy.TaxonomyViews.Naics;
import org.careermatch.api.taxonomy.TaxonomyViews.OccupationView;
import org.careermatch.api.taxonomy.TaxonomyViews.PlaceView;
import org.careermatch.api.taxonomy.TaxonomyViews.Ref;
import org.careermatch.api.taxonomy.TaxonomyViews.SkillView;
import org.careermatch.api.taxonomy.TaxonomyViews.SubClusterDetail;
import org.careermatch.api.taxonomy.TaxonomyViews.SubClusterSummary;
import org.careermatch.api.taxonomy.TaxonomyViews.Text;
import org.careermatch.data.Cluster;
import org.careermatch.data.ClusterId;
import org.careermatch.data.CrossCuttingApplication;
import org.careermatch.data.Description;
import org.careermatch.data.Framework;
import org.careermatch.data.FrameworkData;
import org.careermatch.data.FrameworkGroup;
import org.careermatch.data.Membership;
import org.careermatch.data.NaicsSector;
import org.careermatch.data.ProgramOfStudy;
import org.careermatch.data.ReportOccupation;
import org.careermatch.data.Skill;
import org.careermatch.data.SocOccupation;
import org.careermatch.data.SubCluster;
import org.careermatch.data.SubClusterId;
import org.springframework.stereotype.Service;

/** Every taxonomy view, built once from index-data at startup; lookups are map reads. */
@Service
class TaxonomyCatalog {
  private final List<ClusterSummary> clusters;
  private final Map<String, ClusterDetail> clusterById = new LinkedHashMap<>();
  private final Map<String, SubClusterDetail> subClusterById = new LinkedHashMap<>();
  private final Map<String, FrameworkView> frameworkById = new LinkedHashMap<>();

  TaxonomyCatalog(FrameworkData data) {
    List<ClusterSummary> summaries = new ArrayList<>();
    for (Cluster c : data.clusters()) {
      summaries.add(
          new ClusterSummary(
              c.id().value(),
              c.title(),
              c.aliases(),
              c.caption(),
              c.crossCutting(),
              data.subClustersOf(c.id()).stream()
                  .map(s -> new Ref(s.id().value(), s.title()))
                  .toList()));
      clusterById.put(c.id().value(), cluster(data, c));
    }
    this.clusters = List.copyOf(summaries);
    for (SubCluster s : data.subClusters()) {
      subClusterById.put(s.id().value(), subCluster(data, s));
    }
    for (Framework f : data.frameworks()) {
      frameworkById.put(
          f.id(),
          new FrameworkView(
              f.id(),
              f.name(),
              label(f.kind()),
              f.source(),
              f.provenance().label(),
              f.groups().stream().map(TaxonomyCatalog::group).toList()));
    }
  }

  List<ClusterSummary> clusters() {
    return clusters;
  }

  Optional<ClusterDetail> cluster(String id) {
    return Optional.ofNullable(clusterById.get(id));
  }

  Optional<SubClusterDetail> subCluster(String id) {
    return Optional.ofNullable(subClusterById.get(id));
  }

  List<FrameworkView> frameworks() {
    return List.copyOf(frameworkById.values());
  }

  Optional<FrameworkView> framework(String id) {
    return Optional.ofNullable(frameworkById.get(id));
  }

  List<String> frameworkIds() {
    return List.copyOf(frameworkById.keySet());
  }

  private static ClusterDetail cluster(FrameworkData data, Cluster c) {
    ClusterId id = c.id();
    List<SkillView> skills = new ArrayList<>();
    for (Skill s : data.skills()) {
      List<ListingView> listings =
          s.listings().stream()
              .filter(l -> l.cluster().equals(id))
              .map(
                  l ->
                      new ListingView(
                          l.cluster().value(),
                          label(l.kind()),
                          l.asWritten(),
                          l.provenance().label()))
              .toList();
      if (!listings.isEmpty()) {
        skills.add(
            new SkillView(
                s.id(),
                s.name(),
                s.aliases(),
                s.clusters().stream().map(ClusterId::value).toList(),
                listings));
      }
    }
    List<ReportOccupation> occupations =
        data.occupations().stream().filter(o -> o.cluster().equals(id)).toList();
    return new ClusterDetail(
        id.value(),
        c.title(),
        c.aliases(),
        c.caption(),
        c.crossCutting(),
        naics(c.naicsSectors()),
        text(c.definition()),
        c.provenance().label(),
        data.subClustersOf(id).stream()
            .map(s -> new SubClusterSummary(s.id().value(), s.title(), text(s.description())))
            .toList(),
        List.copyOf(skills),
        occupations.stream().filter(o -> !o.emerging()).map(TaxonomyCatalog::occupation).toList(),
        occupations.stream()
            .filter(ReportOccupation::emerging)
            .map(TaxonomyCatalog::occupation)
            .toList(),
        data.places().stream()
            .filter(p -> p.cluster().equals(id))
            .map(p -> new PlaceView(p.id(), p.name(), p.provenance().label()))
            .toList(),
        data.socOccupations().stream()
            .filter(o -> inCluster(o.memberships(), id))
            .map(TaxonomyCatalog::soc)
            .toList(),
        data.programs().stream()
            .filter(p -> inCluster(p.memberships(), id))
            .map(TaxonomyCatalog::program)
            .toList(),
        data.applications().stream()
            .filter(a -> a.crossCutting().equals(id) || a.cluster().equals(id))
            .map(TaxonomyCatalog::application)
            .toList(),
        null);
  }

  private static SubClusterDetail subCluster(FrameworkData data, SubCluster s) {
    SubClusterId id = s.id();
    Cluster parent = data.cluster(s.cluster()).orElseThrow();
    List<ReportOccupation> occupations =
        data.occupations().stream().filter(o -> o.subClusters().contains(id)).toList();
    return new SubClusterDetail(
        id.value(),
        s.title(),
        new Ref(parent.id().value(), parent.title()),
        s.aliases().stream().map(a -> new AliasView(a.name(), a.source().label())).toList(),
        naics(s.naicsSectors()),
        text(s.description()),
        s.provenance().label(),
        occupations.stream().filter(o -> !o.emerging()).map(TaxonomyCatalog::occupation).toList(),
        occupations.stream()
            .filter(ReportOccupation::emerging)
            .map(TaxonomyCatalog::occupation)
            .toList(),
        data.socOccupations().stream()
            .filter(o -> inSubCluster(o.memberships(), id))
            .map(TaxonomyCatalog::soc)
            .toList(),
        data.programs().stream()
            .filter(p -> inSubCluster(p.memberships(), id))
            .map(TaxonomyCatalog::program)
            .toList(),
        data.applications().stream()
            .filter(a -> a.subCluster().equals(id))
            .map(TaxonomyCatalog::application)
            .toList(),
        data.interests().stream()
            .filter(i -> i.subCluster().equals(id))
            .map(i -> new InterestView(i.text(), i.synonyms(), i.provenance().label()))
            .toList(),
        null);
  }

  private static boolean inCluster(List<Membership> memberships, ClusterId id) {
    return memberships.stream().anyMatch(m -> m.cluster().equals(id));
  }

  private static boolean inSubCluster(List<Membership> memberships, SubClusterId id) {
    return memberships.stream().anyMatch(m -> m.subCluster().equals(id));
  }

  private static OccupationView occupation(ReportOccupation o) {
    return new OccupationView(
        o.id(),
        o.title(),
        o.asWritten(),
        label(o.kind()),
        o.cluster().value(),
        o.alsoIn().stream().map(ClusterId::value).toList(),
        o.note(),
        o.doubt(),
        o.subClusters().stream().map(SubClusterId::value).toList(),
        o.soc(),
        o.assignment().label(),
        o.provenance().label());
  }

  private static CrosswalkView soc(SocOccupation o) {
    return new CrosswalkView(
        o.id(), o.code(), o.title(), memberships(o.memberships()), o.provenance().label());
  }

  private static CrosswalkView program(ProgramOfStudy p) {
    return new CrosswalkView(
        p.id(), p.code(), p.title(), memberships(p.memberships()), p.provenance().label());
  }

  private static List<MembershipView> memberships(List<Membership> ms) {
    return ms.stream()
        .map(m -> new MembershipView(m.cluster().value(), m.subCluster().value()))
        .toList();
  }

  private static ApplicationView application(CrossCuttingApplication a) {
    return new ApplicationView(
        a.id(),
        a.crossCutting().value(),
        a.subCluster().value(),
        a.cluster().value(),
        a.activities(),
        a.sampleJobTitle(),
        a.provenance().label());
  }

  private static GroupView group(FrameworkGroup g) {
    return new GroupView(
        g.id(),
        g.title(),
        text(g.description()),
        g.provenance().label(),
        g.includes().stream()
            .map(
                i ->
                    new IncludeView(i.framework(), i.group(), i.pathways(), i.provenance().label()))
            .toList(),
        g.mapsTo().stream()
            .map(
                m ->
                    new MappingView(
                        m.cluster().value(),
                        m.subClusters().stream().map(SubClusterId::value).toList(),
                        m.provenance().label()))
            .toList(),
        g.pathways().stream().map(TaxonomyCatalog::group).toList());
  }

  private static List<Naics> naics(List<NaicsSector> sectors) {
    return sectors.stream().map(n -> new Naics(n.code(), n.title())).toList();
  }

  private static Text text(Description d) {
    return d == null ? null : new Text(d.text(), d.provenance().label());
  }

  private static String label(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
