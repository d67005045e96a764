//===- CudaKernelMeta.cpp - kernel.meta of a GPU bundle -------------------===//
//
// Written by attc, read by the launch runtimes on hosts that have no attc:
// every line that does not parse is an error naming the file and line.
//
//===----------------------------------------------------------------------===//

#include "attc/Runtime/CudaKernelMeta.h"
#include "attc_hip_abi.h"

#include <cerrno>
#include <cstdlib>
#include <sstream>

using namespace attc;

// The HIP kernels' LDS is the K/V ring alone (Q lives in registers).
static constexpr GpuKernelAbi kAbis[] = {
    {"cuda", "attc-cuda-kernel", ATTC_CUDA_ABI_VERSION, "attc_cuda_kernel_",
     "attc_cuda_meta_", "cubin", "attc_cuda",
     [](int tq, int hpt) { return attc_cuda_threads(tq, hpt); },
     [](int tq, int tk, int hpt, int kd, int kdv, int stages) {
       return attc_cuda_smem_bytes(tq, tk, hpt, kd, kdv, stages);
     }},
    {"hip", "attc-hip-kernel", ATTC_HIP_ABI_VERSION, "attc_hip_kernel_",
     "attc_hip_meta_", "hsaco", "attc_hip",
     [](int tq, int hpt) { return attc_hip_threads(tq, hpt); },
     [](int, int tk, int, int kd, int kdv, int stages) {
       return attc_hip_lds_bytes(tk, kd, kdv, stages);
     }}};

const GpuKernelAbi &attc::cudaKernelAbi() { return kAbis[0]; }
const GpuKernelAbi &attc::hipKernelAbi() { return kAbis[1]; }

const GpuKernelAbi *attc::findKernelAbi(const std::string &target) {
  for (const GpuKernelAbi &abi : kAbis)
    if (target == abi.target)
      return &abi;
  return nullptr;
}

const GpuKernelAbi *attc::kernelAbiOfMeta(const std::string &text) {
  std::istringstream is(text);
  std::string word;
  // Comment lines come before the magic at most.
  while (is >> word && word[0] == '#')
    is.ignore(1 << 20, '\n');
  for (const GpuKernelAbi &abi : kAbis)
    if (word == abi.magic)
      return &abi;
  return nullptr;
}

static const DType kDTypes[] = {DType::F32, DType::F16, DType::BF16,
                                DType::I32, DType::I64, DType::Bool,
                                DType::F64};

static bool parseDType(const std::string &s, DType &out) {
  for (DType d : kDTypes)
    if (s == dtypeName(d)) {
      out = d;
      return true;
    }
  return false;
}

static int dimIndex(const std::string &s) {
  for (unsigned i = 0; i < kNumDims; ++i)
    if (s == kDimNames[i])
      return int(i);
  return -1;
}

static bool parseInt(const std::string &s, int64_t &out) {
  if (s.empty())
    return false;
  char *end = nullptr;
  errno = 0;
  long long v = std::strtoll(s.c_str(), &end, 10);
  if (errno || *end)
    return false;
  out = v;
  return true;
}

std::string attc::formatCudaMeta(const CudaModuleMeta &meta) {
  const SpecInfo &s = meta.spec;
  std::ostringstream os;
  os << meta.abi->magic << " " << meta.abi->version << "\n"
     << "spec " << s.name << "\n"
     << "dtype " << dtypeName(s.dtype) << "\n"
     << "layout " << (s.bshd ? "bshd" : "bhsd") << "\n"
     << "dims";
  for (unsigned i = 0; i < kNumDims; ++i) {
    os << " " << kDimNames[i] << "=";
    if (s.dims[i] < 0)
      os << "?";
    else
      os << s.dims[i];
  }
  os << "\ntied";
  if (s.hkvEqualsHq)
    os << " Hkv";
  if (s.dvEqualsD)
    os << " Dv";
  os << "\n";
  for (const SpecInfo::Input &in : s.inputs) {
    os << "input " << in.name << " " << dtypeName(in.dtype);
    for (auto [dim, size] : in.shape) {
      if (dim >= 0)
        os << " " << kDimNames[dim];
      else
        os << " " << size;
    }
    os << "\n";
  }
  os << "outputs";
  for (const std::string &o : s.outputs)
    os << " " << o;
  os << "\nkv_splits " << meta.kvSplits << "\n";
  for (const CudaModuleMeta::BlockMap &b : meta.blockMaps)
    os << "block_map " << b.input << " " << b.axis << " "
       << (b.byQuery ? "q" : "k") << "\n";
  for (const CudaModuleMeta::Kernel &k : meta.kernels) {
    os << "kernel " << k.name;
    for (int v : k.meta)
      os << " " << v;
    os << "\n";
  }
  for (const CudaModuleMeta::Image &img : meta.images)
    os << "image " << img.arch << " " << img.file << "\n";
  return os.str();
}

