// Targets marked daily: read, judged on the day alone, the day's figure summed
// from the intervals' counts, and the greedy step that meets a daily target
// (against the exact optimum by enumeration).
#include <cmath>

#include <catch2/catch.hpp>

#include "ccsim/analytic/erlang.hpp"
#include "ccsim/optimize/analytic_staffing.hpp"
#include "ccsim/optimize/daily_greedy.hpp"
#include "ccsim/scenario/loader.hpp"
#include "ccsim/scenario/scenario_error.hpp"
#include "test_scenarios.hpp"

using namespace ccsim;

namespace {

std::string scenario_with(const std::string& targets) {
  return "clock: {length: 2h, interval: 1h}\n"
         "demand:\n"
         "  - name: calls\n"
         "    rate_per_hour: 600\n"
         "    service: {exponential: {mean: 3min}}\n"
         "staff: [{name: agents, count: 40}]\n"
         "targets: " +
         targets + "\n";
}

std::string error_of(const std::string& text) {
  try {
    parse_scenario(text, "inline.yaml");
  } catch (const ScenarioError& e) {
    return e.what();
  }
  return "(loaded without error)";
}

// Erlang C with 3-min calls at `per_hour` calls an hour, SL within `T`, over a 1-hour interval.
IntervalKpis erlang_c_interval(double per_hour, int n, double T) {
  analytic::MarkovQueue q;
  q.arrival_rate_per_s = per_hour / 3600;
  q.mean_service_s = 180;
  q.agents = n;
  q.answer_within_s = T;
  const analytic::QueueMetrics m = analytic::solve(q);
  return IntervalKpis{per_hour, m.service_level, m.abandon_rate, m.asa_s, m.occupancy, 0, {}, per_hour, n * 3600.0};
}

}  // namespace

TEST_CASE("daily: true is read on each target and refused when not a boolean", "[daily]") {
  const Scenario s = parse_scenario(scenario_with("{service_level: {answered_within: 20s, at_least: 80%, daily: true}, "
                                                  "abandonment: {at_most: 5%}, asa: {at_most: 30s, daily: yes}}"),
                                    "inline.yaml");
  CHECK(s.targets.daily.service_level);
  CHECK_FALSE(s.targets.daily.abandonment);
  CHECK(s.targets.daily.asa);
  CHECK(targets_summary(s.targets) == "SL >= 80% within 20 s for the day, abandonment <= 5%, ASA <= 30 s for the day");
  CHECK(error_of(scenario_with("{abandonment: {at_most: 5%, daily: often}}")) ==
        "inline.yaml:7:45: targets.abandonment.daily must be true or false, got \"often\"");
  CHECK(error_of(scenario_with("{abandonment: {at_most: 5%, dayly: true}}")).find("did you mean \"daily\"") !=
        std::string::npos);
}

TEST_CASE("an interval is not judged by a daily target, the day by every target", "[daily]") {
  Targets t;
  t.service_level = ServiceLevelTarget{20, 0.8};
  t.abandonment_at_most = 0.05;
  t.daily.service_level = true;
  const TargetedValues low_sl{0.7, 0.02, 10, 0.9};
  CHECK(missed_labels(t, low_sl, Judged::interval).empty());
  CHECK(missed_labels(t, low_sl, Judged::day) == "SL");
  const TargetedValues high_ab{0.9, 0.08, 10, 0.9};
  CHECK(missed_labels(t, high_ab, Judged::interval) == "AB");
  CHECK(t.per_interval().service_level == std::nullopt);
  CHECK(t.per_interval().abandonment_at_most == 0.05);
  CHECK(t.daily_only().abandonment_at_most == std::nullopt);
  CHECK(t.daily_only().service_level->at_least == 0.8);
  CHECK(TargetSet(t).any_daily());
  CHECK_FALSE(TargetSet(t.per_interval()).any_daily());
}

