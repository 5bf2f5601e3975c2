#include "ccsim/model/targets.hpp"

#include <cmath>
#include <cstdio>

namespace ccsim {
namespace {

// NaN (undefined) never counts as a miss.
bool below(double value, double floor) { return !std::isnan(value) && value < floor - 1e-12; }
bool above(double value, double ceiling) { return !std::isnan(value) && value > ceiling + 1e-12; }

// "%g" as fmt's {:g} writes it: 80, 2.5, 0.1.
std::string g(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", v);
  return buffer;
}

}  // namespace

Targets Targets::per_interval() const {
  Targets t = *this;
  if (daily.service_level) t.service_level.reset();
  if (daily.abandonment) t.abandonment_at_most.reset();
  if (daily.asa) t.asa_at_most_s.reset();
  if (daily.occupancy) t.occupancy_at_most.reset();
  if (daily.lane_queue) t.lane_queue_mean_at_most.reset(), t.lane_queue_max_below.reset();
  if (daily.food_wait) t.food_wait_at_most_s.reset();
  t.daily = {};
  return t;
}

Targets Targets::daily_only() const {
  Targets t;
  if (daily.service_level) t.service_level = service_level;
  if (daily.abandonment) t.abandonment_at_most = abandonment_at_most;
  if (daily.asa) t.asa_at_most_s = asa_at_most_s;
  if (daily.occupancy) t.occupancy_at_most = occupancy_at_most;
  if (daily.lane_queue)
    t.lane_queue_mean_at_most = lane_queue_mean_at_most, t.lane_queue_max_below = lane_queue_max_below;
  if (daily.food_wait) t.food_wait_at_most_s = food_wait_at_most_s;
  t.daily = daily;
  return t;
}

namespace {

TargetSet each(const TargetSet& set, Targets (Targets::*part)() const) {
  TargetSet out((set.all.*part)());
  for (const Targets& t : set.by_class) out.by_class.push_back((t.*part)());
  return out;
}

}  // namespace

TargetSet TargetSet::per_interval() const { return each(*this, &Targets::per_interval); }
TargetSet TargetSet::daily_only() const { return each(*this, &Targets::daily_only); }

std::string targets_summary(const Targets& t) {
  std::string text;
  const auto add = [&text](const std::string& part, bool daily) {
    text += (text.empty() ? "" : ", ") + part + (daily ? " for the day" : "");
  };
  if (t.service_level) {
    char at_least[32];
    std::snprintf(at_least, sizeof at_least, "%.0f", 100 * t.service_level->at_least);
    add("SL >= " + std::string(at_least) + "% within " + g(t.service_level->answered_within_s) + " s",
        t.daily.service_level);
  }
  if (t.abandonment_at_most) add("abandonment <= " + g(100 * *t.abandonment_at_most) + "%", t.daily.abandonment);
  if (t.asa_at_most_s) add("ASA <= " + g(*t.asa_at_most_s) + " s", t.daily.asa);
  if (t.occupancy_at_most) add("occupancy <= " + g(100 * *t.occupancy_at_most) + "%", t.daily.occupancy);
  if (t.lane_queue_mean_at_most) add("queue per lane <= " + g(*t.lane_queue_mean_at_most), t.daily.lane_queue);
  if (t.lane_queue_max_below)
    add("fewer than " + std::to_string(*t.lane_queue_max_below) + " waiting per lane", t.daily.lane_queue);
  if (t.food_wait_at_most_s) add("food wait <= " + g(*t.food_wait_at_most_s) + " s", t.daily.food_wait);
  return text;
}

std::string missed_labels(const Targets& all, const TargetedValues& v, Judged judged) {
  const Targets t = judged == Judged::interval ? all.per_interval() : all;
  std::string labels;
  const auto add = [&labels](const char* label) {
    if (!labels.empty()) labels += ' ';
    labels += label;
  };
  if (t.service_level && below(v.service_level, t.service_level->at_least)) add("SL");
  if (t.abandonment_at_most && above(v.abandon_rate, *t.abandonment_at_most)) add("AB");
  if (t.asa_at_most_s && above(v.asa_s, *t.asa_at_most_s)) add("ASA");
  if (t.occupancy_at_most && above(v.occupancy, *t.occupancy_at_most)) add("OCC");
  if (t.lane_queue_mean_at_most && above(v.mean_lane_queue, *t.lane_queue_mean_at_most)) add("LQ");
  // "fewer than N": a maximum of N or more misses (means over replications may lie between).
  if (t.lane_queue_max_below && !std::isnan(v.max_lane_queue) && v.max_lane_queue > *t.lane_queue_max_below - 1 + 1e-12)
    add("MAXQ");
  if (t.food_wait_at_most_s && above(v.food_wait_s, *t.food_wait_at_most_s)) add("FOOD");
  return labels;
}

}  // namespace ccsim
