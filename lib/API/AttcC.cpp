//===- AttcC.cpp - the C API over attc::Spec / jit / Kernel ---------------===//
//
// Compiled with exceptions so that a std::bad_alloc (or anything else) thrown
// below is caught here instead of unwinding into a C caller.
//
//===----------------------------------------------------------------------===//

#include "SpecImpl.h"
#include "attc/Reference/Reference.h"
#include "attc/attc.h"
#include "attc/attc_c.h"

#include <cmath>
#include <cstring>
#include <map>
#include <mutex>
#include <new>
#include <string>

using namespace attc;

struct attc_spec {
  Spec spec;
  mutable std::mutex irMutex;
  mutable std::string ir;   ///< printed on first request
  mutable std::string info; ///< attc_spec_info's JSON, made on first request
};

struct attc_kernel {
  Kernel kernel;
};

namespace {
thread_local std::string lastError;
/// Set instead of lastError when there is no memory left to copy a message.
thread_local const char *staticError = nullptr;

int fail(int status, std::string message) noexcept {
  // One line: the library's messages are, but a caller's name may not be.
  for (char &c : message)
    if (c == '\n' || c == '\r')
      c = ' ';
  staticError = nullptr;
  lastError.swap(message);
  return status;
}

int outOfMemory() noexcept {
  staticError = "attc: out of memory";
  lastError.clear();
  return ATTC_STATUS_INTERNAL;
}

int fail(llvm::Error err) {
  return fail(ATTC_STATUS_ERROR, llvm::toString(std::move(err)));
}

int succeed() {
  staticError = nullptr;
  lastError.clear();
  return ATTC_STATUS_OK;
}

/// Runs `body` and turns anything it throws into a status.
template <typename Fn> int guarded(const char *what, Fn body) noexcept {
  try {
    try {
      return body();
    } catch (const std::bad_alloc &) {
      return outOfMemory();
    } catch (const std::exception &e) {
      return fail(ATTC_STATUS_INTERNAL,
                  std::string(what) + ": internal error: " + e.what());
    } catch (...) {
      return fail(ATTC_STATUS_INTERNAL, std::string(what) + ": internal error");
    }
  } catch (...) {
    // Building the message itself threw.
    return outOfMemory();
  }
}

int nullArgument(const char *what, const char *arg) {
  return fail(ATTC_STATUS_INVALID_ARGUMENT,
              std::string(what) + ": " + arg + " is NULL");
}

bool toDType(int32_t code, DType &dtype) {
  switch (code) {
  case ATTC_F32:
    dtype = DType::F32;
    return true;
  case ATTC_F16:
    dtype = DType::F16;
    return true;
  case ATTC_BF16:
    dtype = DType::BF16;
    return true;
  case ATTC_I32:
    dtype = DType::I32;
    return true;
  case ATTC_I64:
    dtype = DType::I64;
    return true;
  case ATTC_BOOL:
    dtype = DType::Bool;
    return true;
  case ATTC_F64:
    dtype = DType::F64;
    return true;
  }
  return false;
}

/// Converts a C array of named views; the status is non-zero on a bad one.
int toMap(const char *what, const char *arrayName,
          const attc_named_tensor *array, int32_t count,
          std::map<std::string, Tensor> &map) {
  if (count < 0)
    return fail(ATTC_STATUS_INVALID_ARGUMENT,
                std::string(what) + ": " + arrayName + " count is negative");
  if (count > 0 && !array)
    return nullArgument(what, arrayName);
  for (int32_t i = 0; i < count; ++i) {
    const attc_named_tensor &named = array[i];
    std::string where =
        std::string(what) + ": " + arrayName + "[" + std::to_string(i) + "]";
    if (!named.name)
      return fail(ATTC_STATUS_INVALID_ARGUMENT, where + " has a NULL name");
    where += " '" + std::string(named.name) + "'";
    const attc_tensor &t = named.tensor;
    if (t.rank < 0 || t.rank > ATTC_MAX_RANK)
      return fail(ATTC_STATUS_INVALID_ARGUMENT,
                  where + " has rank " + std::to_string(t.rank) +
                      " (expected 0.." + std::to_string(ATTC_MAX_RANK) + ")");
    Tensor tensor;
    if (!toDType(t.dtype, tensor.dtype))
      return fail(ATTC_STATUS_INVALID_ARGUMENT,
                  where + " has unknown dtype code " + std::to_string(t.dtype));
    tensor.data = t.data;
    tensor.shape.assign(t.shape, t.shape + t.rank);
    tensor.strides.assign(t.strides, t.strides + t.rank);
    if (!map.emplace(named.name, std::move(tensor)).second)
      return fail(ATTC_STATUS_INVALID_ARGUMENT,
                  where + " is given more than once");
  }
  return ATTC_STATUS_OK;
}

/// The value of element `offset` (in elements) of a view, as a double.
double readElement(const Tensor &t, int64_t offset) {
  const char *base = static_cast<const char *>(t.data);
  switch (t.dtype) {
  case DType::F32: {
    float v;
    std::memcpy(&v, base + offset * 4, 4);
    return v;
  }
  case DType::F16: {
    uint16_t h;
    std::memcpy(&h, base + offset * 2, 2);
    int exponent = (h >> 10) & 31, mantissa = h & 1023;
    double v = exponent == 0    ? std::ldexp(mantissa, -24)
               : exponent == 31 ? (mantissa ? NAN : INFINITY)
                                : std::ldexp(mantissa + 1024, exponent - 25);
    return (h >> 15) ? -v : v;
  }
  case DType::BF16: {
    uint16_t h;
    std::memcpy(&h, base + offset * 2, 2);
    uint32_t bits = uint32_t(h) << 16;
    float v;
    std::memcpy(&v, &bits, 4);
    return v;
  }
  case DType::I32: {
    int32_t v;
    std::memcpy(&v, base + offset * 4, 4);
    return v;
  }
  case DType::I64: {
    int64_t v;
    std::memcpy(&v, base + offset * 8, 8);
    return double(v);
  }
  case DType::Bool:
    return base[offset] ? 1 : 0;
  case DType::F64: {
    double v;
    std::memcpy(&v, base + offset * 8, 8);
    return v;
  }
  }
  return 0;
}

/// Calls `fn(linear, offset)` for every element of a view in C order of
/// the axes `perm` picks (empty: the view's own), where `offset` is the
/// element's offset in the view.
template <typename Fn>
void forEachElement(const Tensor &t, const std::vector<int> &perm, Fn fn) {
  size_t rank = t.shape.size();
  std::vector<int64_t> shape(rank), strides(rank), index(rank, 0);
  std::vector<int64_t> own = t.strides;
  if (own.empty()) {
    own.assign(rank, 1);
    for (size_t i = rank; i-- > 1;)
      own[i - 1] = own[i] * std::max<int64_t>(t.shape[i], 1);
  }
  int64_t count = 1;
  for (size_t i = 0; i < rank; ++i) {
    size_t from = perm.empty() ? i : perm[i];
    shape[i] = t.shape[from];
    strides[i] = own[from];
    count *= shape[i];
  }
  int64_t offset = 0;
  for (int64_t linear = 0; linear < count; ++linear) {
    fn(linear, offset);
    for (size_t i = rank; i-- > 0;) {
      offset += strides[i];
      if (++index[i] < shape[i])
        break;
      offset -= strides[i] * shape[i];
      index[i] = 0;
    }
  }
}

/// A dense C-order copy of a view (through `perm`, see forEachElement).
RefTensor toRef(const Tensor &t, const std::vector<int> &perm) {
  RefTensor ref;
  for (size_t i = 0; i < t.shape.size(); ++i)
    ref.shape.push_back(t.shape[perm.empty() ? i : perm[i]]);
  int64_t count = 1;
  for (int64_t s : ref.shape)
    count *= s;
  ref.data.resize(count);
  forEachElement(t, perm, [&](int64_t linear, int64_t offset) {
    ref.data[linear] = readElement(t, offset);
  });
  return ref;
}

std::string jsonString(const std::string &s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\')
      out += '\\';
    if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
      continue;
    }
    out += c;
  }
  return out + "\"";
}

