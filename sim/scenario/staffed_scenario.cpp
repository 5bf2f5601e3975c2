#include "ccsim/scenario/staffed_scenario.hpp"

#include <yaml-cpp/yaml.h>

#include "ccsim/scenario/scenario_error.hpp"
#include "overrides.hpp"

namespace ccsim {

namespace {

YAML::Node flow_sequence(const std::vector<int>& counts) {
  YAML::Node count(YAML::NodeType::Sequence);
  for (int n : counts) count.push_back(n);
  count.SetStyle(YAML::EmitterStyle::Flow);
  return count;
}

}  // namespace

std::string scenario_with_staff(const std::string& path, const std::vector<Override>& overrides,
                                const std::vector<GroupCounts>& groups, bool keep_groups,
                                const std::vector<std::string>& header) {
  YAML::Node root;
  try {
    root = YAML::LoadFile(path);
  } catch (const YAML::Exception& e) {
    throw ScenarioError(path + ": cannot read the scenario again (" + e.msg + ")");
  }
  for (const Override& o : overrides) scenario_detail::apply_override(root, o);
  YAML::Node staff(YAML::NodeType::Sequence);
  for (const GroupCounts& g : groups) {
    YAML::Node group;
    if (keep_groups)
      for (YAML::Node original : root["staff"])
        if (original["name"] && original["name"].as<std::string>() == g.name) group = YAML::Clone(original);
    group["name"] = g.name;
    if (group["shifts"]) group.remove("shifts");
    group["count"] = flow_sequence(g.counts);
    staff.push_back(group);
  }
  root["staff"] = staff;
  YAML::Emitter out;
  out << root;
  std::string text;
  for (const std::string& line : header) text += "# " + line + "\n";
  return text + out.c_str() + "\n";
}

}  // namespace ccsim
