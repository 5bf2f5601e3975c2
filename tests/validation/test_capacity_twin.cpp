// The engine against an independent twin: a plain event-list simulation of
// the same floor (no SimGrid, no engine code), fed the same random inputs
// (arrivals, service times and patience from the same RandomStream keys), on
// a time-varying day whose staffing drops after the peak (busy agents finish
// their call) and with a shift whose agents take a break. Every caller must
// have the same outcome, to the call.
#include <cmath>
#include <cstdio>
#include <deque>
#include <map>
#include <queue>
#include <tuple>

#include <catch2/catch.hpp>

#include "ccsim/engine/call_trace.hpp"
#include "ccsim/model/arrival_process.hpp"
#include "ccsim/model/random_stream.hpp"
#include "test_scenarios.hpp"

using namespace ccsim;

namespace {

constexpr double interval_s = 900;
const std::vector<double> rates = {0.04, 0.08, 0.12, 0.16, 0.12, 0.06, 0.04, 0.02};  // calls per second
const std::vector<int> day_counts = {4, 6, 8, 8, 4, 2, 1, 1};
constexpr double shift_start = 1800, shift_end = 6300, break_at = 3600, break_length = 600;
constexpr int shift_seats = 2;

Scenario twin_scenario() {
  Scenario s =
      test::basic_scenario(8, interval_s, Distribution::exponential(60), day_counts, Distribution::exponential(90));
  s.demand[0].rate_per_s = rates;
  s.seed = 606;
  s.staff[0].name = "day";
  s.staff.push_back(StaffGroup{"shift", {}});
  s.staff[1].shifts = {Shift{shift_start, shift_end, shift_seats, {Break{break_at, break_length}}}};
  return s;
}

// The twin: the floor's rules written out plainly over an event list.
class Twin {
public:
  explicit Twin(const Scenario& s) : s_(s), groups_(2) {}

  std::map<std::uint64_t, CallOutcome> run() {
    ArrivalProcess arrivals(s_.demand[0].rate_per_s, interval_s, RandomStream(s_.seed, 0, Purpose::arrivals, 0, 0));
    for (double t = arrivals.next(); t < s_.clock.length_s; t = arrivals.next()) push(t, 4, arrival, 0);
    for (std::size_t i = 0; i < day_counts.size(); ++i)
      push(static_cast<double>(i) * interval_s, 3, target, day_counts[i]);
    for (int seat = 0; seat < shift_seats; ++seat) {
      push(shift_start, 2, start_shift, seat);
      push(break_at, 1, break_due, seat);
      push(shift_end, 0, end_shift, seat);
    }
    push(s_.clock.length_s, 5, close, 0);
    while (!events_.empty()) {
      const Event e = events_.top();
      events_.pop();
      handle(e);
    }
    return outcomes_;
  }

private:
  enum Kind { arrival, abandon_due, call_end, break_end, target, start_shift, break_due, end_shift, close };
  struct Event {
    double t;
    int rank;  // order at equal times: as the roster (ends, breaks, starts, targets), then callers
    std::uint64_t seq;
    Kind kind;
    int who;
    bool operator>(const Event& o) const { return std::tie(t, rank, seq) > std::tie(o.t, o.rank, o.seq); }
  };
  struct Agent {
    int group = 0;
    bool on_duty = false, idle = false, leaving = false, break_due = false;
    double idle_since = 0;
  };
  struct Waiting {
    std::uint64_t serial;
    double arrival, service, deadline;
    bool waiting = true;
  };
  struct Group {
    std::vector<int> agents;  // creation order
    std::deque<int> idle;
    int on_duty = 0;
  };

  void push(double t, int rank, Kind kind, int who) { events_.push(Event{t, rank, seq_++, kind, who}); }

