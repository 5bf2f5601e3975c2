#include "ccsim/optimize/floor_parts.hpp"

#include <algorithm>
#include <numeric>
#include <string>

#include "ccsim/optimize/group_split.hpp"

namespace ccsim {
namespace {

// Something all calls share, whatever desk serves them.
bool coupled(const Scenario& s) {
  return s.lines || s.queue_capacity || s.max_agents || s.rushing || s.target_set().any_daily() ||
         s.floor.kind != FloorKind::call_center;
}

std::size_t root(std::vector<std::size_t>& parent, std::size_t g) {
  while (parent[g] != g) g = parent[g] = parent[parent[g]];
  return g;
}

}  // namespace

std::vector<FloorPart> independent_parts(const Scenario& s) {
  FloorPart whole;
  whole.groups.resize(s.staff.size());
  std::iota(whole.groups.begin(), whole.groups.end(), 0);
  whole.classes.resize(s.demand.size());
  std::iota(whole.classes.begin(), whole.classes.end(), 0);
  if (coupled(s) || s.staff.size() < 2) return {whole};
  // Groups that serve a class in common are one part.
  std::vector<std::size_t> parent(s.staff.size());
  std::iota(parent.begin(), parent.end(), 0);
  std::vector<std::size_t> first_server(s.demand.size(), s.staff.size());
  for (std::size_t d = 0; d < s.demand.size(); ++d)
    for (std::size_t g = 0; g < s.staff.size(); ++g) {
      if (!s.staff[g].serves(static_cast<int>(d))) continue;
      if (first_server[d] == s.staff.size())
        first_server[d] = g;
      else
        parent[root(parent, g)] = root(parent, first_server[d]);
    }
  std::vector<FloorPart> parts;
  std::vector<std::size_t> part_of_root(s.staff.size(), s.staff.size());
  for (std::size_t g = 0; g < s.staff.size(); ++g) {
    std::size_t& k = part_of_root[root(parent, g)];
    if (k == s.staff.size()) {
      k = parts.size();
      parts.emplace_back();
    }
    parts[k].groups.push_back(g);
  }
  for (std::size_t d = 0; d < s.demand.size(); ++d) {
    if (first_server[d] == s.staff.size()) return {whole};  // (a class nobody serves: the loader refuses it)
    parts[part_of_root[root(parent, first_server[d])]].classes.push_back(d);
  }
  return parts;
}

Scenario part_scenario(const Scenario& s, const FloorPart& part) {
  Scenario p = s;
  const auto index_in = [](const std::vector<std::size_t>& v, std::size_t x) {
    return static_cast<int>(std::find(v.begin(), v.end(), x) - v.begin());
  };
  p.demand.clear();
  for (std::size_t d : part.classes) {
    Demand demand = s.demand[d];
    if (demand.route) {
      demand.route->primary = index_in(part.groups, static_cast<std::size_t>(demand.route->primary));
      if (demand.route->overflow)
        demand.route->overflow = index_in(part.groups, static_cast<std::size_t>(*demand.route->overflow));
    }
    p.demand.push_back(std::move(demand));
  }
  p.staff.clear();
  for (std::size_t g : part.groups) {
    StaffGroup group = s.staff[g];
    group.skills.clear();
    for (int d : s.staff[g].skills)
      if (std::find(part.classes.begin(), part.classes.end(), static_cast<std::size_t>(d)) != part.classes.end())
        group.skills.push_back(index_in(part.classes, static_cast<std::size_t>(d)));
    p.staff.push_back(std::move(group));
  }
  return p;
}

StaffingPlan joined_plan(const Scenario& s, const std::vector<FloorPart>& parts,
                         const std::vector<StaffingPlan>& plans) {
  const auto intervals = static_cast<std::size_t>(s.clock.intervals());
  StaffingPlan joined{plans.front().method, std::vector<int>(intervals, 0), {}, {}};
  joined.by_group.assign(s.staff.size(), std::vector<int>(intervals, 0));
  for (std::size_t k = 0; k < parts.size(); ++k) {
    const Scenario part = part_scenario(s, parts[k]);
    const StaffingPlan& plan = plans[k];
    const std::vector<std::vector<int>> counts =
        plan.by_group.empty() ? split_by_group(part, plan.agents) : plan.by_group;
    for (std::size_t g = 0; g < parts[k].groups.size(); ++g)
      for (std::size_t i = 0; i < intervals; ++i) {
        joined.by_group[parts[k].groups[g]][i] = counts[g][i];
        joined.agents[i] += counts[g][i];
      }
  }
  // A note every part's plan has holds for the floor; one that only some
  // have is said of their desks ("desk generalists: nobody abandons ...").
  for (std::size_t k = 0; k < plans.size(); ++k)
    for (const std::string& note : plans[k].notes) {
      const auto has = [&note](const StaffingPlan& p) {
        return std::find(p.notes.begin(), p.notes.end(), note) != p.notes.end();
      };
      const std::string said =
          std::all_of(plans.begin(), plans.end(), has) ? note : "desk " + describe_parts(s, {parts[k]}) + ": " + note;
      if (std::find(joined.notes.begin(), joined.notes.end(), said) == joined.notes.end()) joined.notes.push_back(said);
    }
  return joined;
}

std::string describe_parts(const Scenario& s, const std::vector<FloorPart>& parts) {
  std::string text;
  for (const FloorPart& part : parts) {
    if (!text.empty()) text += " | ";
    for (std::size_t g = 0; g < part.groups.size(); ++g) text += (g ? ", " : "") + s.staff[part.groups[g]].name;
  }
  return text;
}

StaffingPlan analytic_plan_by_part(const Scenario& s, AnalyticMethod method) {
  const std::vector<FloorPart> parts = independent_parts(s);
  if (parts.size() < 2) return analytic_plan(s, method);
  std::vector<StaffingPlan> plans;
  for (const FloorPart& part : parts) plans.push_back(analytic_plan(part_scenario(s, part), method));
  StaffingPlan joined = joined_plan(s, parts, plans);
  joined.notes.push_back("the floor's desks never help each other: each sized on its own (" + describe_parts(s, parts) +
                         ")" +
                         (s.targets.any() ? "; the floor's targets held by each desk's calls, stricter than by all "
                                            "calls together"
                                          : ""));
  return joined;
}

}  // namespace ccsim
