//===- SpecImpl.h - what attc::Spec holds -----------------------*- C++ -*-===//

#ifndef ATTC_LIB_API_SPECIMPL_H
#define ATTC_LIB_API_SPECIMPL_H

#include "attc/DimNames.h"
#include "attc/Runtime/TensorChecks.h"
#include "attc/attc.h"
#include "dialects/Attn/IR/AttnDialect.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/OwningOpRef.h"

namespace attc {

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

/// DimsSolver (attc/Runtime/TensorChecks.h) with llvm::Error results.
class DimsResolver {
public:
  explicit DimsResolver(const SpecInfo &info) : solver(info) {}
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
  DimsSolver solver;
};

/// Infers the dims from q/k/v views and checks every tensor against the spec
/// (checkTensorViews, shared with the CUDA launch runtime).
llvm::Expected<Dims> checkTensors(const SpecInfo &info,
                                  const std::map<std::string, Tensor> &inputs,
                                  const std::map<std::string, Tensor> *outputs);

} // namespace attc

#endif // ATTC_LIB_API_SPECIMPL_H
