//===- Reference.cpp - float64 interpreter of the attn dialect ------------===//

#include "attc/Reference/Reference.h"

#include "dialects/Attn/IR/AttnExprVisitor.h"

#include "llvm/ADT/DenseMap.h"

#include <array>
#include <cmath>
#include <limits>

using namespace mlir;
using namespace attc;
using namespace attc::attn;

namespace {
/// A slot holds a double (floats) or an int64 (ints and bools).
union Slot {
  double f;
  int64_t i;
};

enum class Code {
  ConstF,
  ConstI,
  AddF,
  SubF,
  MulF,
  DivF,
  RemF,
  NegF,
  AddI,
  SubI,
  MulI,
  DivI,
  RemI,
  ShL,
  ShR,
  And,
  Or,
  XOr,
  MinI,
  MaxI,
  MinF,
  MaxF,
  IToF,
  ExtUI,
  ExtSI,
  CmpI,
  CmpF,
  Select,
  AbsI,
  AbsF,
  Exp,
  Exp2,
  ExpM1,
  Log,
  Log2,
  Log1p,
  Sqrt,
  Rsqrt,
  Floor,
  Ceil,
  Sin,
  Cos,
  Tanh,
  Erf,
  Pow,
  Load,
  Dim,
  Yield
};

struct Instr {
  Code code;
  int result = -1;
  int a = -1, b = -1, c = -1;
  int predicate = 0; ///< cmp predicate, dim index or input index
  Slot imm{};
  std::vector<int> indices; ///< load indices
};

/// One stage region compiled to straight-line slot code.
struct Program {
  std::vector<Instr> code;
  int numSlots = 0;
  bool empty() const { return code.empty(); }
};

int64_t wrapAdd(int64_t a, int64_t b) {
  return int64_t(uint64_t(a) + uint64_t(b));
}
int64_t wrapSub(int64_t a, int64_t b) {
  return int64_t(uint64_t(a) - uint64_t(b));
}

class Compiler {
public:
  Compiler(SpecOp spec, std::string &error) : spec(spec), error(error) {
    for (auto [i, input] : llvm::enumerate(spec.getInputs()))
      inputIndex[input.getSymName()] = i;
  }

  bool compile(Region &region, Program &program) {
    if (region.empty())
      return true;
    llvm::DenseMap<Value, int> slots;
    int next = 0;
    for (BlockArgument arg : region.front().getArguments())
      slots[arg] = next++;
    for (Operation &op : region.front()) {
      Instr in;
      auto slot = [&](Value v) { return slots.lookup(v); };
      if (op.getNumOperands() > 0)
        in.a = slot(op.getOperand(0));
      if (op.getNumOperands() > 1)
        in.b = slot(op.getOperand(1));
      if (op.getNumOperands() > 2)
        in.c = slot(op.getOperand(2));
      bool ok = fill(op, in);
      if (!ok) {
        error = "the reference cannot evaluate '" +
                op.getName().getStringRef().str() + "'";
        return false;
      }
      if (op.getNumResults()) {
        in.result = next;
        slots[op.getResult(0)] = next++;
      }
      if (auto load = dyn_cast<LoadOp>(op))
        for (Value index : load.getIndices())
          in.indices.push_back(slot(index));
      program.code.push_back(std::move(in));
    }
    program.numSlots = next;
    return true;
  }

private:
  bool fill(Operation &op, Instr &in) {
    return Encoder{spec, inputIndex}.dispatch(&op, in);
  }

  /// One instruction per op of the expression language (a missing op does
  /// not compile: AttnExprVisitor.h).
  struct Encoder : ExprVisitor<Encoder, bool, Instr &> {
    SpecOp spec;
    const llvm::StringMap<unsigned> &inputIndex;
    Encoder(SpecOp spec, const llvm::StringMap<unsigned> &inputIndex)
        : spec(spec), inputIndex(inputIndex) {}

    static bool set(Instr &in, Code code) {
      in.code = code;
      return true;
    }
    static bool isBool(Operation *op) {
      return op->getResult(0).getType().isInteger(1);
    }
    static bool constant(Instr &in, Attribute value, bool isBool) {
      if (auto f = dyn_cast<FloatAttr>(value)) {
        in.imm.f = f.getValueAsDouble();
        return set(in, Code::ConstF);
      }
      in.imm.i = cast<IntegerAttr>(value).getValue().getSExtValue();
      if (isBool)
        in.imm.i = in.imm.i != 0;
      return set(in, Code::ConstI);
    }

