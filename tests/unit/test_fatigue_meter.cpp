// Trailing occupancy of one agent and the fatigue state with its hysteresis.
#include <catch2/catch.hpp>

#include "ccsim/model/fatigue_meter.hpp"

using ccsim::FatigueMeter;

TEST_CASE("trailing occupancy counts only the busy time inside the window", "[fatigue]") {
  FatigueMeter m(100, 0.5, 1.5);
  CHECK(m.occupancy(10) == 0);
  m.busy(0, 30);
  m.busy(40, 90);
  CHECK(m.occupancy(90) == Approx(0.8));   // 30 + 50 of [-10, 90]
  CHECK(m.occupancy(120) == Approx(0.6));  // [20, 120]: 10 + 50
  CHECK(m.occupancy(135) == Approx(0.5));  // [35, 135]: 0 + 50
  CHECK(m.occupancy(200) == 0);
}

TEST_CASE("fatigue starts above the threshold and ends below it, and at the threshold the state is kept", "[fatigue]") {
  FatigueMeter m(100, 0.5, 1.5);
  CHECK(m.multiplier_at(0) == 1);
  m.busy(0, 60);
  CHECK(m.multiplier_at(60) == 1.5);  // [-40, 60]: 60 busy > 50
  CHECK(m.fatigued());
  CHECK(m.multiplier_at(110) == 1.5);  // [10, 110]: exactly 50 busy: kept
  CHECK(m.multiplier_at(111) == 1);    // [11, 111]: 49 busy < 50: recovered
  CHECK_FALSE(m.fatigued());
  m.busy(111, 161);
  CHECK(m.multiplier_at(161) == 1);  // [61, 161]: exactly 50 busy: kept (not fatigued)
  CHECK(m.multiplier_at(162) == 1);  // 49 busy
}

TEST_CASE("a threshold of 100% is never exceeded", "[fatigue]") {
  FatigueMeter m(60, 1.0, 2.0);
  m.busy(0, 1000);
  CHECK(m.occupancy(1000) == Approx(1.0));
  CHECK(m.multiplier_at(1000) == 1);
}
