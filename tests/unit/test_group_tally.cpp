// Each group's busy and present agent-time, integrated across intervals.
#include <catch2/catch.hpp>

#include "ccsim/model/group_tally.hpp"

using namespace ccsim;

TEST_CASE("group levels split their areas across intervals, per group", "[model][groups]") {
  GroupLevels levels(3, 10, 2);  // three 10-s intervals, two groups
  levels.staffed(0, 0, 2);       // group 0: two agents from 0
  levels.staffed(5, 1, 1);       // group 1: one from 5 ...
  levels.busy(8, 1, 1);          // ... busy 8..25
  levels.busy(25, 1, -1);
  levels.staffed(25, 1, -1);  // ... gone at 25
  levels.busy(12, 5, 1);      // no such group: ignored
  const GroupTallies t = levels.finish(30);
  REQUIRE(t.size() == 6);
  // [interval * 2 + group]
  CHECK(t[0].staffed_area == Approx(20));
  CHECK(t[2].staffed_area == Approx(20));
  CHECK(t[4].staffed_area == Approx(20));
  CHECK(t[1].staffed_area == Approx(5));
  CHECK(t[3].staffed_area == Approx(10));
  CHECK(t[5].staffed_area == Approx(5));
  CHECK(t[1].busy_area == Approx(2));
  CHECK(t[3].busy_area == Approx(10));
  CHECK(t[5].busy_area == Approx(5));
  CHECK(t[0].busy_area == 0);
  // finish leaves the levels as they are; after the day nothing more is kept.
  CHECK(levels.finish(50)[4].staffed_area == Approx(20));
  CHECK(GroupLevels(3, 10, 0).finish(30).empty());
}

TEST_CASE("group levels count each group's answers in the interval of the call's arrival", "[model][groups]") {
  GroupLevels levels(2, 10, 2);
  levels.answered(0, 1);
  levels.answered(1, 1);
  levels.answered(1, 0);
  levels.answered(2, 0);  // no such interval: not kept
  const GroupTallies t = levels.finish(20);
  CHECK(t[1].answered == 1);
  CHECK(t[3].answered == 1);
  CHECK(t[2].answered == 1);
  CHECK(t[0].answered == 0);
}

TEST_CASE("group levels step across interval boundaries that do not round back", "[model][groups]") {
  // 0.7-s intervals: 3 * 0.7 / 0.7 rounds below 3, which once kept the
  // integration at one boundary for ever.
  GroupLevels levels(100, 0.7, 1);
  levels.staffed(0, 0, 1);
  const GroupTallies t = levels.finish(70);
  double sum = 0;
  for (const GroupTally& g : t) sum += g.staffed_area;
  CHECK(sum == Approx(70));
  CHECK(t[3].staffed_area == Approx(0.7));
}
