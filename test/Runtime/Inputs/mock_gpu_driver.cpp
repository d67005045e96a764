//===- mock_gpu_driver.cpp - a stand-in CUDA driver or HIP runtime --------===//
//
// Built as a shared object with -DMOCK_CUDA (cuda.h's entry points, for
// ATTC_CUDA_DRIVER) or -DMOCK_HIP (libamdhip64's, for ATTC_HIP_RUNTIME), so
// that the launch runtimes' device path runs without a GPU: one device
// "Mock GPU" of arch $MOCK_GPU_ARCH (cuda: a compute capability "90", hip:
// a gfx arch; defaults 90 and gfx942), host memory as device memory,
// modules that are the real images (the global lookup reads a symbol's
// bytes from the ELF, so the runtimes' check of each kernel's constants
// against kernel.meta is real) and launches that print their geometry and
// parameters instead of running: o and lse are set to 0.
//
//===----------------------------------------------------------------------===//

#include "attc_abi.h"
#include "attc_cuda_abi.h"

#include <elf.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {
std::string arch(const char *fallback) {
  const char *env = std::getenv("MOCK_GPU_ARCH");
  return env && *env ? env : fallback;
}

/// A loaded image: the ELF up to its section headers.
struct Module {
  std::string image;
};

/// 0 and a new module when `image` is an ELF of `machine`.
int loadModule(void **module, const void *image, int machine) {
  auto *eh = static_cast<const Elf64_Ehdr *>(image);
  if (std::memcmp(eh->e_ident, ELFMAG, SELFMAG) || eh->e_machine != machine)
    return 200; // CUDA_ERROR_INVALID_IMAGE, hipErrorInvalidImage
  size_t size = eh->e_shoff + size_t(eh->e_shnum) * eh->e_shentsize;
  *module = new Module{std::string(static_cast<const char *>(image), size)};
  return 0;
}

/// The bytes of a symbol (a cubin's .symtab, a code object's .dynsym).
int findGlobal(void **ptr, size_t *size, void *module, const char *name) {
  std::string &image = static_cast<Module *>(module)->image;
  auto *eh = reinterpret_cast<const Elf64_Ehdr *>(image.data());
  auto *sh = reinterpret_cast<const Elf64_Shdr *>(image.data() + eh->e_shoff);
  for (int i = 0; i < eh->e_shnum; ++i) {
    if (sh[i].sh_type != SHT_SYMTAB && sh[i].sh_type != SHT_DYNSYM)
      continue;
    auto *sym =
        reinterpret_cast<const Elf64_Sym *>(image.data() + sh[i].sh_offset);
    const char *names = image.data() + sh[sh[i].sh_link].sh_offset;
    for (size_t s = 0; s < sh[i].sh_size / sizeof *sym; ++s) {
      if (std::strcmp(names + sym[s].st_name, name) ||
          sym[s].st_shndx >= eh->e_shnum)
        continue;
      const Elf64_Shdr &in = sh[sym[s].st_shndx];
      *ptr = &image[in.sh_offset + (sym[s].st_value - in.sh_addr)];
      *size = sym[s].st_size;
      return 0;
    }
  }
  return 500; // CUDA_ERROR_NOT_FOUND, hipErrorNotFound
}

void zero(const attc_tensor &t) {
  int64_t n = 1;
  for (int i = 0; i < t.rank; ++i)
    n *= t.shape[i];
  // Contiguous here: the runtimes copy whole spans of attc's arrays.
  if (t.data)
    std::memset(t.data, 0, size_t(n) * (t.dtype == ATTC_F32 ? 4 : 2));
}

int launch(void *function, unsigned gx, unsigned gy, unsigned gz, unsigned bx,
           unsigned by, unsigned bz, unsigned shared, void *stream,
           void **params, void **extra) {
  auto *p = static_cast<const attc_cuda_params *>(params[0]);
  std::printf("mock launch %s grid %u %u %u block %u %u %u shared %u stream "
              "%p extra %p: B=%lld Hq=%lld Lq=%lld Lk=%lld D=%lld inputs %d\n",
              static_cast<const char *>(function), gx, gy, gz, bx, by, bz,
              shared, stream, static_cast<void *>(extra), (long long)p->B,
              (long long)p->Hq, (long long)p->Lq, (long long)p->Lk,
              (long long)p->D, p->num_inputs);
  std::fflush(stdout);
  zero(p->o);
  zero(p->lse);
  return 0;
}
} // namespace

#ifdef MOCK_CUDA
#include <cuda.h>

