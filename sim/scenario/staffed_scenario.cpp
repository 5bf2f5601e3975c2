#include "ccsim/scenario/staffed_scenario.hpp"

#include <yaml-cpp/yaml.h>

#include "ccsim/scenario/scenario_error.hpp"
#include "overrides.hpp"

namespace ccsim {

std::string scenario_with_staff(const std::string& path, const std::vector<Override>& overrides,
                                const std::string& group_name, const std::vector<int>& counts,
                                const std::vector<std::string>& header) {
  YAML::Node root;
  try {
    root = YAML::LoadFile(path);
  } catch (const YAML::Exception& e) {
    throw ScenarioError(path + ": cannot read the scenario again (" + e.msg + ")");
  }
  for (const Override& o : overrides) scenario_detail::apply_override(root, o);
  YAML::Node count(YAML::NodeType::Sequence);
  for (int n : counts) count.push_back(n);
  count.SetStyle(YAML::EmitterStyle::Flow);
  YAML::Node group;
  group["name"] = group_name;
  group["count"] = count;
  YAML::Node staff(YAML::NodeType::Sequence);
  staff.push_back(group);
  root["staff"] = staff;
  YAML::Emitter out;
  out << root;
  std::string text;
  for (const std::string& line : header) text += "# " + line + "\n";
  return text + out.c_str() + "\n";
}

} // namespace ccsim
