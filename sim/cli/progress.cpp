#include "progress.hpp"

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <iostream>

#include <fmt/format.h>

#include "option_parsing.hpp"

namespace ccsim::cli {
namespace {

std::string duration_text(double s) {
  const long whole = std::lround(std::ceil(s));
  return whole >= 60 ? fmt::format("{}m{:02}s", whole / 60, whole % 60) : fmt::format("{}s", whole);
}

double seconds_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

}  // namespace

double progress_line_interval_s() {
  if (const char* text = std::getenv("CCSIM_PROGRESS_SECONDS")) {
    char* end = nullptr;
    const double s = std::strtod(text, &end);
    if (end != text && *end == '\0' && s > 0 && std::isfinite(s)) return s;
    throw UsageError("CCSIM_PROGRESS_SECONDS must be a number of seconds > 0 between progress lines, got \"" +
                     std::string(text) + "\"");
  }
  return 10;
}

Progress::Progress(std::string command, bool enabled)
    : command_(std::move(command)),
      enabled_(enabled),
      terminal_(::isatty(STDERR_FILENO)),
      every_s_(enabled ? progress_line_interval_s() : 0),
      start_(std::chrono::steady_clock::now()),
      last_line_(start_) {}

Progress::~Progress() { finish(); }

void Progress::show(const std::string& text) {
  if (!enabled_) return;
  text_ = text;
  redraw();
}

void Progress::redraw() {
  if (!enabled_ || text_.empty()) return;
  const std::string& text = text_;
  const double elapsed = seconds_since(start_);
  if (terminal_) {
    if (elapsed < 1.0) return;  // short work stays silent
    shown_ = true;
    std::cerr << "\r" << text << "\033[K" << std::flush;
    return;
  }
  if (seconds_since(last_line_) < every_s_) return;
  last_line_ = std::chrono::steady_clock::now();
  std::cerr << fmt::format("{}: {}, {} elapsed\n", command_, text, duration_text(elapsed)) << std::flush;
}

void Progress::finish() {
  if (shown_) std::cerr << "\r\033[K" << std::flush;
  shown_ = false;
}

std::string Progress::render(const std::string& what, int done, int total, double elapsed_s, bool bar) {
  constexpr int width = 30;
  std::string out;
  if (bar) {
    const int filled = total > 0 ? done * width / total : width;
    out = fmt::format("[{}{}] ", std::string(static_cast<std::size_t>(filled), '#'),
                      std::string(static_cast<std::size_t>(width - filled), '.'));
  }
  out += fmt::format("{}/{}", done, total);
  if (!bar && total > 0) out += fmt::format(" ({}%)", 100 * done / total);
  out += " " + what;
  out += done > 0 ? ", ETA " + duration_text(elapsed_s / done * (total - done)) : ", ETA -";
  return out;
}

std::function<void(int, int)> Progress::counter(std::shared_ptr<Progress> progress, std::string what, int done_before,
                                                int grand_total) {
  if (!progress->enabled_) return {};
  return [progress, what = std::move(what), done_before, grand_total](int done, int total) {
    const int all = std::max(grand_total, done_before + total);
    if (done_before + done == all) return progress->finish();
    // The ETA over the whole job: the time so far per replication done in it.
    progress->show(render(what, done_before + done, all, seconds_since(progress->start_), progress->terminal_));
  };
}

std::function<void(int, int)> Progress::ticker(std::shared_ptr<Progress> progress) {
  if (!progress->enabled_) return {};
  return [progress](int, int) { progress->redraw(); };
}

}  // namespace ccsim::cli
