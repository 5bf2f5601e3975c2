#include "option_parsing.hpp"

#include <functional>
#include <iostream>

#include "ccsim/scenario/scenario_error.hpp"

namespace po = boost::program_options;

namespace ccsim::cli {

std::string parse_with_scenario(const std::vector<std::string>& args, const po::options_description& options,
                                po::variables_map& vm) {
  po::options_description all;
  all.add(options).add_options()("scenario", po::value<std::vector<std::string>>(), "");
  po::positional_options_description positional;
  positional.add("scenario", -1);
  po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
  po::notify(vm);
  if (vm.count("help")) return "";
  if (!vm.count("scenario")) throw UsageError("missing the SCENARIO file (see --help)");
  const auto& files = vm["scenario"].as<std::vector<std::string>>();
  if (files.size() > 1) throw UsageError("expected one SCENARIO file, got " + std::to_string(files.size()));
  return files.front();
}

int guarded_command(const std::string& name, const std::function<int()>& body) {
  try {
    return body();
  } catch (const ScenarioError& e) {
    std::cerr << e.what() << "\n";
    return 2;
  } catch (const UsageError& e) {
    std::cerr << "ccsim " << name << ": " << e.what() << "\n";
    return 2;
  } catch (const po::error& e) {
    std::cerr << "ccsim " << name << ": " << e.what() << " (see ccsim " << name << " --help)\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "ccsim " << name << ": error: " << e.what() << "\n";
    return 1;
  }
}

}  // namespace ccsim::cli