extern "C" {
CUresult cuInit(unsigned flags) { return CUresult(flags != 0); }
CUresult cuGetErrorName(CUresult r, const char **name) {
  *name = r ? "CUDA_ERROR_MOCK" : "CUDA_SUCCESS";
  return CUDA_SUCCESS;
}
CUresult cuGetErrorString(CUresult r, const char **text) {
  *text = r ? "mock failure" : "no error";
  return CUDA_SUCCESS;
}
CUresult cuDeviceGetCount(int *n) {
  *n = 1;
  return CUDA_SUCCESS;
}
CUresult cuDeviceGet(CUdevice *device, int ordinal) {
  *device = ordinal;
  return CUDA_SUCCESS;
}
CUresult cuDeviceGetName(char *name, int size, CUdevice) {
  std::snprintf(name, size_t(size), "Mock GPU");
  return CUDA_SUCCESS;
}
CUresult cuDeviceGetAttribute(int *value, CUdevice_attribute attribute,
                              CUdevice) {
  int cc = std::atoi(arch("90").c_str());
  *value = attribute == CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR   ? cc / 10
           : attribute == CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR ? cc % 10
           : attribute == CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT     ? 132
                                                                       : 0;
  return CUDA_SUCCESS;
}
CUresult cuDevicePrimaryCtxRetain(CUcontext *context, CUdevice) {
  static int primary;
  *context = reinterpret_cast<CUcontext>(&primary);
  return CUDA_SUCCESS;
}
CUresult cuCtxSetCurrent(CUcontext context) { return CUresult(!context); }
CUresult cuModuleLoadData(CUmodule *module, const void *image) {
  return CUresult(
      loadModule(reinterpret_cast<void **>(module), image, EM_CUDA));
}
CUresult cuModuleUnload(CUmodule module) {
  delete reinterpret_cast<Module *>(module);
  return CUDA_SUCCESS;
}
CUresult cuModuleGetFunction(CUfunction *function, CUmodule, const char *n) {
  *function = reinterpret_cast<CUfunction>(strdup(n));
  return CUDA_SUCCESS;
}
CUresult cuModuleGetGlobal(CUdeviceptr *ptr, size_t *size, CUmodule module,
                           const char *name) {
  void *p = nullptr;
  int status = findGlobal(&p, size, module, name);
  *ptr = CUdeviceptr(p);
  return CUresult(status);
}
CUresult cuFuncSetAttribute(CUfunction function, CUfunction_attribute, int v) {
  std::printf("mock %s: max dynamic shared memory %d\n",
              reinterpret_cast<const char *>(function), v);
  return CUDA_SUCCESS;
}
CUresult cuLaunchKernel(CUfunction f, unsigned gx, unsigned gy, unsigned gz,
                        unsigned bx, unsigned by, unsigned bz, unsigned shared,
                        CUstream stream, void **params, void **extra) {
  return CUresult(
      launch(f, gx, gy, gz, bx, by, bz, shared, stream, params, extra));
}
// What the Hopper kernels' launch encodes, printed (the map stays zeros).
CUresult cuTensorMapEncodeTiled(
    CUtensorMap *map, CUtensorMapDataType type, cuuint32_t rank, void *address,
    const cuuint64_t *dims, const cuuint64_t *strides, const cuuint32_t *box,
    const cuuint32_t *elementStrides, CUtensorMapInterleave interleave,
    CUtensorMapSwizzle swizzle, CUtensorMapL2promotion,
    CUtensorMapFloatOOBfill fill) {
  if (rank != 4 || (reinterpret_cast<uintptr_t>(map) & 63))
    return CUDA_ERROR_INVALID_VALUE;
  std::printf("mock tensor map %s dims %llu %llu %llu %llu strides %llu %llu "
              "%llu box %u %u %u %u elements %u %u %u %u interleave %d "
              "swizzle %d fill %d aligned %d\n",
              type == CU_TENSOR_MAP_DATA_TYPE_BFLOAT16 ? "bf16" : "f16",
              (unsigned long long)dims[0], (unsigned long long)dims[1],
              (unsigned long long)dims[2], (unsigned long long)dims[3],
              (unsigned long long)strides[0], (unsigned long long)strides[1],
              (unsigned long long)strides[2], box[0], box[1], box[2], box[3],
              elementStrides[0], elementStrides[1], elementStrides[2],
              elementStrides[3], int(interleave), int(swizzle), int(fill),
              int(reinterpret_cast<uintptr_t>(address) % 16 == 0));
  std::memset(map, 0, sizeof *map);
  return CUDA_SUCCESS;
}
CUresult cuMemAlloc(CUdeviceptr *ptr, size_t size) {
  *ptr = CUdeviceptr(std::malloc(size));
  return CUresult(*ptr ? 0 : 2);
}
CUresult cuMemFree(CUdeviceptr ptr) {
  std::free(reinterpret_cast<void *>(ptr));
  return CUDA_SUCCESS;
}
CUresult cuMemcpyHtoD(CUdeviceptr dst, const void *src, size_t size) {
  std::memcpy(reinterpret_cast<void *>(dst), src, size);
  return CUDA_SUCCESS;
}
CUresult cuMemcpyDtoH(void *dst, CUdeviceptr src, size_t size) {
  std::memcpy(dst, reinterpret_cast<const void *>(src), size);
  return CUDA_SUCCESS;
}
CUresult cuStreamSynchronize(CUstream stream) { return CUresult(!!stream); }
CUresult cuEventCreate(CUevent *event, unsigned flags) {
  *event = reinterpret_cast<CUevent>(std::malloc(1));
  return CUresult(flags);
}
CUresult cuEventRecord(CUevent event, CUstream s) {
  return CUresult(!event || s);
}
CUresult cuEventSynchronize(CUevent event) { return CUresult(!event); }
CUresult cuEventElapsedTime(float *ms, CUevent, CUevent) {
  *ms = 0.25f;
  return CUDA_SUCCESS;
}
CUresult cuEventDestroy(CUevent event) {
  std::free(event);
  return CUDA_SUCCESS;
}
}
#endif

