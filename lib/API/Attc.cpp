//===- Attc.cpp - the library API: specs, JIT kernels, launches -----------===//

#include "SpecImpl.h"

#include "Backend.h"
#include "attc/Codegen/CudaCodegen.h"
#include "attc/Codegen/GpuKernels.h"
#include "attc/Codegen/VariantEmitter.h"
#include "attc/Runtime/CudaKernelMeta.h"
#include "attc/Runtime/GpuRuntime.h"
#include "attc/Spec/RawSpec.h"
#include "attc/Spec/SpecToIR.h"
#include "attc/Transforms/Passes.h"
#include "attc/Tune/TuneDb.h"
#include "attc_abi.h"
#include "attc_grad.h"

#include "mlir/IR/Builders.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/Support/raw_ostream.h"

#include <atomic>
#include <optional>
#include <thread>

using namespace llvm;
using namespace attc;

static Error makeError(const Twine &message) {
  return createStringError(inconvertibleErrorCode(), message);
}

static DType toDType(mlir::Type type) {
  if (type.isF16())
    return DType::F16;
  if (type.isBF16())
    return DType::BF16;
  if (type.isInteger(32))
    return DType::I32;
  if (type.isInteger(64))
    return DType::I64;
  if (type.isInteger(1))
    return DType::Bool;
  return DType::F32;
}

attn::SpecOp SpecImpl::spec() { return getSpec(*module); }

static SpecInfo extractInfo(attn::SpecOp spec) {
  SpecInfo info;
  info.name = spec.getSymName().str();
  info.dtype = toDType(spec.getDtype());
  info.bshd = spec.getLayout() == attn::Layout::bshd;
  for (unsigned i = 0; i < kNumDims; ++i) {
    int64_t size = spec.getDims().getSizes()[i];
    info.dims[i] = mlir::ShapedType::isDynamic(size) ? -1 : size;
  }
  info.hkvEqualsHq = spec.getHkvEqualsHq();
  info.dvEqualsD = spec.getDvEqualsD();
  for (attn::InputOp input : spec.getInputs()) {
    SpecInfo::Input in;
    in.name = input.getSymName().str();
    in.dtype = toDType(input.getElemType());
    for (mlir::Attribute dim : input.getShape()) {
      if (auto name = dyn_cast<mlir::StringAttr>(dim))
        in.shape.push_back({attn::DimsAttr::indexOf(name.getValue()), 0});
      else
        in.shape.push_back({-1, cast<mlir::IntegerAttr>(dim).getInt()});
    }
    info.inputs.push_back(in);
  }
  for (StringRef out : spec.getOutputs().getAsValueRange<mlir::StringAttr>())
    info.outputs.push_back(out.str());
  return info;
}

static Expected<Spec> makeSpec(std::unique_ptr<mlir::MLIRContext> ctx,
                               mlir::OwningOpRef<mlir::ModuleOp> module,
                               const std::string &error) {
  if (!module)
    return makeError(error);
  auto impl = std::make_shared<SpecImpl>();
  impl->ctx = std::move(ctx);
  impl->module = std::move(module);
  impl->info = extractInfo(impl->spec());
  return SpecImpl::make(std::move(impl));
}

static std::unique_ptr<mlir::MLIRContext> newContext() {
  auto ctx = std::make_unique<mlir::MLIRContext>(
      mlir::MLIRContext::Threading::DISABLED);
  loadSpecDialects(*ctx);
  return ctx;
}

Expected<Spec> Spec::fromFile(const std::string &path) {
  auto ctx = newContext();
  std::string error;
  auto module = loadSpecFile(*ctx, path, error);
  return makeSpec(std::move(ctx), std::move(module), error);
}

Expected<Spec> Spec::fromJson(const std::string &text,
                              const std::string &name) {
  auto ctx = newContext();
  std::string error;
  auto module = loadSpecText(*ctx, text, name, /*isMLIR=*/false, error);
  return makeSpec(std::move(ctx), std::move(module), error);
}

Expected<Spec> Spec::fromMLIR(const std::string &text,
                              const std::string &name) {
  auto ctx = newContext();
  std::string error;
  auto module = loadSpecText(*ctx, text, name, /*isMLIR=*/true, error);
  return makeSpec(std::move(ctx), std::move(module), error);
}

