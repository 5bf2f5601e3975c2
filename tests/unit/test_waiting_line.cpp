// The passive queue: FIFO order, removal of abandoning callers, deadlines.
#include <limits>

#include <catch2/catch.hpp>

#include "ccsim/model/waiting_line.hpp"

using ccsim::CallPool;
using ccsim::WaitingLine;

namespace {
constexpr double never = std::numeric_limits<double>::infinity();

CallPool::Id enqueue(CallPool& pool, WaitingLine& line, double deadline) {
  const CallPool::Id id = pool.acquire();
  pool[id].deadline_s = deadline;
  line.push(id);
  return id;
}
}  // namespace

TEST_CASE("callers leave the line in arrival order", "[queue]") {
  CallPool pool;
  WaitingLine line(pool);
  const auto a = enqueue(pool, line, never), b = enqueue(pool, line, 5), c = enqueue(pool, line, never);
  CHECK(line.size() == 3);
  CHECK(line.pop_front() == a);
  CHECK(line.pop_front() == b);
  CHECK(line.pop_front() == c);
  CHECK(!line.pop_front());
  CHECK(line.empty());
}

TEST_CASE("the earliest deadline skips callers without patience and callers already gone", "[queue]") {
  CallPool pool;
  WaitingLine line(pool);
  const auto a = enqueue(pool, line, 30), b = enqueue(pool, line, never), c = enqueue(pool, line, 10),
             d = enqueue(pool, line, 20);
  CHECK(line.earliest_deadline() == c);
  line.remove(c);  // c abandons
  pool.release(c);
  CHECK(line.size() == 3);
  CHECK(line.earliest_deadline() == d);
  CHECK(line.pop_front() == a);  // a is answered: its deadline no longer counts
  pool.release(a);
  CHECK(line.earliest_deadline() == d);
  line.remove(d);
  pool.release(d);
  CHECK(!line.earliest_deadline());  // b has no patience
  CHECK(line.pop_front() == b);
  CHECK(line.empty());
}

TEST_CASE("a reused slot is not mistaken for the caller who held it", "[queue]") {
  CallPool pool;
  WaitingLine line(pool);
  const auto a = enqueue(pool, line, 10);
  line.remove(a);
  pool.release(a);
  const auto b = enqueue(pool, line, 50);  // same slot, new generation
  CHECK(b == a);
  CHECK(pool.capacity() == 1);
  CHECK(line.size() == 1);
  CHECK(line.earliest_deadline() == b);
  CHECK(pool[*line.earliest_deadline()].deadline_s == 50);
  CHECK(line.pop_front() == b);
  CHECK(!line.pop_front());
}

TEST_CASE("equal deadlines leave in arrival order", "[queue]") {
  CallPool pool;
  WaitingLine line(pool);
  const auto a = enqueue(pool, line, 10), b = enqueue(pool, line, 10);
  CHECK(line.earliest_deadline() == a);
  line.remove(a);
  pool.release(a);
  CHECK(line.earliest_deadline() == b);
}
