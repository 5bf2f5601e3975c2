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
  static_cast<ClassTally&>(t) = c;
  return t;
}

}  // namespace ccsim
