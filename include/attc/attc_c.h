/*===- attc_c.h - attc's C API for other languages ---------------*- C -*-===*/
/*
 * A plain C front of include/attc/attc.h for Python (ctypes), Rust, Julia;
 * the shared library is libattc_c.so.
 *
 *   attc_spec *spec; attc_kernel *kern;
 *   if (attc_spec_from_file("causal.attn.json", &spec) ||
 *       attc_jit(spec, "cpu", NULL, &kern))
 *     fprintf(stderr, "%s\n", attc_last_error());
 *   attc_named_tensor in[] = {{"q", q}, {"k", k}, {"v", v}};
 *   attc_named_tensor out[] = {{"o", o}, {"lse", lse}};
 *   int status = attc_kernel_run(kern, in, 3, out, 2, 0);
 *   attc_kernel_free(kern); attc_spec_free(spec);
 *
 * Every function that can fail returns an attc_status (0: success) and
 * leaves a one-line message for attc_last_error(); no C++ exception crosses
 * this interface and NULL arguments are errors, never crashes. Handles are
 * immutable once made, so one spec or kernel may be used from several
 * threads at once; each must be freed exactly once.
 */
/*===----------------------------------------------------------------------===*/

#ifndef ATTC_ATTC_C_H
#define ATTC_ATTC_C_H

#include "attc_abi.h" /* attc_tensor, enum attc_dtype */

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32)
#define ATTC_C_API
#else
#define ATTC_C_API __attribute__((visibility("default")))
#endif

/* Statuses; the message of the last failure is attc_last_error(). */
typedef enum attc_status {
  ATTC_STATUS_OK = 0,
  /* A NULL handle or pointer, a bad count, rank or dtype code, a duplicate
     or NULL tensor name: caught before the library is called. */
  ATTC_STATUS_INVALID_ARGUMENT = 1,
  /* The library refused: unreadable or invalid spec, shape/dtype mismatch,
     compiler or cache failure, kernel error. */
  ATTC_STATUS_ERROR = 2,
  /* Out of memory or an unexpected internal failure. */
  ATTC_STATUS_INTERNAL = 3,
} attc_status;

typedef struct attc_spec attc_spec;     /* a parsed, verified spec */
typedef struct attc_kernel attc_kernel; /* a compiled, loaded kernel */

/* A tensor view with the name the spec knows it by ("q", "k", "v", an input
   of the spec; "o", "lse", "max" for outputs). Strides are in elements and
   always read: attc_tensor_init fills C-contiguous ones. */
typedef struct attc_named_tensor {
  const char *name;
  attc_tensor tensor;
} attc_named_tensor;

/* Options of attc_jit; zero (or NULL options) means the default. */
typedef struct attc_jit_options {
  int32_t tile_q;        /* query tile, 1..512; 0: 64 */
  int32_t tile_k;        /* key tile, 1..512; 0: 64 */
  const char *cache_dir; /* NULL or "": $ATTC_CACHE_DIR, else the user's */
  int32_t backward;      /* nonzero: also compile attc_kernel_backward's */
  const char *arch;      /* cuda: "sm_80" ... "sm_90a", hip: "gfx90a",
                            "gfx942"; NULL or "": native */
  int32_t hopper;        /* nonzero: cuda, arch "sm_90a" only: the TMA +
                            wgmma kernels (unverified on hardware) */
} attc_jit_options;

/* The message of the last failing call on this thread (never NULL; "" if
   none). Valid until the next attc_* call on the same thread. */
ATTC_C_API const char *attc_last_error(void);

/* Fills `tensor` with a C-contiguous view of `data`. `rank` is 0..8. */
ATTC_C_API int attc_tensor_init(attc_tensor *tensor, void *data,
                                enum attc_dtype dtype, int32_t rank,
                                const int64_t *shape);

/* Specs. `name` names the text in messages (NULL: "<json>" / "<mlir>"). */
ATTC_C_API int attc_spec_from_file(const char *path, attc_spec **spec);
ATTC_C_API int attc_spec_from_json(const char *text, const char *name,
                                   attc_spec **spec);
ATTC_C_API int attc_spec_from_mlir(const char *text, const char *name,
                                   attc_spec **spec);
/* The same spec with another storage dtype ("f32", "f16", "bf16") and/or
   layout ("bhsd", "bshd"); NULL or "" keeps the spec's own. */
ATTC_C_API int attc_spec_with_overrides(const attc_spec *spec,
                                        const char *dtype, const char *layout,
                                        attc_spec **result);
/* The spec's name and printed attn IR, owned by the spec; NULL for NULL. */
ATTC_C_API const char *attc_spec_name(const attc_spec *spec);
ATTC_C_API const char *attc_spec_ir(const attc_spec *spec);
ATTC_C_API void attc_spec_free(attc_spec *spec); /* NULL is a no-op */

