#pragma once
#include <string>

#include "ccsim/scenario/scenario.hpp"

namespace ccsim {

/// Loads and validates a scenario file. Throws ScenarioError with
/// "file:line:column: ..." for anything malformed or out of range; unknown keys
/// get a "did you mean" suggestion. `path` is kept as given for messages.
Scenario load_scenario(const std::string& path);

/// Same, from YAML text; `name_for_messages` stands in for the file name.
Scenario parse_scenario(const std::string& yaml_text, const std::string& name_for_messages);

} // namespace ccsim
