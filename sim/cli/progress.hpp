#pragma once
// Progress of long work on stderr, never in the results. On a terminal: a
// line redrawn in place once the work has taken a second, erased when it
// ends. Elsewhere (a log, a batch job): one plain line every
// progress_line_interval_s() seconds once the work has taken that long, so a
// long run off a terminal is not silent. Never with --quiet.
#include <chrono>
#include <functional>
#include <memory>
#include <string>

namespace ccsim::cli {

/// Seconds between progress lines off a terminal: 10, or the environment's
/// CCSIM_PROGRESS_SECONDS (a number > 0).
double progress_line_interval_s();

class Progress {
public:
  /// `command` prefixes lines off a terminal ("ccsim staff: ..."); a disabled
  /// progress shows nothing.
  Progress(std::string command, bool enabled);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  /// What the work is doing now, e.g. "simulation search, 12 evaluations".
  void show(const std::string& text);
  /// The work has ended: the terminal's line is erased (the results follow).
  void finish();

  /// A RunOptions::on_progress callback counting `what` ("replications,
  /// now at 37") on `progress`, with a bar and an ETA; empty when it is
  /// disabled. Several runs (a sweep's values, compare's A and B) share one
  /// count: this run's replications follow `done_before` of `grand_total`.
  static std::function<void(int, int)> counter(std::shared_ptr<Progress> progress, std::string what,
                                               int done_before = 0, int grand_total = 0);
  /// A RunOptions::on_progress callback that redraws the stage last shown
  /// (a long verification keeps its line coming); empty when disabled.
  static std::function<void(int, int)> ticker(std::shared_ptr<Progress> progress);
  /// The counter's text after `done` of `total` with `elapsed_s` spent.
  static std::string render(const std::string& what, int done, int total, double elapsed_s, bool bar);

private:
  void redraw();

  std::string command_, text_;
  bool enabled_, terminal_, shown_ = false;
  double every_s_;
  std::chrono::steady_clock::time_point start_, last_line_;
};

}  // namespace ccsim::cli