    bool visit(arith::ConstantOp c, Instr &in) {
      return constant(in, c.getValue(), isBool(c));
    }
    bool visit(ConstOp c, Instr &in) {
      return constant(in, spec.getConsts().get(c.getName()), false);
    }
    bool visit(arith::AddFOp, Instr &in) { return set(in, Code::AddF); }
    bool visit(arith::SubFOp, Instr &in) { return set(in, Code::SubF); }
    bool visit(arith::MulFOp, Instr &in) { return set(in, Code::MulF); }
    bool visit(arith::DivFOp, Instr &in) { return set(in, Code::DivF); }
    bool visit(arith::RemFOp, Instr &in) { return set(in, Code::RemF); }
    bool visit(arith::NegFOp, Instr &in) { return set(in, Code::NegF); }
    bool visit(arith::AddIOp op, Instr &in) {
      return set(in, isBool(op) ? Code::XOr : Code::AddI);
    }
    bool visit(arith::SubIOp, Instr &in) { return set(in, Code::SubI); }
    bool visit(arith::MulIOp op, Instr &in) {
      return set(in, isBool(op) ? Code::And : Code::MulI);
    }
    bool visit(arith::DivSIOp, Instr &in) { return set(in, Code::DivI); }
    bool visit(arith::RemSIOp, Instr &in) { return set(in, Code::RemI); }
    bool visit(arith::ShLIOp, Instr &in) { return set(in, Code::ShL); }
    bool visit(arith::ShRSIOp, Instr &in) { return set(in, Code::ShR); }
    bool visit(arith::AndIOp, Instr &in) { return set(in, Code::And); }
    bool visit(arith::OrIOp, Instr &in) { return set(in, Code::Or); }
    bool visit(arith::XOrIOp, Instr &in) { return set(in, Code::XOr); }
    bool visit(arith::MinSIOp, Instr &in) { return set(in, Code::MinI); }
    bool visit(arith::MaxSIOp, Instr &in) { return set(in, Code::MaxI); }
    bool visit(arith::MinimumFOp, Instr &in) { return set(in, Code::MinF); }
    bool visit(arith::MaximumFOp, Instr &in) { return set(in, Code::MaxF); }
    bool visit(arith::SIToFPOp, Instr &in) { return set(in, Code::IToF); }
    bool visit(arith::ExtUIOp, Instr &in) { return set(in, Code::ExtUI); }
    bool visit(arith::ExtSIOp, Instr &in) { return set(in, Code::ExtSI); }
    bool visit(arith::SelectOp, Instr &in) { return set(in, Code::Select); }
    bool visit(math::AbsIOp, Instr &in) { return set(in, Code::AbsI); }
    bool visit(math::AbsFOp, Instr &in) { return set(in, Code::AbsF); }
    bool visit(math::ExpOp, Instr &in) { return set(in, Code::Exp); }
    bool visit(math::Exp2Op, Instr &in) { return set(in, Code::Exp2); }
    bool visit(math::ExpM1Op, Instr &in) { return set(in, Code::ExpM1); }
    bool visit(math::LogOp, Instr &in) { return set(in, Code::Log); }
    bool visit(math::Log2Op, Instr &in) { return set(in, Code::Log2); }
    bool visit(math::Log1pOp, Instr &in) { return set(in, Code::Log1p); }
    bool visit(math::SqrtOp, Instr &in) { return set(in, Code::Sqrt); }
    bool visit(math::RsqrtOp, Instr &in) { return set(in, Code::Rsqrt); }
    bool visit(math::FloorOp, Instr &in) { return set(in, Code::Floor); }
    bool visit(math::CeilOp, Instr &in) { return set(in, Code::Ceil); }
    bool visit(math::SinOp, Instr &in) { return set(in, Code::Sin); }
    bool visit(math::CosOp, Instr &in) { return set(in, Code::Cos); }
    bool visit(math::TanhOp, Instr &in) { return set(in, Code::Tanh); }
    bool visit(math::ErfOp, Instr &in) { return set(in, Code::Erf); }
    bool visit(math::PowFOp, Instr &in) { return set(in, Code::Pow); }
    bool visit(YieldOp, Instr &in) { return set(in, Code::Yield); }
    bool visit(arith::CmpIOp c, Instr &in) {
      in.predicate = int(c.getPredicate());
      return set(in, Code::CmpI);
    }
    bool visit(arith::CmpFOp c, Instr &in) {
      in.predicate = int(c.getPredicate());
      return set(in, Code::CmpF);
    }
    bool visit(LoadOp load, Instr &in) {
      in.predicate = inputIndex.lookup(load.getInput());
      return set(in, Code::Load);
    }
    bool visit(DimOp dim, Instr &in) {
      in.predicate = DimsAttr::indexOf(dim.getName());
      return set(in, Code::Dim);
    }
    bool visitInvalid(Operation *, Instr &) { return false; }
  };