const std::string &Spec::name() const { return impl->info.name; }

Expected<Spec> Spec::withOverrides(const std::string &dtype,
                                   const std::string &layout) const {
  auto copy = fromMLIR(str(), impl->info.name);
  if (!copy)
    return copy.takeError();
  attn::SpecOp op = SpecImpl::of(*copy).spec();
  mlir::Builder b(op.getContext());
  if (!dtype.empty()) {
    if (dtype != "f32" && dtype != "f16" && dtype != "bf16")
      return makeError("--dtype: unknown dtype '" + dtype +
                       "' (expected f32, f16 or bf16)");
    op.setDtype(dtype == "f16"    ? mlir::Type(b.getF16Type())
                : dtype == "bf16" ? mlir::Type(b.getBF16Type())
                                  : mlir::Type(b.getF32Type()));
  }
  if (!layout.empty()) {
    if (layout != "bhsd" && layout != "bshd")
      return makeError("--layout: unknown layout '" + layout +
                       "' (expected bhsd or bshd)");
    op.setLayoutAttr(attn::LayoutAttr::get(
        op.getContext(),
        layout == "bshd" ? attn::Layout::bshd : attn::Layout::bhsd));
  }
  SpecImpl::of(*copy).info = extractInfo(op);
  return copy;
}

std::string Spec::str() const {
  std::string text;
  raw_string_ostream os(text);
  impl->module->print(os);
  return text;
}

//===----------------------------------------------------------------------===//
// Code generation and JIT
//===----------------------------------------------------------------------===//

namespace {
/// A spec lowered for a target: the IR with attn.sparsity and attn.schedule.
struct Lowered {
  mlir::OwningOpRef<mlir::ModuleOp> module;
  const Backend *backend = nullptr;
  attn::ScheduleAttr schedule;
  bool tuned = false;  ///< the schedule came from the tuning database
  std::string warning; ///< why the tuning database was ignored
};

/// Runs `fn` with MLIR diagnostics collected; the first one is the message.
template <class F> std::string firstDiagnostic(mlir::MLIRContext *ctx, F fn) {
  std::string error;
  mlir::ScopedDiagnosticHandler handler(ctx, [&](mlir::Diagnostic &diag) {
    if (error.empty())
      error = diag.str();
    return mlir::success();
  });
  fn();
  return error;
}
} // namespace

/// The tuned schedule for `spec` on `target`, when the database has one
/// for the problem's shape bucket (and `warning` when it was ignored).
static std::optional<ScheduleChoice> tunedSchedule(const Spec &spec,
                                                   const Target &target,
                                                   const JitOptions &options,
                                                   std::string &warning) {
  const SpecInfo &info = SpecImpl::of(spec).info;
  std::vector<int64_t> dims = options.tuneDims;
  if (dims.empty())
    dims.assign(info.dims, info.dims + kNumDims);
  if (!options.useTuneDb || dims.size() != kNumDims ||
      llvm::any_of(dims, [](int64_t d) { return d < 0; }))
    return std::nullopt;
  std::string device = deviceName(target.kind);
  std::string path = options.tuneDbPath.empty()
                         ? tuneDbPath(cacheDirectory(options.cacheDir), device)
                         : options.tuneDbPath;
  TuneDb db = TuneDb::load(path, warning);
  TuneKey key{specHash(spec.str()), target.kind, device,
              shapeBucket(dims.data(), dtypeName(info.dtype))};
  if (const TuneEntry *entry = db.find(key))
    return entry->schedule;
  return std::nullopt;
}

