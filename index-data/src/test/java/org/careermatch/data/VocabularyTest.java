package org.careermatch.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.careermatch.data.interest.RiasecType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The subjects and qualities vocabularies load as the schema says, and stay within their agreed
 * shape.
 */
class VocabularyTest {
  static FrameworkData data;

  @BeforeAll
  static void load() {
    data = DataLoader.loadDefault();
  }

  @Test
  void subjectsLinkManyToManyWithWeights() {
    assertTrue(
        data.subjects().size() >= 80 && data.subjects().size() <= 150,
        data.subjects().size() + " subjects");
    Subject chemistry = data.subject("chemistry").orElseThrow();
    assertTrue(chemistry.aliases().contains("chem"));
    Map<String, Double> links =
        chemistry.links().stream()
            .collect(Collectors.toMap(ClusterLink::target, ClusterLink::weight));
    assertEquals(0.8, links.get("healthcare-human-services"));
    assertEquals(0.6, links.get("energy-natural-resources"));
    assertEquals(0.6, links.get("advanced-manufacturing"));
    assertEquals(0.5, links.get("agriculture"));
    ClusterLink biotech =
        chemistry.links().stream().filter(ClusterLink::hasSubCluster).findFirst().orElseThrow();
    assertEquals(SubClusterId.of("biotechnology-research-development"), biotech.subCluster());
    assertEquals(
        ClusterId.of("healthcare-human-services"),
        biotech.cluster(),
        "a sub-cluster link knows its cluster");
    assertEquals(1.0, chemistry.types().get(RiasecType.INVESTIGATIVE));
    assertEquals(Provenance.AUTHORED, chemistry.provenance());
    assertEquals(Subject.Kind.CTE, data.subject("welding").orElseThrow().kind());
  }

  @Test
  void everySubjectAndQualityIsAuthoredAndEveryLinkIsAFixedId() {
    for (Subject s : data.subjects()) {
      assertEquals(Provenance.AUTHORED, s.provenance(), s.id());
      s.links().forEach(l -> assertTrue(isFixedId(l), s.id() + " -> " + l));
    }
    for (PersonalQuality q : data.qualities()) {
      assertEquals(Provenance.AUTHORED, q.provenance(), q.id());
      q.links().forEach(l -> assertTrue(isFixedId(l), q.id() + " -> " + l));
    }
  }

  private static boolean isFixedId(ClusterLink l) {
    return data.fixedIds().cluster(l.cluster().value()).isPresent()
        && (l.subCluster() == null
            || data.fixedIds()
                .subCluster(l.subCluster().value())
                .map(r -> r.parent().equals(l.cluster().value()))
                .orElse(false));
  }

  @Test
  void qualitiesSuggestTypesAndLinkOnlyWhereDirect() {
    assertTrue(
        data.qualities().size() >= 60 && data.qualities().size() <= 100,
        data.qualities().size() + " qualities");
    PersonalQuality calm =
        data.qualities().stream()
            .filter(q -> q.aliases().contains("calm in emergencies"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of("public-service-safety", "healthcare-human-services", "emergency-response"),
        calm.links().stream().map(ClusterLink::target).toList());
    PersonalQuality organized = data.quality("organized").orElseThrow();
    assertEquals(RiasecType.CONVENTIONAL, organized.types().keySet().iterator().next());
    assertTrue(organized.links().isEmpty());
    long linked = data.qualities().stream().filter(q -> !q.links().isEmpty()).count();
    assertTrue(
        linked * 3 < data.qualities().size(),
        "most qualities link to no cluster, " + linked + " do");
  }
}
