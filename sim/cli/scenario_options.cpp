#include "scenario_options.hpp"

#include <charconv>

#include "ccsim/scenario/scenario_error.hpp"
#include "option_parsing.hpp"

namespace po = boost::program_options;

namespace ccsim::cli {

void add_run_options(po::options_description& options) {
  options.add_options()("replications,r", po::value<int>(), "replications (overrides the scenario's)")(
      "seed,s", po::value<std::string>(), "master seed, 0 to 18446744073709551615 (overrides the scenario's)")(
      "jobs,j", po::value<int>()->default_value(0), "worker processes (0: one per core); results do not depend on it")(
      "set", po::value<std::vector<std::string>>()->composing(),
      "KEY=VALUE: override one value of the scenario, validated like the file (repeatable), "
      "e.g. --set staff.agents.count=12 --set demand.general.rate_per_hour=2000");
}

std::vector<Override> overrides_from(const po::variables_map& vm) {
  std::vector<Override> out;
  if (vm.count("set"))
    for (const std::string& text : vm["set"].as<std::vector<std::string>>()) out.push_back(parse_override(text));
  return out;
}

std::uint64_t seed_from(const std::string& text) {
  std::uint64_t seed = 0;
  const char* end = text.data() + text.size();
  const auto [stop, error] = std::from_chars(text.data(), end, seed);
  // from_chars takes no sign: "-1" is refused here instead of wrapping around.
  if (text.empty() || error != std::errc() || stop != end)
    throw UsageError("--seed takes a whole number from 0 to 18446744073709551615, got \"" + text + "\"");
  return seed;
}

Scenario load_for_run(const std::string& path, const std::vector<Override>& overrides, const po::variables_map& vm,
                      const std::string* text) {
  Scenario scenario = text ? parse_scenario(*text, path, overrides) : load_scenario(path, overrides);
  if (vm.count("replications")) {
    const int r = vm["replications"].as<int>();
    if (r < 1 || r > 100000) throw UsageError("--replications must be between 1 and 100000, got " + std::to_string(r));
    scenario.replications = r;
  }
  if (vm.count("seed")) scenario.seed = seed_from(vm["seed"].as<std::string>());
  return scenario;
}

std::shared_ptr<Progress> progress_for(const std::string& command, const po::variables_map& vm) {
  return std::make_shared<Progress>(command, !vm.count("quiet"));
}

RunOptions run_options_from(const po::variables_map& vm, const std::string& what, std::shared_ptr<Progress> progress,
                            int done_before, int grand_total) {
  const int jobs = vm["jobs"].as<int>();
  if (jobs < 0) throw UsageError("--jobs must be >= 0");
  RunOptions options{jobs, {}};
  options.on_progress =
      Progress::counter(progress ? std::move(progress) : progress_for("ccsim", vm), what, done_before, grand_total);
  return options;
}

}  // namespace ccsim::cli
