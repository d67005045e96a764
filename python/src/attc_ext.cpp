//===- attc_ext.cpp - attc._attc: nanobind bindings of the C API ----------===//
//
// A thin layer over include/attc/attc_c.h: spec and kernel handles, and
// launches on DLPack tensors (NumPy arrays, PyTorch tensors) that are read
// and written in place. Every failure of the library becomes a ValueError,
// or a TypeError when it is about a dtype, carrying the library's one-line
// message; the GIL is released while a kernel or the reference runs.
//
//===----------------------------------------------------------------------===//

#include "attc_c.h"

#include <nanobind/nanobind.h>
#include <nanobind/ndarray.h>
#include <nanobind/stl/string.h>
#include <nanobind/stl/vector.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <string>
#include <type_traits>
#include <vector>

namespace nb = nanobind;

namespace {

/// Raises the exception that matches the last failure of the library:
/// TypeError for a launch whose tensor has the wrong dtype, ValueError for
/// everything else (spec errors included).
[[noreturn]] void raiseLast(int status, bool launch) {
  std::string message = attc_last_error();
  if (message.empty())
    message = "attc: failed with status " + std::to_string(status);
  if (status == ATTC_STATUS_INTERNAL &&
      message.find("out of memory") != std::string::npos)
    throw std::bad_alloc();
  if (launch && message.find("dtype") != std::string::npos)
    throw nb::type_error(message.c_str());
  throw nb::value_error(message.c_str());
}

void check(int status, bool launch = false) {
  if (status != ATTC_STATUS_OK)
    raiseLast(status, launch);
}

/// Owns an attc_spec.
class SpecHandle {
public:
  explicit SpecHandle(attc_spec *spec) : spec(spec) {}
  SpecHandle(const SpecHandle &) = delete;
  SpecHandle &operator=(const SpecHandle &) = delete;
  ~SpecHandle() { attc_spec_free(spec); }

  static SpecHandle *fromFile(const std::string &path) {
    attc_spec *spec = nullptr;
    check(attc_spec_from_file(path.c_str(), &spec));
    return new SpecHandle(spec);
  }
  static SpecHandle *fromJson(const std::string &text,
                              const std::string &name) {
    attc_spec *spec = nullptr;
    check(attc_spec_from_json(text.c_str(), name.c_str(), &spec));
    return new SpecHandle(spec);
  }
  static SpecHandle *fromMlir(const std::string &text,
                              const std::string &name) {
    attc_spec *spec = nullptr;
    check(attc_spec_from_mlir(text.c_str(), name.c_str(), &spec));
    return new SpecHandle(spec);
  }
  SpecHandle *withOverrides(const std::string &dtype,
                            const std::string &layout) const {
    attc_spec *result = nullptr;
    check(
        attc_spec_with_overrides(spec, dtype.c_str(), layout.c_str(), &result));
    return new SpecHandle(result);
  }
  std::string name() const { return attc_spec_name(spec); }
  std::string ir() const {
    const char *text = attc_spec_ir(spec);
    return text ? text : "";
  }
  std::string info() const {
    const char *text = attc_spec_info(spec);
    if (!text)
      throw std::bad_alloc();
    return text;
  }

