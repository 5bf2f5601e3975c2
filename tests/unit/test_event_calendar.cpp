// The floors' timed queues: the event calendar's order (time, tie rank,
// scheduling order), the record pool's slot reuse and the deadline heap's
// lazy deletion.
#include <catch2/catch.hpp>

#include "ccsim/model/deadline_heap.hpp"
#include "ccsim/model/event_calendar.hpp"
#include "ccsim/model/record_pool.hpp"

using namespace ccsim;

namespace {
struct Record {
  int value = 7;
  std::uint32_t generation = 0;
  bool waiting = false;
};

std::vector<char> drain(EventCalendar<char>& calendar) {
  std::vector<char> out;
  for (; !calendar.empty(); calendar.pop()) out.push_back(calendar.top().what);
  return out;
}
}  // namespace

TEST_CASE("the calendar gives the earliest event first, ties by rank, then in scheduling order", "[calendar]") {
  EventCalendar<char> calendar;
  calendar.push(2.0, 'd');
  calendar.push(1.0, 'c', 2);
  calendar.push(1.0, 'a', 0);
  calendar.push(1.0, 'b', 2);
  calendar.push(0.5, 'z', 9);
  calendar.push(1.0, 'A', 0);
  CHECK(calendar.size() == 6);
  CHECK(drain(calendar) == std::vector<char>{'z', 'a', 'A', 'c', 'b', 'd'});
}

TEST_CASE("a pool reuses freed slots from a default record and tells stale references apart", "[calendar]") {
  RecordPool<Record> pool;
  const auto a = pool.acquire();
  const auto b = pool.acquire();
  CHECK(a != b);
  pool[a].value = 1;
  pool[a].waiting = true;
  const std::uint32_t before = pool[a].generation;
  pool.release(a);
  CHECK(pool[a].generation == before + 1);
  CHECK(!pool[a].waiting);
  const auto c = pool.acquire();
  CHECK(c == a);                            // the freed slot again
  CHECK(pool[c].value == 7);                // a fresh record ...
  CHECK(pool[c].generation == before + 1);  // ... that keeps the slot's generation
  CHECK(pool.capacity() == 2);
}

TEST_CASE("the deadline heap skips stale entries and keeps equal deadlines in push order", "[calendar]") {
  RecordPool<Record> pool;
  DeadlineHeap heap;
  std::vector<std::uint32_t> ids;
  for (int k = 0; k < 4; ++k) {
    ids.push_back(pool.acquire());
    pool[ids.back()].waiting = true;
  }
  heap.push(5, ids[0], 0);
  heap.push(3, ids[1], 0);
  heap.push(INFINITY, ids[2], 0);  // no patience: never due
  heap.push(3, ids[3], 0);
  const auto live = [&](std::uint32_t id, std::uint32_t g) { return pool[id].generation == g && pool[id].waiting; };
  CHECK(heap.due(2.9, live) == nullptr);  // nothing due yet
  pool.release(ids[1]);                   // served before its deadline
  const auto* first = heap.due(10, live);
  REQUIRE(first);
  CHECK(first->what.id == ids[3]);
  CHECK(first->at_s == 3);
  heap.pop();
  const auto* second = heap.due(10, live);
  REQUIRE(second);
  CHECK(second->what.id == ids[0]);
  heap.pop();
  CHECK(heap.due(INFINITY, live) == nullptr);
}