static Expected<Lowered> lower(const Spec &spec, const Target &target,
                               const JitOptions &options) {
  auto backend = findBackend(target.kind);
  if (!backend)
    return backend.takeError();
  if (Error err = backend->checkArch(target.arch))
    return std::move(err);
  for (int tile : {options.tileQ, options.tileK})
    if (tile < 0 || tile > 512)
      return makeError("tile sizes must be between 1 and 512 (0: the "
                       "schedule's choice)");
  if (options.kvSplits < 0 || options.kvSplits == 1 || options.kvSplits > 64)
    return makeError("kv splits must be between 2 and 64 (0: left to the "
                     "launch)");
  SpecImpl &impl = SpecImpl::of(spec);
  // Lower a copy: the user's spec stays as written.
  Lowered result;
  result.backend = &*backend;
  result.module = impl.module->clone();
  AttnScheduleOptions schedule;
  schedule.target = target.kind;
  schedule.tileQ = options.tileQ;
  schedule.tileK = options.tileK;
  schedule.kvSplits = options.kvSplits;
  schedule.headsPerTask = options.headsPerTask;
  schedule.dense = options.denseTiles;
  schedule.hopper = options.hopper;
  if (options.hopper && (target.kind != "cuda" || target.arch != "sm_90a"))
    return makeError("--hopper: the Hopper path needs --target=cuda "
                     "--arch=sm_90a (wgmma, setmaxnreg)");
  // The tuning database fills what the options leave to the schedule.
  if (!options.tileQ && !options.tileK && !options.kvSplits &&
      options.headsPerTask < 0)
    if (std::optional<ScheduleChoice> tuned =
            tunedSchedule(spec, target, options, result.warning)) {
      schedule.tileQ = tuned->tileQ;
      schedule.tileK = tuned->tileK;
      schedule.kvSplits = tuned->kvSplits;
      schedule.headsPerTask = tuned->headsPerTask;
      // A Hopper winner only where its kernels can run.
      schedule.hopper =
          schedule.hopper || (tuned->warpgroups > 0 && target.arch == "sm_90a");
      result.tuned = true;
    }
  mlir::PassManager pm(impl.ctx.get());
  addAttnLoweringPasses(pm, schedule);
  if (options.backward)
    pm.nest<attn::SpecOp>().addPass(createAttnDifferentiate());
  mlir::LogicalResult status = mlir::failure();
  std::string error = firstDiagnostic(
      impl.ctx.get(), [&] { status = pm.run(*result.module); });
  if (failed(status))
    return makeError(spec.name() + ": lowering failed" +
                     (error.empty() ? "" : ": " + error));
  result.schedule = getSchedule(getSpec(*result.module));
  return result;
}

Expected<std::string> attc::lowerSpec(const Spec &spec, const Target &target,
                                      const JitOptions &options) {
  auto lowered = lower(spec, target, options);
  if (!lowered)
    return lowered.takeError();
  std::string text;
  raw_string_ostream os(text);
  lowered->module->print(os);
  return text;
}

static Expected<std::string> emitLowered(const Spec &spec, Lowered &lowered) {
  mlir::FailureOr<std::string> source;
  std::string error = firstDiagnostic(SpecImpl::of(spec).ctx.get(), [&] {
    source = lowered.backend->emitSource(getSpec(*lowered.module));
  });
  if (failed(source))
    return makeError(spec.name() + ": " + lowered.backend->name() +
                     " code generation failed: " + error);
  return *source;
}

Expected<std::string> attc::emitSource(const Spec &spec, const Target &target,
                                       const JitOptions &options) {
  auto lowered = lower(spec, target, options);
  if (!lowered)
    return lowered.takeError();
  return emitLowered(spec, *lowered);
}

Expected<std::string> attc::emitBinary(const Spec &spec, const Target &target,
                                       StringRef kind,
                                       const JitOptions &options) {
  auto lowered = lower(spec, target, options);
  if (!lowered)
    return lowered.takeError();
  auto source = emitLowered(spec, *lowered);
  if (!source)
    return source.takeError();
  return lowered->backend->compileBinary(*source, target.arch, kind);
}

/// The launch metadata (kernel.meta) of the GPU kernels of `lowered`.
static Expected<std::string>
gpuLaunchMetadata(const Spec &spec, const Lowered &lowered,
                  const std::vector<std::string> &images) {
  const Backend &backend = *lowered.backend;
  mlir::FailureOr<std::vector<CudaKernelInfo>> kernels;
  std::string error = firstDiagnostic(SpecImpl::of(spec).ctx.get(), [&] {
    kernels = backend.launchKernels(getSpec(*lowered.module));
  });
  if (failed(kernels))
    return makeError(spec.name() + ": " + backend.name() +
                     " code generation failed: " + error);
  CudaModuleMeta meta;
  meta.abi = findKernelAbi(backend.launchAbi().str());
  meta.spec = SpecImpl::of(spec).info;
  for (const CudaKernelInfo &k : *kernels)
    meta.kernels.push_back({k.name, k.meta});
  attn::SpecOp lowSpec = getSpec(*lowered.module);
  GpuUnitInfo unit = gpuUnitInfo(lowSpec);
  meta.kvSplits = unit.kvSplits;
  for (const TileMapsInfo::Table &t : unit.tables)
    meta.blockMaps.push_back(
        {(*std::next(lowSpec.getInputs().begin(), t.input)).getSymName().str(),
         t.axis, t.byQuery});
  for (const std::string &arch : images)
    meta.images.push_back({arch, meta.abi->imageFile(arch)});
  return formatCudaMeta(meta);
}

