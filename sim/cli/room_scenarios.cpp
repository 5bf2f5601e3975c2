#include "room_scenarios.hpp"

#include <algorithm>
#include <cmath>

#include "ccsim/report/comparison.hpp"
#include "ccsim/scenario/scenario_error.hpp"

namespace ccsim::cli {
namespace {

using Json = nlohmann::json;

// The mean of a distribution as a --set key below `where` ("demand.calls.service"), when it has one.
std::optional<std::string> mean_key(const Distribution& d, const std::string& where) {
  switch (d.kind()) {
  case Distribution::Kind::exponential: return where + ".exponential.mean";
  case Distribution::Kind::lognormal: return where + ".lognormal.mean";
  case Distribution::Kind::gamma: return where + ".gamma.mean";
  case Distribution::Kind::erlang: return where + ".erlang.mean";
  default: return std::nullopt;  // fixed, uniform, empirical: no single mean to scale
  }
}

}  // namespace

Json levers_of(const Scenario& s) {
  Json groups = Json::array(), classes = Json::array();
  for (const StaffGroup& g : s.staff) {
    // The slider adds to every interval's count, or to every shift's: it may
    // take away as many as the smallest of them has.
    std::vector<int> counts = g.count;
    if (!g.shifts.empty()) {
      counts.clear();
      for (const Shift& shift : g.shifts) counts.push_back(shift.count);
    }
    const int fewest = counts.empty() ? 0 : *std::min_element(counts.begin(), counts.end());
    const std::string key = "staff." + g.name + (g.shifts.empty() ? ".count" : ".shifts.*.count");
    groups.push_back({{"name", g.name}, {"key", key}, {"fewest", fewest}, {"shifts", !g.shifts.empty()}});
  }
  for (const Demand& d : s.demand) {
    const std::string where = "demand." + d.name;
    const auto service = mean_key(d.service, where + ".service");
    const auto patience = d.patience ? mean_key(*d.patience, where + ".patience") : std::nullopt;
    classes.push_back({{"name", d.name},
                       {"volume_key", where + ".volume_factor"},
                       {"service_key", service ? Json(*service) : Json()},
                       {"patience_key", patience ? Json(*patience) : Json()}});
  }
  // The floor's own: a checkout's lanes (tills); a restaurant's tables of the
  // kind it lists last (numbered last: more or fewer renumber no table that
  // join_tables names).
  Json floor = Json::array();
  if (s.floor.kind == FloorKind::checkout) {
    const CheckoutFloor& c = s.floor.checkout;
    // (more lanes than express ones, and no fewer than open at the start)
    const int fewest = std::min(c.lanes - c.express_lanes - 1, c.lanes - c.open_at_start);
    floor.push_back({{"name", "lanes"}, {"key", "checkout.lanes"}, {"fewest", std::max(0, fewest)}});
  }
  const RestaurantFloor& r = s.floor.restaurant;
  if (s.floor.kind == FloorKind::restaurant && !r.listed_kinds.empty()) {
    const auto [seats, of_kind] = r.listed_kinds.back();
    floor.push_back({{"name", "tables of " + std::to_string(seats)},
                     {"key", "restaurant.tables." + std::to_string(r.listed_kinds.size() - 1) + ".count"},
                     {"fewest", r.join_rows.empty() ? of_kind - 1 : 0}});  // (joined ones may be named: add only)
  }
  return {{"groups", groups}, {"classes", classes}, {"floor_levers", floor}};
}

double forecast_customers(const Scenario& s) {
  double calls = 0;
  for (const Demand& d : s.demand)
    for (double rate : d.rate_per_s) calls += rate * s.clock.interval_s;
  return calls;
}

// The day's KPIs before and now, and now - before replication by replication
// (the same seed: replication r of both saw the same callers).
Json paired_day(const RenderedRun& before, const RenderedRun& now) {
  if (before.scenario.clock.intervals() != now.scenario.clock.intervals() ||
      before.scenario.replications != now.scenario.replications)
    throw ScenarioError("\"before\" and now must have the same clock and replications to be paired");
  const Comparison c = compare_runs(before.scenario, before.tallies, now.scenario, now.tallies);
  Json out = Json::object();
  for (const KpiInfo& info : kpi_table()) {
    const KpiComparison& k = c.overall[info.kpi];
    const auto number = [](double v) { return std::isfinite(v) ? Json(v) : Json(); };
    out[std::string(info.name)] = {{"before", number(k.a.mean)},
                                   {"now", number(k.b.mean)},
                                   {"change", number(k.paired.mean)},
                                   {"ci95", number(k.paired.ci95)},
                                   {"unpaired_ci95", number(k.unpaired_ci95)}};
  }
  return out;
}

}  // namespace ccsim::cli
