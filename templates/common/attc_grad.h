//===- attc_grad.h - the backward launch and input gradients --------------===//
//
// What the backward skeletons share with the generated derivative hooks
// (attn-differentiate's attn.derivative regions, printed as score_bwd,
// epilogue_bwd, sink_bwd and norm_param_bwd): the C ABI of a backward
// launch, and accumulate_input, through which a hook adds to the gradient
// of one element of a float input. Gradients go to thread-private dense
// buffers (GradParams::grads) that the skeleton reduces in a fixed order,
// so a launch is deterministic for a fixed thread count. Requires
// attc_abi.h.
//
//===----------------------------------------------------------------------===//
#ifndef ATTC_GRAD_H
#define ATTC_GRAD_H

#include "attc_portability.h"

#ifdef __cplusplus
extern "C" {
#endif

// The backward of one launch (`attc_kernel_backward(fwd, bwd)`, where fwd
// is the forward's attc_launch without o, lse and max).
typedef struct attc_bwd_launch {
  attc_tensor dout; // [B, Hq, Lq, Dv] spec dtype: dL/d(stored o)
  // Optional, from the forward: o before the epilogue (spec dtype) and lse
  // (f32 [B, Hq, Lq], softmax). data == NULL: the backward recomputes them.
  attc_tensor o;
  attc_tensor lse;
  // Optional: dL/dlse (f32 [B, Hq, Lq], softmax) when the loss also reads
  // the lse output. data == NULL: zero.
  attc_tensor dlse;
  attc_tensor dq, dk, dv; // spec dtype, shapes of q, k, v
  // One per input of the forward launch: dense C-order f32 of the input's
  // shape, or data == NULL for none (integer inputs, gradients not wanted).
  const attc_tensor *dinputs;
} attc_bwd_launch;

#ifdef __cplusplus
}
#endif

#pragma GCC visibility push(hidden)

namespace attc {

// The params type hooks see in a backward: the forward launch plus this
// thread's gradient buffers (null where an input has none).
struct GradParams : attc_launch {
  float *const *grads = nullptr;
};

// grads[n][idx...] += value, in the input's C order; an index out of range
// (read as 0 in the forward) adds nothing.
template <class P, class... I>
ATTC_HD void accumulate_input(const P &L, int n, float value, I... idx) {
  constexpr int N = int(sizeof...(I));
  const int64_t ix[N + 1] = {int64_t(idx)..., 0};
  if (L.grads == nullptr || n < 0 || n >= L.num_inputs ||
      L.grads[n] == nullptr || L.inputs[n].rank != N)
    return;
  const attc_tensor &t = L.inputs[n];
  int64_t off = 0;
  for (int d = 0; d < N; ++d) {
    if (uint64_t(ix[d]) >= uint64_t(t.shape[d]))
      return;
    off = off * t.shape[d] + ix[d];
  }
  L.grads[n][off] += value;
}

} // namespace attc

#pragma GCC visibility pop

#endif // ATTC_GRAD_H