Expected<std::string>
attc::emitLaunchMetadata(const Spec &spec, const Target &target,
                         const std::vector<std::string> &images,
                         const JitOptions &options) {
  auto lowered = lower(spec, target, options);
  if (!lowered)
    return lowered.takeError();
  if (lowered->backend->launchAbi().empty())
    return makeError("--target=" + target.kind +
                     ": launch metadata is only for --target=cuda or hip");
  return gpuLaunchMetadata(spec, *lowered, images);
}

struct attc::KernelImpl {
  SpecInfo info;
  std::shared_ptr<LoadedObject> object;
  int (*entry)(const attc_launch *) = nullptr;
  int64_t (*countKept)(const attc_launch *) = nullptr;
  int (*tileStats)(const attc_launch *, int64_t *, char *) = nullptr;
  int (*backward)(const attc_launch *, const attc_bwd_launch *) = nullptr;
  KernelSchedule schedule;
  std::string warning;
  /// The normalizer has an lse (softmax): the backward accepts dlse.
  bool hasLse = false;
  /// A GPU kernel: its launch runtime and the runtime's module of the
  /// JIT's image (an attc_cuda_module or attc_hip_module).
  const GpuLaunchRuntime *gpu = nullptr;
  std::shared_ptr<void> gpuModule;

  static Kernel make(std::shared_ptr<KernelImpl> impl) {
    Kernel kernel;
    kernel.impl = std::move(impl);
    return kernel;
  }
};

/// The launch runtime's module of a device image of `lowered`'s kernels.
static Error loadGpuModule(const Spec &spec, const Lowered &lowered,
                           const LoadedObject &object, KernelImpl &impl) {
  std::string target = lowered.backend->launchAbi().str();
  const GpuLaunchRuntime *rt = findLaunchRuntime(target);
  if (!rt)
    return makeError("--target=" + target +
                     ": this attc was built without the " + target +
                     " launch runtime (for cuda: cuda.h was not found)");
  auto meta = gpuLaunchMetadata(spec, lowered, {});
  if (!meta)
    return meta.takeError();
  void *raw = nullptr;
  if (rt->moduleFromMeta(meta->data(), meta->size(), object.path.c_str(),
                         &raw) ||
      rt->moduleAddImage(raw, object.imageArch.c_str(), object.image.data(),
                         object.image.size())) {
    rt->moduleFree(raw);
    return makeError(rt->lastError());
  }
  impl.gpu = rt;
  impl.gpuModule.reset(raw, rt->moduleFree);
  return Error::success();
}

/// A kernel from a loaded object of `lowered`'s source.
static Expected<Kernel> makeKernel(const Spec &spec, const Lowered &lowered,
                                   std::shared_ptr<LoadedObject> object) {
  auto impl = std::make_shared<KernelImpl>();
  impl->info = SpecImpl::of(spec).info;
  impl->object = object;
  impl->hasLse =
      isa<attn::SoftmaxOp>(SpecImpl::of(spec).spec().getNormalizer());
  attn::ScheduleAttr s = lowered.schedule;
  impl->schedule = {s.getTileQ(), s.getTileK(), s.getKvSplits(),
                    s.getHeadsPerTask(), lowered.tuned};
  impl->warning = lowered.warning;
  if (!object->image.empty()) {
    if (Error err = loadGpuModule(spec, lowered, *object, *impl))
      return std::move(err);
    return KernelImpl::make(std::move(impl));
  }
  impl->entry = reinterpret_cast<int (*)(const attc_launch *)>(
      object->symbol("attc_kernel_entry"));
  impl->countKept = reinterpret_cast<int64_t (*)(const attc_launch *)>(
      object->symbol("attc_kernel_count_kept"));
  impl->tileStats =
      reinterpret_cast<int (*)(const attc_launch *, int64_t *, char *)>(
          object->symbol("attc_kernel_tile_stats"));
  impl->backward = reinterpret_cast<int (*)(const attc_launch *,
                                            const attc_bwd_launch *)>(
      object->symbol("attc_kernel_backward"));
  // The HIP emulator's objects have the entry only.
  if (!impl->entry || !impl->countKept != !impl->tileStats)
    return makeError(object->path + ": not an attc kernel (entry missing)");
  return KernelImpl::make(std::move(impl));
}

