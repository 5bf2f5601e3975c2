#include "progress_bar.hpp"

#include <unistd.h>

#include <cmath>
#include <iostream>

#include <fmt/format.h>

namespace ccsim::cli {

ProgressBar::ProgressBar(std::string what) : what_(std::move(what)) {}

std::string ProgressBar::render(const std::string& what, int done, int total, double elapsed_s) {
  constexpr int width = 30;
  const int filled = total > 0 ? done * width / total : width;
  const std::string bar = fmt::format("[{}{}]", std::string(static_cast<std::size_t>(filled), '#'),
                                      std::string(static_cast<std::size_t>(width - filled), '.'));
  std::string eta = "ETA -";
  if (done > 0) {
    const double remaining = elapsed_s / done * (total - done);
    eta = remaining >= 60
              ? fmt::format("ETA {}m{:02}s", static_cast<int>(remaining) / 60, static_cast<int>(remaining) % 60)
              : fmt::format("ETA {}s", static_cast<int>(std::ceil(remaining)));
  }
  return fmt::format("{} {}/{} {}, {}", bar, done, total, what, eta);
}

std::function<void(int, int)> ProgressBar::callback(bool enabled) {
  if (!enabled || !::isatty(STDERR_FILENO)) return {};
  // The callback owns its state, so it may outlive this object.
  return [what = what_, start = std::chrono::steady_clock::now(), shown = false](int done, int total) mutable {
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (done == total) {
      if (shown) std::cerr << "\r\033[K" << std::flush;  // erase: the results follow
      return;
    }
    if (elapsed < 1.0) return;  // short runs stay silent
    shown = true;
    std::cerr << "\r" << render(what, done, total, elapsed) << "\033[K" << std::flush;
  };
}

}  // namespace ccsim::cli
