#include "ccsim/model/random_stream.hpp"

#include <Random123/philox.h>

namespace ccsim {

RandomStream::RandomStream(std::uint64_t seed, std::uint32_t replication, Purpose purpose, std::uint32_t group,
                           std::uint64_t entity)
    : key_{seed, replication},
      counter_{(static_cast<std::uint64_t>(purpose) << 32) | group, entity, 0, 0} {}

void RandomStream::refill() {
  r123::Philox4x64 cipher;
  const r123::Philox4x64::ctr_type ctr = {{counter_[0], counter_[1], counter_[2], counter_[3]}};
  const r123::Philox4x64::key_type key = {{key_[0], key_[1]}};
  const auto out = cipher(ctr, key);
  for (unsigned i = 0; i < 4; ++i) block_[i] = out.v[i];
  ++counter_[2];
  next_ = 0;
}

double RandomStream::uniform() {
  if (next_ == 4) refill();
  // Top 53 bits, shifted by half an ulp so the result is never 0 nor 1.
  return (static_cast<double>(block_[next_++] >> 11) + 0.5) * 0x1.0p-53;
}

}  // namespace ccsim
