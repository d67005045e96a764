//===- CudaCodegen.cpp - attn.spec to a CUDA tensor-core kernel -----------===//
//
// What is CUDA-specific: the CUDA spellings of the variant, the templates a
// CUDA unit is made of, the head-dim buckets a spec needs and one
// `extern "C" __global__` instantiation of templates/cuda/attention.cuh per
// bucket, with its launch constants beside it. The variant itself comes from
// the shared emitter.
//
//===----------------------------------------------------------------------===//

#include "attc/Codegen/CudaCodegen.h"
#include "attc/Codegen/GpuKernels.h"
#include "attc/Codegen/VariantEmitter.h"

#include "mlir/IR/BuiltinTypes.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace attc;
using namespace attc::attn;

namespace attc {
/// Embedded template texts, generated at build time from templates/.
extern const char *const kTemplatePortability;
extern const char *const kTemplateAbi;
extern const char *const kTemplateTypes;
extern const char *const kTemplateExpr;
extern const char *const kTemplateInterval;
extern const char *const kTemplateNormalize;
extern const char *const kTemplateVariant;
extern const char *const kTemplateCudaAbi;
extern const char *const kTemplateCudaMmaLayout;
extern const char *const kTemplateGpuAttention;
extern const char *const kTemplateCudaAttention;
extern const char *const kTemplateCudaAttentionSm90;
} // namespace attc

const TargetDialect &attc::cudaTarget() {
  // expf/logf etc. are the accurate (few-ulp) library versions: the
  // __expf-style intrinsics lose too much for scores that are exponentiated
  // (softcap, ALiBi slopes); the skeleton's own exp2 is ex2.approx.
  static const TargetDialect kCuda = {
      "cuda",
      "static __device__ __forceinline__",
      {"expf({0})", "exp2f({0})", "expm1f({0})", "logf({0})", "log2f({0})",
       "log1pf({0})", "sqrtf({0})", "rsqrtf({0})", "floorf({0})", "ceilf({0})",
       "sinf({0})", "cosf({0})", "tanhf({0})", "erff({0})", "powf({0}, {1})",
       "fmodf({0}, {1})", "fabsf({0})"},
      "__int_as_float(0x7f800000)",
      "__int_as_float(0x7fc00000)",
      // Data masks read block maps built on the device (emitGpuAuxKernels).
      /*blockMaps=*/true,
      // A constant dtype took ALiBi from 209 registers to 255 and spills.
      /*staticInputDtypes=*/false,
      /*deviceBlockMaps=*/true};
  return kCuda;
}

namespace {
/// The K/V ring depth: two stages overlap each tile's loads with the
/// previous tile's math and keep the widest heads (256) inside sm_80's
/// shared memory.
constexpr int kStages = 2;
constexpr unsigned kMaxInputs = ATTC_CUDA_MAX_INPUTS;
/// tile_k of the buckets over 128 of a `?` head dim (as the cuda schedule
/// row's tileKWide for fixed ones), on the mma.sync and the Hopper path.
constexpr int64_t kWideTileK = 32, kWideTileKSm90 = 64;
} // namespace

int attc::cudaWarpgroups(SpecOp spec) {
  auto wg = spec->getAttrOfType<IntegerAttr>("attn.warpgroups");
  return wg ? int(wg.getInt()) : 0;
}

FailureOr<std::vector<CudaKernelInfo>> attc::cudaKernels(SpecOp spec) {
  FailureOr<SmallVector<GpuBucket>> buckets =
      gpuBuckets(spec, "cuda", kMaxInputs);
  if (failed(buckets))
    return failure();
  ScheduleAttr schedule = getSchedule(spec);
  int64_t tq = schedule.getTileQ(), tk = schedule.getTileK();
  int64_t hpt = std::max<int64_t>(1, schedule.getHeadsPerTask());
  int wg = cudaWarpgroups(spec);
  std::vector<CudaKernelInfo> kernels;
  for (auto [kd, kdv, wide] : *buckets) {
    // The schedule chose tile_k without knowing a `?` head dim; its wide
    // buckets take the narrow key tile attn-schedule gives fixed wide heads
    // (the O block of 256 columns leaves no registers for 64 keys).
    int tkb = int(wide ? std::min<int64_t>(tk, wg ? kWideTileKSm90 : kWideTileK)
                       : tk);
    // The Hopper kernels copy 64-column boxes: head dims round up to 64.
    if (wg) {
      kd = (kd + 63) / 64 * 64;
      kdv = (kdv + 63) / 64 * 64;
    }
    CudaKernelInfo k;
    k.name = llvm::formatv("attc_cuda_kernel_{0}_{1}", kd, kdv).str();
    k.meta = {ATTC_CUDA_ABI_VERSION,
              int(tq),
              tkb,
              int(hpt),
              int(kd),
              int(kdv),
              kStages,
              wg ? attc_cuda_tma_threads(wg)
                 : attc_cuda_threads(int(tq), int(hpt)),
              wg ? attc_cuda_tma_smem_bytes(tkb, wg, int(kd), int(kdv), kStages)
                 : attc_cuda_smem_bytes(int(tq), tkb, int(hpt), int(kd),
                                        int(kdv), kStages),
              wg};
    // Two buckets may meet once rounded (e.g. 64 and 48).
    if (llvm::none_of(
            kernels, [&](const CudaKernelInfo &o) { return o.name == k.name; }))
      kernels.push_back(k);
  }
  return kernels;
}