  SpecOp spec;
  std::string &error;
  llvm::StringMap<unsigned> inputIndex;
};

bool cmpI(int pred, int64_t a, int64_t b) {
  switch (arith::CmpIPredicate(pred)) {
  case arith::CmpIPredicate::eq:
    return a == b;
  case arith::CmpIPredicate::ne:
    return a != b;
  case arith::CmpIPredicate::slt:
    return a < b;
  case arith::CmpIPredicate::sle:
    return a <= b;
  case arith::CmpIPredicate::sgt:
    return a > b;
  case arith::CmpIPredicate::sge:
    return a >= b;
  default:
    return false;
  }
}

bool cmpF(int pred, double a, double b) {
  bool unordered = std::isnan(a) || std::isnan(b);
  switch (arith::CmpFPredicate(pred)) {
  case arith::CmpFPredicate::OEQ:
    return !unordered && a == b;
  case arith::CmpFPredicate::UNE:
    return unordered || a != b;
  case arith::CmpFPredicate::OLT:
    return !unordered && a < b;
  case arith::CmpFPredicate::OLE:
    return !unordered && a <= b;
  case arith::CmpFPredicate::OGT:
    return !unordered && a > b;
  case arith::CmpFPredicate::OGE:
    return !unordered && a >= b;
  case arith::CmpFPredicate::ONE:
    return !unordered && a != b;
  case arith::CmpFPredicate::UEQ:
    return unordered || a == b;
  default:
    return false;
  }
}

/// Runs a compiled stage with the given argument values.
class Machine {
public:
  Machine(const RefProblem &problem) : problem(problem) {
    dims = {problem.B,  problem.Hq, problem.Hkv, problem.Lq,
            problem.Lk, problem.D,  problem.Dv};
  }

