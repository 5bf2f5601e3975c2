// The shift covering program solved with GLPK: the LP relaxation by simplex,
// then branch and cut (glp_intopt) from its basis, under one time limit.
#include "ccsim/optimize/shift_covering.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <limits>
#include <memory>
#include <numeric>
#include <string>

#include <fmt/format.h>
#include <glpk.h>

#include "ccsim/optimize/staffing_plan.hpp"
#include "cover_heuristic.hpp"

namespace ccsim {
namespace {

using WallClock = std::chrono::steady_clock;
using Problem = std::unique_ptr<glp_prob, decltype(&glp_delete_prob)>;

double seconds_since(WallClock::time_point t) { return std::chrono::duration<double>(WallClock::now() - t).count(); }
int milliseconds(double s) { return static_cast<int>(std::clamp(s * 1000.0, 1.0, 2e9)); }

// Rows: one per interval, on-duty agents >= requirement. Columns: patterns, integer >= 0.
Problem build(const std::vector<ShiftPattern>& patterns, const std::vector<int>& requirement) {
  Problem lp(glp_create_prob(), &glp_delete_prob);
  glp_set_obj_dir(lp.get(), GLP_MIN);
  const int rows = static_cast<int>(requirement.size()), cols = static_cast<int>(patterns.size());
  glp_add_rows(lp.get(), rows);
  for (int i = 0; i < rows; ++i) glp_set_row_bnds(lp.get(), i + 1, GLP_LO, requirement[static_cast<std::size_t>(i)], 0);
  glp_add_cols(lp.get(), cols);
  std::vector<int> ia{0}, ja{0};
  std::vector<double> ar{0};
  for (int j = 0; j < cols; ++j) {
    const ShiftPattern& p = patterns[static_cast<std::size_t>(j)];
    glp_set_col_bnds(lp.get(), j + 1, GLP_LO, 0, 0);
    glp_set_col_kind(lp.get(), j + 1, GLP_IV);
    glp_set_obj_coef(lp.get(), j + 1, p.paid_hours);
    for (int i = std::max(0, p.start); i < std::min(rows, p.end); ++i)
      if (p.on_duty(i)) {
        ia.push_back(i + 1);
        ja.push_back(j + 1);
        ar.push_back(1.0);
      }
  }
  glp_load_matrix(lp.get(), static_cast<int>(ia.size()) - 1, ia.data(), ja.data(), ar.data());
  return lp;
}

bool solve_lp(glp_prob* lp, double time_limit_s) {
  glp_smcp parm;
  glp_init_smcp(&parm);
  parm.msg_lev = GLP_MSG_OFF;
  parm.tm_lim = milliseconds(time_limit_s);
  glp_adv_basis(lp, 0);
  return glp_simplex(lp, &parm) == 0 && glp_get_status(lp) == GLP_OPT;
}

// Among plans of equal paid hours, prefer fewer shifts: each shift costs an
// extra w, small enough that w times any sensible number of shifts stays below
// the smallest possible difference in paid hours (their gcd over the patterns).
// Returns the granularity of paid hours, g: every plan's paid hours are a multiple of it.
double add_tie_break(glp_prob* lp, const std::vector<ShiftPattern>& patterns, double upper_bound_h) {
  std::int64_t g = 0;
  double cheapest_h = std::numeric_limits<double>::max();
  for (const ShiftPattern& p : patterns) {
    g = std::gcd(g, static_cast<std::int64_t>(std::llround(p.paid_hours * 3600)));
    cheapest_h = std::min(cheapest_h, p.paid_hours);
  }
  const double most_shifts = std::floor(upper_bound_h / cheapest_h) + 1;
  const double w = (static_cast<double>(std::max<std::int64_t>(g, 1)) / 3600.0) / (2 * most_shifts);
  for (std::size_t j = 0; j < patterns.size(); ++j)
    glp_set_obj_coef(lp, static_cast<int>(j) + 1, patterns[j].paid_hours + w);
  return static_cast<double>(std::max<std::int64_t>(g, 1)) / 3600.0;
}

// A proven bound on paid hours from one on the tie-broken objective: the tie
// break adds less than g/2 to any sensible plan, and paid hours are multiples of g.
double paid_bound(double tie_broken_bound, double g) { return std::ceil((tie_broken_bound - g / 2) / g - 1e-9) * g; }

std::vector<double> lp_solution(glp_prob* lp, int cols) {
  std::vector<double> x;
  for (int j = 1; j <= cols; ++j) x.push_back(glp_get_col_prim(lp, j));
  return x;
}

double paid_hours_of(const std::vector<ShiftPattern>& patterns, const std::vector<int>& x) {
  double h = 0;
  for (std::size_t j = 0; j < patterns.size(); ++j) h += patterns[j].paid_hours * x[j];
  return h;
}

// Branch and cut is handed the repaired LP plan as its first incumbent, keeps
// the best bound it has proven, and is stopped as soon as the incumbent's paid
// hours equal that bound: the tie break between equally cheap plans is not
// worth proving.
struct TreeInfo {
  const std::vector<ShiftPattern>* patterns = nullptr;
  double g = 1;               // granularity of paid hours
  std::vector<double> start;  // 1-based, as GLPK wants it
  double incumbent_h = std::numeric_limits<double>::infinity();
  double bound = 0;  // on the tie-broken objective
  bool given = false, proven = false;
};

double incumbent_paid_hours(glp_tree* tree, const std::vector<ShiftPattern>& patterns) {
  glp_prob* p = glp_ios_get_prob(tree);
  double h = 0;
  for (std::size_t j = 0; j < patterns.size(); ++j)
    h += patterns[j].paid_hours * std::round(glp_mip_col_val(p, static_cast<int>(j) + 1));
  return h;
}

void on_tree(glp_tree* tree, void* info) {
  auto* t = static_cast<TreeInfo*>(info);
  const int reason = glp_ios_reason(tree);
  if (reason == GLP_IHEUR && !t->given) {
    t->given = true;
    glp_ios_heur_sol(tree, t->start.data());
  }
  if (reason == GLP_IBINGO || (reason == GLP_IHEUR && t->given))
    t->incumbent_h = std::min(t->incumbent_h, incumbent_paid_hours(tree, *t->patterns));
  const int best = glp_ios_best_node(tree);
  if (best != 0) t->bound = glp_ios_node_bound(tree, best);
  if (t->incumbent_h <= paid_bound(t->bound, t->g) + 1e-9) {
    t->proven = true;
    glp_ios_terminate(tree);
  }
}

void check_program(const std::vector<ShiftPattern>& patterns, const std::vector<int>& requirement,
                   const CoverOptions& o) {
  if (patterns.size() > o.max_patterns)
    throw StaffingError("the shift program is too large: " + std::to_string(patterns.size()) +
                        " shift patterns (lengths x start times x break placements), at most " +
                        std::to_string(o.max_patterns) + "; coarsen start_every or narrow the break windows");
  if (const auto i = first_uncoverable(patterns, requirement))
    throw StaffingError("no allowed shift is on duty in interval " + std::to_string(*i) + ", which needs " +
                        std::to_string(requirement[static_cast<std::size_t>(*i)]) + " agents");
}

}  // namespace

CoverSolution solve_cover(const std::vector<ShiftPattern>& patterns, const std::vector<int>& requirement,
                          const CoverOptions& o) {
  check_program(patterns, requirement, o);
  const auto started = WallClock::now();
  glp_term_out(GLP_OFF);
  Problem lp = build(patterns, requirement);
  const int cols = static_cast<int>(patterns.size());
  if (!solve_lp(lp.get(), o.time_limit_s))
    throw StaffingError(fmt::format("the shift program's LP relaxation ({} patterns x {} intervals) was not "
                                    "solved within the time limit of {:g} s; raise --shift-time-limit",
                                    patterns.size(), requirement.size(), o.time_limit_s));
  CoverSolution s;
  s.lower_bound_hours = glp_get_obj_val(lp.get());
  const std::vector<int> fallback = repaired_cover(patterns, requirement, lp_solution(lp.get(), cols));
  const double g = add_tie_break(lp.get(), patterns, paid_hours_of(patterns, fallback));
  solve_lp(lp.get(), std::max(0.001, o.time_limit_s - seconds_since(started)));
  TreeInfo tree;
  tree.patterns = &patterns;
  tree.g = g;
  tree.start.push_back(0);
  tree.start.insert(tree.start.end(), fallback.begin(), fallback.end());
  tree.bound = s.lower_bound_hours;
  glp_iocp parm;
  glp_init_iocp(&parm);
  parm.msg_lev = GLP_MSG_OFF;
  parm.tm_lim = milliseconds(o.time_limit_s - seconds_since(started));
  parm.cb_func = on_tree;
  parm.cb_info = &tree;
  const int rc = glp_intopt(lp.get(), &parm);
  const int status = glp_mip_status(lp.get());
  if (status == GLP_OPT || status == GLP_FEAS) {
    for (int j = 1; j <= cols; ++j) s.counts.push_back(static_cast<int>(std::lround(glp_mip_col_val(lp.get(), j))));
    s.status = tree.proven || (rc == 0 && status == GLP_OPT) ? CoverStatus::optimal : CoverStatus::time_limit;
  } else {
    s.counts = fallback;
    s.status = CoverStatus::time_limit_lp;
  }
  s.paid_hours = paid_hours_of(patterns, s.counts);
  const double bound = std::max(paid_bound(s.lower_bound_hours + g / 2, g), paid_bound(tree.bound, g));
  s.lower_bound_hours = s.status == CoverStatus::optimal ? s.paid_hours : std::min(bound, s.paid_hours);
  s.gap = s.paid_hours > 0 ? (s.paid_hours - s.lower_bound_hours) / s.paid_hours : 0;
  s.shifts = std::accumulate(s.counts.begin(), s.counts.end(), 0);
  s.seconds = seconds_since(started);
  return s;
}

const char* cover_status_name(CoverStatus s) {
  switch (s) {
  case CoverStatus::optimal: return "optimal";
  case CoverStatus::time_limit: return "time limit hit, best plan found";
  case CoverStatus::time_limit_lp: return "time limit hit, LP optimum rounded and repaired";
  }
  return "?";
}

}  // namespace ccsim