  attc_spec *spec;
};

/// The attc dtype code of a DLPack dtype, or -1.
int dtypeCode(nb::dlpack::dtype t) {
  using Code = nb::dlpack::dtype_code;
  if (t.lanes != 1)
    return -1;
  switch (Code(t.code)) {
  case Code::Float:
    return t.bits == 32   ? ATTC_F32
           : t.bits == 16 ? ATTC_F16
           : t.bits == 64 ? ATTC_F64
                          : -1;
  case Code::Bfloat:
    return t.bits == 16 ? ATTC_BF16 : -1;
  case Code::Int:
    return t.bits == 32 ? ATTC_I32 : t.bits == 64 ? ATTC_I64 : -1;
  case Code::Bool:
    return t.bits == 8 ? ATTC_BOOL : -1;
  default:
    return -1;
  }
}

std::string dtypeText(nb::dlpack::dtype t) {
  using Code = nb::dlpack::dtype_code;
  const char *kind = "?";
  switch (Code(t.code)) {
  case Code::Int:
    kind = "int";
    break;
  case Code::UInt:
    kind = "uint";
    break;
  case Code::Float:
    kind = "float";
    break;
  case Code::Bfloat:
    kind = "bfloat";
    break;
  case Code::Complex:
    kind = "complex";
    break;
  case Code::Bool:
    kind = "bool";
    break;
  }
  return kind + std::to_string(t.bits);
}

/// Input tensors may be read-only; outputs must be writable.
using AnyArray = nb::ndarray<nb::ro>;
using OutArray = nb::ndarray<>;

/// Converts the Python objects of `arrays` to views named by `names`
/// without copying; `keep` holds the DLPack references for as long as the
/// views are used.
template <typename Array>
void toViews(const char *role, const std::vector<std::string> &names,
             nb::handle arrays, std::vector<Array> &keep,
             std::vector<attc_named_tensor> &views) {
  constexpr bool output = std::is_same_v<Array, OutArray>;
  size_t count = nb::len(arrays);
  if (count != names.size())
    throw nb::value_error((std::string("attc: expected ") +
                           std::to_string(names.size()) + " " + role +
                           " tensors, got " + std::to_string(count))
                              .c_str());
  keep.resize(count);
  views.resize(count);
  for (size_t i = 0; i < count; ++i) {
    const std::string &name = names[i];
    nb::handle object = arrays[i];
    if (!nb::try_cast<Array>(object, keep[i], /*convert=*/false))
      throw nb::type_error(
          ((output ? "output tensor '" : "tensor '") + name +
           (output ? "' must be a writable NumPy array or PyTorch tensor"
                   : "' must be a NumPy array or a PyTorch tensor") +
           " (anything with DLPack), got " + nb::inst_name(object).c_str())
              .c_str());
    const Array &a = keep[i];
    int device = a.device_type();
    if (device != nb::device::cpu::value &&
        device != nb::device::cuda_host::value)
      throw nb::value_error(("tensor '" + name + "' is on device type " +
                             std::to_string(device) +
                             " (DLPack code), but the cpu target needs "
                             "tensors in host memory")
                                .c_str());
    int code = dtypeCode(a.dtype());
    if (code < 0)
      throw nb::type_error(("tensor '" + name + "' has dtype " +
                            dtypeText(a.dtype()) +
                            ", which attc does not support (f32, f16, "
                            "bf16, i32, i64, bool)")
                               .c_str());
    if (a.ndim() > ATTC_MAX_RANK)
      throw nb::value_error(("tensor '" + name + "' has rank " +
                             std::to_string(a.ndim()) + " (at most " +
                             std::to_string(ATTC_MAX_RANK) + ")")
                                .c_str());
    attc_named_tensor &view = views[i];
    view.name = name.c_str();
    view.tensor = attc_tensor{};
    view.tensor.data = const_cast<void *>(a.data());
    view.tensor.dtype = code;
    view.tensor.rank = int32_t(a.ndim());
    for (size_t d = 0; d < a.ndim(); ++d) {
      view.tensor.shape[d] = int64_t(a.shape(d));
      view.tensor.strides[d] = a.stride(d);
    }
  }
}

/// Owns an attc_kernel and the names of the tensors of a launch.
class KernelHandle {
public:
  KernelHandle(const SpecHandle &spec, const std::string &target, int tileQ,
               int tileK, const std::string &cacheDir,
               std::vector<std::string> inputNames,
               std::vector<std::string> outputNames, bool backward)
      : inputNames(std::move(inputNames)), outputNames(std::move(outputNames)) {
    attc_jit_options options{};
    options.tile_q = tileQ;
    options.tile_k = tileK;
    options.cache_dir = cacheDir.c_str();
    options.backward = backward;
    int status;
    {
      nb::gil_scoped_release release;
      status = attc_jit(spec.spec, target.c_str(), &options, &kernel);
    }
    check(status);
  }
  KernelHandle(const KernelHandle &) = delete;
  KernelHandle &operator=(const KernelHandle &) = delete;
  ~KernelHandle() { attc_kernel_free(kernel); }

