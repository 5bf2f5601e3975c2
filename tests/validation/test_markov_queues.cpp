// Statistical validation: the simulator against exact stationary results for
// Erlang C (M/M/n), Erlang A (M/M/n+M), Erlang B (M/M/n/n) and M/M/n/K(+M),
// for small (n = 1-3), medium (n = 10-50) and large (n >= 200) floors.
// Tolerance: t(99.9%) standard errors of the replication mean (agreement.hpp).
#include "agreement.hpp"

using ccsim::analytic::MarkovQueue;
using ccsim::test::check_agreement;

namespace {

constexpr double aht_s = 180;  // 3-minute calls throughout

/// The queue with offered load `erlangs` on `agents` agents.
MarkovQueue queue(int agents, double erlangs, std::optional<double> patience_s = std::nullopt,
                  std::optional<int> lines = std::nullopt, double within_s = 20) {
  return MarkovQueue{erlangs / aht_s, aht_s, agents, patience_s, lines, within_s};
}

/// Interval length such that each replication offers about `calls` calls over
/// 20 intervals (the first is warm-up).
double interval_for(const MarkovQueue& q, double calls) { return calls / q.arrival_rate_per_s / 20; }

void check(const MarkovQueue& q, double calls_per_replication, std::uint64_t seed) {
  check_agreement(q, 20, interval_for(q, calls_per_replication), 20, seed);
}

}  // namespace

// ---- Erlang C: no abandonment, unlimited lines --------------------------------

TEST_CASE("Erlang C, n=1 (M/M/1 at 70% load)", "[validation][erlang-c]") { check(queue(1, 0.7), 60'000, 101); }
TEST_CASE("Erlang C, n=2 at 75% load", "[validation][erlang-c]") { check(queue(2, 1.5), 60'000, 102); }
TEST_CASE("Erlang C, n=3 at 80% load, T=60s", "[validation][erlang-c]") {
  check(queue(3, 2.4, std::nullopt, std::nullopt, 60), 60'000, 103);
}
TEST_CASE("Erlang C, n=20 at 85% load", "[validation][erlang-c]") { check(queue(20, 17), 80'000, 104); }
TEST_CASE("Erlang C, n=220 at 95% load", "[validation][erlang-c]") { check(queue(220, 210), 150'000, 105); }

// ---- Erlang A: exponential patience -----------------------------------------------

TEST_CASE("Erlang A, n=1, patience 5 min", "[validation][erlang-a]") { check(queue(1, 0.9, 300), 60'000, 201); }
TEST_CASE("Erlang A, n=3 overloaded (100%), patience 2 min", "[validation][erlang-a]") {
  check(queue(3, 3.0, 120), 60'000, 202);
}
TEST_CASE("Erlang A, n=38 at 36 erlangs (the bundled erlang_a_check)", "[validation][erlang-a]") {
  check(queue(38, 36, 120), 80'000, 203);
}
TEST_CASE("Erlang A, n=250 overloaded at 260 erlangs, patience 3 min", "[validation][erlang-a]") {
  check(queue(250, 260, 180), 150'000, 204);
}

// ---- Erlang B: as many lines as agents, no waiting -----------------------------------

TEST_CASE("Erlang B, n=2 lines at 1.5 erlangs", "[validation][erlang-b]") {
  check(queue(2, 1.5, std::nullopt, 2), 60'000, 301);
}
TEST_CASE("Erlang B, n=10 lines at 8 erlangs", "[validation][erlang-b]") {
  check(queue(10, 8, std::nullopt, 10), 60'000, 302);
}
TEST_CASE("Erlang B, n=200 lines at 190 erlangs", "[validation][erlang-b]") {
  check(queue(200, 190, std::nullopt, 200), 150'000, 303);
}

// ---- M/M/n/K: trunk lines beyond the agents, with and without patience ---------------

TEST_CASE("M/M/2/6 at 90% load", "[validation][mmnk]") { check(queue(2, 1.8, std::nullopt, 6), 60'000, 401); }
TEST_CASE("M/M/3/8+M overloaded, patience 1 min", "[validation][mmnk]") { check(queue(3, 3.5, 60, 8), 60'000, 402); }
TEST_CASE("M/M/30/40+M at 30 erlangs, patience 5 min", "[validation][mmnk]") {
  check(queue(30, 30, 300, 40), 80'000, 403);
}
TEST_CASE("M/M/200/230 at 195 erlangs", "[validation][mmnk]") {
  check(queue(200, 195, std::nullopt, 230), 150'000, 404);
}
