//===- AttcC.cpp - the C API over attc::Spec / jit / Kernel ---------------===//
//
// Compiled with exceptions so that a std::bad_alloc (or anything else) thrown
// below is caught here instead of unwinding into a C caller.
//
//===----------------------------------------------------------------------===//

#include "attc/attc.h"
#include "attc/attc_c.h"

#include <map>
#include <mutex>
#include <new>
#include <string>

using namespace attc;

struct attc_spec {
  Spec spec;
  mutable std::mutex irMutex;
  mutable std::string ir; ///< printed on first request
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
    }
    auto compiled = jit(spec->spec, target, jitOptions);
    if (!compiled)
      return fail(compiled.takeError());
    *kernel = new attc_kernel{std::move(*compiled)};
    return succeed();
  });
}

int attc_kernel_run(const attc_kernel *kernel, const attc_named_tensor *inputs,
                    int32_t num_inputs, const attc_named_tensor *outputs,
                    int32_t num_outputs, int32_t num_threads) {
  const char *what = "attc_kernel_run";
  return guarded(what, [&] {
    if (!kernel)
      return nullArgument(what, "kernel");
    if (num_threads < 0)
      return fail(ATTC_STATUS_INVALID_ARGUMENT,
                  std::string(what) + ": num_threads is negative");
    std::map<std::string, Tensor> in, out;
    if (int status = toMap(what, "inputs", inputs, num_inputs, in))
      return status;
    if (int status = toMap(what, "outputs", outputs, num_outputs, out))
      return status;
    if (llvm::Error err = kernel->kernel.run(in, out, num_threads))
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

} // extern "C"
