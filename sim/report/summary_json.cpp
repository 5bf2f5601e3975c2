#include <cmath>

#include <nlohmann/json.hpp>

#include "ccsim/report/overload_warning.hpp"
#include "ccsim/report/run_outputs.hpp"
#include "class_text.hpp"
#include "group_text.hpp"
#include "ccsim/scenario/floor_descriptor.hpp"
#include "floor_text.hpp"

namespace ccsim {
namespace {

using nlohmann::ordered_json;

ordered_json number(double v) { return std::isnan(v) ? ordered_json(nullptr) : ordered_json(v); }

ordered_json estimate_json(const Estimate& e) { return {{"mean", number(e.mean)}, {"ci95", number(e.ci95)}}; }

ordered_json kpis_json(const KpiEstimates& kpis) {
  ordered_json out = ordered_json::object();
  for (const KpiInfo& info : kpi_table()) out[std::string(info.name)] = estimate_json(kpis[info.kpi]);
  return out;
}

// A class reports the per-call KPIs only (class_kpis).
ordered_json class_kpis_json(const KpiEstimates& kpis) {
  ordered_json out = ordered_json::object();
  for (Kpi kpi : class_kpis)
    out[std::string(kpi_table()[static_cast<std::size_t>(kpi)].name)] = estimate_json(kpis[kpi]);
  return out;
}

// The floor's own KPIs, added after the common ones (none on a call center).
void add_floor_kpis(ordered_json& out, const Scenario& s, const std::vector<Estimate>& values) {
  const auto& table = floor_kpis(s.floor);
  for (std::size_t k = 0; k < table.size() && k < values.size(); ++k)
    out[std::string(table[k].name)] = estimate_json(values[k]);
}

ordered_json scenario_json(const Scenario& s) {
  ordered_json demand = ordered_json::array();
  for (const Demand& d : s.demand) {
    ordered_json c = {{"name", d.name}, {"service", describe_service(s, d)}};
    c["patience"] = d.patience ? ordered_json(d.patience->describe()) : ordered_json(nullptr);
    // Callers' behaviour, only when given (older summaries stay as they were).
    if (d.wrap_up) c["wrap_up"] = d.wrap_up->describe();
    if (d.redial)
      c["redial"] = {{"probability", d.redial->probability},
                     {"delay", d.redial->delay.describe()},
                     {"max_tries", d.redial->max_tries}};
    demand.push_back(c);
  }
  ordered_json staff = ordered_json::array();
  for (const StaffGroup& g : s.staff) staff.push_back({{"name", g.name}});
  ordered_json out = {{"name", s.name},
                      {"file", s.source_file},
                      {"seed", s.seed},
                      {"replications", s.replications},
                      {"interval_s", s.clock.interval_s},
                      {"length_s", s.clock.length_s},
                      {"warmup_s", s.warmup_s},
                      {"demand", demand},
                      {"staff", staff}};
  out["lines"] = s.lines ? ordered_json(*s.lines) : ordered_json(nullptr);
  out["queue_capacity"] = s.queue_capacity ? ordered_json(*s.queue_capacity) : ordered_json(nullptr);
  if (s.floor.kind != FloorKind::call_center) out["floor"] = floor_json(s.floor);
  if (s.busyness) out["busyness_cv"] = s.busyness->cv;
  if (s.rushing)
    out["rushing"] = {{"queue_at_least", s.rushing->queue_at_least},
                      {"factor", s.rushing->factor},
                      {"repeat", s.rushing->repeat},
                      {"repeat_delay", s.rushing->repeat_delay.describe()}};
  return out;
}

// "classes": per class its name, priority, `overall` and `intervals[]`.
// A class's own targets, as the scenario states them.
ordered_json targets_json(const Targets& t) {
  ordered_json out = ordered_json::object();
  if (t.service_level)
    out["service_level"] = {{"answered_within_s", t.service_level->answered_within_s},
                            {"at_least", t.service_level->at_least}};
  if (t.abandonment_at_most) out["abandonment_at_most"] = *t.abandonment_at_most;
  if (t.asa_at_most_s) out["asa_at_most_s"] = *t.asa_at_most_s;
  // Only when some target is marked daily: other summaries stay as they were.
  if (t.daily.any()) {
    ordered_json daily = ordered_json::array();
    if (t.daily.service_level) daily.push_back("service_level");
    if (t.daily.abandonment) daily.push_back("abandonment");
    if (t.daily.asa) daily.push_back("asa");
    out["daily"] = daily;
  }
  return out;
}

// "SL AB" as ["SL", "AB"].
ordered_json labels_json(const std::string& labels) {
  ordered_json out = ordered_json::array();
  std::size_t start = 0;
  while (start < labels.size()) {
    const std::size_t end = std::min(labels.find(' ', start), labels.size());
    out.push_back(labels.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

ordered_json classes_json(const Scenario& s, const RunSummary& summary) {
  ordered_json out = ordered_json::array();
  for (std::size_t index = 0; index < summary.classes.size(); ++index) {
    const ClassSummary& c = summary.classes[index];
    const bool own = index < s.demand.size() && s.demand[index].targets.any();
    ordered_json intervals = ordered_json::array();
    for (std::size_t i = 0; i < summary.intervals.size() && i < c.intervals.size(); ++i) {
      const IntervalSummary& at = summary.intervals[i];
      ordered_json row = {{"index", at.index},
                          {"start", clock_label(s, at.start_s)},
                          {"end", clock_label(s, at.end_s)},
                          {"start_s", at.start_s}};
      row.update(class_kpis_json(c.intervals[i]));
      if (own) row["missed"] = labels_json(class_missed(s, index, c.intervals[i], Judged::interval));
      intervals.push_back(row);
    }
    ordered_json entry = {{"name", c.name}, {"priority", c.priority}};
    if (own) {  // only with targets of its own: the summary of other scenarios stays as it was
      entry["targets"] = targets_json(s.demand[index].targets);
      entry["missed"] = labels_json(class_missed(s, index, c.overall, Judged::day));
      entry["intervals_missed"] = class_intervals_missed(s, index, c);
    }
    entry["overall"] = class_kpis_json(c.overall);
    entry["intervals"] = intervals;
    out.push_back(entry);
  }
  return out;
}

}  // namespace

std::string summary_json(const Scenario& scenario, const RunSummary& summary, const Provenance& provenance) {
  ordered_json definitions = ordered_json::object();
  definitions["estimates"] = "mean over replications and 95% confidence half-width (Student t); null where undefined";
  definitions["interval"] = "per-call KPIs count calls by the interval of their arrival; time averages by the time "
                            "that passed in the interval";
  definitions["T_s"] = scenario.service_level_threshold_s();
  for (const KpiInfo& info : kpi_table()) definitions[std::string(info.name)] = std::string(info.meaning);
  if (!summary.classes.empty())
    definitions["classes"] = "per customer class: the same KPIs and definitions for the callers of that class "
                             "(counts sum over the classes to the totals); a class with targets of its own "
                             "(its service level counted within its own T) has `targets`, the labels its day's "
                             "means miss (`missed`, as per interval) and `intervals_missed`";
  if (!summary.groups.empty())
    definitions["groups"] = "per agent group: agents present (on duty, not on break; time average), calls its "
                            "agents answered (by the interval of the call's arrival) and occupancy (busy / present "
                            "agent-time of its agents)";
  if (scenario.floor.kind != FloorKind::call_center) {
    definitions["floor"] = floor_descriptor(scenario.floor.kind).definition;
    for (const FloorKpiInfo& info : floor_kpis(scenario.floor))
      definitions[std::string(info.name)] = std::string(info.meaning);
  }

  ordered_json intervals = ordered_json::array();
  for (const IntervalSummary& i : summary.intervals) {
    ordered_json row = {{"index", i.index},
                        {"start", clock_label(scenario, i.start_s)},
                        {"end", clock_label(scenario, i.end_s)},
                        {"start_s", i.start_s}};
    row.update(kpis_json(i.kpis));
    add_floor_kpis(row, scenario, i.floor);
    intervals.push_back(row);
  }
  ordered_json overall = kpis_json(summary.overall);
  add_floor_kpis(overall, scenario, summary.floor_overall);
  ordered_json doc = {{"ccsim_version", provenance.version},
                      {"reproduce", provenance.command},
                      {"scenario", scenario_json(scenario)},
                      {"replications", summary.replications},
                      {"definitions", definitions},
                      {"overall", overall},
                      {"intervals", intervals}};
  // Only when the day does not settle: a summary without warnings stays as it was.
  if (const auto w = overload_warning(scenario, summary)) {
    ordered_json spans = ordered_json::array();
    for (const std::string& span : w->over_capacity) spans.push_back(span);
    doc["warnings"] =
        ordered_json::array({{{"kind", "unstable"},
                              {"over_capacity", spans},
                              {"peak_load_erl", w->peak_load_erl},
                              {"servers_at_peak", w->servers_at_peak},
                              {"queue_at_start", w->queue_at_start},
                              {"queue_at_close", w->queue_at_close},
                              {"drain_s", std::isfinite(w->drain_s) ? ordered_json(w->drain_s) : ordered_json(nullptr)},
                              {"message", w->message}}});
  }
  // Only with two or more classes: a one-class summary stays as it was.
  if (!summary.classes.empty()) doc["classes"] = classes_json(scenario, summary);
  // Only where the groups differ (recorded_groups): other summaries stay as they were.
  if (!summary.groups.empty()) doc["groups"] = groups_json(scenario, summary);
  return doc.dump(2) + "\n";
}

}  // namespace ccsim