Expected<Kernel> attc::jit(const Spec &spec, const Target &target,
                           const JitOptions &options) {
  auto lowered = lower(spec, target, options);
  if (!lowered)
    return lowered.takeError();
  auto source = emitLowered(spec, *lowered);
  if (!source)
    return source.takeError();
  auto object = lowered->backend->compileAndLoad(
      *source, target.arch, cacheDirectory(options.cacheDir));
  if (!object)
    return object.takeError();
  return makeKernel(spec, *lowered, *object);
}

std::vector<Expected<Kernel>>
attc::jitMany(const Spec &spec, const Target &target,
              const std::vector<JitOptions> &options, int threads) {
  // MLIR work stays on this thread (the spec's context is single-threaded);
  // only the toolchain runs in parallel.
  size_t n = options.size();
  std::vector<Expected<Lowered>> lowered;
  std::vector<std::string> sources(n);
  std::vector<std::optional<Error>> failures(n);
  for (size_t i = 0; i < n; ++i) {
    lowered.push_back(lower(spec, target, options[i]));
    if (!lowered.back()) {
      failures[i] = lowered.back().takeError();
      continue;
    }
    auto source = emitLowered(spec, *lowered.back());
    if (!source)
      failures[i] = source.takeError();
    else
      sources[i] = std::move(*source);
  }
  std::vector<std::shared_ptr<LoadedObject>> objects(n);
  std::vector<std::string> buildErrors(n);
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i; (i = next++) < n;) {
      if (failures[i])
        continue;
      auto object = lowered[i]->backend->compileAndLoad(
          sources[i], target.arch, cacheDirectory(options[i].cacheDir));
      if (object)
        objects[i] = *object;
      else
        buildErrors[i] = toString(object.takeError());
    }
  };
  unsigned count = threads > 0 ? unsigned(threads)
                               : std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < std::min<size_t>(count, n); ++t)
    pool.emplace_back(worker);
  worker();
  for (std::thread &t : pool)
    t.join();
  std::vector<Expected<Kernel>> kernels;
  for (size_t i = 0; i < n; ++i) {
    if (failures[i])
      kernels.push_back(std::move(*failures[i]));
    else if (!objects[i])
      kernels.push_back(makeError(buildErrors[i]));
    else
      kernels.push_back(makeKernel(spec, *lowered[i], objects[i]));
  }
  return kernels;
}

const std::string &Kernel::objectPath() const { return impl->object->path; }
bool Kernel::fromCache() const { return impl->object->fromCache; }
const KernelSchedule &Kernel::schedule() const { return impl->schedule; }
attc_cuda_module *Kernel::cudaModule() const {
  return impl->gpu && StringRef(impl->gpu->target) == "cuda"
             ? static_cast<attc_cuda_module *>(impl->gpuModule.get())
             : nullptr;
}
attc_hip_module *Kernel::hipModule() const {
  return impl->gpu && StringRef(impl->gpu->target) == "hip"
             ? static_cast<attc_hip_module *>(impl->gpuModule.get())
             : nullptr;
}
const std::string &Kernel::warning() const { return impl->warning; }

//===----------------------------------------------------------------------===//
// Tensor checks and launch
//===----------------------------------------------------------------------===//

static Expected<attc_launch>
buildLaunch(const KernelImpl &k, const std::map<std::string, Tensor> &inputs,
            const std::map<std::string, Tensor> *outputs,
            std::vector<attc_tensor> &extra, int numThreads) {
  auto dims = checkTensors(k.info, inputs, outputs);
  if (!dims)
    return dims.takeError();
  attc_launch L = launchViews(k.info, *dims, inputs, outputs, extra);
  L.num_threads = numThreads;
  return L;
}

