// The restaurant kitchen's food-wait target: read where a kitchen exists and
// refused elsewhere, judged per interval or for the day (weighted by orders),
// and refused when no number of cooks can meet it; the cooks per interval.
#include <catch2/catch.hpp>

#include "ccsim/optimize/interval_targets.hpp"
#include "ccsim/optimize/staffing_plan.hpp"
#include "ccsim/scenario/loader.hpp"
#include "ccsim/scenario/scenario_error.hpp"

using namespace ccsim;

namespace {

std::string restaurant(const std::string& kitchen, const std::string& targets) {
  return "floor: restaurant\n"
         "clock: {start: \"12:00\", end: \"13:00\", interval: 30min}\n"
         "demand:\n"
         "  - name: parties\n"
         "    rate_per_hour: 10\n"
         "    service: {fixed: 45min}\n"
         "staff: [{name: waiters, count: 2}]\n"
         "restaurant:\n"
         "  tables: [{seats: 4, count: 6}]\n"
         "  party_size: {fixed: 2}\n" +
         kitchen + "targets: " + targets + "\n";
}

const std::string kitchen = "  kitchen: {cooks: [2, 3], per_order: {exponential: {mean: 8min}}}\n";

std::string error_of(const std::string& text) {
  try {
    parse_scenario(text, "inline.yaml");
  } catch (const ScenarioError& e) {
    return e.what();
  }
  return "(loaded without error)";
}

}  // namespace

TEST_CASE("food_wait is read on a restaurant with a kitchen, its cooks per interval", "[food_wait]") {
  const Scenario s = parse_scenario(restaurant(kitchen, "{food_wait: {at_most: 15min, daily: true}}"), "inline.yaml");
  REQUIRE(s.targets.food_wait_at_most_s);
  CHECK(*s.targets.food_wait_at_most_s == 900);
  CHECK(s.targets.daily.food_wait);
  CHECK(targets_summary(s.targets) == "food wait <= 900 s for the day");
  CHECK(s.floor.restaurant.kitchen->cooks == std::vector<int>{2, 3});
}

TEST_CASE("food_wait is refused where no kitchen cooks, with what the floor has", "[food_wait]") {
  CHECK(error_of(restaurant("", "{food_wait: {at_most: 15min}}")) ==
        "inline.yaml:11:22: targets.food_wait is a restaurant kitchen's target (from sitting down to the food); a "
        "restaurant floor without a kitchen has service_level, abandonment, asa and occupancy targets");
  const std::string call_center = "clock: {length: 1h, interval: 30min}\n"
                                  "demand: [{name: calls, rate_per_hour: 60, service: {fixed: 3min}}]\n"
                                  "staff: [{name: agents, count: 4}]\n"
                                  "targets: {food_wait: {at_most: 15min}}\n";
  CHECK(error_of(call_center) ==
        "inline.yaml:4:22: targets.food_wait is a restaurant kitchen's target (from sitting down to the food); a "
        "call_center floor has service_level, abandonment, asa and occupancy targets");
  CHECK(error_of(restaurant(kitchen, "{food_wait: {at_most: soon}}"))
            .find("inline.yaml:12:32: targets.food_wait.at_most must be a duration") == 0);
  const std::string cooks_short = "  kitchen: {cooks: [2], per_order: {fixed: 5min}}\n";
  CHECK(error_of(restaurant(cooks_short, "{food_wait: {at_most: 15min}}")) ==
        "inline.yaml:11:20: restaurant.kitchen.cooks has 1 values, expected 2 (one per interval: the clock has 2 "
        "intervals of 30min)");
}

TEST_CASE("a food wait above its target misses as FOOD, the day's figure weighted by orders", "[food_wait]") {
  Targets t;
  t.food_wait_at_most_s = 600;
  IntervalKpis slow, quick;
  slow.orders = 1, slow.food_wait_s = 1200;
  quick.orders = 3, quick.food_wait_s = 300;
  CHECK(missed_labels(t, slow, Judged::interval) == "FOOD");
  CHECK(missed_labels(t, quick, Judged::interval).empty());
  const IntervalKpis day = day_kpis({slow, quick}, 0);
  CHECK(day.orders == 4);
  CHECK(day.food_wait_s == Approx((1200 + 3 * 300) / 4.0));
  CHECK(meets_targets(t, day, Judged::day));  // 525 s
  IntervalKpis none;                          // no order: nobody waited too long
  CHECK(missed_labels(t, none, Judged::interval).empty());
}

TEST_CASE("a food-wait target no kitchen can meet is refused before any search", "[food_wait]") {
  const Scenario s = parse_scenario(restaurant(kitchen, "{food_wait: {at_most: 8min}}"), "inline.yaml");
  REQUIRE_THROWS_WITH(check_targets_reachable(s),
                      "the food-wait target (at most 480 s from sitting down) cannot be met: preparing an order "
                      "takes 480 s on average, and some orders wait for a cook; set at_most above that");
}
