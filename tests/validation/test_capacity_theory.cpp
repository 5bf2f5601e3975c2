// Capacity features against exact theory: several classes under FIFO behave
// like one class of the summed rate (Erlang C / A); non-preemptive priorities
// give Cobham's per-class waits; absenteeism removes its share of agent-hours;
// fatigue stretches handling times by exactly its factor, only when reached.
#include <cmath>
#include <cstdio>

#include "agreement.hpp"
#include "ccsim/engine/call_trace.hpp"
#include "ccsim/model/random_stream.hpp"

using namespace ccsim;
using ccsim::analytic::MarkovQueue;

namespace {

constexpr double aht_s = 180;

// |mean - exact| within t(99.9%) standard errors of independent batch or
// replication values; also returns the 95% half-width for the log.
void check_mean(const std::vector<double>& values, double exact, const std::string& what, double max_relative_ci) {
  const int n = static_cast<int>(values.size());
  double mean = 0, ss = 0;
  for (double v : values) mean += v / n;
  for (double v : values) ss += (v - mean) * (v - mean);
  const double se = std::sqrt(ss / (n - 1) / n);
  const double tolerance = student_t_quantile(test::agreement_confidence, n - 1) * se;
  std::printf("  %-28s exact %10.5g  simulated %10.5g +- %-9.3g (%.2f SE)\n", what.c_str(), exact, mean,
              student_t_quantile(0.95, n - 1) * se, se > 0 ? std::fabs(mean - exact) / se : 0.0);
  INFO(what << ": simulated " << mean << ", exact " << exact << ", SE " << se);
  CHECK(std::fabs(mean - exact) <= tolerance);
  CHECK(student_t_quantile(0.95, n - 1) * se <= max_relative_ci * std::fabs(exact));
}

// The queue's scenario with its demand split into classes sharing the rate.
Scenario split_classes(const MarkovQueue& q, const std::vector<double>& shares, double calls, std::uint64_t seed) {
  Scenario s = test::scenario_for(q, 20, calls / q.arrival_rate_per_s / 20, 1, 20, seed);
  const Demand whole = s.demand[0];
  s.demand.clear();
  for (std::size_t c = 0; c < shares.size(); ++c) {
    Demand d = whole;
    d.name = "class" + std::to_string(c);
    for (double& r : d.rate_per_s) r *= shares[c];
    s.demand.push_back(d);
  }
  return s;
}

// Cobham's mean waits in M/M/c with non-preemptive priorities, equal service
// rates: W_k = C(c, a) / (c mu (1 - sigma_{k-1})(1 - sigma_k)), where a is the
// total load and sigma_k the loads of classes 1..k over c.
std::vector<double> cobham_waits(int c, const std::vector<double>& loads_erl, double mean_service_s) {
  double a = 0;
  for (double l : loads_erl) a += l;
  const double pw = analytic::erlang_c(c, a), mu = 1 / mean_service_s;
  std::vector<double> waits;
  double sigma = 0;
  for (double l : loads_erl) {
    const double before = sigma;
    sigma += l / c;
    waits.push_back(pw / (c * mu * (1 - before) * (1 - sigma)));
  }
  return waits;
}

// A stationary M/M/c with one class per load (class k has priority k + 1).
Scenario priority_classes(int c, const std::vector<double>& loads_erl, int intervals, double interval_s,
                          int replications, std::uint64_t seed) {
  Scenario s = test::stationary_scenario(1, aht_s, c, std::nullopt, intervals, interval_s, 1, replications, seed);
  const Demand one = s.demand[0];
  s.demand.clear();
  for (std::size_t k = 0; k < loads_erl.size(); ++k) {
    Demand d = one;
    d.name = "priority " + std::to_string(k + 1);
    d.priority = static_cast<int>(k + 1);
    d.rate_per_s.assign(d.rate_per_s.size(), loads_erl[k] / aht_s);
    s.demand.push_back(d);
  }
  return s;
}

}  // namespace

