// Fuzz target: any text as `--set` arguments (one per line) on the bundled
// bank day, read as ccsim reads them.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "ccsim/scenario/loader.hpp"
#include "ccsim/scenario/scenario_error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::istringstream lines(std::string(reinterpret_cast<const char*>(data), size));
  try {
    std::vector<ccsim::Override> overrides;
    for (std::string line; std::getline(lines, line);) overrides.push_back(ccsim::parse_override(line));
    ccsim::load_scenario(CCSIM_SCENARIOS "/bank_hotline_day.yaml", overrides);
  } catch (const ccsim::ScenarioError&) {}
  return 0;
}
