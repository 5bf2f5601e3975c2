#include "progress.hpp"

#include <unistd.h>

#include <cmath>
#include <cstdlib>
#include <iostream>

#include <fmt/format.h>

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
  }
  return 10;
}

Progress::Progress(std::string command, bool enabled)
    : command_(std::move(command)),
      enabled_(enabled),
      terminal_(::isatty(STDERR_FILENO)),
      start_(std::chrono::steady_clock::now()),
      last_line_(start_) {}

Progress::~Progress() { finish(); }

void Progress::show(const std::string& text) {
  if (!enabled_) return;
  const double elapsed = seconds_since(start_);
  if (terminal_) {
    if (elapsed < 1.0) return;  // short work stays silent
    shown_ = true;
    std::cerr << "\r" << text << "\033[K" << std::flush;
    return;
  }
  const double every = progress_line_interval_s();
  if (seconds_since(last_line_) < every) return;
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
  out += fmt::format("{}/{} {}", done, total, what);
  if (!bar && total > 0) out += fmt::format(" ({}%)", 100 * done / total);
  out += done > 0 ? ", ETA " + duration_text(elapsed_s / done * (total - done)) : ", ETA -";
  return out;
}

std::function<void(int, int)> Progress::counter(std::shared_ptr<Progress> progress, std::string what) {
  if (!progress->enabled_) return {};
  return [progress, what = std::move(what), start = std::chrono::steady_clock::now()](int done, int total) {
    if (done == total) return progress->finish();
    progress->show(render(what, done, total, seconds_since(start), progress->terminal_));
  };
}

}  // namespace ccsim::cli