  void run(nb::handle inputs, nb::handle outputs, int numThreads) const {
    std::vector<AnyArray> keepIn;
    std::vector<OutArray> keepOut;
    std::vector<attc_named_tensor> in, out;
    toViews("input", inputNames, inputs, keepIn, in);
    toViews("output", outputNames, outputs, keepOut, out);
    int status;
    {
      nb::gil_scoped_release release;
      status = attc_kernel_run(kernel, in.data(), int32_t(in.size()),
                               out.data(), int32_t(out.size()), numThreads);
    }
    check(status, /*launch=*/true);
  }

  /// attc_kernel_backward on tensors named by the lists given (which
  /// gradients, and whether o/lse were saved, vary by call).
  void backward(const std::vector<std::string> &names, nb::handle inputs,
                const std::vector<std::string> &gradNames, nb::handle grads,
                int numThreads) const {
    std::vector<AnyArray> keepIn;
    std::vector<OutArray> keepOut;
    std::vector<attc_named_tensor> in, out;
    toViews("input", names, inputs, keepIn, in);
    toViews("gradient", gradNames, grads, keepOut, out);
    int status;
    {
      nb::gil_scoped_release release;
      status =
          attc_kernel_backward(kernel, in.data(), int32_t(in.size()),
                               out.data(), int32_t(out.size()), numThreads);
    }
    check(status, /*launch=*/true);
  }

  int64_t countKept(nb::handle inputs) const {
    std::vector<AnyArray> keep;
    std::vector<attc_named_tensor> in;
    toViews("input", inputNames, inputs, keep, in);
    int64_t kept = 0;
    check(attc_kernel_count_kept(kernel, in.data(), int32_t(in.size()), &kept),
          /*launch=*/true);
    return kept;
  }

  /// Times `iterations` launches through the C API alone (the views made
  /// once), for measuring what the Python layer adds; returns the median
  /// of the per-launch times in seconds.
  double timeCApi(nb::handle inputs, nb::handle outputs, int numThreads,
                  int iterations) const {
    std::vector<AnyArray> keepIn;
    std::vector<OutArray> keepOut;
    std::vector<attc_named_tensor> in, out;
    toViews("input", inputNames, inputs, keepIn, in);
    toViews("output", outputNames, outputs, keepOut, out);
    std::vector<double> times(std::max(iterations, 1));
    int status = ATTC_STATUS_OK;
    {
      nb::gil_scoped_release release;
      for (double &t : times) {
        auto start = std::chrono::steady_clock::now();
        status |= attc_kernel_run(kernel, in.data(), int32_t(in.size()),
                                  out.data(), int32_t(out.size()), numThreads);
        t = std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                          start)
                .count();
      }
    }
    check(status, /*launch=*/true);
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
  }

  std::string objectPath() const { return attc_kernel_object_path(kernel); }
  bool fromCache() const { return attc_kernel_from_cache(kernel) == 1; }

  attc_kernel *kernel = nullptr;
  std::vector<std::string> inputNames, outputNames;
};

void reference(const SpecHandle &spec,
               const std::vector<std::string> &inputNames, nb::handle inputs,
               const std::vector<std::string> &outputNames,
               nb::handle outputs) {
  std::vector<AnyArray> keepIn;
  std::vector<OutArray> keepOut;
  std::vector<attc_named_tensor> in, out;
  toViews("input", inputNames, inputs, keepIn, in);
  toViews("output", outputNames, outputs, keepOut, out);
  int status;
  {
    nb::gil_scoped_release release;
    status = attc_reference(spec.spec, in.data(), int32_t(in.size()),
                            out.data(), int32_t(out.size()));
  }
  check(status, /*launch=*/true);
}

