//===- attc.h - attc's C++ library API --------------------------*- C++ -*-===//
//
//   attc::Spec spec = cantFail(attc::Spec::fromFile("local.attn.json"));
//   attc::Kernel kern = cantFail(attc::jit(spec, attc::Target::cpu()));
//   llvm::Error err = kern.run({{"q", q}, {"k", k}, {"v", v}},
//                              {{"o", o}, {"lse", lse}});
//
// Errors are values (llvm::Expected / llvm::Error) with one-line messages.
//
//===----------------------------------------------------------------------===//

#ifndef ATTC_ATTC_H
#define ATTC_ATTC_H

#include "attc/DType.h"
#include "attc/Tensor.h"
#include "llvm/Support/Error.h"

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

/// A GPU kernel's module in its launch runtime (attc/Runtime/attc_cuda_rt.h,
/// attc/Runtime/attc_hip_rt.h).
struct attc_cuda_module;
struct attc_hip_module;

namespace attc {

struct SpecImpl;
/// A parsed, verified spec.
class Spec {
public:
  static llvm::Expected<Spec> fromFile(const std::string &path);
  static llvm::Expected<Spec> fromJson(const std::string &text,
                                       const std::string &name = "<json>");
  static llvm::Expected<Spec> fromMLIR(const std::string &text,
                                       const std::string &name = "<mlir>");
  const std::string &name() const;
  /// The same spec with another storage dtype (f32, f16, bf16) and/or
  /// layout (bhsd, bshd); an empty string keeps the spec's own.
  llvm::Expected<Spec> withOverrides(const std::string &dtype,
                                     const std::string &layout) const;
  /// The attn IR, printed.
  std::string str() const;

private:
  friend struct SpecImpl;
  std::shared_ptr<SpecImpl> impl;
};

struct Target {
  std::string kind = "cpu";
  std::string arch = "native";
  static Target cpu() { return Target(); }
  /// NVIDIA GPUs: sm_80, sm_86, sm_89, sm_90a ("native": sm_80).
  static Target cuda(std::string arch = "native") {
    return Target{"cuda", std::move(arch)};
  }
  /// AMD GPUs: gfx90a, gfx942 ("native": gfx942).
  static Target hip(std::string arch = "native") {
    return Target{"hip", std::move(arch)};
  }
};

/// Options of a JIT compilation; they override the schedule the
/// `attn-schedule` pass chooses for the target.
struct JitOptions {
  int tileQ = 0; ///< queries per tile, 1..512; 0: the schedule's choice
  int tileK = 0; ///< keys per tile, 1..512; 0: the schedule's choice
  /// Split-KV: each row's key tiles split this many ways (2..64) and the
  /// partial states merged; 0: the schedule's choice, which leaves it to
  /// the launch (split when there are fewer tasks than threads or SMs).
  int kvSplits = 0;
  /// Query heads of a kv head per task; -1: the schedule's choice, 0: at
  /// launch.
  int headsPerTask = -1;
  /// Overrides ATTC_CACHE_DIR / the user cache dir when not empty.
  std::string cacheDir;
  /// The tuning database (`attc tune`): consulted for a problem of
  /// `tuneDims` (B, Hq, Hkv, Lq, Lk, D, Dv; empty: the spec's own dims when
  /// it fixes them all). Tiles given above win over it.
  bool useTuneDb = true;
  std::vector<int64_t> tuneDims;
  /// Empty: $ATTC_TUNE_DB, else tune-<device>.json in the cache directory.
  std::string tuneDbPath;
  /// Ignore the mask's block sparsity: visit every tile and evaluate the
  /// mask on each pair (for checking the sparse path against it).
  bool denseTiles = false;
  /// cuda, --arch=sm_90a: the Hopper path (TMA + wgmma), unverified on
  /// hardware; what it cannot run stays on mma.sync with a note in the
  /// lowered IR (attn.note).
  bool hopper = false;
  /// Also compile the backward (attn-differentiate, Kernel::backward).
  bool backward = false;
};

/// How a launch's (query tile x key tile) pairs are classified.
struct TileStats {
  int64_t tileQ = 0, tileK = 0;
  int64_t total = 0;   ///< tiles over all batches and query heads
  int64_t visited = 0; ///< tiles the kernel computes (not skipped)
  int64_t full = 0;    ///< visited tiles on which no mask is evaluated
  /// Batch 0, head 0: one line per query tile, one char per key tile:
  /// '.' skipped, 'P' partial (masked), 'F' full.
  std::string grid;
};

/// The schedule a kernel was compiled with.
struct KernelSchedule {
  int64_t tileQ = 0, tileK = 0, kvSplits = 1, headsPerTask = 0;
  bool tuned = false; ///< it came from the tuning database
};

/// How Kernel::run runs.
struct RunOptions {
  int numThreads = 0; ///< cpu: threads (0: all cores)
  /// cuda, hip: the CUstream / hipStream_t to launch on (nullptr: the
  /// default stream).
  void *stream = nullptr;
};

struct KernelImpl;
/// A compiled kernel, cheap to copy.
class Kernel {
public:
  /// Runs on named tensors: q, k, v and the spec's inputs; outputs o and,
  /// when the spec lists them, lse and max. Checks every view against the
  /// spec first. A cuda or hip kernel's views hold device pointers and the
  /// launch is asynchronous on the stream; without a GPU or driver it fails
  /// with one line "no CUDA device: ..." / "no HIP device: ...", nothing
  /// written.
  llvm::Error run(const std::map<std::string, Tensor> &inputs,
                  const std::map<std::string, Tensor> &outputs,
                  int numThreads = 0) const;
  llvm::Error run(const std::map<std::string, Tensor> &inputs,
                  const std::map<std::string, Tensor> &outputs,
                  const RunOptions &options) const;
  /// The backward of L = <do, o>: `inputs` as for run() plus "do" (the
  /// gradient of o) and optionally what the forward saved, "lse" (softmax)
  /// and "o" (o before the epilogue; the stored o when there is none),
  /// which are recomputed when absent, and "dlse" (f32, lse's shape;
  /// softmax) for a loss L = <do, o> + <dlse, lse>. `grads`: "dq", "dk", "dv" (spec
  /// dtype, shapes of q, k, v) and "d<name>" (f32, C-contiguous, the
  /// input's shape) for the float inputs wanted. Needs a kernel compiled
  /// with JitOptions::backward.
  llvm::Error backward(const std::map<std::string, Tensor> &inputs,
                       const std::map<std::string, Tensor> &grads,
                       int numThreads = 0) const;
  /// Whether backward() is available.
  bool hasBackward() const;
  /// Number of kept (query, key) pairs for the given q/k/v and inputs.
  llvm::Expected<int64_t>
  countKept(const std::map<std::string, Tensor> &inputs) const;
  /// The kernel's tile classification for these inputs.
  llvm::Expected<TileStats>
  tileStats(const std::map<std::string, Tensor> &inputs) const;
  /// Where the compiled object (a shared object; a cubin for cuda, a code
  /// object for hip) lives and whether it came from the cache.
  const std::string &objectPath() const;
  bool fromCache() const;
  /// A cuda kernel's module, for the launch runtime's other calls
  /// (attc_cuda_plan_launch, attc_cuda_run_host); null for other targets.
  attc_cuda_module *cudaModule() const;
  /// A hip kernel's module (attc_hip_plan_launch, attc_hip_run_host); null
  /// for other targets.
  attc_hip_module *hipModule() const;
  const KernelSchedule &schedule() const;
  /// A one-line warning of the compilation (an ignored tuning database),
  /// or "".
  const std::string &warning() const;

private:
  friend struct KernelImpl;
  std::shared_ptr<KernelImpl> impl;
};

/// Compiles `spec` for `target` (cached on disk by content hash) and loads
/// it: the host C++ compiler for the cpu, NVRTC for cuda (a cubin for
/// target.arch), clang for hip (a code object for target.arch); GPU images
/// are loaded by their launch runtime at the first run.
llvm::Expected<Kernel> jit(const Spec &spec, const Target &target,
                           const JitOptions &options = JitOptions());

/// Compiles `spec` once per options (lowering in turn, the compiler runs
/// on up to `threads` threads; 0: all cores), as `attc tune` does.
std::vector<llvm::Expected<Kernel>>
jitMany(const Spec &spec, const Target &target,
        const std::vector<JitOptions> &options, int threads = 0);

/// The spec after the lowering pipeline for `target` (with attn.sparsity
/// and attn.schedule), printed: `attc compile --emit=lowered-mlir`.
llvm::Expected<std::string> lowerSpec(const Spec &spec, const Target &target,
                                      const JitOptions &options = JitOptions());

/// The source `jit` compiles, for `attc compile --emit=source`.
llvm::Expected<std::string>
emitSource(const Spec &spec, const Target &target,
           const JitOptions &options = JitOptions());

/// An ahead-of-time binary of the source for `target`: `kind` "ptx" (text)
/// or "object" (a cubin for cuda), for `attc compile --emit=ptx|object` on
/// targets whose objects are not host shared libraries.
llvm::Expected<std::string>
emitBinary(const Spec &spec, const Target &target, llvm::StringRef kind,
           const JitOptions &options = JitOptions());

/// The launch metadata of the kernels emitBinary(..., "object") compiles
/// for a GPU target: `kernel.meta` of a bundle (the spec's launch facts,
/// each kernel with its constants, an image line per arch of `images`),
/// which the LLVM-free launch runtimes read
/// (include/attc/Runtime/CudaKernelMeta.h).
llvm::Expected<std::string>
emitLaunchMetadata(const Spec &spec, const Target &target,
                   const std::vector<std::string> &images,
                   const JitOptions &options = JitOptions());

/// Measures this machine's f32 FMA peak in GFLOP/s on `threads` threads
/// (0: all), with the same compiler and flags as kernels.
llvm::Expected<double> measureFmaPeak(int threads = 0);

} // namespace attc

#endif // ATTC_ATTC_H
