#pragma once
// A progress bar on stderr for long runs: shown only on a terminal, only once
// a run has taken more than a second, and erased when the run ends.
#include <chrono>
#include <functional>
#include <string>

namespace ccsim::cli {

class ProgressBar {
public:
  /// `what` names the unit of work, e.g. "replications".
  explicit ProgressBar(std::string what);
  /// A callback for RunOptions::on_progress when stderr is a terminal and
  /// `enabled`; an empty function otherwise.
  std::function<void(int, int)> callback(bool enabled);

  /// The bar's text after `done` of `total` with `elapsed_s` spent (no terminal codes).
  static std::string render(const std::string& what, int done, int total, double elapsed_s);

private:
  std::string what_;
};

}  // namespace ccsim::cli
