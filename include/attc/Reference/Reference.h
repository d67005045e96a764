//===- Reference.h - float64 interpreter of the attn dialect ----*- C++ -*-===//
//
// The oracle of every numerical test and of `attc check`: it evaluates the
// stage regions directly in double precision and shares nothing with the
// code generators but the IR.
//
//===----------------------------------------------------------------------===//

#ifndef ATTC_REFERENCE_REFERENCE_H
#define ATTC_REFERENCE_REFERENCE_H

#include "dialects/Attn/IR/AttnDialect.h"

#include <string>
#include <vector>

namespace attc {

/// A dense C-order tensor of doubles (ints and bools stored exactly).
struct RefTensor {
  std::vector<int64_t> shape;
  std::vector<double> data;
};

struct RefProblem {
  int64_t B = 0, Hq = 0, Hkv = 0, Lq = 0, Lk = 0, D = 0, Dv = 0;
  /// q [B,Hq,Lq,D], k [B,Hkv,Lk,D], v [B,Hkv,Lk,Dv] in logical order,
  /// holding the values the kernel sees (already rounded to the dtype).
  RefTensor q, k, v;
  /// The spec's inputs in declaration order.
  std::vector<RefTensor> inputs;
};

struct RefResult {
  RefTensor o;   ///< [B,Hq,Lq,Dv], after the epilogue
  RefTensor lse; ///< [B,Hq,Lq]
  RefTensor max; ///< [B,Hq,Lq]
};

/// Evaluates `spec` on `problem`. Fails with `error` on an op it cannot
/// interpret.
bool runReference(attn::SpecOp spec, const RefProblem &problem,
                  RefResult &result, std::string &error);

/// Gradients of a scalar loss L = <dO, o> (dO = `dout`, [B,Hq,Lq,Dv]), plus
/// <dlse, lse> when a `dlse` ([B,Hq,Lq], softmax) is given.
struct RefGrads {
  RefTensor dq, dk, dv;
  /// One per input, in declaration order; empty data for integer inputs.
  std::vector<RefTensor> dinputs;
};

/// The float64 backward of `spec` on `problem`: a materialized backward
/// (P, dP, dS per row) whose stage derivatives come from evaluating the
/// stage regions on dual numbers, one seed per float argument or input
/// load; it does not read the compiler's attn.derivative ops.
///
/// With `round` (e.g. to bf16), it is instead the naive backward of a
/// framework in that precision (FlashAttention's baseline for its error
/// rule): every materialized matrix (the scores before and after the score
/// stage, P, O, dO through the epilogue, dP, dS', dS) and every gradient
/// of q, k and v is rounded, while sums accumulate at full precision, as a
/// matmul with f32 accumulation does.
bool runReferenceBackward(attn::SpecOp spec, const RefProblem &problem,
                          const RefTensor &dout, RefGrads &grads,
                          std::string &error, const RefTensor *dlse = nullptr,
                          double (*round)(double) = nullptr);

} // namespace attc

#endif // ATTC_REFERENCE_REFERENCE_H