TEST_CASE("two classes, one group, FIFO: Erlang C of the summed rate", "[validation][capacity]") {
  const MarkovQueue q{8.5 / aht_s, aht_s, 10, std::nullopt, std::nullopt, 20};
  test::check_agreement(split_classes(q, {0.3, 0.7}, 60'000, 501), q);
}

TEST_CASE("two classes, one group, FIFO: Erlang A of the summed rate", "[validation][capacity]") {
  const MarkovQueue q{20.0 / aht_s, aht_s, 20, 180.0, std::nullopt, 20};
  test::check_agreement(split_classes(q, {0.5, 0.5}, 60'000, 502), q);
}

TEST_CASE("two priority classes, one group: Cobham's non-preemptive M/M/c waits", "[validation][capacity]") {
  // c = 5 agents, loads 1.5 (priority 1) and 2.5 (priority 2) erlangs.
  // W_k = C(c, a) / (c mu (1 - sigma_{k-1})(1 - sigma_k)), sigma_k = sum of loads 1..k / c.
  const int c = 5;
  const double a1 = 1.5, a2 = 2.5;
  const std::vector<double> exact = cobham_waits(c, {a1, a2}, aht_s);
  // One long replication cut into 20 batches after a warm-up batch (batch means).
  const int batches = 20;
  const double batch_s = 40'000 * aht_s / (a1 + a2) / batches * 10;
  Scenario s = test::stationary_scenario((a1 + a2) / aht_s, aht_s, c, std::nullopt, batches + 1, batch_s, 1, 1, 503);
  s.demand.push_back(s.demand[0]);
  s.demand[1].name = "low";
  for (double& r : s.demand[0].rate_per_s) r = a1 / aht_s;
  for (double& r : s.demand[1].rate_per_s) r = a2 / aht_s;
  s.demand[1].priority = 2;
  std::vector<double> sum(2 * (batches + 1), 0), count(2 * (batches + 1), 0);
  for (const CallOutcome& o : trace_call_center(s, 0)) {
    if (o.kind != CallOutcome::answered) continue;
    const auto b = static_cast<std::size_t>(o.arrival_s / batch_s);
    sum[2 * b + static_cast<std::size_t>(o.demand_class)] += o.left_queue_s - o.arrival_s;
    ++count[2 * b + static_cast<std::size_t>(o.demand_class)];
  }
  std::printf("Cobham M/M/%d, loads %.1f + %.1f, %.0f calls per batch\n", c, a1, a2, count[2] + count[3]);
  for (int k = 0; k < 2; ++k) {
    std::vector<double> means;
    for (int b = 1; b <= batches; ++b) means.push_back(sum[2 * b + k] / count[2 * b + k]);
    check_mean(means, exact[static_cast<std::size_t>(k)], "mean wait, priority " + std::to_string(k + 1), 0.1);
  }
}

TEST_CASE("per-class outputs under priorities: Cobham's waits per class, Erlang C for the total",
          "[validation][capacity]") {
  // The same queue as above, now read from the run's per-class summary:
  // replications with a warm-up interval, the classes' ASA and mean wait
  // against Cobham (nobody abandons, so both are the mean wait), the total
  // against Erlang C (priorities do not change the mean over all calls when
  // service times are equal: the conservation law).
  const int c = 5;
  const std::vector<double> loads = {1.5, 2.5};
  const std::vector<double> exact = cobham_waits(c, loads, aht_s);
  const Scenario s = priority_classes(c, loads, 11, 100'000, 30, 506);
  const RunSummary run = summarize(s, run_replications_by_class(s));
  REQUIRE(run.classes.size() == 2);
  const double total_exact = analytic::erlang_c(c, 4.0) * aht_s / (c - 4.0);
  std::printf("Cobham via per-class outputs: M/M/%d, loads 1.5 + 2.5, %d replications, %.0f calls each\n", c,
              run.replications, run.overall[Kpi::offered].mean);
  const auto row = [](const std::string& what, const Estimate& e, double x) {
    const double se = e.ci95 / student_t_quantile(0.95, e.n - 1);
    std::printf("  %-28s exact %10.5g  simulated %10.5g +- %-9.3g (%.2f SE)\n", what.c_str(), x, e.mean, e.ci95,
                std::fabs(e.mean - x) / se);
  };
  for (std::size_t k = 0; k < 2; ++k) {
    const KpiEstimates& o = run.classes[k].overall;
    const std::string name = run.classes[k].name;
    row(name + " ASA", o[Kpi::asa_s], exact[k]);
    test::check_estimate(o[Kpi::asa_s], exact[k], name + " asa_s", 0.1);
    test::check_estimate(o[Kpi::mean_wait_s], exact[k], name + " mean_wait_s", 0.1);
    test::check_estimate(o[Kpi::offered], loads[k] / aht_s * 1'000'000, name + " offered", 0.01);
  }
  row("all calls ASA", run.overall[Kpi::asa_s], total_exact);
  test::check_kpi(run, Kpi::asa_s, total_exact, 0.1);
  // The classes' waits, weighted by their answered calls, are the total's.
  double weighted = 0;
  for (const ClassSummary& cls : run.classes)
    weighted += cls.overall[Kpi::asa_s].mean * cls.overall[Kpi::answered].mean;
  CHECK(weighted / run.overall[Kpi::answered].mean == Approx(run.overall[Kpi::asa_s].mean).epsilon(0.01));
}

TEST_CASE("absenteeism: staffed agent-hours fall by p, and not at all at p = 0", "[validation][capacity]") {
  // 100 counted agents and 100 on one shift, all day; few calls.
  Scenario s = test::stationary_scenario(0.01, aht_s, 100, std::nullopt, 4, 900, 0, 40, 504);
  s.staff.push_back(StaffGroup{"shift", {}});
  s.staff[1].shifts = {Shift{0, 3600, 100, {}}};
  s.staff[1].count = {100, 100, 100, 100};
  const auto present_share = [&](double p) {
    s.staff[0].absenteeism = s.staff[1].absenteeism = p;
    std::vector<double> shares;
    for (const ReplicationTallies& r : run_replications(s)) {
      double area = 0;
      for (const IntervalTally& t : r) area += t.staffed_area;
      shares.push_back(area / (200 * 3600.0));
    }
    return shares;
  };
  for (double share : present_share(0)) CHECK(share == 1.0);
  std::printf("absenteeism 20%%, 40 replications of 200 agents\n");
  check_mean(present_share(0.2), 0.8, "staffed share of agent-hours", 0.02);
}

TEST_CASE("fatigue under overload: handling stretches by exactly the factor, and its mean rises",
          "[validation][capacity]") {
  // 5 agents at 6 erlangs (patience 5 min keeps the queue finite); fatigue
  // after 90% occupancy over 30 min, factor 1.25.
  Scenario s = test::stationary_scenario(6.0 / aht_s, aht_s, 5, 300.0, 8, 3600, 0, 1, 505);
  s.staff[0].fatigue = Fatigue{1800, 0.9, 1.25};
  double handled = 0, base = 0;
  int answered = 0, stretched = 0;
  for (const CallOutcome& o : trace_call_center(s, 0)) {
    if (o.kind != CallOutcome::answered) continue;
    RandomStream rng(s.seed, 0, Purpose::service, 0, o.serial);
    const double service = s.demand[0].service.sample(rng);
    const double ratio = (o.end_s - o.left_queue_s) / service;
    INFO("call " << o.serial << ": handling / drawn service = " << ratio);
    CHECK((std::fabs(ratio - 1) < 1e-9 || std::fabs(ratio - 1.25) < 1e-9));
    stretched += ratio > 1.1 ? 1 : 0;
    handled += o.end_s - o.left_queue_s;
    base += service;
    ++answered;
  }
  std::printf("fatigue: %d of %d calls stretched; mean handling %.1f s vs drawn %.1f s\n", stretched, answered,
              handled / answered, base / answered);
  CHECK(stretched > answered / 10);
  CHECK(handled > base);
  CHECK(handled <= 1.25 * base);
}
