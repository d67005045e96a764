//===- SpecImpl.h - what attc::Spec holds -----------------------*- C++ -*-===//

#ifndef ATTC_LIB_API_SPECIMPL_H
#define ATTC_LIB_API_SPECIMPL_H

#include "attc/attc.h"
#include "dialects/Attn/IR/AttnDialect.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/OwningOpRef.h"

namespace attc {

/// The facts about a spec that launching a kernel needs, without MLIR.
struct SpecInfo {
  std::string name;
  DType dtype = DType::F32;
  bool bshd = false;
  int64_t dims[7]; ///< -1: dynamic
  bool hkvEqualsHq = false, dvEqualsD = false;
  struct Input {
    std::string name;
    DType dtype;
    std::vector<std::pair<int, int64_t>> shape; ///< (dim index, size) or (-1, size)
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
};

/// Resolved sizes of one problem: B, Hq, Hkv, Lq, Lk, D, Dv.
struct Dims {
  int64_t v[7];
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