  void handle(const Event& e) {
    switch (e.kind) {
    case arrival: arrive(e.t); break;
    case abandon_due:
      if (calls_[static_cast<std::size_t>(e.who)].waiting) {
        Waiting& c = calls_[static_cast<std::size_t>(e.who)];
        c.waiting = false;
        outcomes_[c.serial] = CallOutcome{0, c.serial, c.arrival, CallOutcome::abandoned, e.t, -1, e.t};
      }
      break;
    case call_end: after_call(e.who, e.t); break;
    case break_end: after_break(e.who, e.t); break;
    case target: set_target(e.who, e.t); break;
    case start_shift: {
      const int a = new_agent(1);
      seats_.push_back(a);
      on_duty(a, e.t);
      break;
    }
    case break_due: due_break(seats_[static_cast<std::size_t>(e.who)], e.t); break;
    case end_shift: end_of_shift(seats_[static_cast<std::size_t>(e.who)], e.t); break;
    case close: closed(e.t); break;
    }
  }

  void arrive(double t) {
    const std::uint64_t serial = serial_++;
    RandomStream service_rng(s_.seed, 0, Purpose::service, 0, serial);
    RandomStream patience_rng(s_.seed, 0, Purpose::patience, 0, serial);
    const double service = s_.demand[0].service.sample(service_rng);
    const double deadline = t + s_.demand[0].patience->sample(patience_rng);
    calls_.push_back(Waiting{serial, t, service, deadline});
    const int id = static_cast<int>(calls_.size() - 1);
    int best = -1;  // the longest idle agent, lower group first on a tie
    for (const Group& g : groups_)
      if (!g.idle.empty() && (best < 0 || agents_[static_cast<std::size_t>(g.idle.front())].idle_since <
                                              agents_[static_cast<std::size_t>(best)].idle_since))
        best = g.idle.front();
    if (best >= 0) {
      unidle(best);
      answer(best, id, t);
    } else {
      line_.push_back(id);
      push(deadline, 4, abandon_due, id);
    }
  }

  void answer(int a, int id, double t) {
    Waiting& c = calls_[static_cast<std::size_t>(id)];
    c.waiting = false;
    outcomes_[c.serial] = CallOutcome{
        0, c.serial, c.arrival, CallOutcome::answered, t, agents_[static_cast<std::size_t>(a)].group, t + c.service};
    push(t + c.service, 4, call_end, a);
  }

  void take_next_or_idle(int a, double t) {
    while (!line_.empty() && !calls_[static_cast<std::size_t>(line_.front())].waiting) line_.pop_front();
    if (!line_.empty()) {
      const int id = line_.front();
      line_.pop_front();
      answer(a, id, t);
      return;
    }
    Agent& agent = agents_[static_cast<std::size_t>(a)];
    agent.idle = true;
    agent.idle_since = t;
    groups_[static_cast<std::size_t>(agent.group)].idle.push_back(a);
  }

  void unidle(int a) {
    auto& idle = groups_[static_cast<std::size_t>(agents_[static_cast<std::size_t>(a)].group)].idle;
    idle.erase(std::find(idle.begin(), idle.end(), a));
    agents_[static_cast<std::size_t>(a)].idle = false;
  }

  void off(int a) {
    Agent& agent = agents_[static_cast<std::size_t>(a)];
    agent.on_duty = agent.leaving = agent.break_due = false;
  }

  void after_call(int a, double t) {
    Agent& agent = agents_[static_cast<std::size_t>(a)];
    if (agent.leaving)
      off(a);
    else if (agent.break_due)
      begin_break(a, t);
    else
      take_next_or_idle(a, t);
  }

  void begin_break(int a, double t) {
    agents_[static_cast<std::size_t>(a)].break_due = false;
    push(t + break_length, 4, break_end, a);
  }

  void after_break(int a, double t) {
    Agent& agent = agents_[static_cast<std::size_t>(a)];
    if (agent.break_due)
      begin_break(a, t);
    else if (agent.leaving)
      off(a);
    else
      take_next_or_idle(a, t);
  }

  int new_agent(int group) {
    agents_.push_back(Agent{});
    agents_.back().group = group;
    const int a = static_cast<int>(agents_.size() - 1);
    groups_[static_cast<std::size_t>(group)].agents.push_back(a);
    return a;
  }

  void on_duty(int a, double t) {
    agents_[static_cast<std::size_t>(a)].on_duty = true;
    ++groups_[static_cast<std::size_t>(agents_[static_cast<std::size_t>(a)].group)].on_duty;
    take_next_or_idle(a, t);
  }

  void due_break(int a, double t) {
    Agent& agent = agents_[static_cast<std::size_t>(a)];
    if (!agent.on_duty || agent.leaving) return;
    agent.break_due = true;
    if (agent.idle) {
      unidle(a);
      begin_break(a, t);
    }
  }

