// Fuzz target: any text as a scenario file. Refused with a ScenarioError or
// read; anything else (another exception, a crash, a hang) is a finding.
#include <cstddef>
#include <cstdint>
#include <string>

#include "ccsim/scenario/loader.hpp"
#include "ccsim/scenario/scenario_error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    ccsim::parse_scenario(std::string(reinterpret_cast<const char*>(data), size), "fuzz.yaml");
  } catch (const ccsim::ScenarioError&) {}
  return 0;
}
