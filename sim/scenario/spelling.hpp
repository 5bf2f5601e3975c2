#pragma once
// "Did you mean" suggestions for misspelt keys and names.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ccsim::scenario_detail {

/// Optimal-string-alignment distance (Levenshtein plus adjacent transpositions,
/// so "pateince" is one edit from "patience"). Case-sensitive.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate `word` most likely stands for: one it abbreviates or extends
/// ("rate" -> "rate_per_hour"), else the closest within max(2, |word| / 3)
/// edits that is not a complete rewrite of a short word. Ties go to the earlier
/// candidate; nullopt when nothing is close.
std::optional<std::string> closest_match(std::string_view word, const std::vector<std::string>& candidates);

/// "a, b, c".
std::string join(const std::vector<std::string>& words);

}  // namespace ccsim::scenario_detail
