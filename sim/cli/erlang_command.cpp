// `ccsim erlang`: exact Erlang B / C / A figures for one stationary interval,
// without a scenario file. The numbers come from analytic/erlang.hpp, the same
// yardstick the simulator is validated against.
#include <charconv>
#include <cmath>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <boost/program_options.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "ccsim/analytic/erlang.hpp"
#include "ccsim/cli/commands.hpp"
#include "ccsim/scenario/units.hpp"
#include "option_parsing.hpp"

namespace po = boost::program_options;

namespace ccsim::cli {
namespace {

enum class Model { b, c, a };

/// The command line, in seconds and per-second rates.
struct Inputs {
  Model model = Model::c;
  double calls_per_hour = 0;
  double aht_s = 0;
  int agents = 0;
  std::optional<double> patience_s;
  std::optional<int> lines;
  double within_s = 20;
  std::string aht_text, patience_text, within_text;  // as typed, for the report

  double erlangs() const { return calls_per_hour / 3600 * aht_s; }
};

const std::string& required(const po::variables_map& vm, const std::string& name, const std::string& what) {
  if (!vm.count(name)) throw UsageError("missing --" + name + " (" + what + ")");
  return vm[name].as<std::string>();
}

double positive_number(const std::string& name, const std::string& text) {
  double value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value) || value <= 0)
    throw UsageError("--" + name + " must be a positive number, got '" + text + "'");
  return value;
}

int whole_number(const std::string& name, const std::string& text, int at_least) {
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < at_least)
    throw UsageError("--" + name + " must be a whole number >= " + std::to_string(at_least) + ", got '" + text + "'");
  return value;
}

double duration_s(const std::string& name, const std::string& text, bool zero_allowed) {
  const auto s = parse_duration_s(text);
  if (!s) throw UsageError("--" + name + ": '" + text + "' is not " + duration_help);
  if (!zero_allowed && *s <= 0) throw UsageError("--" + name + " must be longer than 0, got '" + text + "'");
  return *s;
}

Model parse_model(const std::string& text) {
  if (text == "b" || text == "B") return Model::b;
  if (text == "c" || text == "C") return Model::c;
  if (text == "a" || text == "A") return Model::a;
  throw UsageError("--model must be b, c or a, got '" + text + "'");
}

Inputs read_inputs(const po::variables_map& vm) {
  Inputs in;
  in.model = parse_model(required(vm, "model", "b, c or a"));
  in.calls_per_hour = positive_number("calls-per-hour", required(vm, "calls-per-hour", "offered calls per hour"));
  in.aht_text = required(vm, "aht", "average handling time, e.g. 3min");
  in.aht_s = duration_s("aht", in.aht_text, false);
  in.agents = whole_number("agents", required(vm, "agents", "the number of agents"), 1);
  in.within_text = vm["within"].as<std::string>();
  in.within_s = duration_s("within", in.within_text, true);
  if (vm.count("patience")) {
    if (in.model != Model::a)
      throw UsageError("--patience applies to --model a only (Erlang B and C callers never abandon)");
    in.patience_text = vm["patience"].as<std::string>();
    in.patience_s = duration_s("patience", in.patience_text, false);
  } else if (in.model == Model::a) {
    throw UsageError("--model a needs --patience (the callers' mean patience, e.g. 2min)");
  }
  if (vm.count("lines")) {
    if (in.model == Model::b) throw UsageError("--lines does not apply to --model b (its lines are the agents)");
    in.lines = whole_number("lines", vm["lines"].as<std::string>(), in.agents);
  }
  if (in.model == Model::b) in.lines = in.agents;
  if (in.model == Model::c && !in.lines && in.erlangs() >= in.agents)
    throw UsageError(fmt::format("the queue is unstable: with {:g} erlangs offered to {} agents it grows without "
                                 "bound; Erlang C needs at least {} agents (or --lines, or --model a with --patience)",
                                 in.erlangs(), in.agents, static_cast<long>(std::floor(in.erlangs())) + 1));
  return in;
}

/// One reported figure: JSON key, table label and how to print it.
struct Field {
  const char* key;
  double analytic::QueueMetrics::*value;
  std::string label;
  enum { percent, seconds, callers } unit;
};