/// The error of a kernel's ATTC_* status, or success.
static Error statusError(const SpecInfo &info, int status) {
  if (status == ATTC_ERR_NOMEM)
    return makeError("kernel '" + info.name +
                     "' could not allocate its scratch memory or block map");
  if (status != ATTC_OK)
    return makeError("kernel '" + info.name + "' rejected the launch (status " +
                     Twine(status) + ")");
  return Error::success();
}

/// What only the CPU kernels have, asked of a GPU one (or of the HIP
/// emulator's, which has the entry only).
static Error cpuOnly(const KernelImpl &k, const char *what) {
  if (!k.gpu && k.countKept)
    return Error::success();
  return makeError(Twine(what) + ": kernel '" + k.info.name + "' runs on " +
                   (k.gpu ? k.gpu->target : "the hip emulator") +
                   ", which has no " + what + " yet (use the cpu target)");
}

/// The views as the C API's named tensors (names borrowed from the map).
static std::vector<attc_named_tensor>
namedViews(const std::map<std::string, Tensor> &views) {
  std::vector<attc_named_tensor> list;
  for (auto &[name, t] : views)
    list.push_back({name.c_str(), abiTensor(t)});
  return list;
}

/// A GPU kernel on device views: checked, then launched on `stream`.
static Error launchGpu(const KernelImpl &k,
                       const std::map<std::string, Tensor> &inputs,
                       const std::map<std::string, Tensor> &outputs,
                       void *stream) {
  std::vector<attc_named_tensor> in = namedViews(inputs),
                                 out = namedViews(outputs);
  if (k.gpu->launch(k.gpuModule.get(), in.data(), int32_t(in.size()),
                    out.data(), int32_t(out.size()), stream))
    return makeError(k.gpu->lastError());
  return Error::success();
}

Error Kernel::run(const std::map<std::string, Tensor> &inputs,
                  const std::map<std::string, Tensor> &outputs,
                  int numThreads) const {
  RunOptions options;
  options.numThreads = numThreads;
  return run(inputs, outputs, options);
}

Error Kernel::run(const std::map<std::string, Tensor> &inputs,
                  const std::map<std::string, Tensor> &outputs,
                  const RunOptions &options) const {
  if (impl->gpu)
    return launchGpu(*impl, inputs, outputs, options.stream);
  if (options.stream)
    return makeError("RunOptions::stream: kernel '" + impl->info.name +
                     "' runs on the cpu, which has no streams");
  std::vector<attc_tensor> extra;
  auto launch =
      buildLaunch(*impl, inputs, &outputs, extra, options.numThreads);
  if (!launch)
    return launch.takeError();
  return statusError(impl->info, impl->entry(&*launch));
}

bool Kernel::hasBackward() const { return impl->backward != nullptr; }

