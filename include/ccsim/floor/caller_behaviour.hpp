#pragma once
// What callers and agents do beyond "arrive, wait, talk" on a call center:
// redials after a busy signal or an abandonment, repeat calls after rushed
// calls, and each contact's final outcome. Plain C++ (no SimGrid): the call
// center asks it what happens and feeds its pending calls back as arrivals.
#include <cstdint>
#include <vector>

#include "ccsim/model/call.hpp"
#include "ccsim/model/event_calendar.hpp"
#include "ccsim/model/replication_recorder.hpp"
#include "ccsim/scenario/scenario.hpp"

namespace ccsim {

class CallerBehaviour {
public:
  CallerBehaviour(const Scenario& scenario, std::uint32_t replication, ReplicationRecorder& recorder);

  /// True when callers may call again (some class redials, or rushing has repeats).
  bool has_retries() const { return has_retries_; }
  /// The time of the earliest pending redial or repeat call; +infinity if none.
  double next_retry_s() const;
  /// Takes the earliest pending call; `now` is its time.
  CallerId pop_retry(double now);

  /// Counts an arrival by kind (fresh, redial, repeat) in `interval`.
  void arrived(const CallerId& who, int interval);
  /// The caller got a busy signal (`blocked`) or abandoned at `now`: calls
  /// again later, or leaves for good.
  void gave_up(const CallerId& who, double now, bool blocked);
  /// The caller is answered at `now` while `waiting` others wait; returns the
  /// talk time (shortened when rushing applies, perhaps scheduling a repeat call).
  double answered(const Call& call, int call_interval, std::size_t waiting, double now);

private:
  void schedule(const CallerId& who, double now, double t_s);

  const Scenario& scenario_;
  std::uint32_t replication_;
  ReplicationRecorder& recorder_;
  bool has_retries_ = false;
  EventCalendar<CallerId> pending_;            // redials and repeat calls; equal times in scheduling order
  std::vector<std::uint64_t> repeat_serials_;  // repeat contacts so far, per class
};

}  // namespace ccsim
