/* gpu_rt_views.c: feeds libattc_cuda_rt (or, built with -DVIEWS_HIP,
 * libattc_hip_rt) wrong views through its C API and prints each one-line
 * error; then a good plan (kernel and grid) and a launch, which fails with
 * "no CUDA device: ..." / "no HIP device: ..." where there is none. No GPU
 * needed: views are checked before any driver call. */
#include <stdio.h>
#include <string.h>

/* GQA (Hq=4 over Hkv=2), D=64 fixed, a per-head input, o and lse. */
#define BODY                                                                   \
  "spec views\n"                                                               \
  "dtype f16\n"                                                                \
  "layout bhsd\n"                                                              \
  "dims B=? Hq=4 Hkv=2 Lq=? Lk=? D=64 Dv=64\n"                                 \
  "tied\n"                                                                     \
  "input slopes f32 Hq\n"                                                      \
  "outputs o lse\n"
#define CUDA_META                                                              \
  "attc-cuda-kernel 2\n" BODY                                                  \
  "kernel attc_cuda_kernel_64_64 2 64 64 1 64 64 2 128 46080 0\n"              \
  "image sm_90a kernel.sm_90a.cubin\n"
/* 64 x 32 tiles: 256 threads, a 17408-byte K/V ring in LDS. */
#define HIP_META                                                               \
  "attc-hip-kernel 2\n" BODY                                                   \
  "kernel attc_hip_kernel_64_64 2 64 32 1 64 64 2 256 17408 0\n"               \
  "image gfx942 kernel.gfx942.hsaco\n"

#ifdef VIEWS_HIP
#include "attc/Runtime/attc_hip_rt.h"
#define RT(name) attc_hip_##name
static const char kMeta[] = HIP_META;
/* The other target's metadata is its runtime's, not this one's. */
static const char kOther[] = CUDA_META;
#else
#include "attc/Runtime/attc_cuda_rt.h"
#define RT(name) attc_cuda_##name
static const char kMeta[] = CUDA_META;
static const char kOther[] = HIP_META;
#endif

static char buf[1 << 16];

static void set(attc_named_tensor *t, const char *name, int dtype, int rank,
                const int64_t *shape) {
  int64_t stride = 1;
  memset(t, 0, sizeof *t);
  t->name = name;
  t->tensor.data = buf;
  t->tensor.dtype = dtype;
  t->tensor.rank = rank;
  for (int i = rank - 1; i >= 0; --i) {
    t->tensor.shape[i] = shape[i];
    t->tensor.strides[i] = stride;
    stride *= shape[i];
  }
}

static void show(const char *what, int status) {
  printf("%s: %d %s\n", what, status, status ? RT(last_error)() : "ok");
}

int main(void) {
  RT(module) * m;
  show("bad meta",
       RT(module_from_meta)("attc-cuda-kernel 3\n", 19, "bad.meta", &m));
  show("other meta",
       RT(module_from_meta)(kOther, strlen(kOther), "other.meta", &m));
  if (RT(module_from_meta)(kMeta, strlen(kMeta), "kernel.meta", &m)) {
    printf("meta: %s\n", RT(last_error)());
    return 1;
  }
  int64_t q[4] = {2, 4, 77, 64}, kv[4] = {2, 2, 100, 64}, s[1] = {4};
  int64_t lse[3] = {2, 4, 77};
  attc_named_tensor in[4], out[2];
  RT(plan) plan;
#define RESET()                                                                \
  do {                                                                         \
    set(&in[0], "q", ATTC_F16, 4, q);                                          \
    set(&in[1], "k", ATTC_F16, 4, kv);                                         \
    set(&in[2], "v", ATTC_F16, 4, kv);                                         \
    set(&in[3], "slopes", ATTC_F32, 1, s);                                     \
    set(&out[0], "o", ATTC_F16, 4, q);                                         \
    set(&out[1], "lse", ATTC_F32, 3, lse);                                     \
  } while (0)
#define TRY(what, nin, nout)                                                   \
  show(what, RT(plan_launch)(m, in, nin, out, nout, &plan))

  RESET();
  in[0].tensor.rank = 3;
  TRY("rank", 4, 2);
  RESET();
  in[1].tensor.shape[3] = 32;
  TRY("head dim", 4, 2);
  RESET();
  in[2].tensor.shape[2] = 99;
  TRY("Lk", 4, 2);
  RESET();
  in[0].tensor.dtype = ATTC_BF16;
  TRY("dtype", 4, 2);
  RESET();
  in[0].tensor.data = NULL;
  TRY("null q", 4, 2);
  RESET();
  out[0].tensor.data = NULL;
  TRY("null o", 4, 2);
  RESET();
  in[3].tensor.shape[0] = 8;
  TRY("input shape", 4, 2);
  RESET();
  TRY("missing input", 3, 2);
  RESET();
  out[1].tensor.dtype = ATTC_F16;
  TRY("lse dtype", 4, 2);
  RESET();
  in[1].name = "q";
  TRY("duplicate", 4, 2);
  RESET();
  in[0].tensor.dtype = 42;
  TRY("dtype code", 4, 2);
  RESET();
  show("null module", RT(plan_launch)(NULL, in, 4, out, 2, &plan));

  /* Non-contiguous views are fine (any strides; the kernel converts them
     through registers): q as a transposed [B, H, L, D] view. */
  RESET();
  in[0].tensor.strides[2] = 1;
  in[0].tensor.strides[3] = 77;
  TRY("strided q", 4, 2);
  RESET();
  TRY("plan", 4, 2);
  printf("plan: %s grid %u %u %u block %u smem %u\n", plan.kernel, plan.grid[0],
         plan.grid[1], plan.grid[2], plan.block, plan.smem_bytes);
  show("launch", RT(launch)(m, in, 4, out, 2, NULL));
  RT(module_free)(m);
  return 0;
}