  void end_of_shift(int a, double t) {
    Agent& agent = agents_[static_cast<std::size_t>(a)];
    if (!agent.on_duty || agent.leaving) return;
    --groups_[1].on_duty;
    if (agent.idle) {
      unidle(a);
      off(a);
    } else {
      agent.leaving = true;
    }
    (void)t;
  }

  // Per-interval count of the day group: keep leavers first, then reuse agents
  // off duty (in creation order); fewer: the most recently idle leave now,
  // then busy ones (in creation order) after their call.
  void set_target(int target, double t) {
    Group& g = groups_[0];
    for (int a : g.agents) {
      if (g.on_duty >= target) break;
      Agent& agent = agents_[static_cast<std::size_t>(a)];
      if (agent.on_duty && agent.leaving) {
        agent.leaving = false;
        ++g.on_duty;
      }
    }
    while (g.on_duty < target) {
      int a = -1;
      for (int b : g.agents)
        if (a < 0 && !agents_[static_cast<std::size_t>(b)].on_duty) a = b;
      on_duty(a >= 0 ? a : new_agent(0), t);
    }
    while (g.on_duty > target && !g.idle.empty()) {
      const int a = g.idle.back();
      g.idle.pop_back();
      agents_[static_cast<std::size_t>(a)].idle = false;
      off(a);
      --g.on_duty;
    }
    for (int a : g.agents) {
      if (g.on_duty <= target) break;
      Agent& agent = agents_[static_cast<std::size_t>(a)];
      if (agent.on_duty && !agent.leaving) {
        agent.leaving = true;
        --g.on_duty;
      }
    }
  }

  void closed(double t) {
    if (groups_[0].on_duty > 0 || groups_[1].on_duty > 0) return;
    for (int id : line_) {
      Waiting& c = calls_[static_cast<std::size_t>(id)];
      if (!c.waiting) continue;
      c.waiting = false;
      outcomes_[c.serial] = CallOutcome{0, c.serial, c.arrival, CallOutcome::abandoned, t, -1, t};
    }
  }

  const Scenario& s_;
  std::priority_queue<Event, std::vector<Event>, std::greater<>> events_;
  std::uint64_t seq_ = 0, serial_ = 0;
  std::vector<Agent> agents_;
  std::vector<Group> groups_;
  std::vector<int> seats_;
  std::vector<Waiting> calls_;
  std::deque<int> line_;
  std::map<std::uint64_t, CallOutcome> outcomes_;
};

}  // namespace

TEST_CASE("time-varying day with a staffing drop and a break: the engine agrees with a plain twin to the call",
          "[validation][capacity]") {
  const Scenario s = twin_scenario();
  const std::map<std::uint64_t, CallOutcome> twin = Twin(s).run();
  const std::vector<CallOutcome> engine = trace_call_center(s, 0);
  int answered = 0, abandoned = 0, by_shift = 0, late = 0;
  REQUIRE(engine.size() == twin.size());
  for (const CallOutcome& o : engine) {
    INFO("caller " << o.serial << " arriving at " << o.arrival_s);
    const auto it = twin.find(o.serial);
    REQUIRE(it != twin.end());
    const CallOutcome& t = it->second;
    CHECK(o.arrival_s == t.arrival_s);
    CHECK(o.kind == t.kind);
    CHECK(o.left_queue_s == Approx(t.left_queue_s).margin(1e-6));
    CHECK(o.group == t.group);
    CHECK(o.end_s == Approx(t.end_s).margin(1e-6));
    answered += o.kind == CallOutcome::answered;
    abandoned += o.kind == CallOutcome::abandoned;
    by_shift += o.group == 1;
    late += o.kind == CallOutcome::answered && o.left_queue_s > o.arrival_s;
  }
  std::printf("twin: %zu callers, %d answered (%d after a wait, %d by the shift), %d abandoned: all identical\n",
              engine.size(), answered, late, by_shift, abandoned);
  // The day must exercise what it claims to: waits, abandonment, both groups.
  CHECK(late > 50);
  CHECK(abandoned > 10);
  CHECK(by_shift > 20);
}
