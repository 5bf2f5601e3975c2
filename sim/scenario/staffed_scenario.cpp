#include "ccsim/scenario/staffed_scenario.hpp"

#include <filesystem>

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

// A path relative to the folder of `from`, seen from the folder of `to`.
std::string relocated(const std::string& relative, const std::string& from, const std::string& to) {
  namespace fs = std::filesystem;
  const auto folder_of = [](const std::string& file) {
    const fs::path parent = fs::path(file).parent_path();
    return fs::absolute(parent.empty() ? fs::path(".") : parent).lexically_normal();
  };
  const fs::path target = (folder_of(from) / relative).lexically_normal();
  const fs::path folder = folder_of(to);
  const fs::path moved = target.lexically_relative(folder);
  return moved.empty() ? target.string() : moved.string();
}

}  // namespace

std::string scenario_with_staff(const std::string& path, const std::vector<Override>& overrides,
                                const std::vector<GroupCounts>& groups, bool keep_groups,
                                const std::vector<std::string>& header, const std::string& written_to,
                                const std::vector<int>& cooks) {
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
  // A checkout plan's cashiers are its open lanes: every one at a till, no rule.
  if (root["floor"] && root["floor"].IsScalar() && root["floor"].as<std::string>() == "checkout" && root["checkout"])
    root["checkout"]["open_lanes"] = "every_cashier";
  if (!cooks.empty() && root["restaurant"] && root["restaurant"]["kitchen"])
    root["restaurant"]["kitchen"]["cooks"] = flow_sequence(cooks);
  // A forecast named relative to the scenario file is named relative to the written one.
  for (YAML::Node demand : root["demand"]) {
    YAML::Node forecast = demand["forecast"];
    YAML::Node file = forecast && forecast.IsMap() ? forecast["file"] : forecast;  // {file: ..., columns: ...}
    if (file && file.IsScalar() && std::filesystem::path(file.as<std::string>()).is_relative())
      (forecast.IsMap() ? forecast["file"] : demand["forecast"]) = relocated(file.as<std::string>(), path, written_to);
  }
  YAML::Emitter out;
  out << root;
  std::string text;
  for (const std::string& line : header) text += "# " + line + "\n";
  return text + out.c_str() + "\n";
}

}  // namespace ccsim
