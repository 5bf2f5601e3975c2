#pragma once
// Typed, checked access to the nodes of a scenario file. Every failure throws
// ScenarioError at the offending node's file:line:column, saying what was
// found and what is allowed. Private to the scenario layer (the only code that
// sees yaml-cpp).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

namespace ccsim::scenario_detail {

/// One node of the file, with the name messages use for it ("clock.interval",
/// "rate_per_hour[3]") and the position of its key (a missing value has no
/// useful position of its own).
class Field {
public:
  Field(const std::string& file, YAML::Node node, std::string path, YAML::Mark key_mark = YAML::Mark::null_mark());

  const YAML::Node& node() const { return node_; }
  const std::string& path() const { return path_; }
  bool is_scalar() const { return node_.IsScalar(); }
  bool is_list() const { return node_.IsSequence(); }
  bool is_map() const { return node_.IsMap(); }
  /// The scalar's text as written (without quotes); "" for non-scalars.
  std::string text() const { return is_scalar() ? node_.Scalar() : std::string(); }
  /// What the node holds, for "got ...": "\"-3\"", "a list", "a map", "nothing".
  std::string found() const;
  /// 1-based line of the node (of its key if the value is missing).
  int line() const;

  /// A node below this one, named `path`, whose key is at `key_mark`.
  Field child(YAML::Node node, std::string path, YAML::Mark key_mark = YAML::Mark::null_mark()) const;
  /// The elements of a list, named "path[i]". Precondition: is_list().
  std::vector<Field> items() const;

  /// Throws ScenarioError "file:line:column: message" at this node.
  [[noreturn]] void fail(const std::string& message) const;
  /// Throws "<path> must be <allowed>, got <found>".
  [[noreturn]] void fail_must_be(const std::string& allowed) const;

private:
  YAML::Mark mark() const;

  const std::string* file_;
  YAML::Node node_;
  std::string path_;
  YAML::Mark key_mark_;
};

/// What a map may and must contain.
struct MapSpec {
  std::string where;                  ///< "in <where>" in messages: "the scenario", "demand", "clock"
  std::vector<std::string> allowed;   ///< every key allowed, in the order messages list them
  std::vector<std::string> required;  ///< keys that must be present
  std::string child_prefix;           ///< children are named "<prefix>.<key>" ("<key>" if empty)
  std::string shape = "";             ///< "must be <shape>" when not a map; default "a map with the keys ..."
  std::string noun = "key";           ///< "unknown key" / "unknown distribution"
};

/// A map whose keys have been checked: all allowed (unknown ones get a "did
/// you mean"), none repeated, the required ones present.
class MapReader {
public:
  MapReader(const Field& map, MapSpec spec);

  const Field& field() const { return map_; }
  bool has(std::string_view key) const;
  std::optional<Field> get(std::string_view key) const;
  /// The value of a key known to be present (listed as required, or has() checked).
  Field at(std::string_view key) const;
  /// Keys in the order written.
  std::vector<std::string> keys() const;
  /// Throws "missing key "<key>" in <where> (<hint>)" at the map.
  [[noreturn]] void fail_missing(std::string_view key, const std::string& hint) const;

private:
  void check_keys() const;

  Field map_;
  MapSpec spec_;
};

/// A non-empty scalar, e.g. a name.
std::string read_text(const Field& f);
/// A duration with a unit, >= 0 (> 0 if `positive`).
double read_duration_s(const Field& f, bool positive = false);
/// "80%" or "0.8", in [0, 1].
double read_fraction(const Field& f);
/// "08:00" .. "24:00".
double read_time_of_day_s(const Field& f);
/// A finite number in [min, max] (or (min, max] if `min_exclusive`); otherwise
/// fails with "must be <allowed>".
double read_number(const Field& f, double min, double max, bool min_exclusive, const std::string& allowed);
/// An integer in [min, max]; "2.5" and "1e3" are refused.
long long read_integer(const Field& f, long long min, long long max, const std::string& allowed);
/// true or yes, false or no; else "must be true or false".
bool read_bool(const Field& f);
/// The scalar as a finite number, if it is one.
std::optional<double> number_in(const Field& f);
/// The scalar as an integer, if it is one.
std::optional<long long> integer_in(const Field& f);

/// "15min", "12h", "90s", "250ms": seconds written back the way a user would.
std::string describe_duration(double seconds);

}  // namespace ccsim::scenario_detail
