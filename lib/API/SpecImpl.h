//===- SpecImpl.h - what attc::Spec holds -----------------------*- C++ -*-===//

#ifndef ATTC_LIB_API_SPECIMPL_H
#define ATTC_LIB_API_SPECIMPL_H

#include "attc/DimNames.h"
#include "attc/attc.h"
#include "dialects/Attn/IR/AttnDialect.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/OwningOpRef.h"

#include <array>

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

struct SpecImpl {
  std::unique_ptr<mlir::MLIRContext> ctx;
  mlir::OwningOpRef<mlir::ModuleOp> module;
  SpecInfo info;
  attn::SpecOp spec();

  /// What a Spec holds; only the library (and its tools) look inside.
  static SpecImpl &of(const Spec &spec) { return *spec.impl; }
  static Spec make(std::shared_ptr<SpecImpl> impl) {
    Spec spec;
    spec.impl = std::move(impl);
    return spec;
  }
};

/// Resolved sizes of one problem: B, Hq, Hkv, Lq, Lk, D, Dv (kDimNames).
struct Dims {
  int64_t v[kNumDims];
};

/// The dims each axis of q, k, v or o holds in the spec's layout.
std::array<int, 4> qkvoAxes(const SpecInfo &info, const std::string &which);

/// Resolves a problem's dims from the spec, then explicit sizes and shapes,
/// in the order given; every source is named in the message of a conflict.
class DimsResolver {
public:
  explicit DimsResolver(const SpecInfo &info);
  llvm::Error bind(int dim, int64_t size, const std::string &source);
  /// q, k, v or o of `shape`, in the spec's layout.
  llvm::Error bindTensor(const std::string &which,
                         llvm::ArrayRef<int64_t> shape,
                         const std::string &source);
  /// An extra input's axes that the spec sizes by a dim.
  llvm::Error bindInput(const SpecInfo::Input &in,
                        llvm::ArrayRef<int64_t> shape,
                        const std::string &source);
  /// Ties Hkv to Hq and Dv to D where the spec leaves them out, fills the
  /// rest from `defaults` (kNumDims sizes, -1: none) and checks the whole.
  llvm::Expected<Dims> finish(const int64_t *defaults = nullptr);

private:
  const SpecInfo &info;
  Dims dims;
  std::string source[kNumDims];
};

/// Infers the dims from q/k/v views and checks every tensor against the spec.
llvm::Expected<Dims> checkTensors(const SpecInfo &info,
                                  const std::map<std::string, Tensor> &inputs,
                                  const std::map<std::string, Tensor> *outputs);

/// The shape a tensor has in the caller's layout.
std::vector<int64_t> qkvoShape(const SpecInfo &info, const Dims &dims,
                               const std::string &which);

} // namespace attc

#endif // ATTC_LIB_API_SPECIMPL_H
