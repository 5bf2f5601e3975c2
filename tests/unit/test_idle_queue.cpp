// The idle agents' queue: the same order as a plain FIFO under any mix of
// arrivals at the tail and departures from the head, the tail or the middle.
#include <catch2/catch.hpp>

#include <algorithm>
#include <deque>
#include <random>
#include <stdexcept>

#include "ccsim/model/idle_queue.hpp"

using namespace ccsim;

TEST_CASE("the idle queue keeps longest idle first and removes from anywhere", "[idle_queue]") {
  IdleQueue q;
  for (int a : {4, 1, 7, 2}) q.push_back(a);
  CHECK(q.front() == 4);
  CHECK(q.back() == 2);
  q.remove(1);
  q.remove(4);
  CHECK(q.front() == 7);
  CHECK(q.size() == 2);
  CHECK_FALSE(q.contains(4));
  q.push_back(4);
  CHECK(q.back() == 4);
  q.remove(2);
  q.remove(4);
  q.remove(7);
  CHECK(q.empty());
  CHECK_THROWS_AS(q.remove(7), std::logic_error);
  q.push_back(3);
  CHECK_THROWS_AS(q.push_back(3), std::logic_error);
}

TEST_CASE("the idle queue matches a plain FIFO over random operations", "[idle_queue]") {
  std::mt19937 rng(12345);
  IdleQueue q;
  std::deque<int> reference;
  constexpr int agents = 50;
  for (int step = 0; step < 20000; ++step) {
    const int agent = static_cast<int>(rng() % agents);
    const bool idle = std::find(reference.begin(), reference.end(), agent) != reference.end();
    REQUIRE(q.contains(agent) == idle);
    switch (rng() % 4) {
    case 0:
    case 1:
      if (!idle) {
        q.push_back(agent);
        reference.push_back(agent);
      }
      break;
    case 2:
      if (idle) {
        q.remove(agent);
        reference.erase(std::find(reference.begin(), reference.end(), agent));
      }
      break;
    case 3:
      if (!reference.empty()) {
        const bool head = rng() % 2 == 0;
        const int taken = head ? q.front() : q.back();
        REQUIRE(taken == (head ? reference.front() : reference.back()));
        q.remove(taken);
        if (head)
          reference.pop_front();
        else
          reference.pop_back();
      }
      break;
    }
    REQUIRE(q.size() == static_cast<int>(reference.size()));
    if (!reference.empty()) {
      REQUIRE(q.front() == reference.front());
      REQUIRE(q.back() == reference.back());
    }
  }
}