  Slot run(const Program &program, std::initializer_list<Slot> args) {
    slots.resize(program.numSlots);
    size_t n = 0;
    for (Slot arg : args)
      slots[n++] = arg;
    for (const Instr &in : program.code) {
      const Slot a = in.a >= 0 ? slots[in.a] : Slot{};
      const Slot b = in.b >= 0 ? slots[in.b] : Slot{};
      Slot r{};
      switch (in.code) {
      case Code::ConstF:
      case Code::ConstI:
        r = in.imm;
        break;
      case Code::AddF:
        r.f = a.f + b.f;
        break;
      case Code::SubF:
        r.f = a.f - b.f;
        break;
      case Code::MulF:
        r.f = a.f * b.f;
        break;
      case Code::DivF:
        r.f = a.f / b.f;
        break;
      case Code::RemF:
        r.f = std::fmod(a.f, b.f);
        break;
      case Code::NegF:
        r.f = -a.f;
        break;
      case Code::AddI:
        r.i = wrapAdd(a.i, b.i);
        break;
      case Code::SubI:
        r.i = wrapSub(a.i, b.i);
        break;
      case Code::MulI:
        r.i = int64_t(uint64_t(a.i) * uint64_t(b.i));
        break;
      case Code::DivI:
        r.i = b.i == 0 ? 0 : b.i == -1 ? wrapSub(0, a.i) : a.i / b.i;
        break;
      case Code::RemI:
        r.i = b.i == 0 || b.i == -1 ? 0 : a.i % b.i;
        break;
      case Code::ShL:
        r.i = b.i < 0 || b.i > 63 ? 0 : int64_t(uint64_t(a.i) << b.i);
        break;
      case Code::ShR:
        r.i = b.i < 0 || b.i > 63 ? (a.i < 0 ? -1 : 0) : a.i >> b.i;
        break;
      case Code::And:
        r.i = a.i & b.i;
        break;
      case Code::Or:
        r.i = a.i | b.i;
        break;
      case Code::XOr:
        r.i = a.i ^ b.i;
        break;
      case Code::MinI:
        r.i = std::min(a.i, b.i);
        break;
      case Code::MaxI:
        r.i = std::max(a.i, b.i);
        break;
      case Code::MinF:
        r.f = std::isnan(a.f) || std::isnan(b.f) ? NAN : std::min(a.f, b.f);
        break;
      case Code::MaxF:
        r.f = std::isnan(a.f) || std::isnan(b.f) ? NAN : std::max(a.f, b.f);
        break;
      case Code::IToF:
        r.f = double(a.i);
        break;
      case Code::ExtUI:
        r.i = a.i != 0;
        break;
      case Code::ExtSI:
        r.i = a.i != 0 ? -1 : 0;
        break;
      case Code::CmpI:
        r.i = cmpI(in.predicate, a.i, b.i);
        break;
      case Code::CmpF:
        r.i = cmpF(in.predicate, a.f, b.f);
        break;
      case Code::Select:
        r = a.i ? b : slots[in.c];
        break;
      case Code::AbsI:
        r.i = a.i < 0 ? wrapSub(0, a.i) : a.i;
        break;
      case Code::AbsF:
        r.f = std::fabs(a.f);
        break;
      case Code::Exp:
        r.f = std::exp(a.f);
        break;
      case Code::Exp2:
        r.f = std::exp2(a.f);
        break;
      case Code::ExpM1:
        r.f = std::expm1(a.f);
        break;
      case Code::Log:
        r.f = std::log(a.f);
        break;
      case Code::Log2:
        r.f = std::log2(a.f);
        break;
      case Code::Log1p:
        r.f = std::log1p(a.f);
        break;
      case Code::Sqrt:
        r.f = std::sqrt(a.f);
        break;
      case Code::Rsqrt:
        r.f = 1.0 / std::sqrt(a.f);
        break;
      case Code::Floor:
        r.f = std::floor(a.f);
        break;
      case Code::Ceil:
        r.f = std::ceil(a.f);
        break;
      case Code::Sin:
        r.f = std::sin(a.f);
        break;
      case Code::Cos:
        r.f = std::cos(a.f);
        break;
      case Code::Tanh:
        r.f = std::tanh(a.f);
        break;
      case Code::Erf:
        r.f = std::erf(a.f);
        break;
      case Code::Pow:
        r.f = std::pow(a.f, b.f);
        break;
      case Code::Dim:
        r.i = dims[in.predicate];
        break;
      case Code::Load:
        r = load(in);
        break;
      case Code::Yield:
        return a;
      }
      if (in.result >= 0)
        slots[in.result] = r;
    }
    return Slot{};
  }

private:
  Slot load(const Instr &in) {
    const RefTensor &t = problem.inputs[in.predicate];
    int64_t offset = 0;
    for (size_t d = 0; d < in.indices.size(); ++d) {
      int64_t index = slots[in.indices[d]].i;
      if (index < 0 || index >= t.shape[d])
        return Slot{}; // out of range reads 0 (false)
      offset = offset * t.shape[d] + index;
    }
    // Loads yield f32 for float inputs and i64 for ints and bools; the
    // caller's program knows which field to read. Store both views.
    double value = t.data[offset];
    Slot r;
    if (isFloatInput[in.predicate])
      r.f = value;
    else
      r.i = int64_t(value);
    return r;
  }

public:
  std::vector<bool> isFloatInput;

private:
  const RefProblem &problem;
  std::vector<Slot> slots;
  std::array<int64_t, 7> dims;
};

Slot fromF(double v) {
  Slot s;
  s.f = v;
  return s;
}
Slot fromI(int64_t v) {
  Slot s;
  s.i = v;
  return s;
}
} // namespace