TEST_CASE("the day's figure weighs each interval by its calls, answered calls and staffed time", "[daily]") {
  // 100 calls at 90% and 300 calls at 70%: the day is 75%, not the mean 80%.
  IntervalKpis a{100, 0.9, 0.02, 10, 0.5, 0, {}, 98, 3600};
  IntervalKpis b{300, 0.7, 0.10, 30, 0.9, 0, {}, 270, 10800};
  IntervalKpis warmup{1000, 0.0, 1.0, NAN, 1.0, 0, {}, 0, 3600};
  const IntervalKpis day = day_kpis({warmup, a, b}, 1);
  CHECK(day.offered == 400);
  CHECK(day.service_level == Approx(0.75));
  CHECK(day.abandon_rate == Approx(0.08));
  CHECK(day.asa_s == Approx((98 * 10 + 270 * 30) / 368.0));
  CHECK(day.occupancy == Approx((0.5 * 3600 + 0.9 * 10800) / 14400));
}

TEST_CASE("the greedy step meets a daily SL with the fewest agents (exact optimum by enumeration)", "[daily]") {
  // Three hours at 120, 400 and 200 calls an hour of 3 min (6.7, 20 and 10
  // erlangs), Erlang C, daily 80% within 20 s. From each hour's load the
  // greedy adds agents where they raise the day most; with concave gains that
  // is optimal: no plan with fewer agents in all meets the day (enumerated).
  const std::vector<double> rates{120, 400, 200};
  const IntervalFormula formula = [&](std::size_t i, int n, double T, int) {
    return erlang_c_interval(rates[i], n, T);
  };
  Targets daily;
  daily.service_level = ServiceLevelTarget{20, 0.8};
  daily.daily.service_level = true;
  std::vector<int> agents{7, 21, 11};  // each hour's load rounded up: a stable queue
  const DailyAdditions added = add_until_daily_met(daily, agents, 0, {60, 60, 60}, formula, -1);
  REQUIRE(added.met);
  const auto day_of = [&](const std::vector<int>& n) {
    std::vector<IntervalKpis> k;
    for (std::size_t i = 0; i < n.size(); ++i) k.push_back(formula(i, n[i], 20, -1));
    return day_kpis(k, 0);
  };
  CHECK(day_of(agents).service_level >= 0.8);
  int best = 1000;
  for (int x = 7; x <= 20; ++x)
    for (int y = 21; y <= 35; ++y)
      for (int z = 11; z <= 25; ++z)
        if (day_of({x, y, z}).service_level >= 0.8) best = std::min(best, x + y + z);
  CHECK(agents[0] + agents[1] + agents[2] == best);
  // Per interval, 80/20 in each hour needs more.
  int per_interval = 0;
  for (std::size_t i = 0; i < rates.size(); ++i) {
    int n = static_cast<int>(rates[i] * 180 / 3600) + 1;  // a stable queue first
    while (!(formula(i, n, 20, -1).service_level >= 0.8)) ++n;
    per_interval += n;
  }
  CHECK(best < per_interval);
}

TEST_CASE("analytic plans meet a daily target on the formula's day with fewer agents than per interval", "[daily]") {
  Scenario s = test::basic_scenario(4, 3600, Distribution::exponential(180), {1, 1, 1, 1});
  const std::vector<double> per_hour{120, 400, 200, 300};
  for (std::size_t i = 0; i < 4; ++i) s.demand[0].rate_per_s[i] = per_hour[i] / 3600;
  s.targets.service_level = ServiceLevelTarget{20, 0.8};
  const StaffingPlan each = analytic_plan(s, AnalyticMethod::erlang_c);
  s.targets.daily.service_level = true;
  const StaffingPlan day = analytic_plan(s, AnalyticMethod::erlang_c);
  int each_total = 0, day_total = 0;
  std::vector<IntervalKpis> k;
  for (std::size_t i = 0; i < 4; ++i) {
    each_total += each.agents[i], day_total += day.agents[i];
    k.push_back(erlang_c_interval(per_hour[i], day.agents[i], 20));
  }
  CHECK(day_total < each_total);
  CHECK(day_kpis(k, 0).service_level >= 0.8);
  // One agent fewer in any hour breaks the day (the plan is minimal).
  for (std::size_t i = 0; i < 4; ++i) {
    std::vector<IntervalKpis> less = k;
    less[i] = erlang_c_interval(per_hour[i], day.agents[i] - 1, 20);
    INFO("hour " << i);
    CHECK(day_kpis(less, 0).service_level < 0.8);
  }
}
