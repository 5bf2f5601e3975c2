// What the three floors share (the floor world): the same customers arrive
// on every floor for the same scenario and seed, busyness included.
#include <catch2/catch.hpp>

#include "ccsim/engine/replication_runner.hpp"
#include "floor_scenarios.hpp"

using namespace ccsim;

namespace {
std::vector<double> offered_per_replication(const Scenario& s) {
  std::vector<double> out;
  for (const ReplicationTallies& r : run_replications(s, RunOptions{1, {}}))
    out.push_back(r.at(0).offered + r.at(1).offered);
  return out;
}
}  // namespace

TEST_CASE("every floor sees the same arrivals, scaled by the day's busyness", "[floor]") {
  Scenario call_center = test::basic_scenario(2, 1800, Distribution::exponential(60), {3, 3});
  call_center.demand[0].rate_per_s = {0.05, 0.08};
  call_center.replications = 6;
  call_center.busyness = Busyness{0.5};
  const Scenario checkout = test::checkout_scenario(call_center, 3, 3);
  const Scenario restaurant = test::restaurant_scenario(call_center, {2, 2, 4}, CountDistribution::fixed(2));
  const std::vector<double> offered = offered_per_replication(call_center);
  CHECK(offered_per_replication(checkout) == offered);
  CHECK(offered_per_replication(restaurant) == offered);
  Scenario steady = call_center;
  steady.busyness.reset();
  const std::vector<double> steady_offered = offered_per_replication(steady);
  // A busier or quieter day in every replication (cv 0.5: the factor is far from 1).
  for (std::size_t r = 0; r < offered.size(); ++r) CHECK(offered[r] != steady_offered[r]);
  CHECK(offered_per_replication(test::checkout_scenario(steady, 3, 3)) == steady_offered);
}
