//===- TensorChecks.h - tensor views against a spec, without LLVM -*- C++ -*-//
//
// What a launch needs to know about a spec (SpecInfo) and the one set of
// checks of tensor views against it: dims resolution, shapes, dtypes and
// outputs, with one-line messages. Plain C++17 so that the CPU path
// (lib/API) and the CUDA launch runtime (lib/Runtime/Cuda, built with nvcc
// alone on GPU hosts) share the code and the messages. Errors are returned
// as strings: empty means success.
//
//===----------------------------------------------------------------------===//

#ifndef ATTC_RUNTIME_TENSORCHECKS_H
#define ATTC_RUNTIME_TENSORCHECKS_H

#include "attc/DimNames.h"
#include "attc/Tensor.h"
#include "attc/attc_c.h"
#include "attc_abi.h"

#include <array>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace attc {

/// The facts about a spec that launching a kernel needs, without MLIR.
struct SpecInfo {
  std::string name;
  DType dtype = DType::F32;
  bool bshd = false;
  int64_t dims[kNumDims]; ///< -1: dynamic
  bool hkvEqualsHq = false, dvEqualsD = false;
  struct Input {
    std::string name;
    DType dtype;
    std::vector<std::pair<int, int64_t>>
        shape; ///< (dim index, size) or (-1, size)
  };
  std::vector<Input> inputs;
  std::vector<std::string> outputs;
  bool wants(const std::string &out) const;
};

/// Resolved sizes of one problem: B, Hq, Hkv, Lq, Lk, D, Dv (kDimNames).
struct Dims {
  int64_t v[kNumDims];
};

/// The dims each axis of q, k, v or o holds in the spec's layout.
std::array<int, 4> qkvoAxes(const SpecInfo &info, const std::string &which);

/// The shape a tensor has in the caller's layout.
std::vector<int64_t> qkvoShape(const SpecInfo &info, const Dims &dims,
                               const std::string &which);

/// The shape of lse and max in the caller's layout.
std::vector<int64_t> rowStatShape(const SpecInfo &info, const Dims &dims);

/// The shape of an extra input for these dims.
std::vector<int64_t> inputShape(const SpecInfo::Input &in, const Dims &dims);

/// Resolves a problem's dims from the spec, then explicit sizes and shapes,
/// in the order given; every source is named in the message of a conflict:
/// "<dim>: <source> gives N but <other source> gives M".
class DimsSolver {
public:
  explicit DimsSolver(const SpecInfo &info);
  std::string bind(int dim, int64_t size, const std::string &source);
  /// q, k, v or o of `shape`, in the spec's layout.
  std::string bindTensor(const std::string &which,
                         const std::vector<int64_t> &shape,
                         const std::string &source);
  /// An extra input's axes that the spec sizes by a dim.
  std::string bindInput(const SpecInfo::Input &in,
                        const std::vector<int64_t> &shape,
                        const std::string &source);
  /// Ties Hkv to Hq and Dv to D where the spec leaves them out, fills the
  /// rest from `defaults` (kNumDims sizes, -1: none) and checks the whole.
  std::string finish(Dims &out, const int64_t *defaults = nullptr) const;

private:
  const SpecInfo &info;
  Dims dims;
  std::string source[kNumDims];
};

/// Infers the dims from q/k/v views and checks every tensor against the
/// spec (outputs too when given).
std::string checkTensorViews(const SpecInfo &info,
                             const std::map<std::string, Tensor> &inputs,
                             const std::map<std::string, Tensor> *outputs,
                             Dims &dims);

/// attc_abi.h's dtype code of a DType, and back (false: unknown code).
int abiDType(DType dtype);
bool fromAbiDType(int code, DType &dtype);

/// The attc_tensor of a view (C-contiguous strides when it has none).
attc_tensor abiTensor(const Tensor &t);

/// The kernel-side view of checked tensors: q, k, v, o in logical
/// [B, H, L, D] order (bshd views permuted), lse/max as [B, H, L], the
/// extra inputs in declaration order into `extra` (which L.inputs points
/// at). `outputs` may be null (tile statistics).
attc_launch launchViews(const SpecInfo &info, const Dims &dims,
                        const std::map<std::string, Tensor> &inputs,
                        const std::map<std::string, Tensor> *outputs,
                        std::vector<attc_tensor> &extra);

/// The C API's named views as a map; `what` and `array` name the call and
/// the argument in the message ("attc_kernel_run: inputs[2] 'v' ...").
std::string namedTensors(const char *what, const char *array,
                         const attc_named_tensor *tensors, int32_t count,
                         std::map<std::string, Tensor> &map);

} // namespace attc

#endif // ATTC_RUNTIME_TENSORCHECKS_H