/* What a caller needs to allocate and bind tensors, as one JSON object
   owned by the spec (NULL for NULL):
     {"name": "alibi", "dtype": "f32", "layout": "bhsd",
      "dims": {"B": null, "Hq": 8, ...},          null: given at run time
      "hkv_equals_hq": true, "dv_equals_d": true,  Hkv / Dv left out
      "has_lse": true, "has_epilogue": false,   softmax; an epilogue stage
      "inputs": [{"name": "slopes", "dtype": "f32", "shape": ["Hq"]}],
      "outputs": ["o"]}
   Input shapes hold dim names and integers, in declaration order. */
ATTC_C_API const char *attc_spec_info(const attc_spec *spec);

/* Evaluates the float64 reference of `spec` (the interpreter `attc check`
   uses) on `inputs`, checked as attc_kernel_run checks them, writing
   `outputs`: ATTC_F64 views of "o" (in the spec's layout) and of those of
   "lse" / "max" ([B, Hq, Lq], or [B, Lq, Hq] for bshd) that the spec lists.
   Strides are honoured on both sides; a rejected call writes nothing. */
ATTC_C_API int attc_reference(const attc_spec *spec,
                              const attc_named_tensor *inputs,
                              int32_t num_inputs,
                              const attc_named_tensor *outputs,
                              int32_t num_outputs);

/* Compiles `spec` for `target_kind` (NULL or "cpu", "cuda" or "hip")
   through the on-disk cache and loads it: a shared object from the host C++
   compiler, for cuda a cubin from NVRTC, for hip a code object from clang,
   for options->arch (no GPU needed). The kernel does not borrow the spec. */
ATTC_C_API int attc_jit(const attc_spec *spec, const char *target_kind,
                        const attc_jit_options *options, attc_kernel **kernel);

/* Runs on `inputs` (q, k, v and the spec's inputs) writing `outputs` (o and
   those of lse/max the spec lists). Every view is checked against the spec
   first; a mismatch is ATTC_STATUS_ERROR with nothing written.
   `num_threads` 0 uses all cores. A cuda or hip kernel launches as
   attc_kernel_launch does, on the default stream. */
ATTC_C_API int attc_kernel_run(const attc_kernel *kernel,
                               const attc_named_tensor *inputs,
                               int32_t num_inputs,
                               const attc_named_tensor *outputs,
                               int32_t num_outputs, int32_t num_threads);
/* A cuda or hip kernel on views of device memory, launched asynchronously
   on `stream` (a CUstream or hipStream_t; NULL: the default stream). The
   views are checked first, as by attc_kernel_run; without a GPU or driver
   this is ATTC_STATUS_ERROR with one line "no CUDA device: ..." or "no HIP
   device: ...". A cpu kernel takes no stream: ATTC_STATUS_ERROR unless it
   is NULL. */
ATTC_C_API int attc_kernel_launch(const attc_kernel *kernel,
                                  const attc_named_tensor *inputs,
                                  int32_t num_inputs,
                                  const attc_named_tensor *outputs,
                                  int32_t num_outputs, void *stream);
/* The backward of L = <do, o> on a kernel compiled with
   attc_jit_options.backward. `inputs`: those of attc_kernel_run plus "do"
   (dL/do, the spec's dtype, o's shape) and optionally what the forward
   saved, "lse" and "o" (o itself when the spec has no epilogue), which are
   recomputed when absent, and "dlse" (f32, lse's shape; softmax specs)
   when the loss is L = <do, o> + <dlse, lse>. `grads`: "dq", "dk", "dv"
   (the spec's dtype, the shapes of q, k, v; any strides) and "d<input>"
   (f32, C-contiguous, the input's shape) for the float inputs whose
   gradients are wanted. Every
   view is checked first; a mismatch is ATTC_STATUS_ERROR with nothing
   written. Deterministic for a fixed `num_threads` (0: all cores). */
ATTC_C_API int attc_kernel_backward(const attc_kernel *kernel,
                                    const attc_named_tensor *inputs,
                                    int32_t num_inputs,
                                    const attc_named_tensor *grads,
                                    int32_t num_grads, int32_t num_threads);
/* Number of kept (query, key) pairs for these inputs. */
ATTC_C_API int attc_kernel_count_kept(const attc_kernel *kernel,
                                      const attc_named_tensor *inputs,
                                      int32_t num_inputs, int64_t *kept);
/* Where the shared object (cuda: the cubin, hip: the code object) lives
   (owned by the kernel) and whether it came from the cache (1) or was
   compiled now (0); NULL / -1 for NULL. */
ATTC_C_API const char *attc_kernel_object_path(const attc_kernel *kernel);
ATTC_C_API int attc_kernel_from_cache(const attc_kernel *kernel);
ATTC_C_API void attc_kernel_free(attc_kernel *kernel); /* NULL is a no-op */

/* This machine's f32 FMA peak in GFLOP/s on `num_threads` threads (0: all
   cores), measured as `attc bench` does (same compiler and flags as the
   kernels), for benchmarks that report a share of the peak. */
ATTC_C_API int attc_fma_peak(int32_t num_threads, double *gflops);

#ifdef __cplusplus
}
#endif

#endif /* ATTC_ATTC_C_H */
