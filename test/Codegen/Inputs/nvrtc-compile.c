/*===- nvrtc-compile.c - compile a CUDA unit with NVRTC, print the log ----===*
 *
 * nvrtc-compile FILE.cu ARCH INCLUDE_DIR: what a JIT would do with attc's
 * generated unit (cuda-nvrtc.test); exit 0 when NVRTC accepts it.
 *
 *===----------------------------------------------------------------------===*/
#include <nvrtc.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  if (argc != 4)
    return 2;
  FILE *f = fopen(argv[1], "rb");
  if (!f)
    return 2;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  rewind(f);
  char *src = malloc(n + 1);
  if (!src || fread(src, 1, n, f) != (size_t)n)
    return 2;
  src[n] = 0;
  fclose(f);
  char arch[64], inc[4096];
  snprintf(arch, sizeof arch, "--gpu-architecture=%s", argv[2]);
  snprintf(inc, sizeof inc, "-I%s", argv[3]);
  const char *opts[] = {arch, "-std=c++17", inc};
  nvrtcProgram prog;
  if (nvrtcCreateProgram(&prog, src, "kernel.cu", 0, NULL, NULL))
    return 2;
  nvrtcResult r = nvrtcCompileProgram(prog, 3, opts);
  size_t size;
  nvrtcGetProgramLogSize(prog, &size);
  char *log = malloc(size + 1);
  nvrtcGetProgramLog(prog, log);
  printf("%s\nnvrtc: %s\n", log, nvrtcGetErrorString(r));
  return r != NVRTC_SUCCESS;
}
