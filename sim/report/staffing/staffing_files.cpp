#include <cmath>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "ccsim/report/staffing_report.hpp"
#include "ccsim/report/run_summary.hpp"
#include "../csv_field.hpp"
#include "shift_report.hpp"

namespace ccsim {
namespace {

using nlohmann::json;

json number(double x) { return std::isnan(x) ? json(nullptr) : json(x); }
json estimate_json(const Estimate& e) { return json{{"mean", number(e.mean)}, {"ci95", number(e.ci95)}}; }
std::string csv_number(double x) { return std::isnan(x) ? "" : fmt::format("{:.6g}", x); }

json targets_json(const Targets& t) {
  json j = json::object();
  if (t.service_level)
    j["service_level"] = {{"answered_within_s", t.service_level->answered_within_s},
                          {"at_least", t.service_level->at_least}};
  if (t.abandonment_at_most) j["abandonment"] = {{"at_most", *t.abandonment_at_most}};
  if (t.asa_at_most_s) j["asa"] = {{"at_most_s", *t.asa_at_most_s}};
  if (t.occupancy_at_most) j["occupancy"] = {{"at_most", *t.occupancy_at_most}};
  if (t.lane_queue_mean_at_most) j["lane_queue"]["mean_at_most"] = *t.lane_queue_mean_at_most;
  if (t.lane_queue_max_below) j["lane_queue"]["max_below"] = *t.lane_queue_max_below;
  if (t.food_wait_at_most_s) j["food_wait"] = {{"at_most_s", *t.food_wait_at_most_s}};
  // A daily target says so (only then: other files stay as they were).
  const auto mark = [&j](const char* key, bool daily) {
    if (daily) j[key]["daily"] = true;
  };
  mark("service_level", t.daily.service_level);
  mark("abandonment", t.daily.abandonment);
  mark("asa", t.daily.asa);
  mark("occupancy", t.daily.occupancy);
  if (t.lane_queue_mean_at_most || t.lane_queue_max_below) mark("lane_queue", t.daily.lane_queue);
  mark("food_wait", t.daily.food_wait);
  return j;
}

// A restaurant's kitchen: the plan's cooks (the scenario's when it keeps them).
const std::vector<int>* plan_cooks(const Scenario& s, const StaffingPlan& plan) {
  if (s.floor.kind != FloorKind::restaurant || !s.floor.restaurant.kitchen) return nullptr;
  return plan.cooks.empty() ? &s.floor.restaurant.kitchen->cooks : &plan.cooks;
}

json plan_json(const Scenario& s, const PlanVerification& p) {
  const TargetSet targets = s.target_set();
  const auto groups = plan_by_group(s, p.plan);
  json intervals = json::array();
  for (std::size_t i = 0; i < p.intervals.size(); ++i) {
    const IntervalAssessment& a = p.intervals[i];
    const double start = static_cast<double>(i) * s.clock.interval_s;
    intervals.push_back({{"start", clock_label(s, start)},
                         {"start_s", start},
                         {"agents", p.plan.agents[i]},
                         {"offered", estimate_json(a.offered)},
                         {"service_level", estimate_json(a.service_level)},
                         {"abandon_rate", estimate_json(a.abandon_rate)},
                         {"asa_s", estimate_json(a.asa_s)},
                         {"occupancy", estimate_json(a.occupancy)},
                         {"p_meet", a.p_meet},
                         {"meets", meets_targets(targets, a.mean(), Judged::interval)}});
    if (!groups.empty()) {  // the plan's agents per group
      json by_group = json::array();
      for (std::size_t g = 0; g < groups.size(); ++g) {
        by_group.push_back({{"group", groups[g].first}, {"agents", groups[g].second.at(i)}});
        if (g < a.group_occupancy.size()) by_group.back()["occupancy"] = estimate_json(a.group_occupancy[g]);
      }
      intervals.back()["groups"] = by_group;
    }
    if (s.floor.kind == FloorKind::checkout) {  // the lanes: waiting per open lane, the longest queue
      intervals.back()["mean_lane_queue"] = estimate_json(a.mean_lane_queue);
      intervals.back()["max_lane_queue"] = estimate_json(a.max_lane_queue);
      intervals.back()["lanes_open"] = estimate_json(
          Estimate{a.staffed_s.mean / s.clock.interval_s, a.staffed_s.ci95 / s.clock.interval_s, a.staffed_s.n});
    }
    if (const std::vector<int>* cooks = plan_cooks(s, p.plan)) {  // the kitchen: its cooks and the food wait
      intervals.back()["cooks"] = cooks->at(i);
      intervals.back()["food_wait_s"] = estimate_json(a.food_wait_s);
    }
    if (!a.classes.empty()) {  // only when classes have targets of their own
      json classes = json::array();
      for (std::size_t c = 0; c < a.classes.size() && c < s.demand.size(); ++c)
        classes.push_back({{"class", s.demand[c].name},
                           {"offered", estimate_json(a.classes[c].offered)},
                           {"service_level", estimate_json(a.classes[c].service_level)},
                           {"abandon_rate", estimate_json(a.classes[c].abandon_rate)},
                           {"asa_s", estimate_json(a.classes[c].asa_s)}});
      intervals.back()["classes"] = classes;
    }
  }
  json j = {{"method", p.plan.method},      {"notes", p.plan.notes},
            {"agent_hours", p.agent_hours}, {"paid_hours", p.paid_hours},
            {"intervals_missed", p.missed}, {"intervals_significantly_missed", p.significantly_missed},
            {"min_p_meet", p.min_p_meet},   {"intervals", intervals}};
  if (s.cost) j["cost"] = p.paid_hours * s.cost->per_agent_hour;
  if (plan_cooks(s, p.plan)) j["cook_hours"] = p.cook_hours;
  if (targets.any_daily()) {  // the day's figure the daily targets are judged on
    j["day"] = {{"offered", estimate_json(p.day.offered)},
                {"service_level", estimate_json(p.day.service_level)},
                {"abandon_rate", estimate_json(p.day.abandon_rate)},
                {"asa_s", estimate_json(p.day.asa_s)},
                {"occupancy", estimate_json(p.day.occupancy)},
                {"p_meet", p.day.p_meet},
                {"daily_targets_missed", p.day_missed}};
    json classes = json::array();
    for (std::size_t c = 0; c < s.demand.size() && c < p.day.classes.size(); ++c)
      classes.push_back({{"class", s.demand[c].name},
                         {"offered", estimate_json(p.day.classes[c].offered)},
                         {"service_level", estimate_json(p.day.classes[c].service_level)},
                         {"abandon_rate", estimate_json(p.day.classes[c].abandon_rate)},
                         {"asa_s", estimate_json(p.day.classes[c].asa_s)}});
    if (!classes.empty()) j["day"]["classes"] = classes;
  }
  if (targets.any_class()) {
    json missed = json::object();
    for (std::size_t c = 0; c < s.demand.size(); ++c)
      if (s.demand[c].targets.any()) missed[s.demand[c].name] = class_intervals_missed(s, p, c);
    j["class_intervals_missed"] = missed;
  }
  return j;
}

}  // namespace

std::string staffing_csv(const Scenario& s, const StaffingResult& r) {
  std::string out = "interval,start,method,agents,offered_mean,service_level_mean,service_level_ci95,"
                    "abandon_rate_mean,abandon_rate_ci95,asa_s_mean,asa_s_ci95,occupancy_mean,occupancy_ci95,"
                    "p_meet,meets";
  // On a floor whose groups differ, one column of agents per group ("agents:retail").
  const auto first_groups = plan_by_group(s, r.plans.front().plan);
  const std::size_t group_columns = first_groups.size();
  for (const auto& [name, counts] : first_groups) out += "," + csv_field("agents:" + name);
  for (const auto& [name, counts] : first_groups) out += "," + csv_field("occupancy:" + name);
  const bool shop = s.floor.kind == FloorKind::checkout;  // the lanes, what lane targets judge
  if (shop) out += ",mean_lane_queue_mean,max_lane_queue_mean,lanes_open_mean";
  const bool kitchen = plan_cooks(s, r.plans.front().plan) != nullptr;  // the cooks, what the food wait judges
  if (kitchen) out += ",cooks,food_wait_s_mean,food_wait_s_ci95";
  // When classes have targets of their own, each class's means ("service_level:premium").
  const bool by_class = s.target_set().any_class();
  if (by_class)
    for (const Demand& d : s.demand)
      for (const char* kpi : {"offered:", "service_level:", "abandon_rate:", "asa_s:"})
        out += "," + csv_field(kpi + d.name);
  out += "\n";
  const TargetSet targets = s.target_set();
  for (const PlanVerification& p : r.plans) {
    const auto groups = plan_by_group(s, p.plan);
    for (std::size_t i = 0; i < p.intervals.size(); ++i) {
      const IntervalAssessment& a = p.intervals[i];
      std::string per_group;
      for (std::size_t g = 0; g < group_columns; ++g)
        per_group += "," + (g < groups.size() ? std::to_string(groups[g].second.at(i)) : std::string());
      for (std::size_t g = 0; g < group_columns; ++g)
        per_group += "," + (g < a.group_occupancy.size() ? csv_number(a.group_occupancy[g].mean) : std::string());
      if (shop)
        per_group += "," + csv_number(a.mean_lane_queue.mean) + "," + csv_number(a.max_lane_queue.mean) + "," +
                     csv_number(a.staffed_s.mean / s.clock.interval_s);
      if (kitchen)
        per_group += "," + std::to_string(plan_cooks(s, p.plan)->at(i)) + "," + csv_number(a.food_wait_s.mean) + "," +
                     csv_number(a.food_wait_s.ci95);
      for (std::size_t c = 0; by_class && c < s.demand.size(); ++c) {
        if (c >= a.classes.size()) {
          per_group += ",,,,";
          continue;
        }
        const KpiAssessment& k = a.classes[c];
        for (const Estimate& e : {k.offered, k.service_level, k.abandon_rate, k.asa_s})
          per_group += "," + csv_number(e.mean);
      }
      out += fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}{}\n", i,
                         clock_label(s, static_cast<double>(i) * s.clock.interval_s), p.plan.method, p.plan.agents[i],
                         csv_number(a.offered.mean), csv_number(a.service_level.mean), csv_number(a.service_level.ci95),
                         csv_number(a.abandon_rate.mean), csv_number(a.abandon_rate.ci95), csv_number(a.asa_s.mean),
                         csv_number(a.asa_s.ci95), csv_number(a.occupancy.mean), csv_number(a.occupancy.ci95),
                         csv_number(a.p_meet), meets_targets(targets, a.mean(), Judged::interval) ? 1 : 0, per_group);
    }
  }
  return out;
}