bool attc::runReference(SpecOp spec, const RefProblem &p, RefResult &result,
                        std::string &error) {
  Compiler compiler(spec, error);
  Program scaleProg, scoreProg, maskProg, sinkProg, paramProg, epilogueProg;
  Operation *norm = spec.getNormalizer();
  if ((spec.getScaleOp() &&
       !compiler.compile(spec.getScaleOp().getBody(), scaleProg)) ||
      (spec.getScoreOp() &&
       !compiler.compile(spec.getScoreOp().getBody(), scoreProg)) ||
      (spec.getMaskOp() &&
       !compiler.compile(spec.getMaskOp().getBody(), maskProg)) ||
      (spec.getEpilogueOp() &&
       !compiler.compile(spec.getEpilogueOp().getBody(), epilogueProg)))
    return false;
  if (auto softmax = dyn_cast<SoftmaxOp>(norm))
    if (!compiler.compile(softmax.getSink(), sinkProg))
      return false;
  if (auto sigmoid = dyn_cast<SigmoidOp>(norm))
    if (!compiler.compile(sigmoid.getBias(), paramProg))
      return false;
  if (auto relu = dyn_cast<ReluOp>(norm))
    if (!compiler.compile(relu.getScale(), paramProg))
      return false;

  Machine m(p);
  for (InputOp input : spec.getInputs())
    m.isFloatInput.push_back(isa<FloatType>(input.getElemType()));

  const double inf = std::numeric_limits<double>::infinity();
  double scale =
      spec.getScaleOp() ? m.run(scaleProg, {}).f : 1.0 / std::sqrt(double(p.D));
  bool isSoftmax = isa<SoftmaxOp>(norm);
  bool hasSink = !sinkProg.empty();
  int64_t reluPower = 1;
  if (auto relu = dyn_cast<ReluOp>(norm))
    reluPower = relu.getPower();

  result.o = {{p.B, p.Hq, p.Lq, p.Dv}, {}};
  result.o.data.assign(p.B * p.Hq * p.Lq * p.Dv, 0.0);
  result.lse = {{p.B, p.Hq, p.Lq}, std::vector<double>(p.B * p.Hq * p.Lq)};
  result.max = result.lse;
  int64_t group = p.Hkv ? p.Hq / p.Hkv : 1;
  std::vector<double> scores(p.Lk), acc(p.Dv);
  std::vector<char> kept(p.Lk);
  for (int64_t b = 0; b < p.B; ++b)
    for (int64_t h = 0; h < p.Hq; ++h) {
      int64_t hk = h / group;
      for (int64_t i = 0; i < p.Lq; ++i) {
        const double *q = &p.q.data[((b * p.Hq + h) * p.Lq + i) * p.D];
        double rowMax = -inf;
        for (int64_t j = 0; j < p.Lk; ++j) {
          kept[j] = maskProg.empty() ||
                    m.run(maskProg,
                          {fromI(b), fromI(h), fromI(hk), fromI(i), fromI(j)})
                        .i;
          if (!kept[j])
            continue;
          const double *k = &p.k.data[((b * p.Hkv + hk) * p.Lk + j) * p.D];
          double dot = 0;
          for (int64_t d = 0; d < p.D; ++d)
            dot += q[d] * k[d];
          double s = scale * dot;
          if (!scoreProg.empty())
            s = m.run(scoreProg, {fromF(s), fromI(b), fromI(h), fromI(hk),
                                  fromI(i), fromI(j)})
                    .f;
          scores[j] = s;
          rowMax = std::max(rowMax, s);
        }
        std::fill(acc.begin(), acc.end(), 0.0);
        double lse = -inf;
        if (isSoftmax) {
          double sink =
              hasSink
                  ? m.run(sinkProg, {fromI(b), fromI(h), fromI(hk), fromI(i)}).f
                  : -inf;
          double m0 = std::max(rowMax, sink);
          if (m0 != -inf) {
            double denom = hasSink ? std::exp(sink - m0) : 0.0;
            for (int64_t j = 0; j < p.Lk; ++j) {
              if (!kept[j] || scores[j] == -inf)
                continue;
              double w = std::exp(scores[j] - m0);
              denom += w;
              const double *v = &p.v.data[((b * p.Hkv + hk) * p.Lk + j) * p.Dv];
              for (int64_t d = 0; d < p.Dv; ++d)
                acc[d] += w * v[d];
            }
            for (double &a : acc)
              a /= denom;
            lse = m0 + std::log(denom);
          }
        } else {
          for (int64_t j = 0; j < p.Lk; ++j) {
            if (!kept[j])
              continue;
            double sp = scores[j], w;
            if (isa<SigmoidOp>(norm)) {
              double bias =
                  paramProg.empty()
                      ? 0.0
                      : m.run(paramProg, {fromI(b), fromI(h), fromI(hk),
                                          fromI(i), fromI(j)})
                            .f;
              w = 1.0 / (1.0 + std::exp(-(sp + bias)));
            } else if (isa<ReluOp>(norm)) {
              double factor =
                  paramProg.empty()
                      ? 1.0
                      : m.run(paramProg, {fromI(b), fromI(h), fromI(hk),
                                          fromI(i), fromI(j)})
                            .f;
              w = factor * std::pow(std::max(sp, 0.0), double(reluPower));
            } else {
              w = sp;
            }
            const double *v = &p.v.data[((b * p.Hkv + hk) * p.Lk + j) * p.Dv];
            for (int64_t d = 0; d < p.Dv; ++d)
              acc[d] += w * v[d];
          }
        }
        int64_t row = (b * p.Hq + h) * p.Lq + i;
        for (int64_t d = 0; d < p.Dv; ++d) {
          double o = acc[d];
          if (!epilogueProg.empty())
            o = m.run(epilogueProg, {fromF(o), fromI(b), fromI(h), fromI(hk),
                                     fromI(i), fromI(d)})
                    .f;
          result.o.data[row * p.Dv + d] = o;
        }
        result.lse.data[row] = lse;
        result.max.data[row] = rowMax;
      }
    }
  return true;
}
