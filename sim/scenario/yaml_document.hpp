#pragma once
// A scenario file's text and its one YAML document (private to the scenario layer).
#include <string>

#include <yaml-cpp/yaml.h>

namespace ccsim {

/// The single YAML document of `text`; a ScenarioError (file:line:column)
/// for text that is not YAML, holds several documents, or is empty.
YAML::Node parse_yaml(const std::string& text, const std::string& file);

/// The whole file; a ScenarioError naming it when it cannot be read.
std::string read_file(const std::string& path);

}  // namespace ccsim
