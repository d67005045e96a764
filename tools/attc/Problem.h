//===- Problem.h - host data for attc run / check / bench -------*- C++ -*-===//

#ifndef ATTC_TOOLS_ATTC_PROBLEM_H
#define ATTC_TOOLS_ATTC_PROBLEM_H

#include "attc/Npy.h"
#include "attc/attc.h"

#include <map>
#include <string>
#include <vector>

namespace attc {

/// An owned host array in a storage dtype.
struct HostArray {
  DType dtype = DType::F32;
  std::vector<int64_t> shape;
  std::vector<uint8_t> bytes;
  int64_t numElements() const;
  Tensor view();
  double get(int64_t i) const;     ///< element i as a double
  void set(int64_t i, double x);   ///< rounds to the dtype
  NpyArray toNpy() const;          ///< bf16 is written as f32
};

/// Every tensor of one problem, named as the API names them.
struct Problem {
  std::map<std::string, HostArray> inputs;  ///< q, k, v, spec inputs
  std::map<std::string, HostArray> outputs; ///< o, lse, max (NaN-poisoned)
  std::vector<std::string> generated;       ///< inputs drawn at random
};

} // namespace attc

#endif // ATTC_TOOLS_ATTC_PROBLEM_H
