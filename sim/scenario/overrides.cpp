#include "overrides.hpp"

#include <charconv>
#include <cmath>
#include <optional>

#include "ccsim/scenario/scenario_error.hpp"
#include "ccsim/scenario/units.hpp"
#include "spelling.hpp"

namespace ccsim {

Override parse_override(const std::string& text) {
  const auto eq = text.find('=');
  if (eq == std::string::npos || eq == 0 || eq + 1 == text.size())
    throw ScenarioError("--set " + text + ": expected KEY=VALUE, e.g. staff.agents.count=12 or seed=7");
  Override o{text.substr(0, eq), text.substr(eq + 1)};
  if (o.key.back() == '*' || o.key.back() == '+') {
    o.op = o.key.back() == '*' ? Override::scale : Override::add;
    o.key.pop_back();
    if (o.key.empty()) throw ScenarioError("--set " + text + ": expected KEY*=FACTOR or KEY+=NUMBER");
  }
  return o;
}

namespace scenario_detail {
namespace {

std::vector<std::string> split_path(const std::string& key) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (;;) {
    const auto dot = key.find('.', start);
    out.push_back(key.substr(start, dot - start));
    if (dot == std::string::npos) return out;
    start = dot + 1;
  }
}

[[noreturn]] void refuse(const Override& o, const std::string& why) {
  throw ScenarioError("--set " + o.text() + ": " + why);
}

std::vector<std::string> keys_of(const YAML::Node& map) {
  std::vector<std::string> keys;
  for (const auto& kv : map)
    if (kv.first.IsScalar()) keys.push_back(kv.first.Scalar());
  return keys;
}

// The child of `node` named `segment` (a map key, or a list entry by name or index).
YAML::Node step(const YAML::Node& node, const std::string& segment, const std::string& where, const Override& o) {
  if (node.IsMap()) {
    if (const YAML::Node child = node[segment]) return child;
    const std::vector<std::string> keys = keys_of(node);
    const auto guess = closest_match(segment, keys);
    refuse(o, "no key \"" + segment + "\" in " + where + (guess ? "; did you mean \"" + *guess + "\"?" : "") +
                  " (present: " + join(keys) + ")");
  }
  if (node.IsSequence()) {
    std::vector<std::string> names;
    for (const YAML::Node& item : node) {
      const YAML::Node name = item.IsMap() ? item["name"] : YAML::Node();
      if (name && name.IsScalar()) {
        if (name.Scalar() == segment) return item;
        names.push_back(name.Scalar());
      }
    }
    std::size_t index = 0;
    const auto [end, ec] = std::from_chars(segment.data(), segment.data() + segment.size(), index);
    if (ec == std::errc() && end == segment.data() + segment.size() && index < node.size()) return node[index];
    const auto guess = closest_match(segment, names);
    refuse(o, "no entry \"" + segment + "\" in " + where + (guess ? "; did you mean \"" + *guess + "\"?" : "") +
                  " (entries: " + join(names) + ", or an index from 0)");
  }
  refuse(o, where + " is a single value, it has no \"" + segment + "\"");
}

// A plain number's text ("12", "0.5", "-3"), if the scalar is one.
std::optional<double> plain_number(const std::string& text) {
  double v = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

// The shortest text that reads back as `v` ("36", "1.2", "0.30000000000000004").
std::string number_text(double v) {
  char buffer[64];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
  return ec == std::errc() ? std::string(buffer, end) : std::to_string(v);
}

// `existing` (a number, or a list of numbers) scaled or shifted by o.value.
YAML::Node edited(const YAML::Node& existing, const Override& o) {
  const auto by = plain_number(o.value);
  if (!by)
    refuse(o, std::string("the ") + (o.op == Override::scale ? "factor" : "number to add") +
                  " must be a plain number, e.g. 1.2 or -3");
  const auto edit_one = [&](const YAML::Node& value) {
    const auto v = value.IsScalar() ? plain_number(value.Scalar()) : std::nullopt;
    if (v) return number_text(o.op == Override::scale ? *v * *by : *v + *by);
    // A duration scales too ("4min" *= 1.1 -> "264s"); adding a bare number to one would need a unit.
    const auto d = value.IsScalar() ? parse_duration_s(value.Scalar()) : std::nullopt;
    if (d && o.op == Override::scale) return number_text(*d * *by) + "s";
    refuse(o, std::string(o.op == Override::scale ? "*= edits plain numbers and durations" : "+= edits plain numbers") +
                  " (or lists of them); this value is \"" + YAML::Dump(value) + "\"");
  };
  if (existing.IsScalar()) return YAML::Node(edit_one(existing));
  if (!existing.IsSequence())
    refuse(o, std::string(o.op == Override::scale ? "*=" : "+=") + " edits a number or a list of numbers, not a map");
  YAML::Node list(YAML::NodeType::Sequence);
  for (const YAML::Node& item : existing) list.push_back(edit_one(item));
  list.SetStyle(YAML::EmitterStyle::Flow);
  return list;
}

}  // namespace

namespace {

// Applies `o` below `node` (reached by the segments before `from`): a "*"
// segment applies the rest of the path to every entry of a list.
void apply_from(YAML::Node node, const std::vector<std::string>& path, std::size_t from, std::string where,
                const Override& o, std::vector<YAML::Node>& edited_maps) {
  for (std::size_t i = from; i + 1 < path.size(); ++i) {
    if (path[i].empty()) refuse(o, "empty segment in the key");
    const std::string here = where == "the scenario" ? path[i] : where + "." + path[i];
    if (path[i] == "*") {
      if (!node.IsSequence() || node.size() == 0)
        refuse(o, "\"*\" stands for every entry of a list; " + where + " is not a list");
      for (std::size_t k = 0; k < node.size(); ++k) {
        YAML::Node entry;
        entry.reset(node[k]);
        apply_from(entry, path, i + 1, where + "." + std::to_string(k), o, edited_maps);
      }
      return;
    }
    const YAML::Node next = step(node, path[i], where, o);
    node.reset(next);
    where = here;
  }
  const std::string& last = path.back();
  if (last.empty()) refuse(o, "empty segment in the key");
  if (!node.IsMap())
    refuse(o, where + (node.IsSequence() ? " is a list; name an entry, e.g. " + o.key.substr(0, o.key.rfind('.')) +
                                               ".0." + last + " (or * for every entry)"
                                         : " is a single value, it has no \"" + last + "\""));
  // Entries that share one map (a YAML anchor and its aliases) are edited once.
  for (const YAML::Node& done : edited_maps)
    if (done.is(node)) return;
  edited_maps.push_back(node);
  const YAML::Node existing = static_cast<const YAML::Node&>(node)[last];
  if (o.op != Override::replace) {
    if (!existing) {
      const std::vector<std::string> keys = keys_of(node);
      const auto guess = closest_match(last, keys);
      refuse(o, "no key \"" + last + "\" in " + where + " to " + (o.op == Override::scale ? "scale" : "add to") +
                    (guess ? "; did you mean \"" + *guess + "\"?" : "") + " (present: " + join(keys) + ")");
    }
    node[last] = edited(existing, o);
    return;
  }
  if (existing && !existing.IsScalar())
    refuse(o, "\"" + o.key + "\" is a " + (existing.IsSequence() ? "list" : "map") +
                  "; --set replaces single values only (edit the file for lists and maps)");
  node[last] = o.value;  // a new key is checked by the reader like any other (unknown keys get "did you mean")
}

}  // namespace

void apply_override(YAML::Node root, const Override& o) {
  YAML::Node node;
  node.reset(root);  // rebind, never assign: Node::operator= would overwrite the content
  std::vector<YAML::Node> edited_maps;
  apply_from(node, split_path(o.key), 0, "the scenario", o, edited_maps);
}

}  // namespace scenario_detail
}  // namespace ccsim
