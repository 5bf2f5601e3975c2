#include "spelling.hpp"

#include <algorithm>

namespace ccsim::scenario_detail {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  const std::size_t n = a.size(), m = b.size();
  // Three rows suffice: the transposition looks two rows back.
  std::vector<std::size_t> before(m + 1), previous(m + 1), current(m + 1);
  for (std::size_t j = 0; j <= m; ++j) previous[j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        current[j] = std::min(current[j], before[j - 2] + 1);
    }
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return previous[m];
}

namespace {

// "rate" for "rate_per_hour", "staffing" for "staff": a shortened or extended
// key is a likelier intent than an equally distant unrelated one ("name").
std::optional<std::string> prefix_match(std::string_view word, const std::vector<std::string>& candidates) {
  constexpr std::size_t shortest = 3;
  std::optional<std::string> best;
  std::size_t best_gap = 0;
  for (const std::string& candidate : candidates) {
    if (word.size() < shortest || candidate.size() < shortest) continue;
    const bool related = candidate.starts_with(word) || word.starts_with(candidate);
    const std::size_t gap = std::max(candidate.size(), word.size()) - std::min(candidate.size(), word.size());
    if (related && (!best || gap < best_gap)) {
      best = candidate;
      best_gap = gap;
    }
  }
  return best;
}

}  // namespace

std::optional<std::string> closest_match(std::string_view word, const std::vector<std::string>& candidates) {
  if (auto related = prefix_match(word, candidates)) return related;
  const std::size_t threshold = std::max<std::size_t>(2, word.size() / 3);
  std::optional<std::string> best;
  std::size_t best_distance = threshold + 1;
  for (const std::string& candidate : candidates) {
    const std::size_t d = edit_distance(word, candidate);
    // Replacing every letter of a short word is no typo ("x" is not "k").
    if (d >= std::max(word.size(), candidate.size())) continue;
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  return best;
}

std::string join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out += ", ";
    out += w;
  }
  return out;
}

}  // namespace ccsim::scenario_detail
