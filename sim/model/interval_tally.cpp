#include "ccsim/model/interval_tally.hpp"

#include <algorithm>

namespace ccsim {

ClassTally& ClassTally::operator+=(const ClassTally& o) {
  for (double ClassTally::*field : class_tally_fields()) this->*field += o.*field;
  return *this;
}

const std::vector<double ClassTally::*>& class_tally_fields() {
  static const std::vector<double ClassTally::*> fields = {
      &ClassTally::offered,         &ClassTally::redials,        &ClassTally::repeats, &ClassTally::blocked,
      &ClassTally::answered,        &ClassTally::abandoned,      &ClassTally::waited,  &ClassTally::answered_within,
      &ClassTally::wait_answered_s, &ClassTally::wait_admitted_s};
  return fields;
}

const std::vector<TallyField>& interval_tally_fields() {
  using T = IntervalTally;
  static const std::vector<TallyField> fields = {
      {&T::queue_area, TallyField::sum},         {&T::busy_area, TallyField::sum},
      {&T::staffed_area, TallyField::sum},       {&T::max_queue, TallyField::max},
      {&T::queue_at_end, TallyField::last},      {&T::staff_area, TallyField::sum},
      {&T::waited_long, TallyField::sum},        {&T::over_standard_s, TallyField::sum},
      {&T::max_lane_queue, TallyField::max},     {&T::seats_busy_area, TallyField::sum},
      {&T::seats_area, TallyField::sum},         {&T::guests_walked_away, TallyField::sum},
      {&T::revenue_lost, TallyField::sum},       {&T::orders, TallyField::sum},
      {&T::orders_waited, TallyField::sum},      {&T::order_wait_s, TallyField::sum},
      {&T::order_ready_s, TallyField::sum},      {&T::cooks_busy_area, TallyField::sum},
      {&T::cooks_area, TallyField::sum},         {&T::orders_waiting_area, TallyField::sum},
      {&T::max_orders_waiting, TallyField::max}, {&T::rushed, TallyField::sum},
      {&T::callers_answered, TallyField::sum},   {&T::callers_abandoned, TallyField::sum},
      {&T::callers_blocked, TallyField::sum},    {&T::callers_unresolved, TallyField::sum},
      {&T::retrying_at_end, TallyField::last},   {&T::settled_s, TallyField::max}};
  return fields;
}

IntervalTally& IntervalTally::operator+=(const IntervalTally& o) {
  ClassTally::operator+=(o);
  for (const TallyField& f : interval_tally_fields()) {
    double& mine = this->*f.member;
    const double theirs = o.*f.member;
    switch (f.combine) {
    case TallyField::sum: mine += theirs; break;
    case TallyField::max: mine = std::max(mine, theirs); break;
    case TallyField::last: mine = theirs; break;
    }
  }
  answered_waits += o.answered_waits;
  abandoned_waits += o.abandoned_waits;
  return *this;
}

}  // namespace ccsim
