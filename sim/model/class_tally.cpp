#include "ccsim/model/class_tally.hpp"

namespace ccsim {

ClassTally& ClassTally::operator+=(const ClassTally& o) {
  offered += o.offered;
  redials += o.redials;
  repeats += o.repeats;
  blocked += o.blocked;
  answered += o.answered;
  abandoned += o.abandoned;
  waited += o.waited;
  answered_within += o.answered_within;
  wait_answered_s += o.wait_answered_s;
  wait_admitted_s += o.wait_admitted_s;
  return *this;
}

IntervalTally as_interval_tally(const ClassTally& c) {
  IntervalTally t;
  t.offered = c.offered;
  t.redials = c.redials;
  t.repeats = c.repeats;
  t.blocked = c.blocked;
  t.answered = c.answered;
  t.abandoned = c.abandoned;
  t.waited = c.waited;
  t.answered_within = c.answered_within;
  t.wait_answered_s = c.wait_answered_s;
  t.wait_admitted_s = c.wait_admitted_s;
  return t;
}

} // namespace ccsim
