#pragma once
#include <stdexcept>
#include <string>

namespace ccsim {

/// A user error in a scenario (or another input file): what() is the full
/// message "file:line:column: what is wrong, what is allowed" (line and
/// column 1-based; "file: ..." alone when no position applies, e.g. a missing file).
class ScenarioError : public std::runtime_error {
public:
  ScenarioError(const std::string& file, int line, int column, const std::string& message);
  explicit ScenarioError(const std::string& full_message);
};

}  // namespace ccsim