FailureOr<std::string> attc::emitCudaSource(SpecOp spec) {
  FailureOr<std::vector<CudaKernelInfo>> kernels = cudaKernels(spec);
  if (failed(kernels))
    return failure();
  ScheduleAttr schedule = getSchedule(spec);
  int64_t tq = schedule.getTileQ();
  int64_t hpt = std::max<int64_t>(1, schedule.getHeadsPerTask());
  std::string source;
  llvm::raw_string_ostream os(source);
  os << "// Generated by attc from spec '" << spec.getSymName()
     << "' for the cuda target. Do not edit.\n"
     << "// Launch ABI: templates/cuda/attention.cuh (attc_cuda_params by "
        "value;\n// grid (ceil(Lq / "
     << tq << "), Hq / " << hpt
     << ", B); block and dynamic shared memory per kernel below).\n";
  emitTemplates(os, {kTemplatePortability, kTemplateAbi, kTemplateTypes,
                     kTemplateExpr, kTemplateInterval, kTemplateNormalize,
                     kTemplateVariant, kTemplateCudaAbi, kTemplateCudaMmaLayout,
                     kTemplateGpuAttention, kTemplateCudaAttention});
  int wg = cudaWarpgroups(spec);
  if (wg)
    emitTemplates(os, {kTemplateCudaAttentionSm90});
  os << "\nnamespace {\n";
  if (failed(emitVariant(os, spec, cudaTarget())))
    return failure();
  os << "} // namespace\n\n";

  // The most dynamic shared memory one block may use, per arch: a kernel
  // over it fails to compile rather than to launch.
  os << "#if defined(__CUDA_ARCH__)\n"
     << "#if __CUDA_ARCH__ == 860 || __CUDA_ARCH__ == 890\n"
     << "#define ATTC_CUDA_SMEM_MAX 101376\n"
     << "#elif __CUDA_ARCH__ >= 900\n#define ATTC_CUDA_SMEM_MAX 232448\n"
     << "#else\n#define ATTC_CUDA_SMEM_MAX 166912\n#endif\n#endif\n\n";
  os << "// Launch constants per kernel: {abi version, tile_q, tile_k, "
        "heads_per_block,\n// KD, KDV, stages, threads, dynamic smem "
        "bytes}.\n";
  for (const CudaKernelInfo &k : *kernels) {
    const auto &m = k.meta;
    std::string geom = llvm::formatv(
        "{0}, {1}, {2}, {3}, {4}, {5}", m[ATTC_CUDA_META_TILE_Q],
        m[ATTC_CUDA_META_TILE_K], m[ATTC_CUDA_META_HEADS], m[ATTC_CUDA_META_KD],
        m[ATTC_CUDA_META_KDV], m[ATTC_CUDA_META_STAGES]);
    std::string args = "AttcVariant, " + geom;
    std::string suffix =
        llvm::formatv("{0}_{1}", m[ATTC_CUDA_META_KD], m[ATTC_CUDA_META_KDV]);
    // The launch formulas as the templates write them (the skeletons
    // static_assert theirs against these).
    std::string threads =
        wg ? llvm::formatv("attc_cuda_tma_threads({0})", wg).str()
           : llvm::formatv("attc::cuda::threads<{0}, {1}>()", tq, hpt).str();
    std::string smemBytes =
        wg ? llvm::formatv("attc_cuda_tma_smem_bytes({0}, {1}, {2}, {3}, {4})",
                           m[ATTC_CUDA_META_TILE_K], wg, m[ATTC_CUDA_META_KD],
                           m[ATTC_CUDA_META_KDV], m[ATTC_CUDA_META_STAGES])
                 .str()
           : "attc::cuda::smem_bytes<" + geom + ">()";
    os << "extern \"C\" __device__ const int attc_cuda_meta_" << suffix << "["
       << ATTC_CUDA_META_LEN << "] = {" << ATTC_CUDA_ABI_VERSION << ", " << geom
       << ", " << threads << ", " << smemBytes << ", " << wg << "};\n"
       << "#if defined(__CUDA_ARCH__)\n"
       << "static_assert(" << smemBytes
       << " <= ATTC_CUDA_SMEM_MAX, \"attc: kernel " << suffix
       << " needs more shared memory than this arch has (lower "
          "--tile-q/--tile-k)\");\n#endif\n"
       // One block per SM is enough to promise: the tiles' shared memory
       // allows few more, and without it ptxas caps registers for
       // occupancy and spills the O accumulators.
       << "extern \"C\" __global__ void __launch_bounds__(" << threads
       << ", 1) attc_cuda_kernel_" << suffix;
    if (wg)
      // The tensor maps must stay where the launch put them.
      os << "(const __grid_constant__ attc_cuda_tma_params P) {\n"
         << "  extern __shared__ __align__(1024) char smem[];\n"
         << "  attc::cuda::sm90::attention<" << args << ">(P, smem);\n}\n\n";
    else
      os << "(const attc_cuda_params L) {\n"
         << "  extern __shared__ __align__(16) char smem[];\n"
         << "  attc::cuda::attention<" << args << ">(L, smem);\n}\n\n";
  }
  emitGpuAuxKernels(os, gpuUnitInfo(spec), *kernels,
                    {"attc_cuda", "__launch_bounds__({0})",
                     "attc::cuda::MmaPolicy", ATTC_CUDA_ABI_VERSION});
  return source;
}
