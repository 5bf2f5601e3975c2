// Fuzz target: any bytes as a forecast CSV, read through a scenario that
// names it (a 2-hour morning in 30-minute intervals, with a wrap-up).
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <string>

#include "ccsim/scenario/loader.hpp"
#include "ccsim/scenario/scenario_error.hpp"

namespace {
const std::string& folder() {
  static const std::string dir = [] {
    char name[] = "/tmp/ccsim-fuzz-forecast-XXXXXX";
    const char* made = ::mkdtemp(name);
    if (!made) std::abort();
    return std::string(made);
  }();
  return dir;
}
const char* scenario = R"(clock: {start: "08:00", end: "10:00", interval: 30min}
demand:
  - name: calls
    forecast: fuzz.csv
    service: {exponential: {mean: 4min}}
    wrap_up: {fixed: 30s}
staff:
  - name: agents
    count: 5
)";
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  {
    std::ofstream csv(folder() + "/fuzz.csv", std::ios::binary | std::ios::trunc);
    csv.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  try {
    ccsim::parse_scenario(scenario, folder() + "/fuzz.yaml");
  } catch (const ccsim::ScenarioError&) {}
  return 0;
}
