package org.careermatch.api.evaluation;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.careermatch.api.system.ApiException;
import org.careermatch.api.system.Budget;
import org.careermatch.api.system.CareerMatchProperties;
import org.careermatch.api.system.WorkLimits;
import org.careermatch.data.Checks;
import org.careermatch.data.Framework;
import org.careermatch.engine.Engine;
import org.careermatch.engine.LearnerProfile;
import org.careermatch.engine.ProfileViolation;
import org.careermatch.evaluation.metrics.Evaluation;
import org.careermatch.evaluation.metrics.Evaluator;
import org.careermatch.evaluation.metrics.Metric;
import org.careermatch.evaluation.run.ScoredDoc;
import org.careermatch.evaluation.runner.EngineRunner;
import org.careermatch.evaluation.runner.SuiteEvaluator;
import org.careermatch.evaluation.suite.Qrels;
import org.careermatch.evaluation.suite.Suite;
import org.careermatch.evaluation.suite.Topic;
import org.springframework.stereotype.Service;

/**
 * Runs an inline suite through the evaluation module against this service's engine, within the
 * limits of {@code careermatch.evaluation.*}: topics and total text per evaluation, evaluations at
 * once (429 beyond), and a time budget after which the topics not reached are not computed (503).
 */
@Service
class EvaluationService {
  /** An evaluation holds at most this many topics (the size of a batch). */
  static final int MAX_TOPICS = 500;

  private static final int MAX_ID = 64;

  private final Engine engine;
  private final Timer timer;
  private final WorkLimits limits;
  private final CareerMatchProperties.Evaluation settings;

  EvaluationService(
      Engine engine, MeterRegistry registry, WorkLimits limits, CareerMatchProperties properties) {
    this.engine = engine;
    this.limits = limits;
    this.settings = properties.evaluation();
    this.timer =
        Timer.builder("careermatch.evaluation")
            .description("time to evaluate one inline suite")
            .register(registry);
  }

  EvaluationResponse evaluate(EvaluationRequest request) {
    return evaluate(
        request,
        () ->
            Budget.start(
                "the evaluation",
                settings.timeBudget(),
                "send fewer topics per evaluation, or shorter ones"));
  }

  /** The evaluation within the budget the supplier starts once the evaluation has its turn. */
  EvaluationResponse evaluate(EvaluationRequest request, Supplier<Budget> budgets) {
    return timer.record(() -> run(request, budgets));
  }