/// The first lines the parser accepts, for messages.
static std::string expected() {
  std::string list;
  for (const GpuKernelAbi &abi : kAbis)
    list += std::string(list.empty() ? "" : " or ") + "'" + abi.magic + " " +
            std::to_string(abi.version) + "'";
  return list;
}

std::string attc::parseCudaMeta(const std::string &text,
                                const std::string &name, CudaModuleMeta &out) {
  CudaModuleMeta meta;
  for (unsigned i = 0; i < kNumDims; ++i)
    meta.spec.dims[i] = -1;
  std::istringstream lines(text);
  std::string line;
  int lineNo = 0;
  bool sawMagic = false, sawDims = false, sawOutputs = false;
  while (std::getline(lines, line)) {
    ++lineNo;
    std::istringstream is(line);
    std::vector<std::string> w;
    for (std::string word; is >> word;)
      w.push_back(word);
    auto error = [&](const std::string &why) {
      return name + ":" + std::to_string(lineNo) + ": " + why;
    };
    if (w.empty() || w[0][0] == '#')
      continue;
    const std::string &key = w[0];
    if (!sawMagic) {
      meta.abi = kernelAbiOfMeta(key);
      if (!meta.abi || w.size() != 2)
        return error("not attc GPU kernel metadata (expected " + expected() +
                     ")");
      if (w[1] != std::to_string(meta.abi->version))
        return error("launch ABI version " + w[1] +
                     ", this runtime has version " +
                     std::to_string(meta.abi->version));
      sawMagic = true;
    } else if (key == "spec" && w.size() == 2) {
      meta.spec.name = w[1];
    } else if (key == "dtype" && w.size() == 2) {
      if (!parseDType(w[1], meta.spec.dtype) ||
          (meta.spec.dtype != DType::F32 && meta.spec.dtype != DType::F16 &&
           meta.spec.dtype != DType::BF16))
        return error("dtype '" + w[1] + "' (expected f32, f16 or bf16)");
    } else if (key == "layout" && w.size() == 2) {
      if (w[1] != "bhsd" && w[1] != "bshd")
        return error("layout '" + w[1] + "' (expected bhsd or bshd)");
      meta.spec.bshd = w[1] == "bshd";
    } else if (key == "dims" && w.size() == 1 + kNumDims) {
      for (unsigned i = 0; i < kNumDims; ++i) {
        std::string want = std::string(kDimNames[i]) + "=";
        if (w[i + 1].compare(0, want.size(), want) != 0)
          return error("dims: expected " + want + "N or " + want + "?");
        std::string v = w[i + 1].substr(want.size());
        int64_t n;
        if (v == "?")
          n = -1;
        else if (!parseInt(v, n) || n < 0)
          return error("dims: bad size '" + w[i + 1] + "'");
        meta.spec.dims[i] = n;
      }
      sawDims = true;
    } else if (key == "tied") {
      for (size_t i = 1; i < w.size(); ++i) {
        if (w[i] == "Hkv")
          meta.spec.hkvEqualsHq = true;
        else if (w[i] == "Dv")
          meta.spec.dvEqualsD = true;
        else
          return error("tied: '" + w[i] + "' (expected Hkv or Dv)");
      }
    } else if (key == "input" && w.size() >= 3) {
      SpecInfo::Input in;
      in.name = w[1];
      if (!parseDType(w[2], in.dtype) || in.dtype == DType::F64)
        return error("input " + in.name + ": dtype '" + w[2] + "'");
      for (size_t i = 3; i < w.size(); ++i) {
        int64_t n;
        if (int d = dimIndex(w[i]); d >= 0)
          in.shape.push_back({d, 0});
        else if (parseInt(w[i], n) && n >= 0)
          in.shape.push_back({-1, n});
        else
          return error("input " + in.name + ": axis '" + w[i] +
                       "' (expected a dim name or a size)");
      }
      meta.spec.inputs.push_back(in);
    } else if (key == "outputs" && w.size() >= 2) {
      for (size_t i = 1; i < w.size(); ++i) {
        if (w[i] != "o" && w[i] != "lse" && w[i] != "max")
          return error("outputs: '" + w[i] + "' (expected o, lse or max)");
        meta.spec.outputs.push_back(w[i]);
      }
      sawOutputs = true;
    } else if (key == "kernel" && w.size() == 2 + ATTC_CUDA_META_LEN) {
      CudaModuleMeta::Kernel k;
      k.name = w[1];
      for (int i = 0; i < ATTC_CUDA_META_LEN; ++i) {
        int64_t n;
        if (!parseInt(w[2 + i], n) || n < 0 || n > (int64_t(1) << 30))
          return error("kernel " + k.name + ": bad constant '" + w[2 + i] +
                       "'");
        k.meta[i] = int(n);
      }
      const auto &m = k.meta;
      const GpuKernelAbi &abi = *meta.abi;
      // A Hopper kernel (cuda only) has one or two consumer warpgroups of
      // 64 rows, and its own thread and shared memory formulas.
      const int wg = m[ATTC_CUDA_META_WARPGROUPS];
      const bool hopper =
          wg > 0 && std::string(abi.target) == "cuda" && wg <= 2 &&
          wg * 64 == m[ATTC_CUDA_META_TILE_Q] * m[ATTC_CUDA_META_HEADS];
      const int threads = hopper ? attc_cuda_tma_threads(wg)
                                 : abi.threads(m[ATTC_CUDA_META_TILE_Q],
                                               m[ATTC_CUDA_META_HEADS]);
      const int memory =
          hopper
              ? attc_cuda_tma_smem_bytes(
                    m[ATTC_CUDA_META_TILE_K], wg, m[ATTC_CUDA_META_KD],
                    m[ATTC_CUDA_META_KDV], m[ATTC_CUDA_META_STAGES])
              : abi.memory(m[ATTC_CUDA_META_TILE_Q], m[ATTC_CUDA_META_TILE_K],
                           m[ATTC_CUDA_META_HEADS], m[ATTC_CUDA_META_KD],
                           m[ATTC_CUDA_META_KDV], m[ATTC_CUDA_META_STAGES]);
      if (m[ATTC_CUDA_META_ABI] != abi.version ||
          m[ATTC_CUDA_META_TILE_Q] <= 0 || m[ATTC_CUDA_META_TILE_K] <= 0 ||
          m[ATTC_CUDA_META_HEADS] <= 0 || m[ATTC_CUDA_META_KD] <= 0 ||
          m[ATTC_CUDA_META_KDV] <= 0 || (wg && !hopper) ||
          m[ATTC_CUDA_META_THREADS] <= 0 || m[ATTC_CUDA_META_THREADS] > 1024 ||
          m[ATTC_CUDA_META_THREADS] != threads ||
          m[ATTC_CUDA_META_SMEM] != memory)
        return error("kernel " + k.name +
                     ": inconsistent constants (ABI version, tiles, "
                     "warpgroups, threads or shared memory)");
      meta.kernels.push_back(k);
    } else if (key == "kv_splits" && w.size() == 2) {
      int64_t n;
      if (!parseInt(w[1], n) || n < 1 || n > 1024)
        return error("kv_splits '" + w[1] + "' (expected 1 to 1024)");
      meta.kvSplits = int(n);
    } else if (key == "block_map" && w.size() == 4) {
      int64_t axis;
      size_t input = 0;
      while (input < meta.spec.inputs.size() &&
             meta.spec.inputs[input].name != w[1])
        ++input;
      if (input == meta.spec.inputs.size())
        return error("block_map: '" + w[1] + "' is no input line before it");
      if (!parseInt(w[2], axis) || axis < 0 ||
          axis >= int64_t(meta.spec.inputs[input].shape.size()) ||
          (w[3] != "q" && w[3] != "k"))
        return error("block_map " + w[1] +
                     ": expected an axis of it and q or k");
      meta.blockMaps.push_back({w[1], int(axis), w[3] == "q"});
    } else if (key == "image" && w.size() == 3) {
      if (w[2].find('/') != std::string::npos || w[2][0] == '.')
        return error("image " + w[2] +
                     ": expected a file name in the same directory");
      meta.images.push_back({w[1], w[2]});
    } else {
      return error("unexpected line '" + line.substr(0, 60) + "'");
    }
  }
  if (!sawMagic)
    return name + ": empty (expected " + expected() + ")";
  if (meta.spec.name.empty() || !sawDims || !sawOutputs)
    return name + ": missing 'spec', 'dims' or 'outputs'";
  if (meta.kernels.empty())
    return name + ": no 'kernel' line";
  if (meta.spec.inputs.size() > ATTC_CUDA_MAX_INPUTS)
    return name + ": more than " + std::to_string(ATTC_CUDA_MAX_INPUTS) +
           " inputs";
  out = std::move(meta);
  return "";
}