double fmaPeak(int threads) {
  double gflops = 0;
  int status;
  {
    nb::gil_scoped_release release;
    status = attc_fma_peak(threads, &gflops);
  }
  check(status);
  return gflops;
}

} // namespace

NB_MODULE(_attc, m) {
  m.doc() = "attc's C API (libattc_c.so) for the attc package; use attc.";

  nb::class_<SpecHandle>(m, "SpecHandle",
                         "A parsed, verified spec (attc_spec).")
      .def_static("from_file", &SpecHandle::fromFile, nb::arg("path"),
                  "Reads a .attn.json or .mlir spec file.")
      .def_static("from_json", &SpecHandle::fromJson, nb::arg("text"),
                  nb::arg("name") = "<json>", "Parses a JSON spec.")
      .def_static("from_mlir", &SpecHandle::fromMlir, nb::arg("text"),
                  nb::arg("name") = "<mlir>",
                  "Parses a spec written in the attn dialect.")
      .def("with_overrides", &SpecHandle::withOverrides, nb::arg("dtype"),
           nb::arg("layout"),
           "The same spec with another dtype and/or layout ('' keeps).")
      .def_prop_ro("name", &SpecHandle::name)
      .def_prop_ro("ir", &SpecHandle::ir, "The printed attn IR.")
      .def_prop_ro("info", &SpecHandle::info,
                   "attc_spec_info's JSON: dims, inputs, outputs.");

  nb::class_<KernelHandle>(m, "KernelHandle",
                           "A compiled, loaded kernel (attc_kernel).")
      .def(nb::init<const SpecHandle &, const std::string &, int, int,
                    const std::string &, std::vector<std::string>,
                    std::vector<std::string>, bool>(),
           nb::arg("spec"), nb::arg("target"), nb::arg("tile_q"),
           nb::arg("tile_k"), nb::arg("cache_dir"), nb::arg("input_names"),
           nb::arg("output_names"), nb::arg("backward") = false,
           "Compiles `spec` through the JIT cache (with its backward when "
           "`backward`); launches will take the tensors named by "
           "input_names and output_names, in order.")
      .def("run", &KernelHandle::run, nb::arg("inputs"), nb::arg("outputs"),
           nb::arg("num_threads") = 0,
           "Runs the kernel on sequences of DLPack tensors (GIL released).")
      .def("backward", &KernelHandle::backward, nb::arg("input_names"),
           nb::arg("inputs"), nb::arg("grad_names"), nb::arg("grads"),
           nb::arg("num_threads") = 0,
           "attc_kernel_backward on DLPack tensors (GIL released).")
      .def("count_kept", &KernelHandle::countKept, nb::arg("inputs"))
      .def("time_c_api", &KernelHandle::timeCApi, nb::arg("inputs"),
           nb::arg("outputs"), nb::arg("num_threads"), nb::arg("iterations"))
      .def_prop_ro("object_path", &KernelHandle::objectPath)
      .def_prop_ro("from_cache", &KernelHandle::fromCache)
      .def_ro("input_names", &KernelHandle::inputNames)
      .def_ro("output_names", &KernelHandle::outputNames);

  m.def("reference", &reference, nb::arg("spec"), nb::arg("input_names"),
        nb::arg("inputs"), nb::arg("output_names"), nb::arg("outputs"),
        "Evaluates the float64 reference into f64 output tensors.");
  m.def("fma_peak_gflops", &fmaPeak, nb::arg("num_threads") = 0,
        "This machine's f32 FMA peak in GFLOP/s (attc_fma_peak).");
}
