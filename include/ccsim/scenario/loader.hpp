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
  std::string value;  ///< as it would be written in the file: "12", "4min", "85%"; a number for scale and add
  /// replace: KEY=VALUE; scale: KEY*=FACTOR and add: KEY+=NUMBER, on a number
  /// or on every number of a list ("20% busier", "3 agents fewer").
  enum Op { replace, scale, add } op = replace;
  /// As written: "staff.agents.count+=-3".
  std::string text() const { return key + (op == scale ? "*=" : op == add ? "+=" : "=") + value; }
};

/// "KEY=VALUE", "KEY*=FACTOR", "KEY+=NUMBER" -> Override; throws ScenarioError when there is no "=".
Override parse_override(const std::string& text);

/// load_scenario with overrides applied to the file's scalars first; the new
/// values are validated like the file's.
Scenario load_scenario(const std::string& path, const std::vector<Override>& overrides);

/// The same from YAML text that stands for the file at `path` (messages name
/// it, and relative paths in it are read from its folder).
Scenario parse_scenario(const std::string& yaml_text, const std::string& path, const std::vector<Override>& overrides);

}  // namespace ccsim
