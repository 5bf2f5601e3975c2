#pragma once
#include <string>
#include <vector>

#include "ccsim/scenario/scenario.hpp"

namespace ccsim {

/// Loads and validates a scenario file. Throws ScenarioError with
/// "file:line:column: ..." for anything malformed or out of range; unknown keys
/// get a "did you mean" suggestion. `path` is kept as given for messages.
Scenario load_scenario(const std::string& path);

/// Same, from YAML text; `name_for_messages` stands in for the file name.
Scenario parse_scenario(const std::string& yaml_text, const std::string& name_for_messages);

/// `--set KEY=VALUE`: one scalar of the scenario replaced before it is read.
struct Override {
  std::string key;    ///< dotted path; list entries by name or index: "staff.agents.count"
  std::string value;  ///< as it would be written in the file: "12", "4min", "85%"
};

/// "KEY=VALUE" -> Override; throws ScenarioError when there is no "=".
Override parse_override(const std::string& text);

/// load_scenario with overrides applied to the file's scalars first; the new
/// values are validated like the file's.
Scenario load_scenario(const std::string& path, const std::vector<Override>& overrides);

}  // namespace ccsim