Error Kernel::backward(const std::map<std::string, Tensor> &inputs,
                       const std::map<std::string, Tensor> &grads,
                       int numThreads) const {
  const SpecInfo &info = impl->info;
  if (Error err = cpuOnly(*impl, "backward"))
    return err;
  if (!impl->backward)
    return makeError("kernel '" + info.name +
                     "' was compiled without a backward "
                     "(JitOptions::backward, --grad)");
  auto shapeText = [](ArrayRef<int64_t> shape) {
    std::string text = "[";
    for (size_t i = 0; i < shape.size(); ++i)
      text += (i ? ", " : "") + std::to_string(shape[i]);
    return text + "]";
  };
  // A view with logical axis i = the caller's axis perm[i].
  auto view = [](const Tensor &t, ArrayRef<int> perm) {
    attc_tensor a{};
    a.data = t.data;
    a.dtype = abiDType(t.dtype);
    a.rank = int32_t(t.shape.size());
    std::vector<int64_t> strides = t.strides;
    if (strides.empty()) {
      strides.assign(t.shape.size(), 1);
      for (int i = int(t.shape.size()) - 2; i >= 0; --i)
        strides[i] = strides[i + 1] * std::max<int64_t>(t.shape[i + 1], 1);
    }
    for (size_t i = 0; i < t.shape.size(); ++i) {
      size_t from = perm.empty() ? i : perm[i];
      a.shape[i] = t.shape[from];
      a.strides[i] = strides[from];
    }
    return a;
  };
  std::map<std::string, Tensor> forward;
  for (auto &[name, t] : inputs)
    if (name != "do" && name != "o" && name != "lse" && name != "dlse")
      forward[name] = t;
  std::vector<attc_tensor> extra;
  auto launch = buildLaunch(*impl, forward, nullptr, extra, numThreads);
  if (!launch)
    return launch.takeError();
  auto dims = checkTensors(info, forward, nullptr);
  if (!dims)
    return dims.takeError();
  auto check = [&](const std::map<std::string, Tensor> &from,
                   const std::string &name, std::vector<int64_t> want,
                   DType type, bool required) -> Expected<const Tensor *> {
    auto it = from.find(name);
    if (it == from.end()) {
      if (required)
        return makeError("missing tensor '" + name + "' for the backward");
      return nullptr;
    }
    const Tensor &t = it->second;
    if (t.dtype != type)
      return makeError("tensor '" + name + "' has dtype " +
                       dtypeName(t.dtype) + ", expected " + dtypeName(type));
    if (t.shape != want)
      return makeError("tensor '" + name + "' has shape " +
                       shapeText(t.shape) + ", expected " + shapeText(want));
    int64_t n = 1;
    for (int64_t s : want)
      n *= s;
    if (!t.data && n)
      return makeError("tensor '" + name + "' has no data");
    if (!t.strides.empty() && t.strides.size() != t.shape.size())
      return makeError("tensor '" + name + "' has " +
                       Twine(t.strides.size()) + " strides for rank " +
                       Twine(t.shape.size()));
    return &t;
  };
  std::vector<int64_t> rowShape = {dims->v[kB], dims->v[kHq], dims->v[kLq]};
  if (info.bshd)
    rowShape = {dims->v[kB], dims->v[kLq], dims->v[kHq]};
  std::vector<int> perm4, perm3;
  if (info.bshd) {
    perm4 = {0, 2, 1, 3};
    perm3 = {0, 2, 1};
  }
  attc_bwd_launch G{};
  struct Want {
    const std::map<std::string, Tensor> *from;
    const char *name, *like;
    attc_tensor *dst;
    bool required;
  } wants[] = {{&inputs, "do", "o", &G.dout, true},
               {&inputs, "o", "o", &G.o, false},
               {&grads, "dq", "q", &G.dq, true},
               {&grads, "dk", "k", &G.dk, true},
               {&grads, "dv", "v", &G.dv, true}};
  for (const Want &w : wants) {
    auto t = check(*w.from, w.name, qkvoShape(info, *dims, w.like), info.dtype,
                   w.required);
    if (!t)
      return t.takeError();
    if (*t)
      *w.dst = view(**t, perm4);
  }
  auto lse = check(inputs, "lse", rowShape, DType::F32, false);
  if (!lse)
    return lse.takeError();
  if (*lse)
    G.lse = view(**lse, perm3);
  if (inputs.count("dlse") && !impl->hasLse)
    return makeError("tensor 'dlse': spec '" + info.name +
                     "' has no lse (its normalizer is not softmax)");
  auto dlse = check(inputs, "dlse", rowShape, DType::F32, false);
  if (!dlse)
    return dlse.takeError();
  if (*dlse)
    G.dlse = view(**dlse, perm3);
  std::vector<attc_tensor> dinputs(info.inputs.size());
  for (auto &[name, t] : grads) {
    if (name == "dq" || name == "dk" || name == "dv")
      continue;
    auto in = llvm::find_if(info.inputs, [&](const SpecInfo::Input &i) {
      return "d" + i.name == name;
    });
    if (in == info.inputs.end())
      return makeError("unknown gradient '" + name + "' for spec '" +
                       info.name + "' (expected dq, dk, dv or d<input>)");
    if (in->dtype != DType::F32 && in->dtype != DType::F16 &&
        in->dtype != DType::BF16)
      return makeError("input '" + in->name +
                       "' is not a float input and has no gradient");
    const Tensor &src = forward.at(in->name);
    auto g = check(grads, name, src.shape, DType::F32, true);
    if (!g)
      return g.takeError();
    attc_tensor a = view(**g, {});
    int64_t stride = 1;
    for (int d = a.rank - 1; d >= 0; --d) {
      if (a.shape[d] > 1 && a.strides[d] != stride)
        return makeError("gradient '" + name + "' must be C-contiguous");
      stride *= a.shape[d];
    }
    dinputs[in - info.inputs.begin()] = a;
  }
  G.dinputs = dinputs.data();
  return statusError(info, impl->backward(&*launch, &G));
}

