// Statistics: Student-t confidence intervals and exact time integrals split
// across reporting intervals.
#include <array>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

#include <catch2/catch.hpp>

#include "ccsim/model/estimate.hpp"
#include "ccsim/model/kpi.hpp"
#include "ccsim/model/replication_recorder.hpp"

using namespace ccsim;

TEST_CASE("Student t quantiles match the tables", "[statistics]") {
  CHECK(student_t_quantile(0.95, 1) == Approx(12.7062).epsilon(1e-5));
  CHECK(student_t_quantile(0.95, 4) == Approx(2.7764).epsilon(1e-4));
  CHECK(student_t_quantile(0.95, 19) == Approx(2.0930).epsilon(1e-4));
  CHECK(student_t_quantile(0.999, 19) == Approx(3.8834).epsilon(1e-4));
}

TEST_CASE("estimate: mean and 95% half-width, undefined values skipped", "[statistics]") {
  // Values 1..5: mean 3, s = sqrt(2.5), half-width t(0.95,4) s / sqrt(5).
  const Estimate e = estimate({1, 2, std::numeric_limits<double>::quiet_NaN(), 3, 4, 5});
  CHECK(e.n == 5);
  CHECK(e.mean == Approx(3));
  CHECK(e.ci95 == Approx(2.776445 * std::sqrt(2.5) / std::sqrt(5.0)).epsilon(1e-6));
  const Estimate one = estimate({7});
  CHECK(one.mean == 7);
  CHECK(std::isnan(one.ci95));
  CHECK(std::isnan(estimate({}).mean));
}

TEST_CASE("a level is integrated exactly and split at interval boundaries", "[statistics]") {
  ReplicationRecorder r(3, 10, 20);
  r.queue().add(5, 1);    // 1 waiting from 5
  r.queue().add(12, 1);   // 2 from 12
  r.queue().add(25, -2);  // 0 from 25
  const auto t = r.finish(30);
  CHECK(t[0].queue_area == Approx(5));       // 1 x [5,10)
  CHECK(t[1].queue_area == Approx(2 + 16));  // 1 x [10,12) + 2 x [12,20)
  CHECK(t[2].queue_area == Approx(10));      // 2 x [20,25)
  CHECK(t[0].max_queue == 1);
  CHECK(t[1].max_queue == 2);
  CHECK(t[2].max_queue == 2);  // 2 waiting when the interval began
  CHECK(t[0].queue_at_end == 1);
  CHECK(t[1].queue_at_end == 2);
  CHECK(t[2].queue_at_end == 0);
}

TEST_CASE("KPIs from a tally follow their stated definitions", "[statistics]") {
  IntervalTally t;
  t.offered = 10;
  t.blocked = 2;
  t.answered = 6;
  t.abandoned = 2;
  t.waited = 4;
  t.answered_within = 5;
  t.wait_answered_s = 30;
  t.wait_admitted_s = 50;
  t.queue_area = 120;
  t.busy_area = 90;
  t.staffed_area = 120;
  CHECK(kpi_value(Kpi::block_rate, t, 60) == Approx(0.2));
  CHECK(kpi_value(Kpi::p_wait, t, 60) == Approx(0.5));
  CHECK(kpi_value(Kpi::service_level, t, 60) == Approx(0.5));
  CHECK(kpi_value(Kpi::abandon_rate, t, 60) == Approx(0.2));
  CHECK(kpi_value(Kpi::asa_s, t, 60) == Approx(5));
  CHECK(kpi_value(Kpi::mean_wait_s, t, 60) == Approx(6.25));
  CHECK(kpi_value(Kpi::mean_queue, t, 60) == Approx(2));
  CHECK(kpi_value(Kpi::agents, t, 60) == Approx(2));
  CHECK(kpi_value(Kpi::occupancy, t, 60) == Approx(0.75));
  CHECK(std::isnan(kpi_value(Kpi::asa_s, IntervalTally{}, 60)));
}

TEST_CASE("the tally field lists cover every number field of the tallies", "[tally]") {
  // Each tally is a flat block of doubles. Fill every slot of two tallies
  // with distinct values, add them, and check each slot: a field missing
  // from the lists, listed twice, or listed in another's place fails here.
  using ccsim::IntervalTally;
  constexpr std::size_t slots = sizeof(IntervalTally) / sizeof(double);
  std::array<double, slots> a_slots{}, b_slots{};
  for (std::size_t k = 0; k < slots; ++k) {
    a_slots[k] = 1000.0 + static_cast<double>(k);
    b_slots[k] = 2.0 * static_cast<double>(k + 1);
  }
  IntervalTally a, b;
  std::memcpy(static_cast<void*>(&a), a_slots.data(), sizeof a);
  std::memcpy(static_cast<void*>(&b), b_slots.data(), sizeof b);
  a += b;
  std::array<double, slots> sum{};
  std::memcpy(sum.data(), static_cast<const void*>(&a), sizeof a);
  // What each slot must hold: the sum, except the listed max and last fields.
  std::array<double, slots> want{};
  for (std::size_t k = 0; k < slots; ++k) want[k] = a_slots[k] + b_slots[k];
  const auto slot_of = [](double IntervalTally::*member) {
    IntervalTally t;
    return static_cast<std::size_t>(reinterpret_cast<const char*>(&(t.*member)) - reinterpret_cast<const char*>(&t)) /
           sizeof(double);
  };
  for (const ccsim::TallyField& f : ccsim::interval_tally_fields()) {
    const std::size_t k = slot_of(f.member);
    if (f.combine == ccsim::TallyField::max) want[k] = std::max(a_slots[k], b_slots[k]);
    if (f.combine == ccsim::TallyField::last) want[k] = b_slots[k];
  }
  std::vector<std::size_t> wrong;  // slots that did not add up as their field says
  for (std::size_t k = 0; k < slots; ++k)
    if (sum[k] != want[k]) wrong.push_back(k);
  CHECK(wrong.empty());
  // And the lists name each field once: their sizes add up to the slots.
  constexpr std::size_t histogram_slots = ccsim::AnsweredWaits::size + ccsim::AbandonedWaits::size;
  CHECK(ccsim::class_tally_fields().size() + ccsim::interval_tally_fields().size() + histogram_slots == slots);
}
