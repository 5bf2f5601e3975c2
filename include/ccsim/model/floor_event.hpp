#pragma once
// What happens on a floor, as the floor emits it: once per event, to the
// interval recorder (which counts it: where a call is counted lives there)
// and to any trace sink (which keeps it). The model emits; what is measured
// is declared apart, in the sinks.
#include <cstdint>

namespace ccsim {

struct FloorEvent {
  enum Kind : std::uint8_t {
    arrived,    ///< a customer (call, shopper, party) arrives
    blocked,    ///< ... and is refused: busy signal, full queue, no lane open
    queued,     ///< ... and waits: no server was free
    answered,   ///< a server takes the customer (`from_queue`: after waiting); `group`, `end_s`
    abandoned,  ///< a waiting customer gives up
    ended,      ///< a server's work for a customer ends (after-call work included)
    on_duty,    ///< a server becomes available (shift start, back from a break)
    off_duty,   ///< a server stops being available (shift end, break)
  };
  Kind kind;
  double t_s;                  ///< when, seconds from the start
  int interval = -1;           ///< the customer's arrival interval (the WFM convention)
  int demand_class = 0;        ///< the customer's class
  std::uint64_t customer = 0;  ///< the customer's stream key within its class (first calls: the arrival serial)
  double arrival_s = 0;        ///< when the customer arrived
  bool from_queue = false;     ///< answered: the customer had waited in the queue
  int group =
      -1;  ///< answered, ended, on_duty, off_duty: the server's group (checkout: the lane; restaurant: the host table)
  int agent = -1;         ///< call center: answered, ended, on_duty, off_duty: the agent's number within its group
  double end_s = 0;       ///< answered: when the server's work for the customer will end (wrap-up aside)
  int queue_after = -1;   ///< customers waiting just after the event, where the floor keeps one queue; else -1
  int servers = 1;        ///< answered, ended: servers the customer holds (a party at joined tables: several)
  bool on_break = false;  ///< off_duty, on_duty: the start or end of a break (not of a shift)
};

/// A sink of floor events besides the recorder (a trace): off by default.
class FloorEventSink {
public:
  virtual ~FloorEventSink() = default;
  virtual void on(const FloorEvent& e) = 0;
};

}  // namespace ccsim