std::string infoJson(const SpecInfo &info, bool hasLse, bool hasEpilogue) {
  std::string j = "{\"name\": " + jsonString(info.name) +
                  ", \"dtype\": " + jsonString(dtypeName(info.dtype)) +
                  ", \"layout\": \"" + (info.bshd ? "bshd" : "bhsd") +
                  "\", \"dims\": {";
  for (unsigned i = 0; i < kNumDims; ++i)
    j += std::string(i ? ", " : "") + "\"" + kDimNames[i] +
         "\": " + (info.dims[i] < 0 ? "null" : std::to_string(info.dims[i]));
  j += std::string("}, \"hkv_equals_hq\": ") +
       (info.hkvEqualsHq ? "true" : "false") +
       ", \"dv_equals_d\": " + (info.dvEqualsD ? "true" : "false") +
       ", \"has_lse\": " + (hasLse ? "true" : "false") +
       ", \"has_epilogue\": " + (hasEpilogue ? "true" : "false") +
       ", \"inputs\": [";
  for (size_t i = 0; i < info.inputs.size(); ++i) {
    const SpecInfo::Input &in = info.inputs[i];
    j += std::string(i ? ", " : "") + "{\"name\": " + jsonString(in.name) +
         ", \"dtype\": " + jsonString(dtypeName(in.dtype)) + ", \"shape\": [";
    for (size_t d = 0; d < in.shape.size(); ++d) {
      auto [dim, size] = in.shape[d];
      j += std::string(d ? ", " : "") +
           (dim >= 0 ? jsonString(kDimNames[dim]) : std::to_string(size));
    }
    j += "]}";
  }
  j += "], \"outputs\": [";
  for (size_t i = 0; i < info.outputs.size(); ++i)
    j += std::string(i ? ", " : "") + jsonString(info.outputs[i]);
  return j + "]}";
}

