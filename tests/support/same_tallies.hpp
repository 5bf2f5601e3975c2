#pragma once
// Byte-for-byte equality of per-interval tallies, for tests that require two
// ways of running the same scenario to give the very same results.
#include <cstring>
#include <vector>

#include "ccsim/engine/replication_runner.hpp"

namespace ccsim::test {

inline bool same_tallies(const std::vector<ReplicationTallies>& a, const std::vector<ReplicationTallies>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t r = 0; r < a.size(); ++r) {
    if (a[r].size() != b[r].size()) return false;
    for (std::size_t i = 0; i < a[r].size(); ++i)
      if (std::memcmp(&a[r][i], &b[r][i], sizeof(IntervalTally)) != 0) return false;
  }
  return true;
}

}  // namespace ccsim::test
