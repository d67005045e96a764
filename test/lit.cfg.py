# lit configuration for attc: FileCheck tests of the dialect, the spec
# frontend, every pass and code generator, the GoogleTest units and the
# end-to-end numerical checks.
import os
import shutil
import subprocess

import lit.formats
import lit.util

config.name = "attc"
config.test_format = lit.formats.ShTest(not lit.util.which("bash") is None)
config.suffixes = [".mlir", ".json", ".test"]
config.excludes = ["Inputs", "CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py",
                   ]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.attc_obj_root, "test")

tools = os.path.join(config.attc_obj_root, "tools")
config.environment["PATH"] = os.pathsep.join(
    [os.path.join(tools, "attc"), os.path.join(tools, "attc-opt"),
     config.llvm_tools_dir, config.environment.get("PATH", "")])
# Each test run gets its own JIT cache so runs never share state.
config.environment["ATTC_CACHE_DIR"] = os.path.join(config.test_exec_root,
                                                    "jit-cache")
for var in ["HOME", "TMPDIR"]:
    if var in os.environ:
        config.environment[var] = os.environ[var]

config.substitutions.append(("%examples", os.path.join(config.attc_src_root,
                                                       "examples")))
config.substitutions.append(("%unittests", os.path.join(
    config.attc_obj_root, "test", "unit", "attc-unittests")))
config.substitutions.append(("%template_tests", os.path.join(
    config.attc_obj_root, "test", "unit", "attc-template-tests")))
config.substitutions.append(("%c_api_test", os.path.join(
    config.attc_obj_root, "test", "API", "c_api_test")))
# Programs built against the C API (libattc_c), and the bundle runner.
config.substitutions.append(("%attc_lib_dir", os.path.join(
    config.attc_obj_root, "lib", "API")))
config.substitutions.append(("%attc_gpu_run", os.path.join(
    config.attc_obj_root, "tools", "attc-gpu-run", "attc-gpu-run")))

# GPU tests need a device; CUDA/HIP compile-only tests need the toolchains.
if shutil.which("nvidia-smi") and subprocess.call(
        ["nvidia-smi"], stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL) == 0:
    config.available_features.add("cuda-gpu")
_nvcc = os.environ.get("ATTC_NVCC") or (
    "/usr/local/cuda/bin/nvcc" if os.path.exists("/usr/local/cuda/bin/nvcc")
    else shutil.which("nvcc"))
if _nvcc and shutil.which(_nvcc):
    config.available_features.add("nvcc")
    config.substitutions.append(("%ptxas", os.path.join(
        os.path.dirname(shutil.which(_nvcc)), "ptxas")))
    if "ATTC_NVCC" in os.environ:
        config.environment["ATTC_NVCC"] = os.environ["ATTC_NVCC"]
# NVRTC (headers, library, libcu++) and a C compiler to drive it.
_cuda = os.path.dirname(os.path.dirname(shutil.which(_nvcc))) if _nvcc and \
    shutil.which(_nvcc) else "/usr/local/cuda"
config.substitutions.append(("%cuda_include", os.path.join(_cuda, "include")))
_cc = shutil.which("cc")
if _cc and os.path.exists(os.path.join(_cuda, "include", "nvrtc.h")) and \
        os.path.exists(os.path.join(_cuda, "include", "cccl", "cuda")):
    config.available_features.add("nvrtc")
    config.substitutions.append(("%host_cc", _cc))
    config.substitutions.append(("%nvrtc_flags", "-I{0}/include -L{0}/lib64 "
                                 "-Wl,-rpath,{0}/lib64 -lnvrtc".format(_cuda)))
    config.substitutions.append(("%libcudacxx", os.path.join(_cuda, "include",
                                                       "cccl")))
# SASS checks (HMMA) need cuobjdump, which some toolkit installs leave out.
_cuobjdump = os.environ.get("ATTC_CUOBJDUMP") or shutil.which(
    "cuobjdump", path="/usr/local/cuda/bin:" + os.environ.get("PATH", ""))
if _cuobjdump and shutil.which(_cuobjdump):
    config.available_features.add("cuobjdump")
    config.substitutions.append(("%cuobjdump", _cuobjdump))
# SLEEF's vector-ABI library: the CPU JIT links it for vectorized libm
# calls in the hooks (templates/cpu/attc_vecmath.h).
try:
    import ctypes
    ctypes.CDLL("libsleefgnuabi.so.3")
    config.available_features.add("sleef")
except OSError:
    pass
if "ATTC_NO_VECMATH" in os.environ:
    config.environment["ATTC_NO_VECMATH"] = os.environ["ATTC_NO_VECMATH"]
if shutil.which("hipcc"):
    config.available_features.add("hipcc")
# HIP code objects need clang-22 and its ld.lld (lld-22); running them, an
# AMD GPU (/dev/kfd), which these machines lack.
_hip_clang = os.environ.get("ATTC_HIP_CLANG") or shutil.which("clang++-22")
if _hip_clang and os.path.exists(os.path.join(config.llvm_tools_dir,
                                              "ld.lld")):
    config.available_features.add("hip-clang")
    if "ATTC_HIP_CLANG" in os.environ:
        config.environment["ATTC_HIP_CLANG"] = os.environ["ATTC_HIP_CLANG"]
if os.path.exists("/dev/kfd"):
    config.available_features.add("hip-gpu")

# ASan+UBSan build (ATTC_SANITIZE=ON, README "Hardening"): its own suite name
# so its results read apart from the plain build's. LLVM's allocators poison
# their slabs under ASan; the LLVM/MLIR libraries are built without it, but
# their header code instantiated in attc's objects is, so one copy poisons
# what the other never unpoisons: manual poisoning is off, every other check
# stays on.
_cache = os.path.join(config.attc_obj_root, "CMakeCache.txt")
if os.path.exists(_cache) and "ATTC_SANITIZE:BOOL=ON" in open(_cache).read():
    config.name = "attc-asan"
    config.available_features.add("asan")
    config.environment["ASAN_OPTIONS"] = "allow_user_poisoning=0"
    config.environment["UBSAN_OPTIONS"] = "print_stacktrace=1"
