#pragma once
#include "ccsim/model/call.hpp"
#include "ccsim/model/record_pool.hpp"

namespace ccsim {

/// Slots for the calls currently in a call center.
using CallPool = RecordPool<Call>;

}  // namespace ccsim
