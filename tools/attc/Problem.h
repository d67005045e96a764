//===- Problem.h - host data for attc run / check / bench -------*- C++ -*-===//

#ifndef ATTC_TOOLS_ATTC_PROBLEM_H
#define ATTC_TOOLS_ATTC_PROBLEM_H

#include "attc/HostArray.h"
#include "attc/Npy.h"
#include "attc/attc.h"

#include <map>
#include <string>
#include <vector>

namespace attc {

/// Every tensor of one problem, named as the API names them.
struct Problem {
  std::map<std::string, HostArray> inputs;  ///< q, k, v, spec inputs
  std::map<std::string, HostArray> outputs; ///< o, lse, max (NaN-poisoned)
  std::vector<std::string> generated;       ///< inputs drawn at random
};

} // namespace attc

#endif // ATTC_TOOLS_ATTC_PROBLEM_H
