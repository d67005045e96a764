/* hip_jit.c SPEC CACHE_DIR: the hip JIT through the C API, without a GPU.
 * attc_jit compiles a code object for gfx942 into the cache (the second
 * attc_jit loads it from there); views are checked as on the cpu; a run or
 * launch then fails with one line "no HIP device: ..." and leaves the
 * outputs as they were. SPEC: causal (Hq=8, D=128, f32, o and lse). */
#include "attc/attc_c.h"

#include <stdio.h>
#include <string.h>

enum { B = 1, H = 8, L = 4, D = 128, N = B * H * L * D };
static float q[N], k[N], v[N], o[N], lse[B * H * L];

static void view(attc_named_tensor *t, const char *name, float *data, int rank,
                 int64_t d) {
  int64_t shape[4] = {B, H, L, d};
  t->name = name;
  attc_tensor_init(&t->tensor, data, ATTC_F32, rank, shape);
}

static void show(const char *what, int status) {
  printf("%s: %d %s\n", what, status, status ? attc_last_error() : "ok");
}

int main(int argc, char **argv) {
  attc_spec *spec;
  attc_kernel *first, *second;
  attc_jit_options options;
  attc_named_tensor in[3], out[2];
  int untouched = 1;
  if (argc != 3 || attc_spec_from_file(argv[1], &spec))
    return printf("usage: hip_jit SPEC CACHE_DIR\n"), 2;
  memset(&options, 0, sizeof options);
  options.arch = "gfx942";
  options.cache_dir = argv[2];
  show("jit", attc_jit(spec, "hip", &options, &first));
  show("again", attc_jit(spec, "hip", &options, &second));
  printf("object: %s\nfrom cache: %d then %d\n", attc_kernel_object_path(first),
         attc_kernel_from_cache(first), attc_kernel_from_cache(second));

  view(&in[0], "q", q, 4, 64);
  view(&in[1], "k", k, 4, D);
  view(&in[2], "v", v, 4, D);
  view(&out[0], "o", o, 4, D);
  view(&out[1], "lse", lse, 3, D);
  show("wrong view", attc_kernel_run(second, in, 3, out, 2, 0));
  view(&in[0], "q", q, 4, D);
  for (int i = 0; i < N; ++i)
    o[i] = 7.0f;
  show("run", attc_kernel_run(second, in, 3, out, 2, 0));
  show("launch", attc_kernel_launch(second, in, 3, out, 2, NULL));
  for (int i = 0; i < N; ++i)
    untouched &= o[i] == 7.0f;
  printf("o untouched: %d\n", untouched);
  attc_kernel_free(first);
  attc_kernel_free(second);
  attc_spec_free(spec);
  return 0;
}
