#pragma once
// What one replication measured in one reporting interval.
#include <array>
#include <cmath>
#include <cstddef>
#include <vector>

namespace ccsim {

/// Counts of waits in fixed bins, a flat block of doubles. Bin 0 holds waits of
/// exactly 0 s (an agent was free); bin k in 1..bins holds waits in
/// ((k-1)·width, k·width], right-closed like "answered within T", so the count
/// up to an edge is the count of waits <= that edge; the last bin holds waits
/// over bins·width.
template <int WidthS, int Bins>
struct WaitHistogram {
  static constexpr double width_s = WidthS;  ///< bin width, seconds
  static constexpr int bins = Bins;          ///< bins of width width_s after the 0 s bin
  static constexpr std::size_t size = Bins + 2;
  std::array<double, size> count{};

  /// The bin of a wait in seconds.
  static std::size_t bin_of(double wait_s) {
    if (!(wait_s > 0)) return 0;
    const double k = std::ceil(wait_s / width_s);
    return k > bins ? size - 1 : static_cast<std::size_t>(k);
  }
  /// The upper edge of bin k in seconds (0 for bin 0; infinite for the last).
  static double upper_edge_s(std::size_t k) { return k + 1 == size ? INFINITY : static_cast<double>(k) * width_s; }
  void add(double wait_s) { ++count[bin_of(wait_s)]; }
  WaitHistogram& operator+=(const WaitHistogram& o) {
    for (std::size_t k = 0; k < size; ++k) count[k] += o.count[k];
    return *this;
  }
};

/// Waits of answered calls: 5 s bins up to 10 min.
using AnsweredWaits = WaitHistogram<5, 120>;
/// Waits of callers who abandoned (how long they held on): 10 s bins up to 5 min.
using AbandonedWaits = WaitHistogram<10, 30>;

/// The per-call sums of one interval of one replication: of one customer class
/// (per-class outputs), or of every class as the first part of IntervalTally.
/// Calls belong to the interval in which they arrived. All doubles, one flat
/// block: tallies travel between processes as raw bytes. Summed over the
/// classes, each field equals the IntervalTally field of the same name.
struct ClassTally {
  double offered = 0;  ///< all arrivals of the class (fresh + redials + repeats)
  double redials = 0;  ///< calls again after a busy signal or an abandonment
  double repeats = 0;  ///< calls back after a rushed call
  double blocked = 0;  ///< busy signal or refused by a full queue
  double answered = 0;
  double abandoned = 0;
  double waited = 0;           ///< admitted callers who found no free agent
  double answered_within = 0;  ///< answered with wait <= T
  double wait_answered_s = 0;  ///< sum of waits of answered calls
  double wait_admitted_s = 0;  ///< sum of waits of all admitted calls (abandoners until they leave)

  /// Field by field, as class_tally_fields() lists them.
  ClassTally& operator+=(const ClassTally& o);
};

/// Every field of ClassTally (all are sums): adding a field to the struct
/// means adding it here.
const std::vector<double ClassTally::*>& class_tally_fields();

/// Raw sums for one interval of one replication. Per-call figures belong to the
/// interval in which the call arrived; time integrals to the interval in which
/// the time passed. All doubles so a tally is one flat block (counts stay exact
/// below 2^53): tallies travel between processes as raw bytes.
struct IntervalTally : ClassTally {
  double queue_area = 0;           ///< integral of the number waiting, caller-seconds
  double busy_area = 0;            ///< integral of busy agents, agent-seconds
  double staffed_area = 0;         ///< integral of agents present (incl. finishing a call after their shift)
  double max_queue = 0;            ///< most callers waiting at any instant
  double queue_at_end = 0;         ///< callers waiting at the interval's end
  AnsweredWaits answered_waits;    ///< distribution of the waits of answered calls
  AbandonedWaits abandoned_waits;  ///< distribution of the waits of abandoners
  // Checkout and restaurant floors only (0 on a call center).
  double staff_area = 0;          ///< integral of staff on duty (cashiers, waiters), person-seconds
  double waited_long = 0;         ///< admitted customers who waited more than 5 min (served or walked away)
  double over_standard_s = 0;     ///< checkout: time during which some lane had `standard` or more waiting
  double max_lane_queue = 0;      ///< checkout: most customers waiting at one lane at any instant
  double seats_busy_area = 0;     ///< restaurant: integral of guests seated, seat-seconds
  double seats_area = 0;          ///< restaurant: integral of seats available, seat-seconds
  double guests_walked_away = 0;  ///< restaurant: guests of the parties that walked away
  double revenue_lost = 0;        ///< restaurant: guests walked away x spend per guest
  // Restaurant kitchen only (0 without one); orders count by the interval in which the party arrived.
  double orders = 0;               ///< kitchen: orders a cook started
  double orders_waited = 0;        ///< kitchen: orders that found every cook busy
  double order_wait_s = 0;         ///< kitchen: sum of the orders' waits for a cook
  double order_ready_s = 0;        ///< kitchen: sum of the times from sitting down to the food being ready
  double cooks_busy_area = 0;      ///< kitchen: integral of cooks at work, cook-seconds
  double cooks_area = 0;           ///< kitchen: integral of cooks on duty, cook-seconds
  double orders_waiting_area = 0;  ///< kitchen: integral of orders waiting for a cook, order-seconds
  double max_orders_waiting = 0;   ///< kitchen: most orders waiting at any instant
  // Callers' behaviour (call center): offered = fresh + redials + repeats.
  double rushed = 0;              ///< answered calls an agent shortened because the queue was long
  double callers_answered = 0;    ///< contacts (by their first call's interval) answered at some attempt
  double callers_abandoned = 0;   ///< contacts whose last attempt abandoned (no redial)
  double callers_blocked = 0;     ///< contacts whose last attempt got a busy signal (no redial)
  double callers_unresolved = 0;  ///< contacts whose next redial would fall after the day's end
  double retrying_at_end = 0;     ///< contacts waiting to redial at the interval's end
  /// The last instant a caller who arrived in this interval was answered or
  /// hung up, seconds from the start (0 if nobody did). Every per-call figure
  /// above is final from then on: a run that is the same up to a later
  /// instant has the same per-call figures (used to stop trial runs early).
  double settled_s = 0;

  /// Adds another tally's sums (maxima take the max, levels at the end the
  /// later interval's), field by field as interval_tally_fields() says.
  IntervalTally& operator+=(const IntervalTally& o);
};

/// One number field of a tally and how two intervals' values combine into
/// the value of both together.
struct TallyField {
  enum Combine { sum, max, last };  ///< last: a level at the end, the later interval's
  double IntervalTally::*member;
  Combine combine;
};

/// Every number field IntervalTally adds to ClassTally (the histograms
/// aside): adding a field to the struct means adding it here.
const std::vector<TallyField>& interval_tally_fields();

}  // namespace ccsim
