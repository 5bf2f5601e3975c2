#pragma once
// The message a scenario file is refused with, for the loader's bad-input tests.
#include <string>

#include "ccsim/scenario/loader.hpp"
#include "ccsim/scenario/scenario_error.hpp"

namespace ccsim::test {

/// The ScenarioError text of loading `path`, or "(loaded without error)".
inline std::string load_error(const std::string& path) {
  try {
    load_scenario(path);
  } catch (const ScenarioError& e) {
    return e.what();
  }
  return "(loaded without error)";
}

}  // namespace ccsim::test
