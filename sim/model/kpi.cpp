#include "ccsim/model/kpi.hpp"

#include <limits>

namespace ccsim {
namespace {

double ratio(double num, double den) { return den > 0 ? num / den : std::numeric_limits<double>::quiet_NaN(); }

}  // namespace

const std::array<KpiInfo, kpi_count>& kpi_table() {
  static const std::array<KpiInfo, kpi_count> table{{
      {Kpi::offered, "offered", "all arrivals (calls per interval or per day)"},
      {Kpi::answered, "answered", "calls taken by an agent"},
      {Kpi::abandoned, "abandoned", "callers who hung up while waiting (patience ran out)"},
      {Kpi::blocked, "blocked", "busy signals (all lines taken) and callers refused by a full queue"},
      {Kpi::block_rate, "block_rate", "blocked / offered"},
      {Kpi::p_wait, "p_wait", "share of admitted callers who found no free agent"},
      {Kpi::service_level, "service_level", "answered within T / offered"},
      {Kpi::abandon_rate, "abandon_rate", "abandoned / offered"},
      {Kpi::asa_s, "asa_s", "average speed of answer: mean wait of answered calls, seconds"},
      {Kpi::mean_wait_s, "mean_wait_s", "mean wait of all admitted callers (abandoners until they leave), seconds"},
      {Kpi::mean_queue, "mean_queue", "time-average number of callers waiting"},
      {Kpi::max_queue, "max_queue", "most callers waiting at any instant"},
      {Kpi::queue_at_end, "queue_at_end", "callers still waiting at the end of the interval (or day)"},
      {Kpi::agents, "agents", "time-average agents present (on duty, or finishing a call after leaving time)"},
      {Kpi::occupancy, "occupancy", "busy agent-time (talking or in after-call work) / staffed agent-time"},
      {Kpi::fresh, "fresh", "first calls of new contacts; offered = fresh + redials + repeats"},
      {Kpi::redials, "redials", "calls again by callers who got a busy signal or abandoned earlier"},
      {Kpi::repeats, "repeats", "calls back by customers whose rushed call left the problem unsolved"},
      {Kpi::retrying_at_end, "retrying_at_end",
       "callers waiting to redial or call back at the end of the interval (or day)"},
      {Kpi::rushed, "rushed", "answered calls shortened because the queue was long (rushing)"},
      {Kpi::callers_answered, "callers_answered",
       "contacts answered at some attempt, by the interval of their first call"},
      {Kpi::callers_abandoned, "callers_abandoned",
       "contacts who abandoned and did not call again (abandoned for good)"},
      {Kpi::callers_blocked, "callers_blocked",
       "contacts who got a busy signal and did not call again (blocked for good)"},
      {Kpi::callers_unresolved, "callers_unresolved", "contacts whose next redial would fall after the end of the day"},
  }};
  return table;
}

double kpi_value(Kpi kpi, const IntervalTally& t, double duration_s) {
  const double admitted = t.offered - t.blocked;
  switch (kpi) {
  case Kpi::offered: return t.offered;
  case Kpi::answered: return t.answered;
  case Kpi::abandoned: return t.abandoned;
  case Kpi::blocked: return t.blocked;
  case Kpi::block_rate: return ratio(t.blocked, t.offered);
  case Kpi::p_wait: return ratio(t.waited, admitted);
  case Kpi::service_level: return ratio(t.answered_within, t.offered);
  case Kpi::abandon_rate: return ratio(t.abandoned, t.offered);
  case Kpi::asa_s: return ratio(t.wait_answered_s, t.answered);
  case Kpi::mean_wait_s: return ratio(t.wait_admitted_s, admitted);
  case Kpi::mean_queue: return ratio(t.queue_area, duration_s);
  case Kpi::max_queue: return t.max_queue;
  case Kpi::queue_at_end: return t.queue_at_end;
  case Kpi::agents: return ratio(t.staffed_area, duration_s);
  case Kpi::occupancy: return ratio(t.busy_area, t.staffed_area);
  case Kpi::fresh: return t.offered - t.redials - t.repeats;
  case Kpi::redials: return t.redials;
  case Kpi::repeats: return t.repeats;
  case Kpi::retrying_at_end: return t.retrying_at_end;
  case Kpi::rushed: return t.rushed;
  case Kpi::callers_answered: return t.callers_answered;
  case Kpi::callers_abandoned: return t.callers_abandoned;
  case Kpi::callers_blocked: return t.callers_blocked;
  case Kpi::callers_unresolved: return t.callers_unresolved;
  }
  return std::numeric_limits<double>::quiet_NaN();
}

}  // namespace ccsim
