// The waiting-time histograms of a tally: bin edges, recording, adding.
#include <cmath>
#include <type_traits>

#include <catch2/catch.hpp>

#include "ccsim/model/replication_recorder.hpp"

using namespace ccsim;

TEST_CASE("wait bins: 0 s alone, then right-closed bins of the width, then overflow", "[statistics]") {
  CHECK(AnsweredWaits::size == 122);
  CHECK(AnsweredWaits::bin_of(0) == 0);
  CHECK(AnsweredWaits::bin_of(-1e-12) == 0);
  CHECK(AnsweredWaits::bin_of(1e-9) == 1);
  CHECK(AnsweredWaits::bin_of(5) == 1);  // right-closed, like "answered within 5 s"
  CHECK(AnsweredWaits::bin_of(5.000001) == 2);
  CHECK(AnsweredWaits::bin_of(20) == 4);
  CHECK(AnsweredWaits::bin_of(600) == 120);
  CHECK(AnsweredWaits::bin_of(600.5) == 121);
  CHECK(AnsweredWaits::bin_of(1e9) == 121);
  CHECK(AnsweredWaits::upper_edge_s(0) == 0);
  CHECK(AnsweredWaits::upper_edge_s(4) == 20);
  CHECK(std::isinf(AnsweredWaits::upper_edge_s(121)));
  CHECK(AbandonedWaits::bin_of(15) == 2);
  CHECK(AbandonedWaits::bin_of(301) == AbandonedWaits::size - 1);
}

TEST_CASE("the recorder puts answered and abandoned waits in their interval's histograms", "[statistics]") {
  ReplicationRecorder r(2, 60, 20);
  r.answered(0, 0, 10);
  r.answered(0, 20, 50);  // within T, upper edge of bin 4
  r.answered(0, 20.5, 40);
  r.answered(1, 700, 770);  // over 10 min
  r.abandoned(1, 15, 90);
  const auto t = r.finish(120);
  CHECK(t[0].answered_waits.count[0] == 1);
  CHECK(t[0].answered_waits.count[4] == 1);
  CHECK(t[0].answered_waits.count[5] == 1);
  CHECK(t[0].answered_within == 2);
  CHECK(t[1].answered_waits.count[AnsweredWaits::size - 1] == 1);
  CHECK(t[1].abandoned_waits.count[2] == 1);
  double sum = 0;
  for (const double c : t[0].answered_waits.count) sum += c;
  CHECK(sum == t[0].answered);
  CHECK(t[0].settled_s == 50);  // the last of its callers to stop waiting
  CHECK(t[1].settled_s == 770);

  IntervalTally day = t[0];
  day += t[1];
  CHECK(day.answered_waits.count[0] == 1);
  CHECK(day.answered_waits.count[AnsweredWaits::size - 1] == 1);
  CHECK(day.abandoned_waits.count[2] == 1);
  CHECK(day.settled_s == 770);
  day += t[0];
  CHECK(day.answered_waits.count[4] == 2);
}

TEST_CASE("a tally is still one flat block of doubles", "[statistics]") {
  // Tallies travel between processes as raw bytes and are added member by member.
  STATIC_REQUIRE(std::is_trivially_copyable_v<IntervalTally>);
  // 13 call-center sums, 8 floor sums (checkout, restaurant), 8 kitchen sums, 8 of callers' behaviour and
  // the instant the interval's callers settled.
  STATIC_REQUIRE(sizeof(IntervalTally) ==
                 (13 + 8 + 8 + 8 + 1 + AnsweredWaits::size + AbandonedWaits::size) * sizeof(double));
}
