#include "overrides.hpp"

#include <charconv>

#include "ccsim/scenario/scenario_error.hpp"
#include "spelling.hpp"

namespace ccsim {

Override parse_override(const std::string& text) {
  const auto eq = text.find('=');
  if (eq == std::string::npos || eq == 0 || eq + 1 == text.size())
    throw ScenarioError("--set " + text + ": expected KEY=VALUE, e.g. staff.agents.count=12 or seed=7");
  return Override{text.substr(0, eq), text.substr(eq + 1)};
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
  throw ScenarioError("--set " + o.key + "=" + o.value + ": " + why);
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

}  // namespace

void apply_override(YAML::Node root, const Override& o) {
  const std::vector<std::string> path = split_path(o.key);
  YAML::Node node;
  node.reset(root);  // rebind, never assign: Node::operator= would overwrite the content
  std::string where = "the scenario";
  for (std::size_t i = 0; i + 1 < path.size(); ++i) {
    if (path[i].empty()) refuse(o, "empty segment in the key");
    const YAML::Node next = step(node, path[i], where, o);
    node.reset(next);
    where = where == "the scenario" ? path[i] : where + "." + path[i];
  }
  const std::string& last = path.back();
  if (last.empty()) refuse(o, "empty segment in the key");
  if (!node.IsMap())
    refuse(o, where + (node.IsSequence()
                           ? " is a list; name an entry, e.g. " + o.key.substr(0, o.key.rfind('.')) + ".0." + last
                           : " is a single value, it has no \"" + last + "\""));
  const YAML::Node existing = static_cast<const YAML::Node&>(node)[last];
  if (existing && !existing.IsScalar())
    refuse(o, "\"" + o.key + "\" is a " + (existing.IsSequence() ? "list" : "map") +
                  "; --set replaces single values only (edit the file for lists and maps)");
  node[last] = o.value;  // a new key is checked by the reader like any other (unknown keys get "did you mean")
}

}  // namespace scenario_detail
}  // namespace ccsim
