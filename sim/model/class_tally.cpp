#include "ccsim/model/class_tally.hpp"

namespace ccsim {

IntervalTally as_interval_tally(const ClassTally& c) {
  IntervalTally t;
  static_cast<ClassTally&>(t) = c;
  return t;
}

}  // namespace ccsim
