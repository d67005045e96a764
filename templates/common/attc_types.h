//===- attc_types.h - Storage types, conversions and input readers -------===//
//
// Shared by every generated kernel: f16/bf16 storage types, float
// conversions and the bounds-checked reader that variant hooks use to read the
// spec's extra inputs. Requires attc_abi.h to be included first.
//
//===----------------------------------------------------------------------===//
#ifndef ATTC_TYPES_H
#define ATTC_TYPES_H

#include "attc_portability.h"

// Hidden: a kernel .so exports only its entry point, and instantiations in
// different kernels never interpose each other.
#pragma GCC visibility push(hidden)

namespace attc {

// Plain 16-bit storage; arithmetic always happens in f32.
struct f16 {
  uint16_t bits;
};
struct bf16 {
  uint16_t bits;
};

#ifdef ATTC_DEVICE_CODE
ATTC_HD uint32_t float_bits(float f) { return __float_as_uint(f); }
ATTC_HD float bits_float(uint32_t u) { return __uint_as_float(u); }
#else
ATTC_HD uint32_t float_bits(float f) {
  uint32_t u;
  std::memcpy(&u, &f, sizeof u);
  return u;
}
ATTC_HD float bits_float(uint32_t u) {
  float f;
  std::memcpy(&f, &u, sizeof f);
  return f;
}
#endif

ATTC_HD float bf16_to_float(uint16_t h) {
  return bits_float(uint32_t(h) << 16);
}

// Round to nearest even; NaNs stay (quiet) NaNs.
ATTC_HD uint16_t float_to_bf16(float f) {
  uint32_t u = float_bits(f);
  if ((u & 0x7fffffffu) > 0x7f800000u)
    return uint16_t((u >> 16) | 0x40u);
  u += 0x7fffu + ((u >> 16) & 1u);
  return uint16_t(u >> 16);
}

// c ? a : b with masks: GCC 12 vectorizes this form but not the ternary.
ATTC_HD uint32_t select_u32(bool c, uint32_t a, uint32_t b) {
  const uint32_t m = 0u - uint32_t(c);
  return (a & m) | (b & ~m);
}

// Bit-exact branch-free conversions (after M. Maratos' FP16 library); they
// rely on IEEE f32 arithmetic in round-to-nearest mode, without FTZ/DAZ.
ATTC_HD float f16_to_float_soft(uint16_t h) {
  const uint32_t w = uint32_t(h) << 16;
  const uint32_t sign = w & 0x80000000u;
  const uint32_t two_w = w + w;
  const float normalized =
      bits_float((two_w >> 4) + (0xe0u << 23)) * bits_float(0x7800000u);
  const float denormalized = bits_float((two_w >> 17) | (126u << 23)) - 0.5f;
  return bits_float(sign |
                    select_u32(two_w < (1u << 27), float_bits(denormalized),
                               float_bits(normalized)));
}
ATTC_HD uint16_t float_to_f16_soft(float f) {
  const uint32_t w = float_bits(f);
  const uint32_t shl1_w = w + w;
  const uint32_t sign = w & 0x80000000u;
  // 2^112 and 2^-110: push the mantissa so that f32 rounding does the work.
  float base = (bits_float(w & 0x7fffffffu) * bits_float(0x77800000u)) *
               bits_float(0x08800000u);
  const uint32_t e = shl1_w & 0xff000000u;
  const uint32_t bias = select_u32(e < 0x71000000u, 0x71000000u, e);
  base = bits_float((bias >> 1) + 0x07800000u) + base;
  const uint32_t bits = float_bits(base);
  const uint32_t nonsign = ((bits >> 13) & 0x00007c00u) + (bits & 0x00000fffu);
  return uint16_t((sign >> 16) |
                  select_u32(shl1_w > 0xff000000u, 0x7e00u, nonsign));
}

#if defined(__FLT16_MAX__) && defined(__clang__) && !defined(ATTC_NO_FLOAT16)
// Clang converts _Float16 natively and vectorizes it (F16C); GCC 12 does
// neither in loops, where the soft version vectorizes.
// (bit casts, not memcpy: HIP device code has no host libc.)
ATTC_HD float f16_to_float(uint16_t h) {
  return float(__builtin_bit_cast(_Float16, h));
}
ATTC_HD uint16_t float_to_f16(float f) {
  return __builtin_bit_cast(uint16_t, _Float16(f));
}
#else
ATTC_HD float f16_to_float(uint16_t h) { return f16_to_float_soft(h); }
ATTC_HD uint16_t float_to_f16(float f) { return float_to_f16_soft(f); }
#endif

template <class T> ATTC_HD float to_float(T x) { return static_cast<float>(x); }
template <> ATTC_HD float to_float<f16>(f16 x) { return f16_to_float(x.bits); }
template <> ATTC_HD float to_float<bf16>(bf16 x) {
  return bf16_to_float(x.bits);
}

template <class T> ATTC_HD T from_float(float x) { return static_cast<T>(x); }
template <> ATTC_HD f16 from_float<f16>(float x) {
  return f16{float_to_f16(x)};
}
template <> ATTC_HD bf16 from_float<bf16>(float x) {
  return bf16{float_to_bf16(x)};
}

// The attc_dtype that stores T (for launch validation).
template <class T> struct dtype_of;
template <> struct dtype_of<float> { static constexpr int value = ATTC_F32; };
template <> struct dtype_of<f16> { static constexpr int value = ATTC_F16; };
template <> struct dtype_of<bf16> { static constexpr int value = ATTC_BF16; };

namespace detail {
template <class R, class S> ATTC_HD R convert(S x) {
  if constexpr (std::is_same<R, bool>::value) {
    return x != S(0);
  } else if constexpr (std::is_integral<R>::value &&
                       std::is_floating_point<S>::value) {
    // Truncates; NaN and out-of-range values (UB for a plain cast) read as 0.
    return x > S(-9.2e18) && x < S(9.2e18) ? static_cast<R>(x) : R(0);
  } else {
    return static_cast<R>(x);
  }
}

template <class R>
ATTC_HD R load_at(const void *data, int dtype, int64_t off) {
  switch (dtype) {
  case ATTC_F32:
    return convert<R>(static_cast<const float *>(data)[off]);
  case ATTC_F16:
    return convert<R>(f16_to_float(static_cast<const uint16_t *>(data)[off]));
  case ATTC_BF16:
    return convert<R>(
        bf16_to_float(static_cast<const uint16_t *>(data)[off]));
  case ATTC_I32:
    return convert<R>(static_cast<const int32_t *>(data)[off]);
  case ATTC_I64:
    return convert<R>(static_cast<const int64_t *>(data)[off]);
  case ATTC_BOOL:
    return convert<R>(static_cast<const uint8_t *>(data)[off] != 0);
  case ATTC_F64:
    return convert<R>(static_cast<const double *>(data)[off]);
  default:
    return R(0);
  }
}
} // namespace detail

// Reads t[idx...] converted to R (float, int64_t or bool). Any index outside
// [0, shape[d]), a rank that differs from the number of indices or a null
// tensor reads as 0, so hooks never touch memory outside the tensor. DT, the
// dtype the spec declares (generated hooks give it), makes the element type
// a constant: no dtype switch per read; a tensor of another dtype then reads
// as 0. DT < 0: t.dtype.
template <class R, int DT = -1, class... I>
ATTC_HD R load_input(const attc_tensor &t, I... idx) {
  constexpr int N = int(sizeof...(I));
  const int64_t ix[N + 1] = {int64_t(idx)..., 0};
#if !defined(__CUDA_ARCH__) && !defined(__HIP_DEVICE_COMPILE__)
  if constexpr (DT >= 0) {
    // Branch-free on the host (a rejected read loads from the view itself,
    // always readable, and gives 0): fewer branches in the hooks' loops.
    // Not on GPUs, where the selects cost registers (ALiBi spilled).
    bool ok = (t.rank == N) & (t.data != nullptr) & (t.dtype == DT);
    int64_t off = 0;
    ATTC_UNROLL
    for (int d = 0; d < N; ++d) {
      ok &= uint64_t(ix[d]) < uint64_t(t.shape[d]);
      off += ix[d] * t.strides[d];
    }
    const R x = detail::load_at<R>(ok ? t.data : &t, DT, ok ? off : 0);
    return ok ? x : R(0);
  }
#endif
  if (t.rank != N || t.data == nullptr || (DT >= 0 && t.dtype != DT))
    return R(0);
  int64_t off = 0;
  ATTC_UNROLL
  for (int d = 0; d < N; ++d) {
    // One unsigned compare rejects negatives and indices past the end.
    if (uint64_t(ix[d]) >= uint64_t(t.shape[d]))
      return R(0);
    off += ix[d] * t.strides[d];
  }
  return detail::load_at<R>(t.data, DT >= 0 ? DT : t.dtype, off);
}

// Same, for the spec's n-th extra input of a launch (or any params type
// with `inputs` and `num_inputs`); a missing input reads as 0.
template <class R, int DT = -1, class P, class... I>
ATTC_HD R load_input_n(const P &L, int n, I... idx) {
#if !defined(__CUDA_ARCH__) && !defined(__HIP_DEVICE_COMPILE__)
  // Generated hooks (DT >= 0) on the host run after valid_launch, which
  // checked that the launch has the variant's kNumInputs inputs: no branch
  // here (with the branch-free read above, ALiBi at L=2048 went from 66-70
  // to 55-62 ms).
  if constexpr (DT < 0)
#endif
    if (n < 0 || n >= L.num_inputs || L.inputs == nullptr)
      return R(0);
  return load_input<R, DT>(L.inputs[n], idx...);
}

} // namespace attc

#pragma GCC visibility pop

#endif // ATTC_TYPES_H
