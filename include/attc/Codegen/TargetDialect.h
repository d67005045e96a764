//===- TargetDialect.h - how a kernel language spells a variant -*- C++ -*-===//
//
// The per-target table of the shared variant emitter: everything in which
// the C++ of the CPU backend, CUDA C++ and HIP differ when a stage region
// is printed. A backend adds one instance; the emitter has no other
// per-target knowledge.
//
//===----------------------------------------------------------------------===//

#ifndef ATTC_CODEGEN_TARGETDIALECT_H
#define ATTC_CODEGEN_TARGETDIALECT_H

#include "llvm/ADT/StringRef.h"

#include <array>

namespace attc {

/// The float functions stage expressions call.
enum class MathFn {
  Exp,
  Exp2,
  ExpM1,
  Log,
  Log2,
  Log1p,
  Sqrt,
  Rsqrt,
  Floor,
  Ceil,
  Sin,
  Cos,
  Tanh,
  Erf,
  Pow,
  FMod,
  FAbs,
  Count
};

struct TargetDialect {
  llvm::StringRef name;
  /// Written before the result type of every generated hook (each one a
  /// `template <class P>` static member of the variant).
  llvm::StringRef hookPrefix;
  /// formatv patterns over the operands ({0}, {1}), indexed by MathFn.
  std::array<llvm::StringRef, size_t(MathFn::Count)> math;
  /// f32 infinity and quiet NaN.
  llvm::StringRef infinity, nan;
  /// The target's entry points build block maps (`data` masks) before a
  /// launch; without them the classifier bounds no input load.
  bool blockMaps;
  /// Input reads name the declared dtype as a constant (no dtype switch in
  /// the hooks' loops, on the CPU); off where it costs registers (CUDA).
  bool staticInputDtypes;
  /// Block maps are built on the device by a generated kernel (GPU
  /// targets) rather than by the host entry points.
  bool deviceBlockMaps = false;

  llvm::StringRef spell(MathFn fn) const { return math[size_t(fn)]; }
};

/// Host C++17 (the CPU backend; GCC/Clang).
const TargetDialect &cppTarget();

} // namespace attc

#endif // ATTC_CODEGEN_TARGETDIALECT_H
