// Several replications side by side in one SimGrid engine must each give bit
// for bit what they give alone in a process of their own: the worlds share
// only the engine (and its clock), never state, random streams or end times.
#include <catch2/catch.hpp>

#include <cstring>
#include <string>
#include <vector>

#include "ccsim/engine/replication_chunks.hpp"
#include "ccsim/engine/replication_runner.hpp"
#include "ccsim/scenario/loader.hpp"
#include "floor_scenarios.hpp"

using namespace ccsim;

namespace {

// Reference: one replication per worker process (the engine alone).
void require_same_for_any_chunking(Scenario s, int replications) {
  s.replications = replications;
  const auto alone = run_replications(s, RunOptions{2, {}, 1});
  REQUIRE(alone.size() == static_cast<std::size_t>(replications));
  for (const int per_worker : {2, 3, replications, 0}) {
    INFO("replications per engine: " << per_worker);
    std::vector<int> progress;  // reported per chunk: shows the chunking really happened
    const auto chunked = run_replications(
        s, RunOptions{per_worker == 3 ? 2 : 1, [&](int done, int) { progress.push_back(done); }, per_worker});
    REQUIRE(chunked.size() == alone.size());
    if (per_worker > 0)
      CHECK(progress.size() == static_cast<std::size_t>((replications + per_worker - 1) / per_worker));
    for (std::size_t r = 0; r < alone.size(); ++r) {
      INFO("replication " << r + 1);
      REQUIRE(chunked[r].size() == alone[r].size());
      CHECK(std::memcmp(chunked[r].data(), alone[r].data(), alone[r].size() * sizeof(IntervalTally)) == 0);
    }
  }
}

Scenario bundled(const std::string& name) { return load_scenario(std::string(CCSIM_SCENARIOS) + "/" + name); }

}  // namespace

TEST_CASE("chunked replications equal lone ones: bank hotline day", "[engine][chunking]") {
  require_same_for_any_chunking(bundled("bank_hotline_day.yaml"), 6);
}

TEST_CASE("chunked replications equal lone ones: Erlang A check", "[engine][chunking]") {
  require_same_for_any_chunking(bundled("erlang_a_check.yaml"), 6);
}

TEST_CASE("chunked replications equal lone ones: holiday eve", "[engine][chunking]") {
  require_same_for_any_chunking(bundled("holiday_eve.yaml"), 6);
}

TEST_CASE("chunked replications equal lone ones: overload demo", "[engine][chunking]") {
  require_same_for_any_chunking(bundled("overload_demo.yaml"), 6);
}

TEST_CASE("chunked replications equal lone ones: restaurant lunch", "[engine][chunking]") {
  require_same_for_any_chunking(bundled("restaurant_lunch.yaml"), 6);
}

TEST_CASE("chunked replications equal lone ones: supermarket evening", "[engine][chunking]") {
  require_same_for_any_chunking(bundled("supermarket_evening.yaml"), 6);
}

TEST_CASE("chunked replications equal lone ones: ties of fixed times and a queue past the close",
          "[engine][chunking]") {
  // Fixed service times make simultaneous events in every world: their order
  // must not depend on the other worlds' events.
  Scenario s = test::stationary_scenario(0.05, 60, 2, 90.0, 3, 600, 0, 1, 5);
  s.demand[0].service = Distribution::fixed(60);
  s.staff[0].count = {2, 1, 3};
  require_same_for_any_chunking(s, 7);
}

TEST_CASE("chunked replications equal lone ones: checkout with fixed times", "[engine][chunking]") {
  Scenario s = test::checkout_scenario(test::stationary_scenario(0.2, 20, 3, std::nullopt, 2, 900, 0, 1, 9), 4, 1);
  s.demand[0].service = Distribution::fixed(20);
  s.floor.checkout.open_at = 3;
  s.floor.checkout.close_below = 1;
  require_same_for_any_chunking(s, 5);
}

TEST_CASE("chunks cover the replications in order, within the budget", "[engine][chunking]") {
  // A call center world is one actor (its agents are records).
  CHECK(actors_per_world(test::stationary_scenario(0.5, 18, 10, 60.0, 4, 900, 0, 1, 1)) == 1);
  // A checkout world: one actor per lane, plus customers and staffing.
  Scenario s = test::checkout_scenario(test::stationary_scenario(0.5, 18, 10, 60.0, 4, 900, 0, 1, 1), 30, 1);
  CHECK(actors_per_world(s) == 32);
  CHECK(arrivals_per_world(s) == Approx(1800));
  const auto by_cache = plan_chunks(s, 25, 1, ChunkBudget{32 * 20, 32 * 10, 0});
  REQUIRE(by_cache.size() == 3);
  CHECK(by_cache[0].first == 0);
  CHECK(by_cache[0].count == 10);
  CHECK(by_cache[2].first == 20);
  CHECK(by_cache[2].count == 5);
  // Small worlds are grouped by work, up to the memory cap.
  CHECK(plan_chunks(s, 25, 1, ChunkBudget{32 * 20, 32 * 2, 1800 * 8})[0].count == 8);
  CHECK(plan_chunks(s, 25, 1, ChunkBudget{32 * 6, 32 * 2, 1800 * 8})[0].count == 6);
  const auto by_jobs = plan_chunks(s, 25, 2, ChunkBudget{32 * 100, 32 * 100, 0});  // one chunk per worker
  REQUIRE(by_jobs.size() == 2);
  CHECK(by_jobs[0].count == 13);
  CHECK(by_jobs[1].count == 12);
  CHECK(plan_chunks(s, 3, 1, ChunkBudget{1, 1, 0}).size() == 3);  // a world bigger than the budget runs alone
  // No chunk holds more work than a report's worth, whatever the cache allows.
  CHECK(plan_chunks(s, 25, 1, ChunkBudget{32 * 100, 32 * 100, 0, 1800 * 4})[0].count == 4);
  CHECK(plan_chunks(s, 25, 1, ChunkBudget{32 * 100, 32 * 100, 0, 900})[0].count == 1);
}