std::vector<Field> fields_for(const Inputs& in) {
  using M = analytic::QueueMetrics;
  std::vector<Field> f;
  if (in.lines)  // always for model b, whose lines are its agents
    f.push_back({"blocking", &M::blocking, "Blocked (all lines busy)", Field::percent});
  if (in.model != Model::b) {
    f.push_back({"p_wait", &M::p_wait, "Probability of waiting", Field::percent});
    f.push_back(
        {"service_level", &M::service_level, "Service level (answered within " + in.within_text + ")", Field::percent});
    f.push_back({"asa_s", &M::asa_s, "Average speed of answer (ASA)", Field::seconds});
    f.push_back({"mean_wait_s", &M::mean_wait_s, "Mean wait (admitted callers)", Field::seconds});
  }
  if (in.model == Model::a) f.push_back({"abandon_rate", &M::abandon_rate, "Abandoned", Field::percent});
  f.push_back({"occupancy", &M::occupancy, "Agent occupancy", Field::percent});
  if (in.model != Model::b) f.push_back({"mean_queue", &M::mean_queue, "Mean queue length", Field::callers});
  return f;
}

std::string describe(const Inputs& in) {
  const char* model =
      in.model == Model::b ? "Erlang B (M/M/n/n: callers who find every agent busy are lost)"
      : in.model == Model::c
          ? (in.lines ? "Erlang C with trunk lines (M/M/n/K)" : "Erlang C (M/M/n: callers wait as long as needed)")
          : (in.lines ? "Erlang A with trunk lines (M/M/n/K+M)" : "Erlang A (M/M/n+M: exponential patience)");
  std::string s = fmt::format("{}\n{:g} calls/h x AHT {} = {:.4g} erlangs offered to {} agents", model,
                              in.calls_per_hour, in.aht_text, in.erlangs(), in.agents);
  if (in.lines && in.model != Model::b) s += fmt::format(", {} lines", *in.lines);
  if (in.patience_s) s += ", mean patience " + in.patience_text;
  return s + "\n";
}

void print_table(std::ostream& out, const Inputs& in, const analytic::QueueMetrics& m) {
  const auto fields = fields_for(in);
  std::size_t width = 0;
  for (const Field& f : fields) width = std::max(width, f.label.size());
  out << describe(in) << "\n";
  for (const Field& f : fields) {
    const double v = m.*f.value;
    const std::string shown = f.unit == Field::percent   ? fmt::format("{:10.2f} %", 100 * v)
                              : f.unit == Field::seconds ? fmt::format("{:10.2f} s", v)
                                                         : fmt::format("{:10.3f} callers", v);
    out << fmt::format("  {:<{}}{}\n", f.label, width, shown);
  }
}

void print_json(std::ostream& out, const Inputs& in, const analytic::QueueMetrics& m) {
  nlohmann::ordered_json j = nlohmann::ordered_json::object();
  for (const Field& f : fields_for(in)) j[f.key] = m.*f.value;
  out << j.dump(2) << "\n";
}

}  // namespace

int erlang_command(const std::vector<std::string>& args) {
  po::options_description options("ccsim erlang --model b|c|a --calls-per-hour X --aht DURATION --agents N [options]");
  options.add_options()("help,h", "show this help")(
      "model", po::value<std::string>(),
      "b: lost calls (lines = agents); c: callers wait; a: callers wait and abandon")(
      "calls-per-hour", po::value<std::string>(), "offered calls per hour (Poisson)")(
      "aht", po::value<std::string>(),
      "average handling time (exponential), e.g. 3min")("agents", po::value<std::string>(), "agents (servers)")(
      "patience", po::value<std::string>(), "model a: callers' mean patience (exponential), e.g. 2min")(
      "within", po::value<std::string>()->default_value("20s"), "service-level threshold T")(
      "lines", po::value<std::string>(), "models c and a: callers in the system at most (busy signal beyond)")(
      "json", "print the figures as JSON (full precision)");
  return guarded_command("erlang", [&] {
    po::variables_map vm;
    const po::positional_options_description no_positionals;
    po::store(po::command_line_parser(args).options(options).positional(no_positionals).run(), vm);
    po::notify(vm);
    if (vm.count("help")) {
      std::cout << "Exact stationary figures for one interval with Poisson arrivals, exponential handling\n"
                   "times and FIFO service: Erlang B, C or A (with exponential patience).\n\n"
                << options;
      return 0;
    }
    const Inputs in = read_inputs(vm);
    analytic::MarkovQueue q{in.calls_per_hour / 3600, in.aht_s, in.agents, in.patience_s, in.lines, in.within_s};
    analytic::QueueMetrics m;
    try {
      m = analytic::solve(q);
    } catch (const std::invalid_argument& e) {
      throw UsageError(e.what());
    }
    if (vm.count("json"))
      print_json(std::cout, in, m);
    else
      print_table(std::cout, in, m);
    return 0;
  });
}

}  // namespace ccsim::cli