#ifdef MOCK_HIP
extern "C" {
int hipInit(unsigned flags) { return flags != 0; }
const char *hipGetErrorName(int e) { return e ? "hipErrorMock" : "hipSuccess"; }
const char *hipGetErrorString(int e) { return e ? "mock failure" : "no error"; }
int hipGetDeviceCount(int *n) {
  *n = 1;
  return 0;
}
int hipDeviceGet(int *device, int ordinal) {
  *device = ordinal;
  return 0;
}
int hipDeviceGetName(char *name, int size, int) {
  std::snprintf(name, size_t(size), "Mock GPU");
  return 0;
}
int hipDeviceGetAttribute(int *value, int attribute, int) {
  *value = attribute == 63 ? 304 : 0; // hipDeviceAttributeMultiprocessorCount
  return 0;
}
int hipSetDevice(int device) { return device != 0; }
// Neither ROCm layout: the name first, gcnArchName somewhere after it.
int hipGetDevicePropertiesR0600(void *props, int) {
  std::memset(props, 0, 1024);
  std::strcpy(static_cast<char *>(props), "Mock GPU");
  std::snprintf(static_cast<char *>(props) + 600, 256, "%s:sramecc+:xnack-",
                arch("gfx942").c_str());
  return 0;
}
int hipModuleLoadData(void **module, const void *image) {
  return loadModule(module, image, EM_AMDGPU);
}
int hipModuleUnload(void *module) {
  delete static_cast<Module *>(module);
  return 0;
}
int hipModuleGetFunction(void **function, void *, const char *name) {
  *function = strdup(name);
  return 0;
}
int hipModuleGetGlobal(void **ptr, size_t *size, void *module,
                       const char *name) {
  return findGlobal(ptr, size, module, name);
}
int hipModuleLaunchKernel(void *f, unsigned gx, unsigned gy, unsigned gz,
                          unsigned bx, unsigned by, unsigned bz,
                          unsigned shared, void *stream, void **params,
                          void **extra) {
  return launch(f, gx, gy, gz, bx, by, bz, shared, stream, params, extra);
}
int hipMalloc(void **ptr, size_t size) {
  *ptr = std::malloc(size);
  return *ptr ? 0 : 2;
}
int hipFree(void *ptr) {
  std::free(ptr);
  return 0;
}
int hipMemcpyHtoD(void *dst, const void *src, size_t size) {
  std::memcpy(dst, src, size);
  return 0;
}
int hipMemcpyDtoH(void *dst, const void *src, size_t size) {
  std::memcpy(dst, src, size);
  return 0;
}
int hipStreamSynchronize(void *stream) { return stream != nullptr; }
int hipEventCreateWithFlags(void **event, unsigned flags) {
  *event = std::malloc(1);
  return int(flags);
}
int hipEventRecord(void *event, void *stream) {
  return !event || stream != nullptr;
}
int hipEventSynchronize(void *event) { return !event; }
int hipEventElapsedTime(float *ms, void *, void *) {
  *ms = 0.25f;
  return 0;
}
int hipEventDestroy(void *event) {
  std::free(event);
  return 0;
}
}
#endif
