//===- ReferenceGradTest.cpp - the float64 backward vs finite differences -===//
//
// The reference backward (dual numbers through the stage regions) against
// central differences of the reference forward, on tiny shapes: q, k, v and
// every float input, for each normalizer, sinks, epilogues, GQA and D != Dv;
// softmax specs with a loss that reads lse too.
//
//===----------------------------------------------------------------------===//

#include "attc/Reference/Reference.h"
#include "attc/Spec/SpecToIR.h"

#include "mlir/IR/MLIRContext.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

using namespace attc;

namespace {
struct Case {
  const char *name, *json;
};

void fill(RefTensor &t, std::vector<int64_t> shape, std::mt19937 &rng,
          bool isInt) {
  t.shape = shape;
  int64_t n = 1;
  for (int64_t s : shape)
    n *= s;
  std::normal_distribution<double> normal;
  std::uniform_int_distribution<int> small(0, 2);
  t.data.resize(n);
  for (double &x : t.data)
    x = isInt ? small(rng) : 0.5 * normal(rng);
}

/// <dout, o> + <dlse, lse> (softmax specs; rows with no keys add nothing).
double loss(attn::SpecOp spec, const RefProblem &p, const RefTensor &dout,
            const RefTensor *dlse) {
  RefResult r;
  std::string error;
  EXPECT_TRUE(runReference(spec, p, r, error)) << error;
  double l = 0;
  for (size_t i = 0; i < r.o.data.size(); ++i)
    l += r.o.data[i] * dout.data[i];
  for (size_t i = 0; dlse && i < r.lse.data.size(); ++i)
    if (std::isfinite(r.lse.data[i]))
      l += r.lse.data[i] * dlse->data[i];
  return l;
}

/// Every element of `grad` against (L(x + h) - L(x - h)) / 2h.
void checkAgainstDifferences(attn::SpecOp spec, RefProblem &p,
                             const RefTensor &dout, const RefTensor *dlse,
                             RefTensor &x, const RefTensor &grad,
                             const char *what) {
  const double h = 1e-5;
  double worst = 0, scale = 1e-3;
  for (double g : grad.data)
    scale = std::max(scale, std::fabs(g));
  for (size_t i = 0; i < x.data.size(); ++i) {
    const double saved = x.data[i];
    x.data[i] = saved + h;
    double up = loss(spec, p, dout, dlse);
    x.data[i] = saved - h;
    double down = loss(spec, p, dout, dlse);
    x.data[i] = saved;
    worst = std::max(worst, std::fabs((up - down) / (2 * h) - grad.data[i]));
  }
  EXPECT_LT(worst / scale, 1e-6) << what;
}

void runCase(const Case &c) {
  SCOPED_TRACE(c.name);
  mlir::MLIRContext ctx;
  loadSpecDialects(ctx);
  std::string error;
  auto module = loadSpecText(ctx, c.json, c.name, false, error);
  ASSERT_TRUE(module) << error;
  attn::SpecOp spec = getSpec(*module);
  attn::DimsAttr dims = spec.getDims();
  RefProblem p;
  p.B = 1;
  p.Hq = dims.get("Hq");
  p.Hkv = dims.get("Hkv");
  p.Lq = 3;
  p.Lk = 5;
  p.D = dims.get("D");
  p.Dv = dims.get("Dv");
  std::mt19937 rng(7);
  fill(p.q, {p.B, p.Hq, p.Lq, p.D}, rng, false);
  fill(p.k, {p.B, p.Hkv, p.Lk, p.D}, rng, false);
  fill(p.v, {p.B, p.Hkv, p.Lk, p.Dv}, rng, false);
  const int64_t sizes[] = {p.B, p.Hq, p.Hkv, p.Lq, p.Lk, p.D, p.Dv};
  for (attn::InputOp in : spec.getInputs()) {
    std::vector<int64_t> shape;
    for (mlir::Attribute a : in.getShape())
      if (auto name = mlir::dyn_cast<mlir::StringAttr>(a))
        shape.push_back(sizes[attn::DimsAttr::indexOf(name.getValue())]);
      else
        shape.push_back(mlir::cast<mlir::IntegerAttr>(a).getInt());
    p.inputs.emplace_back();
    fill(p.inputs.back(), shape, rng,
         !mlir::isa<mlir::FloatType>(in.getElemType()));
  }
  RefTensor dout;
  fill(dout, {p.B, p.Hq, p.Lq, p.Dv}, rng, false);
  // Softmax specs: the loss reads lse too.
  RefTensor dlseData;
  const RefTensor *dlse = nullptr;
  if (mlir::isa<attn::SoftmaxOp>(spec.getNormalizer())) {
    fill(dlseData, {p.B, p.Hq, p.Lq}, rng, false);
    dlse = &dlseData;
  }
  RefGrads grads;
  ASSERT_TRUE(runReferenceBackward(spec, p, dout, grads, error, dlse)) << error;
  checkAgainstDifferences(spec, p, dout, dlse, p.q, grads.dq, "dq");
  checkAgainstDifferences(spec, p, dout, dlse, p.k, grads.dk, "dk");
  checkAgainstDifferences(spec, p, dout, dlse, p.v, grads.dv, "dv");
  for (size_t i = 0; i < p.inputs.size(); ++i)
    if (!grads.dinputs[i].data.empty())
      checkAgainstDifferences(spec, p, dout, dlse, p.inputs[i],
                              grads.dinputs[i], "an input");
}

const Case kCases[] = {
    {"softcap_alibi_causal_sink",
     R"J({"attc": 1, "name": "a", "dims": {"Hq": 2, "D": 4, "Dv": 3},
         "inputs": {"slopes": {"dtype": "f32", "shape": ["Hq"]},
                    "sinks": {"dtype": "f32", "shape": ["Hq"]}},
         "score": "softcap(s, 2.0) - slopes[h] * abs(q - k)",
         "mask": "k <= q + 1",
         "normalize": {"softmax": {"sink": "sinks[h]"}}})J"},
    {"gated_gqa_relbias",
     R"J({"attc": 1, "name": "g", "dims": {"Hq": 4, "Hkv": 2, "D": 3},
         "inputs": {"gate": {"dtype": "f32", "shape": ["B", "Hq", "Lq"]},
                    "rel": {"dtype": "f32", "shape": ["Hq", 9]}},
         "score": "s * exp(rel[h, 0]) + rel[h, q - k + 4]",
         "epilogue": "o * sigmoid(gate[b, h, q])"})J"},
    {"sigmoid_bias_doc",
     R"J({"attc": 1, "name": "s", "dims": {"Hq": 2, "D": 4},
         "inputs": {"bias": {"dtype": "f32", "shape": ["B", "Lk"]},
                    "doc": {"dtype": "i32", "shape": ["B", "Lk"]}},
         "mask": "doc[b, k] <= doc[b, k]",
         "normalize": {"sigmoid": {"bias": "bias[b, k] - 1.0"}}})J"},
    {"relu2_scale",
     R"J({"attc": 1, "name": "r", "dims": {"Hq": 2, "D": 4},
         "inputs": {"tau": {"dtype": "f32", "shape": ["Hq"]}},
         "score": "s * tau[h] + max(s, 0.1) - min(s, -0.1)",
         "normalize": {"relu": {"power": 2, "scale": "tau[h] * tau[h]"}}})J"},
    {"none_pow",
     R"J({"attc": 1, "name": "n", "dims": {"Hq": 1, "D": 4},
         "inputs": {"e": {"dtype": "f32", "shape": ["Hq"]}},
         "score": "pow(abs(s) + 1.0, e[h]) + sqrt(abs(s) + 1.0) * tanh(s) + log(abs(s) + 2.0) + erf(s)",
         "normalize": "none"})J"},
};
} // namespace

TEST(ReferenceGrad, FiniteDifferences) {
  for (const Case &c : kCases)
    runCase(c);
}
