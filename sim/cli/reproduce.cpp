#include "reproduce.hpp"

#include <algorithm>

namespace ccsim::cli {

std::string shell_quoted(const std::string& text) {
  const bool plain = !text.empty() && std::all_of(text.begin(), text.end(), [](unsigned char c) {
    return std::isalnum(c) || std::string_view("_./:=@%+,-").find(static_cast<char>(c)) != std::string_view::npos;
  });
  if (plain) return text;
  // (Built with push_back: GCC 12 warns falsely (-Wrestrict) on appending short literals.)
  std::string out;
  out.reserve(text.size() + 2);
  out.push_back('\'');
  for (char c : text) {
    if (c != '\'') {
      out.push_back(c);
      continue;
    }
    for (char q : {'\'', '\\', '\'', '\''}) out.push_back(q);  // close, an escaped quote, reopen
  }
  out.push_back('\'');
  return out;
}

std::string reproduce_command(const std::string& command, const std::string& path,
                              const std::vector<std::string>& options, const Scenario& scenario,
                              const boost::program_options::variables_map& vm) {
  std::string out = "ccsim " + command + " " + shell_quoted(path);
  for (const std::string& word : options) {
    out.push_back(' ');  // (not " " + word: GCC 12's false -Wrestrict)
    out += shell_quoted(word);
  }
  out += " --seed " + std::to_string(scenario.seed) + " --replications " + std::to_string(scenario.replications);
  if (vm.count("set"))
    for (const std::string& set : vm["set"].as<std::vector<std::string>>()) {
      out += " --set ";
      out += shell_quoted(set);
    }
  return out;
}

}  // namespace ccsim::cli
