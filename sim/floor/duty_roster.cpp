#include "ccsim/floor/duty_roster.hpp"

#include <algorithm>
#include <tuple>

#include "ccsim/model/random_stream.hpp"

namespace ccsim {

bool seat_present(const Scenario& s, std::uint32_t replication, int group, int seat) {
  const double p = s.staff[static_cast<std::size_t>(group)].absenteeism;
  if (p <= 0) return true;
  RandomStream rng(s.seed, replication, Purpose::absence, static_cast<std::uint32_t>(group),
                   static_cast<std::uint64_t>(seat));
  return rng.uniform() >= p;
}

namespace {

void add_counts(const Scenario& s, std::uint32_t replication, int g, std::vector<DutyEvent>& out) {
  const StaffGroup& group = s.staff[static_cast<std::size_t>(g)];
  const int seats = group.count.empty() ? 0 : *std::max_element(group.count.begin(), group.count.end());
  // present_before[k]: present seats among the first k.
  std::vector<int> present_before(static_cast<std::size_t>(seats) + 1, 0);
  for (int k = 0; k < seats; ++k)
    present_before[static_cast<std::size_t>(k) + 1] =
        present_before[static_cast<std::size_t>(k)] + (seat_present(s, replication, g, k) ? 1 : 0);
  for (std::size_t i = 0; i < group.count.size(); ++i) {
    DutyEvent e;
    e.at_s = static_cast<double>(i) * s.clock.interval_s;
    e.group = g;
    e.target = present_before[static_cast<std::size_t>(group.count[i])];
    out.push_back(e);
  }
}

void add_shifts(const Scenario& s, std::uint32_t replication, int g, std::vector<DutyEvent>& out) {
  int seat = 0;
  for (const Shift& shift : s.staff[static_cast<std::size_t>(g)].shifts) {
    for (int k = 0; k < shift.count; ++k, ++seat) {
      if (!seat_present(s, replication, g, seat)) continue;
      out.push_back(DutyEvent{shift.start_s, DutyEvent::shift_start, g, seat, 0, 0});
      for (const Break& b : shift.breaks)
        out.push_back(DutyEvent{b.at_s, DutyEvent::break_due, g, seat, 0, b.length_s});
      out.push_back(DutyEvent{shift.end_s, DutyEvent::shift_end, g, seat, 0, 0});
    }
  }
}

}  // namespace

std::vector<DutyEvent> duty_roster(const Scenario& s, std::uint32_t replication) {
  std::vector<DutyEvent> events;
  for (std::size_t g = 0; g < s.staff.size(); ++g) {
    if (s.staff[g].shifts.empty())
      add_counts(s, replication, static_cast<int>(g), events);
    else
      add_shifts(s, replication, static_cast<int>(g), events);
  }
  std::stable_sort(events.begin(), events.end(), [](const DutyEvent& a, const DutyEvent& b) {
    return std::tie(a.at_s, a.kind, a.group, a.seat) < std::tie(b.at_s, b.kind, b.group, b.seat);
  });
  return events;
}

}  // namespace ccsim