Expected<int64_t>
Kernel::countKept(const std::map<std::string, Tensor> &inputs) const {
  if (Error err = cpuOnly(*impl, "countKept"))
    return std::move(err);
  std::vector<attc_tensor> extra;
  auto launch = buildLaunch(*impl, inputs, nullptr, extra, 0);
  if (!launch)
    return launch.takeError();
  return impl->countKept(&*launch);
}

Expected<TileStats>
Kernel::tileStats(const std::map<std::string, Tensor> &inputs) const {
  if (Error err = cpuOnly(*impl, "tileStats"))
    return std::move(err);
  std::vector<attc_tensor> extra;
  auto launch = buildLaunch(*impl, inputs, nullptr, extra, 0);
  if (!launch)
    return launch.takeError();
  TileStats stats;
  stats.tileQ = impl->schedule.tileQ;
  stats.tileK = impl->schedule.tileK;
  int64_t nqt = (launch->Lq + stats.tileQ - 1) / stats.tileQ;
  int64_t nkt = (launch->Lk + stats.tileK - 1) / stats.tileK;
  std::string cells(size_t(nqt * nkt), '.');
  int64_t counts[3];
  int status =
      impl->tileStats(&*launch, counts,
                      launch->B > 0 && launch->Hq > 0 ? cells.data() : nullptr);
  if (Error err = statusError(impl->info, status))
    return std::move(err);
  stats.total = counts[0];
  stats.visited = counts[1];
  stats.full = counts[2];
  for (int64_t i = 0; i < nqt; ++i)
    stats.grid += cells.substr(size_t(i * nkt), size_t(nkt)) + "\n";
  return stats;
}

Expected<double> attc::measureFmaPeak(int threads) {
  // Twelve independent FMA chains per thread cover latency x throughput;
  // the empty asm keeps the compiler from folding the loop.
  static const char *const kSource = R"(
#include <chrono>
#include <omp.h>
#if defined(__AVX512F__)
typedef float vf __attribute__((vector_size(64)));
#else
typedef float vf __attribute__((vector_size(32)));
#endif
extern "C" double attc_fma_peak_gflops(int threads) {
  if (threads <= 0) threads = omp_get_max_threads();
  const long iters = 20000000;
  const int lanes = sizeof(vf) / sizeof(float);
  double best = 0;
  for (int rep = 0; rep < 3; ++rep) {
    auto t0 = std::chrono::steady_clock::now();
    float sink = 0;
#pragma omp parallel num_threads(threads) reduction(+ : sink)
    {
      vf acc[12], a, b;
      for (int l = 0; l < lanes; ++l) { a[l] = 0.999999f; b[l] = 1e-7f; }
#pragma GCC unroll 12
      for (int i = 0; i < 12; ++i) acc[i] = a * (float)i;
      for (long it = 0; it < iters; ++it) {
#pragma GCC unroll 12
        for (int i = 0; i < 12; ++i) acc[i] = acc[i] * a + b;
        __asm__ volatile("" : "+x"(acc[0]));
      }
      vf sum = acc[0];
#pragma GCC unroll 12
      for (int i = 1; i < 12; ++i) sum += acc[i];
      sink += sum[0];
    }
    double s = std::chrono::duration<double>(
        std::chrono::steady_clock::now() - t0).count();
    double flops = 2.0 * lanes * 12 * iters * threads;
    if (sink == 12345.0f) flops += 1;
    if (flops / s / 1e9 > best) best = flops / s / 1e9;
  }
  return best;
}
)";
  auto object = hostCxxToolchain().compileAndLoad(kSource, cacheDirectory(""));
  if (!object)
    return object.takeError();
  auto fn = reinterpret_cast<double (*)(int)>(
      (*object)->symbol("attc_fma_peak_gflops"));
  if (!fn)
    return makeError("peak probe did not load");
  return fn(threads);
}
