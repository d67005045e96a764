/*===- c_api_test.c - attc's C API from plain C --------------------------===*\
|*                                                                            *|
|* c_api_test SPEC: jits the causal spec SPEC (examples/causal.attn.json),    *|
|* runs it on random inputs (q strided) with the outputs poisoned with NaN,   *|
|* compares o and lse with a double-precision causal attention, then prints   *|
|* the message of every error case for FileCheck; then the backward          *|
|* (attc_kernel_backward) against a double-precision one, its error cases    *|
|* first. Exit 0 when all is well.                                           *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#include "attc/attc_c.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { B = 2, H = 8, LQ = 19, LK = 45, D = 128, QPAD = 3 };

static int failures = 0;

#define EXPECT(cond)                                                           \
  do {                                                                         \
    if (!(cond)) {                                                             \
      fprintf(stderr, "FAILED %s:%d: %s (last error: %s)\n", __FILE__,         \
              __LINE__, #cond, attc_last_error());                             \
      ++failures;                                                              \
    }                                                                          \
  } while (0)

/* Deterministic standard normals: xorshift64* and Box-Muller. */
static unsigned long long rngState = 0x9e3779b97f4a7c15ULL;
static double uniform01(void) {
  rngState ^= rngState >> 12;
  rngState ^= rngState << 25;
  rngState ^= rngState >> 27;
  return ((rngState * 2685821657736338717ULL) >> 11) *
         (1.0 / 9007199254740992.0);
}
static float normal(void) {
  double u = uniform01(), v = uniform01();
  if (u < 1e-300)
    u = 1e-300;
  return (float)(sqrt(-2.0 * log(u)) * cos(6.283185307179586 * v));
}

static float *alloc(size_t n) {
  float *p = (float *)malloc(n * sizeof(float));
  if (!p) {
    fprintf(stderr, "out of memory\n");
    exit(2);
  }
  return p;
}

/* Prints the outcome of an error case: the status and the message. */
static void report(const char *what, int status) {
  printf("%s: status %d: %s\n", what, status, attc_last_error());
  EXPECT(status != ATTC_STATUS_OK);
  EXPECT(attc_last_error()[0] != '\0');
  EXPECT(strchr(attc_last_error(), '\n') == NULL);
}