std::string staffing_json(const Scenario& s, const StaffingResult& r) {
  json plans = json::array();
  for (const PlanVerification& p : r.plans) plans.push_back(plan_json(s, p));
  json j = {{"scenario", s.name},
            {"interval_s", s.clock.interval_s},
            {"targets", targets_json(s.targets)},
            {"replications", r.replications},
            {"search_seed", r.search_seed},
            {"verification_seed", r.verification_seed},
            {"definitions",
             {{"p_meet", "share of verification replications (fresh seeds) in which the interval met every target"},
              {"meets", "the interval's mean over the verification replications meets every target"},
              {"agent_hours", "sum over intervals of agents x interval length"},
              {"paid_hours", "hours paid: agent_hours for a per-interval plan; for shifts, their lengths less "
                             "unpaid breaks"}}},
            {"reproduce", r.command},
            {"chosen", r.plans[r.chosen].plan.method},
            {"plans", plans},
            {"calls_simulated", r.calls_simulated}};
  if (r.search_evaluations)
    j["search"] = {{"criterion", criterion_name(r.criterion)},
                   {"criterion_meaning", criterion_meaning(r.criterion)},
                   {"evaluations", *r.search_evaluations},
                   {"early_evaluations", r.search_early_evaluations},
                   {"branched_evaluations", r.search_branched_evaluations}};
  if (s.cost) j["cost_per_agent_hour"] = s.cost->per_agent_hour;
  if (r.shifts) j["shifts"] = shifts_json(s, r);
  if (!plan_by_group(s, r.plans.front().plan).empty())
    j["definitions"]["groups"] = "per interval, each agent group's agents on duty and its occupancy (busy / present "
                                 "agent-time of its agents, over the verification replications)";
  if (s.floor.kind == FloorKind::restaurant) {
    j["definitions"]["agents"] = "the waiters on duty (each serves at most tables_per_waiter tables at once)";
    if (s.floor.restaurant.kitchen) {
      j["definitions"]["cooks"] = "the kitchen's cooks on duty";
      j["definitions"]["food_wait_s"] = "mean time from sitting down to the food (wait for a cook + preparation), "
                                        "orders by the interval in which the party arrived";
      j["definitions"]["paid_hours"] = "waiter-hours (agent_hours) and cook-hours (cook_hours) together";
    }
  }
  if (s.floor.kind == FloorKind::checkout) {
    j["definitions"]["mean_lane_queue"] = "customers waiting per open lane, time average";
    j["definitions"]["max_lane_queue"] =
        "the most customers waiting at one lane in the interval (mean over replications)";
    j["definitions"]["lanes_open"] = "lanes open, time average (a plan's cashiers are all at a till; a closing lane "
                                     "serves its queue)";
  }
  if (s.target_set().any_daily())
    j["definitions"]["day"] = "the reported intervals' calls together, over the verification replications; "
                              "p_meet: share of them meeting every daily target; daily_targets_missed: the daily "
                              "targets the mean misses (\"\" when met)";
  if (s.target_set().any_class()) {
    json classes = json::object();
    for (const Demand& d : s.demand)
      if (d.targets.any()) classes[d.name] = targets_json(d.targets);
    j["class_targets"] = classes;  // each judged on its class's own calls, its service level within its own T
  }
  return j.dump(2) + "\n";
}

}  // namespace ccsim
