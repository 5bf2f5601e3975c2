#include "yaml_reader.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <sstream>

#include "ccsim/scenario/scenario_error.hpp"
#include "ccsim/scenario/units.hpp"
#include "spelling.hpp"

namespace ccsim::scenario_detail {
namespace {

bool is_null_mark(const YAML::Mark& m) { return m.line < 0 || m.column < 0; }

// Long values (a pasted block) are cut so the message stays one readable line.
std::string quoted(const std::string& text) {
  constexpr std::size_t longest = 40;
  std::string shown;
  for (char c : text.substr(0, longest)) shown += c == '\n' ? std::string("\\n") : std::string(1, c);
  if (text.size() > longest) shown += "...";
  return "\"" + shown + "\"";
}

}  // namespace

// ---- Field -----------------------------------------------------------------

Field::Field(const std::string& file, YAML::Node node, std::string path, YAML::Mark key_mark)
    : file_(&file),
      node_(std::move(node)),
      path_(std::move(path)),
      key_mark_(key_mark) {}

std::string Field::found() const {
  if (node_.IsScalar()) return quoted(node_.Scalar());
  if (node_.IsSequence()) return node_.size() == 0 ? "an empty list" : "a list";
  if (node_.IsMap()) return node_.size() == 0 ? "an empty map" : "a map";
  return "nothing";
}

YAML::Mark Field::mark() const {
  // yaml-cpp places a missing value ("key:" and nothing) at the next token,
  // often on the following line: point at the key instead.
  if ((!node_.IsDefined() || node_.IsNull()) && !is_null_mark(key_mark_)) return key_mark_;
  const YAML::Mark own = node_.IsDefined() ? node_.Mark() : YAML::Mark::null_mark();
  return is_null_mark(own) ? key_mark_ : own;
}

int Field::line() const { return mark().line + 1; }

Field Field::child(YAML::Node node, std::string path, YAML::Mark key_mark) const {
  return Field(*file_, std::move(node), std::move(path), key_mark);
}

std::vector<Field> Field::items() const {
  std::vector<Field> out;
  out.reserve(node_.size());
  std::size_t i = 0;
  for (const YAML::Node& item : node_) out.push_back(child(item, path_ + "[" + std::to_string(i++) + "]"));
  return out;
}

void Field::fail(const std::string& message) const {
  const YAML::Mark m = mark();
  if (is_null_mark(m)) throw ScenarioError(*file_, 0, 0, message);
  throw ScenarioError(*file_, m.line + 1, m.column + 1, message);
}

void Field::fail_must_be(const std::string& allowed) const { fail(path_ + " must be " + allowed + ", got " + found()); }

// ---- MapReader ---------------------------------------------------------------

MapReader::MapReader(const Field& map, MapSpec spec) : map_(map), spec_(std::move(spec)) {
  if (!map_.is_map())
    map_.fail_must_be(spec_.shape.empty() ? "a map with the keys " + join(spec_.allowed) : spec_.shape);
  check_keys();
  for (const std::string& key : spec_.required)
    if (!has(key)) fail_missing(key, "required: " + join(spec_.required));
}

void MapReader::check_keys() const {
  std::map<std::string, int> first_line;
  for (auto it = map_.node().begin(); it != map_.node().end(); ++it) {
    const Field key = map_.child(it->first, "a key in " + spec_.where);
    if (!key.is_scalar()) key.fail_must_be("a plain name");
    const std::string name = key.text();
    if (const auto seen = first_line.find(name); seen != first_line.end())
      key.fail("duplicate " + spec_.noun + " \"" + name + "\" in " + spec_.where + " (first given at line " +
               std::to_string(seen->second) + ")");
    first_line.emplace(name, key.line());
    bool known = false;
    for (const std::string& allowed : spec_.allowed) known = known || allowed == name;
    if (known) continue;
    std::string message = "unknown " + spec_.noun + " \"" + name + "\" in " + spec_.where;
    if (const auto guess = closest_match(name, spec_.allowed)) message += "; did you mean \"" + *guess + "\"?";
    key.fail(message + " (allowed: " + join(spec_.allowed) + ")");
  }
}

bool MapReader::has(std::string_view key) const { return get(key).has_value(); }

std::optional<Field> MapReader::get(std::string_view key) const {
  for (auto it = map_.node().begin(); it != map_.node().end(); ++it) {
    if (it->first.IsScalar() && it->first.Scalar() == key) {
      const std::string name(key);
      const std::string path = spec_.child_prefix.empty() ? name : spec_.child_prefix + "." + name;
      return map_.child(it->second, path, it->first.Mark());
    }
  }
  return std::nullopt;
}

Field MapReader::at(std::string_view key) const {
  auto f = get(key);
  if (!f) fail_missing(key, "required: " + join(spec_.required));
  return *f;
}

std::vector<std::string> MapReader::keys() const {
  std::vector<std::string> out;
  for (auto it = map_.node().begin(); it != map_.node().end(); ++it) out.push_back(it->first.Scalar());
  return out;
}

void MapReader::fail_missing(std::string_view key, const std::string& hint) const {
  map_.fail("missing " + spec_.noun + " \"" + std::string(key) + "\" in " + spec_.where + " (" + hint + ")");
}

// ---- scalars -------------------------------------------------------------------

std::string read_text(const Field& f) {
  if (!f.is_scalar() || f.text().empty()) f.fail_must_be("a non-empty text");
  return f.text();
}

double read_duration_s(const Field& f, bool positive) {
  const auto seconds = f.is_scalar() ? parse_duration_s(f.text()) : std::nullopt;
  if (!seconds) f.fail_must_be(duration_help);
  if (positive && *seconds <= 0) f.fail_must_be("a duration > 0");
  return *seconds;
}

double read_fraction(const Field& f) {
  const auto fraction = f.is_scalar() ? parse_fraction(f.text()) : std::nullopt;
  if (!fraction) f.fail_must_be(fraction_help);
  return *fraction;
}

double read_time_of_day_s(const Field& f) {
  const auto seconds = f.is_scalar() ? parse_time_of_day_s(f.text()) : std::nullopt;
  if (!seconds) f.fail_must_be("a time of day HH:MM from 00:00 to 24:00, e.g. \"08:00\"");
  return *seconds;
}

std::optional<double> number_in(const Field& f) {
  if (!f.is_scalar()) return std::nullopt;
  const std::string text = f.text();
  double value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
    return std::nullopt;
  return value;
}

std::optional<long long> integer_in(const Field& f) {
  if (!f.is_scalar()) return std::nullopt;
  const std::string text = f.text();
  long long value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

double read_number(const Field& f, double min, double max, bool min_exclusive, const std::string& allowed) {
  const auto value = number_in(f);
  if (!value || *value < min || (min_exclusive && *value == min) || *value > max) f.fail_must_be(allowed);
  return *value;
}

bool read_bool(const Field& f) {
  if (f.text() == "true" || f.text() == "yes") return true;
  if (f.text() == "false" || f.text() == "no") return false;
  f.fail_must_be("true or false");
}

long long read_integer(const Field& f, long long min, long long max, const std::string& allowed) {
  const auto value = integer_in(f);
  if (!value || *value < min || *value > max) f.fail_must_be(allowed);
  return *value;
}

std::string describe_duration(double seconds) {
  const auto whole = [](double x) { return std::abs(x - std::round(x)) < 1e-9 * std::max(1.0, std::abs(x)); };
  std::ostringstream out;
  out.precision(12);
  if (seconds > 0 && whole(seconds / 3600))
    out << std::round(seconds / 3600) << "h";
  else if (seconds > 0 && whole(seconds / 60))
    out << std::round(seconds / 60) << "min";
  else if (whole(seconds) || seconds >= 1)
    out << seconds << "s";
  else
    out << seconds * 1000 << "ms";
  return out.str();
}

}  // namespace ccsim::scenario_detail