static int allNaN(const float *p, size_t n) {
  for (size_t i = 0; i < n; ++i)
    if (!isnan(p[i]))
      return 0;
  return 1;
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: c_api_test causal.attn.json\n");
    return 2;
  }
  attc_spec *spec = NULL;
  if (attc_spec_from_file(argv[1], &spec) != ATTC_STATUS_OK) {
    fprintf(stderr, "spec: %s\n", attc_last_error());
    return 1;
  }
  printf("spec: %s\n", attc_spec_name(spec));
  EXPECT(strstr(attc_spec_ir(spec), "attn.spec @causal") != NULL);

  /* Defaults; the cache from the environment. */
  attc_jit_options options = {0, 0, NULL, 0, NULL, 0};
  attc_kernel *kernel = NULL;
  if (attc_jit(spec, "cpu", &options, &kernel) != ATTC_STATUS_OK) {
    fprintf(stderr, "jit: %s\n", attc_last_error());
    return 1;
  }
  EXPECT(attc_kernel_object_path(kernel) != NULL);
  /* The same spec again comes from the cache. */
  attc_kernel *again = NULL;
  EXPECT(attc_jit(spec, NULL, NULL, &again) == ATTC_STATUS_OK);
  EXPECT(attc_kernel_from_cache(again) == 1);
  attc_kernel_free(again);

  /* q is strided: each row of D floats is followed by QPAD unused ones. */
  const size_t qRow = D + QPAD;
  float *q = alloc((size_t)B * H * LQ * qRow),
        *k = alloc((size_t)B * H * LK * D), *v = alloc((size_t)B * H * LK * D),
        *o = alloc((size_t)B * H * LQ * D), *lse = alloc((size_t)B * H * LQ);
  for (size_t i = 0; i < (size_t)B * H * LQ * qRow; ++i)
    q[i] = normal();
  for (size_t i = 0; i < (size_t)B * H * LK * D; ++i) {
    k[i] = normal();
    v[i] = normal();
  }
  for (size_t i = 0; i < (size_t)B * H * LQ * D; ++i)
    o[i] = NAN;
  for (size_t i = 0; i < (size_t)B * H * LQ; ++i)
    lse[i] = NAN;

  attc_named_tensor in[3] = {{"q", {0}}, {"k", {0}}, {"v", {0}}};
  attc_named_tensor out[2] = {{"o", {0}}, {"lse", {0}}};
  int64_t qShape[4] = {B, H, LQ, D}, kShape[4] = {B, H, LK, D},
          oShape[4] = {B, H, LQ, D}, lseShape[3] = {B, H, LQ};
  EXPECT(attc_tensor_init(&in[0].tensor, q, ATTC_F32, 4, qShape) == 0);
  in[0].tensor.strides[2] = (int64_t)qRow;
  in[0].tensor.strides[1] = (int64_t)(LQ * qRow);
  in[0].tensor.strides[0] = (int64_t)(H * LQ * qRow);
  EXPECT(attc_tensor_init(&in[1].tensor, k, ATTC_F32, 4, kShape) == 0);
  EXPECT(attc_tensor_init(&in[2].tensor, v, ATTC_F32, 4, kShape) == 0);
  EXPECT(attc_tensor_init(&out[0].tensor, o, ATTC_F32, 4, oShape) == 0);
  EXPECT(attc_tensor_init(&out[1].tensor, lse, ATTC_F32, 3, lseShape) == 0);

  /* The error cases first: none of them may write the outputs. */
  attc_spec *missing = NULL;
  report("missing file",
         attc_spec_from_file("/nonexistent/missing.attn.json", &missing));
  EXPECT(missing == NULL);
  attc_spec *bad = NULL;
  report("bad json",
         attc_spec_from_json("{\"attc\": 1, \"mask\": ", "inline", &bad));
  report("bad override", attc_spec_with_overrides(spec, "f64", NULL, &bad));
  EXPECT(bad == NULL);

  attc_named_tensor wrong[3];
  memcpy(wrong, in, sizeof(in));
  wrong[0].tensor.shape[3] = 64;
  report("wrong shape", attc_kernel_run(kernel, wrong, 3, out, 2, 0));
  memcpy(wrong, in, sizeof(in));
  wrong[1].tensor.dtype = ATTC_F16;
  report("wrong dtype", attc_kernel_run(kernel, wrong, 3, out, 2, 0));
  memcpy(wrong, in, sizeof(in));
  wrong[1].tensor.dtype = 99;
  report("bad dtype code", attc_kernel_run(kernel, wrong, 3, out, 2, 0));
  memcpy(wrong, in, sizeof(in));
  wrong[2].tensor.rank = 9;
  report("bad rank", attc_kernel_run(kernel, wrong, 3, out, 2, 0));
  memcpy(wrong, in, sizeof(in));
  wrong[2].name = "k";
  report("duplicate", attc_kernel_run(kernel, wrong, 3, out, 2, 0));
  memcpy(wrong, in, sizeof(in));
  wrong[2].name = NULL;
  report("null name", attc_kernel_run(kernel, wrong, 3, out, 2, 0));
  report("missing input", attc_kernel_run(kernel, in, 2, out, 2, 0));
  report("missing output", attc_kernel_run(kernel, in, 3, out + 1, 1, 0));
  attc_named_tensor maxOut[2] = {out[0], out[1]};
  maxOut[1].name = "max";
  report("output not in spec", attc_kernel_run(kernel, in, 3, maxOut, 2, 0));
  report("null array", attc_kernel_run(kernel, NULL, 3, out, 2, 0));
  report("negative count", attc_kernel_run(kernel, in, -1, out, 2, 0));
  report("null kernel", attc_kernel_run(NULL, in, 3, out, 2, 0));
  attc_kernel *none = NULL;
  report("null spec", attc_jit(NULL, "cpu", NULL, &none));
  EXPECT(none == NULL);
  report("null out", attc_jit(spec, "cpu", NULL, NULL));
  report("null path", attc_spec_from_file(NULL, &missing));
  report("bad target", attc_jit(spec, "tpu", NULL, &none));
  attc_jit_options hopper = {0, 0, NULL, 0, "sm_80", 1};
  report("hopper off sm_90a", attc_jit(spec, "cuda", &hopper, &none));
  int64_t kept = -1;
  report("null kept", attc_kernel_count_kept(kernel, in, 3, NULL));
  double peak = -1;
  report("null gflops", attc_fma_peak(1, NULL));
  report("negative threads", attc_fma_peak(-1, &peak));
  EXPECT(peak == -1);
  attc_kernel_free(NULL);
  attc_spec_free(NULL);
  EXPECT(attc_spec_name(NULL) == NULL);
  EXPECT(attc_kernel_from_cache(NULL) == -1);
  EXPECT(allNaN(o, (size_t)B * H * LQ * D));
  EXPECT(allNaN(lse, (size_t)B * H * LQ));

  /* One core does at least a GFLOP/s of FMAs on any machine attc runs on. */
  EXPECT(attc_fma_peak(1, &peak) == ATTC_STATUS_OK && peak > 1.0);

  /* The real run, on 2 threads. */
  EXPECT(attc_kernel_run(kernel, in, 3, out, 2, 2) == ATTC_STATUS_OK);
  EXPECT(attc_last_error()[0] == '\0');
  EXPECT(attc_kernel_count_kept(kernel, in, 3, &kept) == ATTC_STATUS_OK);
  int64_t wantKept = 0;
  for (int i = 0; i < LQ; ++i)
    wantKept += i + 1 < LK ? i + 1 : LK;
  wantKept *= B * H;
  EXPECT(kept == wantKept);

  /* Naive causal attention in double: query i sees keys 0..i. */
  double maxErrO = 0, maxRefO = 0, maxErrL = 0, maxRefL = 0;
  long nans = 0;
  double *s = (double *)malloc(LK * sizeof(double));
  const double scale = 1.0 / sqrt((double)D);
  for (int b = 0; b < B; ++b)
    for (int h = 0; h < H; ++h)
      for (int i = 0; i < LQ; ++i) {
        const float *qi = q + ((size_t)(b * H + h) * LQ + i) * qRow;
        int n = i + 1 < LK ? i + 1 : LK;
        double m = -INFINITY, sum = 0;
        for (int j = 0; j < n; ++j) {
          const float *kj = k + ((size_t)(b * H + h) * LK + j) * D;
          double dot = 0;
          for (int d = 0; d < D; ++d)
            dot += (double)qi[d] * kj[d];
          s[j] = scale * dot;
          if (s[j] > m)
            m = s[j];
        }
        for (int j = 0; j < n; ++j)
          sum += exp(s[j] - m);
        size_t row = (size_t)(b * H + h) * LQ + i;
        for (int d = 0; d < D; ++d) {
          double acc = 0;
          for (int j = 0; j < n; ++j)
            acc +=
                exp(s[j] - m) / sum * v[((size_t)(b * H + h) * LK + j) * D + d];
          double err = fabs(acc - o[row * D + d]);
          nans += isnan(err) != 0;
          if (err > maxErrO)
            maxErrO = err;
          if (fabs(acc) > maxRefO)
            maxRefO = fabs(acc);
        }
        double ref = m + log(sum);
        double err = fabs(ref - lse[row]);
        nans += isnan(err) != 0;
        if (err > maxErrL)
          maxErrL = err;
        if (fabs(ref) > maxRefL)
          maxRefL = fabs(ref);
      }
  free(s);
  double relO = maxErrO / maxRefO, relL = maxErrL / maxRefL;
  printf("o: rel err %.3g\nlse: rel err %.3g\nNaNs: %ld\n", relO, relL, nans);
  EXPECT(nans == 0);
  EXPECT(relO <= 1e-5);
  EXPECT(relL <= 1e-5);

  /* The backward of L = <do, o>, from a kernel compiled with it. */
  options.backward = 1;
  attc_kernel *bkern = NULL;
  EXPECT(attc_jit(spec, "cpu", &options, &bkern) == ATTC_STATUS_OK);
  const size_t nq = (size_t)B * H * LQ * D, nk = (size_t)B * H * LK * D;
  float *dout = alloc(nq), *dq = alloc(nq), *dk = alloc(nk), *dv = alloc(nk),
        *dq2 = alloc(nq);
  for (size_t i = 0; i < nq; ++i) {
    dout[i] = normal();
    dq[i] = dq2[i] = NAN;
  }
  for (size_t i = 0; i < nk; ++i)
    dk[i] = dv[i] = NAN;
  attc_named_tensor bin[6] = {in[0], in[1], in[2], {"do", {0}}, out[0], out[1]};
  attc_named_tensor grads[3] = {{"dq", {0}}, {"dk", {0}}, {"dv", {0}}};
  EXPECT(attc_tensor_init(&bin[3].tensor, dout, ATTC_F32, 4, oShape) == 0);
  EXPECT(attc_tensor_init(&grads[0].tensor, dq, ATTC_F32, 4, qShape) == 0);
  EXPECT(attc_tensor_init(&grads[1].tensor, dk, ATTC_F32, 4, kShape) == 0);
  EXPECT(attc_tensor_init(&grads[2].tensor, dv, ATTC_F32, 4, kShape) == 0);
  /* Error cases: none may write a gradient. */
  report("no backward", attc_kernel_backward(kernel, bin, 6, grads, 3, 0));
  report("missing do", attc_kernel_backward(bkern, bin, 3, grads, 3, 0));
  attc_named_tensor wrongGrads[4];
  memcpy(wrongGrads, grads, sizeof(grads));
  wrongGrads[1].tensor.shape[2] = LK - 1;
  report("wrong grad shape",
         attc_kernel_backward(bkern, bin, 6, wrongGrads, 3, 0));
  memcpy(wrongGrads, grads, sizeof(grads));
  wrongGrads[3] = grads[2];
  wrongGrads[3].name = "dslopes";
  report("unknown grad", attc_kernel_backward(bkern, bin, 6, wrongGrads, 4, 0));
  report("null grads", attc_kernel_backward(bkern, bin, 6, NULL, 3, 0));
  EXPECT(allNaN(dq, nq) && allNaN(dk, nk) && allNaN(dv, nk));
  EXPECT(attc_kernel_backward(bkern, bin, 6, grads, 3, 2) == ATTC_STATUS_OK);
  /* Without the saved o and lse the backward recomputes them: the same
     forward, so the same gradients. */
  grads[0].tensor.data = dq2;
  EXPECT(attc_kernel_backward(bkern, bin, 4, grads, 3, 2) == ATTC_STATUS_OK);
  EXPECT(memcmp(dq, dq2, nq * sizeof(float)) == 0);

  /* Naive backward in double: P, dP = do v^T, dS = P (dP - rowsum(P dP)),
     dq = scale dS k, dk = scale dS^T q, dv = P^T do. */
  double *rdq = (double *)calloc(nq, sizeof(double)),
         *rdk = (double *)calloc(nk, sizeof(double)),
         *rdv = (double *)calloc(nk, sizeof(double)),
         *p = (double *)malloc(LK * sizeof(double)),
         *dp = (double *)malloc(LK * sizeof(double));
  EXPECT(rdq && rdk && rdv && p && dp);
  for (int b = 0; b < B; ++b)
    for (int h = 0; h < H; ++h)
      for (int i = 0; i < LQ; ++i) {
        const size_t bh = (size_t)(b * H + h), row = bh * LQ + i;
        const float *qi = q + row * qRow, *gi = dout + row * D;
        int n = i + 1 < LK ? i + 1 : LK;
        double m = -INFINITY, sum = 0, di = 0;
        for (int j = 0; j < n; ++j) {
          double dot = 0, dpj = 0;
          for (int d = 0; d < D; ++d) {
            dot += (double)qi[d] * k[(bh * LK + j) * D + d];
            dpj += (double)gi[d] * v[(bh * LK + j) * D + d];
          }
          p[j] = scale * dot;
          dp[j] = dpj;
          if (p[j] > m)
            m = p[j];
        }
        for (int j = 0; j < n; ++j)
          sum += exp(p[j] - m);
        for (int j = 0; j < n; ++j) {
          p[j] = exp(p[j] - m) / sum;
          di += p[j] * dp[j];
        }
        for (int j = 0; j < n; ++j) {
          const double ds = p[j] * (dp[j] - di);
          for (int d = 0; d < D; ++d) {
            rdq[row * D + d] += scale * ds * k[(bh * LK + j) * D + d];
            rdk[(bh * LK + j) * D + d] += scale * ds * qi[d];
            rdv[(bh * LK + j) * D + d] += p[j] * gi[d];
          }
        }
      }
  const float *got[3] = {dq, dk, dv};
  const double *want[3] = {rdq, rdk, rdv};
  const size_t count[3] = {nq, nk, nk};
  for (int g = 0; g < 3; ++g) {
    double maxErr = 0, maxRef = 0;
    long bad = 0;
    for (size_t i = 0; i < count[g]; ++i) {
      const double err = fabs(got[g][i] - want[g][i]);
      bad += isnan(err) != 0;
      if (err > maxErr)
        maxErr = err;
      if (fabs(want[g][i]) > maxRef)
        maxRef = fabs(want[g][i]);
    }
    printf("%s: rel err %.3g\n", grads[g].name, maxErr / maxRef);
    EXPECT(bad == 0);
    EXPECT(maxErr / maxRef <= 1e-4);
  }
  free(rdq);
  free(rdk);
  free(rdv);
  free(p);
  free(dp);
  free(dout);
  free(dq);
  free(dk);
  free(dv);
  free(dq2);
  attc_kernel_free(bkern);

  attc_kernel_free(kernel);
  attc_spec_free(spec);
  free(q);
  free(k);
  free(v);
  free(o);
  free(lse);
  if (failures) {
    printf("%d failures\n", failures);
    return 1;
  }
  printf("c api: all passed\n");
  return 0;
}
