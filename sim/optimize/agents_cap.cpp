#include "ccsim/optimize/agents_cap.hpp"

#include <algorithm>
#include <climits>

namespace ccsim {
namespace {

// The groups' caps summed, when every group has one.
std::optional<int> groups_cap(const Scenario& s) {
  long long sum = 0;
  for (const StaffGroup& g : s.staff) {
    if (!g.max_agents) return std::nullopt;
    sum += *g.max_agents;
  }
  return static_cast<int>(std::min<long long>(sum, INT_MAX));
}

}  // namespace

std::optional<int> agents_cap(const Scenario& s) {
  const std::optional<int> groups = groups_cap(s);
  if (!groups) return s.max_agents;
  return s.max_agents ? std::min(*s.max_agents, *groups) : *groups;
}

std::string agents_cap_name(const Scenario& s) {
  const std::optional<int> groups = groups_cap(s);
  if (!groups || (s.max_agents && *s.max_agents <= *groups)) return "max_agents";
  std::string sum;
  for (const StaffGroup& g : s.staff) sum += (sum.empty() ? "" : " + ") + std::to_string(*g.max_agents);
  return "the groups' max_agents (" + sum + ")";
}

}  // namespace ccsim
