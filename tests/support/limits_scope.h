// Sets the process's input limits for one test and puts the previous ones back afterwards.
#pragma once

#include "model/input_limits.h"

namespace archtei::testing {

class LimitsScope {
 public:
  explicit LimitsScope(const InputLimits& limits) : previous_(input_limits()) { set_input_limits(limits); }
  ~LimitsScope() { set_input_limits(previous_); }
  LimitsScope(const LimitsScope&) = delete;
  LimitsScope& operator=(const LimitsScope&) = delete;

 private:
  InputLimits previous_;
};

/// The default limits with a different depth.
inline InputLimits with_depth(std::size_t depth) {
  InputLimits limits;
  limits.max_depth = depth;
  return limits;
}

}  // namespace archtei::testing
