#include "ccsim/scenario/scenario_error.hpp"

namespace ccsim {
namespace {

std::string with_position(const std::string& file, int line, int column, const std::string& message) {
  // A position that does not exist (e.g. yaml-cpp's null mark) is left out
  // rather than printed as a misleading "0:0".
  if (line < 1 || column < 1) return file + ": " + message;
  return file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message;
}

}  // namespace

ScenarioError::ScenarioError(const std::string& file, int line, int column, const std::string& message)
    : std::runtime_error(with_position(file, line, column, message)) {}

ScenarioError::ScenarioError(const std::string& full_message) : std::runtime_error(full_message) {}

}  // namespace ccsim
