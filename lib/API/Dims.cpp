//===- Dims.cpp - resolve B, Hq, Hkv, Lq, Lk, D, Dv, once -----------------===//
//
// The API (from tensor views), the C API and the CLI (from --dim flags and
// .npy inputs) all resolve a problem's dims through DimsSolver
// (lib/Runtime/TensorChecks.cpp, shared with the CUDA launch runtime); this
// is its llvm::Error face.
//
//===----------------------------------------------------------------------===//

#include "SpecImpl.h"

using namespace llvm;
using namespace attc;

static Error toError(const std::string &message) {
  if (message.empty())
    return Error::success();
  return createStringError(inconvertibleErrorCode(), message);
}

Error DimsResolver::bind(int dim, int64_t size, const std::string &from) {
  return toError(solver.bind(dim, size, from));
}

Error DimsResolver::bindTensor(const std::string &which,
                               ArrayRef<int64_t> shape,
                               const std::string &from) {
  return toError(solver.bindTensor(which, shape.vec(), from));
}

Error DimsResolver::bindInput(const SpecInfo::Input &in,
                              ArrayRef<int64_t> shape,
                              const std::string &from) {
  return toError(solver.bindInput(in, shape.vec(), from));
}

Expected<Dims> DimsResolver::finish(const int64_t *defaults) {
  Dims dims;
  if (Error err = toError(solver.finish(dims, defaults)))
    return std::move(err);
  return dims;
}

Expected<Dims>
attc::checkTensors(const SpecInfo &info,
                   const std::map<std::string, Tensor> &inputs,
                   const std::map<std::string, Tensor> *outputs) {
  Dims dims;
  if (Error err = toError(checkTensorViews(info, inputs, outputs, dims)))
    return std::move(err);
  return dims;
}
