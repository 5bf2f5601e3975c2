#include "yaml_document.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sstream>
#include <vector>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>

#include "ccsim/scenario/scenario_error.hpp"
#include "yaml_reader.hpp"

namespace ccsim {
namespace {

constexpr std::size_t max_scenario_bytes = 16u << 20;

// Where each YAML document of a stream starts, read without building nodes.
// yaml-cpp 0.7 (Debian 12) can loop for ever on some malformed input (a
// stray ',' at the top, "!,s"): its parser returns empty documents that all
// start at the same place, and YAML::LoadAll never ends (upstream issue
// #1040). A document that starts where the previous one did means that.
class DocumentStarts : public YAML::EventHandler {
public:
  void OnDocumentStart(const YAML::Mark& mark) override { starts.push_back(mark); }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
  std::vector<YAML::Mark> starts;
};

ScenarioError yaml_error(const std::string& file, const YAML::Mark& mark, const std::string& what) {
  const bool placed = mark.line >= 0 && mark.column >= 0;
  return ScenarioError(file, placed ? mark.line + 1 : 0, placed ? mark.column + 1 : 0, "not valid YAML: " + what);
}

// How many documents the text holds; refuses a stream the parser cannot get through.
std::size_t count_documents(const std::string& text, const std::string& file) {
  std::istringstream in(text);
  YAML::Parser parser(in);
  DocumentStarts documents;
  // Every real document consumes input, so there are at most as many as characters.
  while (documents.starts.size() <= text.size() && parser.HandleNextDocument(documents)) {
    const auto& s = documents.starts;
    if (s.size() >= 2 && s[s.size() - 1].pos == s[s.size() - 2].pos)
      throw yaml_error(file, s.back(), "no value can be read from here (a ',' outside a [ ] or { } list?)");
  }
  if (documents.starts.size() > text.size())
    throw yaml_error(file, documents.starts.back(), "no value can be read from here");
  return documents.starts.size();
}

}  // namespace

YAML::Node parse_yaml(const std::string& text, const std::string& file) {
  YAML::Node root;
  try {
    const std::size_t documents = count_documents(text, file);
    if (documents > 1) {
      // The second document, parsed alone, for the position of the message.
      std::vector<YAML::Node> all = YAML::LoadAll(text);
      scenario_detail::Field(file, all.at(1), "the file")
          .fail("the file holds " + std::to_string(documents) +
                " YAML documents (separated by ---); a scenario is a single document");
    }
    root = YAML::Load(text);                // the first (and only) document
  } catch (const YAML::DeepRecursion& e) {  // yaml-cpp says only "bad file"
    throw yaml_error(file, e.mark,
                     "lists and maps nest too deeply (the reader gave up here, at " + std::to_string(e.depth()) +
                         " levels of its recursion; a scenario nests a few levels)");
  } catch (const YAML::Exception& e) {
    throw yaml_error(file, e.mark, e.msg);
  }
  if (root.IsNull())
    throw ScenarioError(file, 1, 1,
                        "the scenario is empty; expected a map with at least the keys clock, demand, staff");
  return root;
}

std::string read_file(const std::string& path) {
  const auto unreadable = [&path] {
    return ScenarioError(path + ": cannot read the scenario file (" + std::strerror(errno) + ")");
  };
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (!file) throw unreadable();
  std::string text;
  char buffer[65536];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0 && text.size() <= max_scenario_bytes)
    text.append(buffer, n);
  if (text.size() > max_scenario_bytes) {
    std::fclose(file);
    throw ScenarioError(path + ": the scenario file is larger than 16 MiB, the limit (the parser needs about 30 "
                               "times its size in memory; a year of 15-minute per-interval lists takes about 2 MiB)");
  }
  const bool failed = std::ferror(file) != 0;
  const int error = errno;
  std::fclose(file);
  errno = error;
  if (failed) throw unreadable();
  return text;
}

}  // namespace ccsim
