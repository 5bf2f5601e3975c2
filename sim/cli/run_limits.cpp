#include "run_limits.hpp"

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <fstream>

#include <fmt/format.h>

#include "ccsim/model/replication_result.hpp"
#include "ccsim/scenario/floor.hpp"
#include "option_parsing.hpp"

namespace ccsim::cli {
namespace {

// The machine's memory, or the container's limit (cgroup v2) when smaller.
std::uint64_t physical_memory_bytes() {
  const long pages = ::sysconf(_SC_PHYS_PAGES), page = ::sysconf(_SC_PAGESIZE);
  std::uint64_t bytes =
      pages > 0 && page > 0 ? static_cast<std::uint64_t>(pages) * static_cast<std::uint64_t>(page) : 0;
  std::ifstream cgroup("/sys/fs/cgroup/memory.max");
  std::uint64_t limit = 0;
  if (cgroup >> limit && limit > 0 && (bytes == 0 || limit < bytes)) bytes = limit;  // "max" reads as no number
  return bytes;
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
  const auto groups = static_cast<std::uint64_t>(recorded_groups(s));
  return intervals * (sizeof(IntervalTally) + classes * sizeof(ClassTally) + groups * sizeof(GroupTally));
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

void check_output_rows(const Scenario& s) {
  constexpr long long max_reported_rows = 50000;
  const long long intervals = s.clock.intervals() - std::llround(s.warmup_s / s.clock.interval_s);
  const long long classes = recorded_classes(s) >= 2 ? recorded_classes(s) : 0;
  const long long rows = intervals * (1 + classes);
  if (rows <= max_reported_rows) return;
  // (summary.json's per-group intervals: about 0.4 KB each)
  const double bytes = 7e3 * static_cast<double>(intervals) + 2.3e3 * static_cast<double>(intervals * classes) +
                       0.4e3 * static_cast<double>(intervals * recorded_groups(s));
  throw UsageError(fmt::format(
      "--out would write {} reported rows ({} intervals after the warm-up{}); at most {} are written (the outputs "
      "would take about {}): use longer intervals or a shorter clock{}, or run without --out",
      rows, intervals, classes ? fmt::format(", each for the totals and {} classes", classes) : "", max_reported_rows,
      bytes_text(bytes), classes ? ", fewer classes" : ""));
}

void check_trace_size(const Scenario& s) {
  constexpr double max_customers = 500000;  // about 5 events each, ~90 bytes a row: ~200 MB of CSV
  double expected = 0;
  for (const Demand& d : s.demand)
    for (double rate : d.rate_per_s) expected += rate * s.clock.interval_s;
  if (expected <= max_customers) return;
  throw UsageError(fmt::format("--trace keeps every event of replication 1, and its forecast is {:.0f} customers; "
                               "a trace holds at most {:.0f}: trace a shorter clock or less demand",
                               expected, max_customers));
}

}  // namespace ccsim::cli
