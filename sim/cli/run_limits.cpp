#include "run_limits.hpp"

#include <unistd.h>

#include <algorithm>

#include <fmt/format.h>

#include "ccsim/model/replication_result.hpp"
#include "ccsim/scenario/floor.hpp"
#include "option_parsing.hpp"

namespace ccsim::cli {
namespace {

std::uint64_t physical_memory_bytes() {
  const long pages = ::sysconf(_SC_PHYS_PAGES), page = ::sysconf(_SC_PAGESIZE);
  return pages > 0 && page > 0 ? static_cast<std::uint64_t>(pages) * static_cast<std::uint64_t>(page) : 0;
}

std::string bytes_text(double b) {
  if (b >= 1e12) return fmt::format("{:.1f} TB", b / 1e12);
  if (b >= 1e9) return fmt::format("{:.1f} GB", b / 1e9);
  if (b >= 1e6) return fmt::format("{:.0f} MB", b / 1e6);
  return fmt::format("{:.0f} KB", b / 1e3);
}

}  // namespace

std::uint64_t tally_bytes_per_replication(const Scenario& s) {
  const auto intervals = static_cast<std::uint64_t>(s.clock.intervals());
  const auto classes = static_cast<std::uint64_t>(recorded_classes(s));
  return intervals * (sizeof(IntervalTally) + classes * sizeof(ClassTally));
}

void check_run_fits_memory(const Scenario& s, int runs_held) {
  const std::uint64_t memory = physical_memory_bytes();
  if (memory == 0) return;  // unknown: nothing to compare with
  const double per_replication = static_cast<double>(tally_bytes_per_replication(s));
  const double needed = per_replication * s.replications * runs_held;
  const double allowed = 0.5 * static_cast<double>(memory);
  if (needed <= allowed) return;
  const long long fitting = std::max(0LL, static_cast<long long>(allowed / (per_replication * runs_held)));
  throw UsageError(fmt::format(
      "this run would hold about {} of tallies ({} replications{} of {} each: {} intervals{}); this machine has {} "
      "of memory and a run may use half of it: use at most {} replications, or longer intervals",
      bytes_text(needed), s.replications, runs_held > 1 ? fmt::format(" × {} runs", runs_held) : "",
      bytes_text(per_replication), s.clock.intervals(),
      recorded_classes(s) > 1 ? fmt::format(" × {} classes", recorded_classes(s)) : "",
      bytes_text(static_cast<double>(memory)), fitting));
}

}  // namespace ccsim::cli
