#!/usr/bin/env python3
"""The SimPy twin of ccsim's benchmark: M/M/n+M written the idiomatic SimPy way
(one process per caller, a Resource for the agents, patience as a timeout
raced against the request). Prints one line: calls, seconds, calls/s, and the
abandonment rate as a sanity check against the same Erlang A case."""
import argparse
import random
import time

import simpy


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--calls", type=int, default=200_000)
    p.add_argument("--rate", type=float, default=0.5, help="arrivals per second")
    p.add_argument("--aht", type=float, default=18.0, help="mean handling time, seconds")
    p.add_argument("--patience", type=float, default=60.0, help="mean patience, seconds")
    p.add_argument("--agents", type=int, default=10)
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()

    rng = random.Random(a.seed)
    env = simpy.Environment()
    agents = simpy.Resource(env, capacity=a.agents)
    stats = {"answered": 0, "abandoned": 0}

    def caller(service, patience):
        with agents.request() as req:
            got = yield req | env.timeout(patience)
            if req in got:
                stats["answered"] += 1
                yield env.timeout(service)
            else:
                stats["abandoned"] += 1

    def arrivals():
        for _ in range(a.calls):
            yield env.timeout(rng.expovariate(a.rate))
            env.process(caller(rng.expovariate(1 / a.aht), rng.expovariate(1 / a.patience)))

    env.process(arrivals())
    start = time.perf_counter()
    env.run()
    seconds = time.perf_counter() - start
    print(f"simpy calls={a.calls} seconds={seconds:.3f} calls_per_s={a.calls / seconds:.0f} "
          f"abandon_rate={stats['abandoned'] / a.calls:.4f}")


if __name__ == "__main__":
    main()