int makeSpec(llvm::Expected<Spec> spec, attc_spec **out) {
  if (!spec)
    return fail(spec.takeError());
  *out = new attc_spec{std::move(*spec), {}, {}};
  return succeed();
}
} // namespace

extern "C" {

const char *attc_last_error(void) {
  return staticError ? staticError : lastError.c_str();
}

int attc_tensor_init(attc_tensor *tensor, void *data, enum attc_dtype dtype,
                     int32_t rank, const int64_t *shape) {
  const char *what = "attc_tensor_init";
  return guarded(what, [&] {
    if (!tensor)
      return nullArgument(what, "tensor");
    if (rank < 0 || rank > ATTC_MAX_RANK)
      return fail(ATTC_STATUS_INVALID_ARGUMENT,
                  std::string(what) + ": rank " + std::to_string(rank) +
                      " is outside 0.." + std::to_string(ATTC_MAX_RANK));
    if (rank > 0 && !shape)
      return nullArgument(what, "shape");
    DType unused;
    if (!toDType(dtype, unused))
      return fail(ATTC_STATUS_INVALID_ARGUMENT, std::string(what) +
                                                    ": unknown dtype code " +
                                                    std::to_string(int(dtype)));
    *tensor = attc_tensor{};
    tensor->data = data;
    tensor->dtype = dtype;
    tensor->rank = rank;
    int64_t stride = 1;
    for (int32_t i = rank - 1; i >= 0; --i) {
      tensor->shape[i] = shape[i];
      tensor->strides[i] = stride;
      stride *= shape[i] > 1 ? shape[i] : 1;
    }
    return succeed();
  });
}

int attc_spec_from_file(const char *path, attc_spec **spec) {
  const char *what = "attc_spec_from_file";
  return guarded(what, [&] {
    if (!spec)
      return nullArgument(what, "spec");
    *spec = nullptr;
    if (!path)
      return nullArgument(what, "path");
    return makeSpec(Spec::fromFile(path), spec);
  });
}

int attc_spec_from_json(const char *text, const char *name, attc_spec **spec) {
  const char *what = "attc_spec_from_json";
  return guarded(what, [&] {
    if (!spec)
      return nullArgument(what, "spec");
    *spec = nullptr;
    if (!text)
      return nullArgument(what, "text");
    return makeSpec(Spec::fromJson(text, name ? name : "<json>"), spec);
  });
}

int attc_spec_from_mlir(const char *text, const char *name, attc_spec **spec) {
  const char *what = "attc_spec_from_mlir";
  return guarded(what, [&] {
    if (!spec)
      return nullArgument(what, "spec");
    *spec = nullptr;
    if (!text)
      return nullArgument(what, "text");
    return makeSpec(Spec::fromMLIR(text, name ? name : "<mlir>"), spec);
  });
}

int attc_spec_with_overrides(const attc_spec *spec, const char *dtype,
                             const char *layout, attc_spec **result) {
  const char *what = "attc_spec_with_overrides";
  return guarded(what, [&] {
    if (!result)
      return nullArgument(what, "result");
    *result = nullptr;
    if (!spec)
      return nullArgument(what, "spec");
    return makeSpec(
        spec->spec.withOverrides(dtype ? dtype : "", layout ? layout : ""),
        result);
  });
}

const char *attc_spec_name(const attc_spec *spec) {
  return spec ? spec->spec.name().c_str() : nullptr;
}

const char *attc_spec_ir(const attc_spec *spec) {
  if (!spec)
    return nullptr;
  // Printed on first use under a lock, so concurrent callers agree.
  const char *text = nullptr;
  guarded("attc_spec_ir", [&] {
    std::lock_guard<std::mutex> lock(spec->irMutex);
    if (spec->ir.empty())
      spec->ir = spec->spec.str();
    text = spec->ir.c_str();
    return ATTC_STATUS_OK;
  });
  return text;
}

void attc_spec_free(attc_spec *spec) { delete spec; }

const char *attc_spec_info(const attc_spec *spec) {
  if (!spec)
    return nullptr;
  const char *text = nullptr;
  guarded("attc_spec_info", [&] {
    std::lock_guard<std::mutex> lock(spec->irMutex);
    if (spec->info.empty()) {
      attn::SpecOp op = SpecImpl::of(spec->spec).spec();
      spec->info = infoJson(SpecImpl::of(spec->spec).info,
                            llvm::isa<attn::SoftmaxOp>(op.getNormalizer()),
                            bool(op.getEpilogueOp()));
    }
    text = spec->info.c_str();
    return ATTC_STATUS_OK;
  });
  return text;
}

int attc_reference(const attc_spec *spec, const attc_named_tensor *inputs,
                   int32_t num_inputs, const attc_named_tensor *outputs,
                   int32_t num_outputs) {
  const char *what = "attc_reference";
  return guarded(what, [&] {
    if (!spec)
      return nullArgument(what, "spec");
    std::map<std::string, Tensor> in, out;
    if (int status = toMap(what, "inputs", inputs, num_inputs, in))
      return status;
    if (int status = toMap(what, "outputs", outputs, num_outputs, out))
      return status;
    const SpecInfo &info = SpecImpl::of(spec->spec).info;
    auto dims = checkTensors(info, in, nullptr);
    if (!dims)
      return fail(dims.takeError());
    const int64_t *d = dims->v;
    std::vector<int> perm4, perm3;
    if (info.bshd) {
      perm4 = {0, 2, 1, 3};
      perm3 = {0, 2, 1};
    }
    // The outputs: f64 views of the caller's shapes, checked before any
    // work so that a rejected call writes nothing.
    if (!out.count("o"))
      return fail(ATTC_STATUS_ERROR, "missing output tensor 'o'");
    for (auto &[name, t] : out) {
      if (name != "o" && name != "lse" && name != "max")
        return fail(ATTC_STATUS_ERROR, "unknown output tensor '" + name +
                                           "' (expected o, lse or max)");
      if (!info.wants(name))
        return fail(ATTC_STATUS_ERROR,
                    "output '" + name + "' is not among the spec's outputs");
      if (t.dtype != DType::F64)
        return fail(ATTC_STATUS_ERROR, "output '" + name + "' has dtype " +
                                           dtypeName(t.dtype) +
                                           ", expected f64");
      std::vector<int64_t> want = name == "o" ? qkvoShape(info, *dims, "o")
                                  : info.bshd
                                      ? std::vector<int64_t>{d[0], d[3], d[1]}
                                      : std::vector<int64_t>{d[0], d[1], d[3]};
      if (t.shape != want) {
        std::string got, expected;
        for (size_t i = 0; i < t.shape.size(); ++i)
          got += (i ? ", " : "") + std::to_string(t.shape[i]);
        for (size_t i = 0; i < want.size(); ++i)
          expected += (i ? ", " : "") + std::to_string(want[i]);
        return fail(ATTC_STATUS_ERROR, "output '" + name + "' has shape [" +
                                           got + "], expected [" + expected +
                                           "]");
      }
      int64_t count = 1;
      for (int64_t s : want)
        count *= s;
      if (count && !t.data)
        return fail(ATTC_STATUS_ERROR, "output '" + name + "' has no data");
    }
    RefProblem problem;
    problem.B = d[0];
    problem.Hq = d[1];
    problem.Hkv = d[2];
    problem.Lq = d[3];
    problem.Lk = d[4];
    problem.D = d[5];
    problem.Dv = d[6];
    problem.q = toRef(in.at("q"), perm4);
    problem.k = toRef(in.at("k"), perm4);
    problem.v = toRef(in.at("v"), perm4);
    for (const SpecInfo::Input &input : info.inputs)
      problem.inputs.push_back(toRef(in.at(input.name), {}));
    RefResult result;
    std::string error;
    if (!runReference(SpecImpl::of(spec->spec).spec(), problem, result, error))
      return fail(ATTC_STATUS_ERROR, spec->spec.name() + ": " + error);
    for (auto &[name, t] : out) {
      const RefTensor &from = name == "o"     ? result.o
                              : name == "lse" ? result.lse
                                              : result.max;
      double *data = static_cast<double *>(t.data);
      forEachElement(t, name == "o" ? perm4 : perm3,
                     [&](int64_t linear, int64_t offset) {
                       data[offset] = from.data[linear];
                     });
    }
    return succeed();
  });
}

int attc_jit(const attc_spec *spec, const char *target_kind,
             const attc_jit_options *options, attc_kernel **kernel) {
  const char *what = "attc_jit";
  return guarded(what, [&] {
    if (!kernel)
      return nullArgument(what, "kernel");
    *kernel = nullptr;
    if (!spec)
      return nullArgument(what, "spec");
    Target target;
    if (target_kind && *target_kind)
      target.kind = target_kind;
    JitOptions jitOptions;
    if (options) {
      if (options->tile_q)
        jitOptions.tileQ = options->tile_q;
      if (options->tile_k)
        jitOptions.tileK = options->tile_k;
      if (options->cache_dir)
        jitOptions.cacheDir = options->cache_dir;
      jitOptions.backward = options->backward != 0;
      jitOptions.hopper = options->hopper != 0;
      if (options->arch && *options->arch)
        target.arch = options->arch;
    }
    auto compiled = jit(spec->spec, target, jitOptions);
    if (!compiled)
      return fail(compiled.takeError());
    *kernel = new attc_kernel{std::move(*compiled)};
    return succeed();
  });
}

/// attc_kernel_run and attc_kernel_launch.
static int runKernel(const char *what, const attc_kernel *kernel,
                     const attc_named_tensor *inputs, int32_t num_inputs,
                     const attc_named_tensor *outputs, int32_t num_outputs,
                     const RunOptions &options) {
  return guarded(what, [&] {
    if (!kernel)
      return nullArgument(what, "kernel");
    if (options.numThreads < 0)
      return fail(ATTC_STATUS_INVALID_ARGUMENT,
                  std::string(what) + ": num_threads is negative");
    std::map<std::string, Tensor> in, out;
    if (int status = toMap(what, "inputs", inputs, num_inputs, in))
      return status;
    if (int status = toMap(what, "outputs", outputs, num_outputs, out))
      return status;
    if (llvm::Error err = kernel->kernel.run(in, out, options))
      return fail(std::move(err));
    return succeed();
  });
}

int attc_kernel_run(const attc_kernel *kernel, const attc_named_tensor *inputs,
                    int32_t num_inputs, const attc_named_tensor *outputs,
                    int32_t num_outputs, int32_t num_threads) {
  RunOptions options;
  options.numThreads = num_threads;
  return runKernel("attc_kernel_run", kernel, inputs, num_inputs, outputs,
                   num_outputs, options);
}

int attc_kernel_launch(const attc_kernel *kernel,
                       const attc_named_tensor *inputs, int32_t num_inputs,
                       const attc_named_tensor *outputs, int32_t num_outputs,
                       void *stream) {
  RunOptions options;
  options.stream = stream;
  return runKernel("attc_kernel_launch", kernel, inputs, num_inputs, outputs,
                   num_outputs, options);
}

int attc_kernel_backward(const attc_kernel *kernel,
                         const attc_named_tensor *inputs, int32_t num_inputs,
                         const attc_named_tensor *grads, int32_t num_grads,
                         int32_t num_threads) {
  const char *what = "attc_kernel_backward";
  return guarded(what, [&] {
    if (!kernel)
      return nullArgument(what, "kernel");
    if (num_threads < 0)
      return fail(ATTC_STATUS_INVALID_ARGUMENT,
                  std::string(what) + ": num_threads is negative");
    std::map<std::string, Tensor> in, out;
    if (int status = toMap(what, "inputs", inputs, num_inputs, in))
      return status;
    if (int status = toMap(what, "grads", grads, num_grads, out))
      return status;
    if (llvm::Error err = kernel->kernel.backward(in, out, num_threads))
      return fail(std::move(err));
    return succeed();
  });
}

int attc_kernel_count_kept(const attc_kernel *kernel,
                           const attc_named_tensor *inputs, int32_t num_inputs,
                           int64_t *kept) {
  const char *what = "attc_kernel_count_kept";
  return guarded(what, [&] {
    if (!kernel)
      return nullArgument(what, "kernel");
    if (!kept)
      return nullArgument(what, "kept");
    std::map<std::string, Tensor> in;
    if (int status = toMap(what, "inputs", inputs, num_inputs, in))
      return status;
    auto count = kernel->kernel.countKept(in);
    if (!count)
      return fail(count.takeError());
    *kept = *count;
    return succeed();
  });
}

const char *attc_kernel_object_path(const attc_kernel *kernel) {
  return kernel ? kernel->kernel.objectPath().c_str() : nullptr;
}

int attc_kernel_from_cache(const attc_kernel *kernel) {
  return kernel ? int(kernel->kernel.fromCache()) : -1;
}

void attc_kernel_free(attc_kernel *kernel) { delete kernel; }

int attc_fma_peak(int32_t num_threads, double *gflops) {
  const char *what = "attc_fma_peak";
  return guarded(what, [&] {
    if (!gflops)
      return nullArgument(what, "gflops");
    if (num_threads < 0)
      return fail(ATTC_STATUS_INVALID_ARGUMENT,
                  std::string(what) + ": num_threads must be >= 0");
    auto peak = attc::measureFmaPeak(num_threads);
    if (!peak)
      return fail(peak.takeError());
    *gflops = *peak;
    return succeed();
  });
}

} // extern "C"