  private EvaluationResponse run(EvaluationRequest request, Supplier<Budget> budgets) {
    List<EvaluationRequest.TopicItem> items =
        request.topics() == null ? List.of() : request.topics();
    if (items.isEmpty()) {
      throw ApiException.invalidRequest("an evaluation needs at least one topic (field 'topics')");
    }
    if (items.size() > settings.maxTopics()) {
      throw ApiException.invalidRequest(
          "an evaluation holds at most "
              + settings.maxTopics()
              + " topics; "
              + items.size()
              + " were sent");
    }
    long text = 0;
    for (EvaluationRequest.TopicItem item : items) {
      if (item != null) {
        text += item.interests() == null ? 0 : item.interests().length();
        for (String skill : item.skills() == null ? List.<String>of() : item.skills()) {
          text += skill == null ? 0 : skill.length();
        }
      }
    }
    if (text > settings.maxText()) {
      throw ApiException.invalidRequest(
          "an evaluation holds at most "
              + settings.maxText()
              + " characters of "
              + "interests and skills over all its topics; "
              + text
              + " were sent");
    }
    if (request.qrels() == null || request.qrels().isEmpty()) {
      throw ApiException.invalidRequest("an evaluation needs cluster judgments (field 'qrels')");
    }
    List<Metric> metrics = metrics(request.metrics());
    List<Topic> topics = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      topics.add(topic(items.get(i), i + 1, ids));
    }
    String name =
        request.name() == null || request.name().isBlank()
            ? "inline"
            : Checks.sanitize(request.name());
    Suite suite =
        new Suite(
            name,
            topics,
            qrels(request.qrels(), ids, "qrels"),
            qrels(request.subQrels(), ids, "subQrels"));
    SuiteEvaluator.Result result;
    try {
      result =
          limits.evaluation(
              () ->
                  SuiteEvaluator.evaluate(
                      suite, new BudgetedRunner(new EngineRunner(engine), budgets.get())));
    } catch (IllegalArgumentException e) {
      // the engine refused a profile its own checks passed; the message may quote the profile, so
      // it is not shown
      throw ApiException.invalidProfile("the engine does not accept one of the topics");
    }
    Evaluation clusters =
        metrics == null
            ? result.clusters()
            : new Evaluator(metrics).evaluate(suite.clusterQrels(), result.runs().clusters());
    boolean subs = result.hasSubClusters();
    List<EvaluationResponse.PerTopic> perQuery = new ArrayList<>();
    for (Topic t : topics) {
      List<String> top =
          result.runs().clusters().ranking(t.id()).stream().limit(3).map(ScoredDoc::docid).toList();
      perQuery.add(
          new EvaluationResponse.PerTopic(
              t.id(),
              values(clusters, t.id()),
              subs ? values(result.subClusters(), t.id()) : Map.of(),
              top));
    }
    return new EvaluationResponse(
        suite.name(),
        clusters.numQueries(),
        means(clusters),
        subs ? means(result.subClusters()) : Map.of(),
        perQuery);
  }

  /** The requested cluster metrics; null for {@link SuiteEvaluator#CLUSTER_METRICS}. */
  private static List<Metric> metrics(List<String> names) {
    if (names == null) {
      return null;
    }
    if (names.isEmpty()) {
      throw ApiException.invalidRequest(
          "field 'metrics' is empty; leave it out for the default metrics");
    }
    List<Metric> metrics = new ArrayList<>();
    for (String name : names) {
      Metric m;
      try {
        m = Metric.parse(name == null ? "" : name.strip());
      } catch (IllegalArgumentException e) {
        throw ApiException.invalidRequest(
            "unknown metric "
                + Checks.quote(String.valueOf(name))
                + " (expected ndcg_cut_K, P_K, recall_K, success_K with K > 0, recip_rank or map)");
      }
      if (metrics.contains(m)) {
        throw ApiException.invalidRequest("metric " + Checks.quote(m.name()) + " is listed twice");
      }
      metrics.add(m);
    }
    return metrics;
  }

  private Topic topic(EvaluationRequest.TopicItem item, int position, Set<String> ids) {
    if (item == null || item.id() == null || item.id().isBlank()) {
      throw ApiException.invalidRequest("topic " + position + " has no id");
    }
    String id = item.id().strip();
    if (id.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      throw ApiException.invalidRequest(
          "topic id " + Checks.quote(id) + " must not contain whitespace");
    }
    if (!ids.add(id)) {
      throw ApiException.invalidRequest("topic id " + Checks.quote(id) + " is used twice");
    }
    String framework =
        item.framework() == null || item.framework().isBlank()
            ? Framework.NCCF_2024
            : item.framework();
    if (engine.data().framework(framework).isEmpty()) {
      throw ApiException.unknownFramework(
          framework, engine.data().frameworks().stream().map(Framework::id).toList());
    }
    try {
      // the engine's own rules; their messages hold no learner text
      LearnerProfile checked = new LearnerProfile(item.interests(), item.skills(), framework);
      return new Topic(id, checked.interests(), checked.skills(), checked.framework());
    } catch (ProfileViolation v) {
      throw ApiException.invalidProfile(v, "topic " + Checks.quote(id));
    }
  }

  private static Qrels qrels(
      Map<String, Map<String, Integer>> judgments, Set<String> topicIds, String field) {
    Qrels.Builder b = Qrels.builder();
    if (judgments == null) {
      return b.build();
    }
    judgments.forEach(
        (qid, docs) -> {
          if (!topicIds.contains(qid)) {
            throw ApiException.invalidRequest(
                field + " judge topic " + Checks.quote(qid) + ", which is not among the topics");
          }
          if (docs != null) {
            docs.forEach(
                (doc, grade) -> {
                  if (grade == null || doc == null || doc.isBlank()) {
                    throw ApiException.invalidRequest(
                        field + " of topic " + Checks.quote(qid) + " has an empty judgment");
                  }
                  try {
                    b.add(qid, doc, grade);
                  } catch (IllegalArgumentException e) {
                    throw ApiException.invalidRequest(
                        field
                            + " of topic "
                            + Checks.quote(qid)
                            + " judge a document id that is not a "
                            + "single token (cluster or sub-cluster ids have no spaces)");
                  }
                });
          }
        });
    return b.build();
  }

  private static Map<String, Double> means(Evaluation e) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (Metric m : e.metrics()) {
      out.put(m.name(), e.mean(m));
    }
    return out;
  }

  private static Map<String, Double> values(Evaluation e, String qid) {
    Map<String, Double> out = new LinkedHashMap<>();
    if (e.queries().contains(qid)) {
      for (Metric m : e.metrics()) {
        out.put(m.name(), e.value(qid, m));
      }
    }
    return out;
  }
}
