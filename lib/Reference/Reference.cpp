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

  Slot run(const Program &program, llvm::ArrayRef<Slot> args) {
    slots.resize(program.numSlots);
    size_t n = 0;
    for (Slot arg : args)
      slots[n++] = arg;
    for (const Instr &in : program.code) {
      if (in.code == Code::Yield)
        return slots[in.a];
      Slot r = step(in);
      if (in.result >= 0)
        slots[in.result] = r;
    }
    return Slot{};
  }

  /// The result of one instruction (not a yield) on the current slots.
  Slot step(const Instr &in) {
    {
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
        break;
      }
      return r;
    }
  }

  /// The value and the derivative of `program` on `args`, seeded at
  /// argument `seedArg` (-1: none) or at the result of instruction
  /// `seedInstr` (a float load; -1: none). `seedOffset` receives the element
  /// that load read (-1 when out of range).
  std::pair<double, double> runDual(const Program &program,
                                    llvm::ArrayRef<Slot> args, int seedArg,
                                    int seedInstr,
                                    int64_t *seedOffset = nullptr) {
    slots.resize(program.numSlots);
    std::vector<double> t(program.numSlots, 0.0);
    size_t n = 0;
    for (Slot arg : args) {
      t[n] = int(n) == seedArg ? 1.0 : 0.0;
      slots[n++] = arg;
    }
    for (size_t pc = 0; pc < program.code.size(); ++pc) {
      const Instr &in = program.code[pc];
      if (in.code == Code::Yield)
        return {slots[in.a].f, t[in.a]};
      const double a = in.a >= 0 ? slots[in.a].f : 0.0;
      const double b = in.b >= 0 ? slots[in.b].f : 0.0;
      const double ta = in.a >= 0 ? t[in.a] : 0.0;
      const double tb = in.b >= 0 ? t[in.b] : 0.0;
      Slot r = step(in);
      double dr = 0.0, y = r.f;
      // A zero tangent contributes nothing (not NaN from 0 * inf).
      auto term = [](double tangent, double derivative) {
        return tangent == 0.0 ? 0.0 : tangent * derivative;
      };
      switch (in.code) {
      case Code::AddF:
        dr = ta + tb;
        break;
      case Code::SubF:
        dr = ta - tb;
        break;
      case Code::MulF:
        dr = term(ta, b) + term(tb, a);
        break;
      case Code::DivF:
        dr = term(ta, 1.0 / b) - term(tb, a / (b * b));
        break;
      case Code::RemF:
        dr = ta - term(tb, std::trunc(a / b));
        break;
      case Code::NegF:
        dr = -ta;
        break;
      case Code::MinF:
        dr = a <= b ? ta : tb;
        break;
      case Code::MaxF:
        dr = a >= b ? ta : tb;
        break;
      case Code::Select:
        dr = slots[in.a].i ? tb : t[in.c];
        break;
      case Code::AbsF:
        dr = a < 0 ? -ta : ta;
        break;
      case Code::Exp:
        dr = term(ta, y);
        break;
      case Code::Exp2:
        dr = term(ta, y * M_LN2);
        break;
      case Code::ExpM1:
        dr = term(ta, y + 1.0);
        break;
      case Code::Log:
        dr = term(ta, 1.0 / a);
        break;
      case Code::Log2:
        dr = term(ta, 1.0 / (a * M_LN2));
        break;
      case Code::Log1p:
        dr = term(ta, 1.0 / (1.0 + a));
        break;
      case Code::Sqrt:
        dr = term(ta, 0.5 / y);
        break;
      case Code::Rsqrt:
        dr = term(ta, -0.5 * y * y * y);
        break;
      case Code::Sin:
        dr = term(ta, std::cos(a));
        break;
      case Code::Cos:
        dr = term(ta, -std::sin(a));
        break;
      case Code::Tanh:
        dr = term(ta, 1.0 - y * y);
        break;
      case Code::Erf:
        dr = term(ta, M_2_SQRTPI * std::exp(-a * a));
        break;
      case Code::Pow:
        dr = term(ta, b * std::pow(a, b - 1.0)) +
             (a > 0 ? term(tb, y * std::log(a)) : 0.0);
        break;
      case Code::Load:
        if (int(pc) == seedInstr) {
          dr = 1.0;
          if (seedOffset)
            *seedOffset = lastOffset;
        }
        break;
      default: // floors, ceilings, ints, comparisons: no float tangent
        break;
      }
      if (in.result >= 0) {
        slots[in.result] = r;
        t[in.result] = dr;
      }
    }
    return {0.0, 0.0};
  }

private:
  Slot load(const Instr &in) {
    const RefTensor &t = problem.inputs[in.predicate];
    int64_t offset = 0;
    lastOffset = -1;
    for (size_t d = 0; d < in.indices.size(); ++d) {
      int64_t index = slots[in.indices[d]].i;
      if (index < 0 || index >= t.shape[d])
        return Slot{}; // out of range reads 0 (false)
      offset = offset * t.shape[d] + index;
    }
    lastOffset = offset;
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
  int64_t lastOffset = -1;
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

namespace {
/// The stage regions of a spec, compiled.
struct Stages {
  Program scale, score, mask, sink, param, epilogue;
  bool compile(SpecOp spec, std::string &error) {
    Compiler compiler(spec, error);
    Operation *norm = spec.getNormalizer();
    if ((spec.getScaleOp() &&
         !compiler.compile(spec.getScaleOp().getBody(), scale)) ||
        (spec.getScoreOp() &&
         !compiler.compile(spec.getScoreOp().getBody(), score)) ||
        (spec.getMaskOp() &&
         !compiler.compile(spec.getMaskOp().getBody(), mask)) ||
        (spec.getEpilogueOp() &&
         !compiler.compile(spec.getEpilogueOp().getBody(), epilogue)))
      return false;
    if (auto softmax = dyn_cast<SoftmaxOp>(norm))
      if (!compiler.compile(softmax.getSink(), sink))
        return false;
    if (auto sigmoid = dyn_cast<SigmoidOp>(norm))
      if (!compiler.compile(sigmoid.getBias(), param))
        return false;
    if (auto relu = dyn_cast<ReluOp>(norm))
      if (!compiler.compile(relu.getScale(), param))
        return false;
    return true;
  }
};
} // namespace

bool attc::runReference(SpecOp spec, const RefProblem &p, RefResult &result,
                        std::string &error) {
  Stages stages;
  if (!stages.compile(spec, error))
    return false;
  Operation *norm = spec.getNormalizer();
  const Program &scaleProg = stages.scale, &scoreProg = stages.score,
                &maskProg = stages.mask, &sinkProg = stages.sink,
                &paramProg = stages.param, &epilogueProg = stages.epilogue;

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

namespace {
/// Adds `g` times the derivative of a stage at every float load of
/// `program` to the gradient of the element that load read, one dual
/// evaluation per load.
void accumulateInputs(Machine &m, const Program &program,
                      llvm::ArrayRef<Slot> args, double g,
                      std::vector<RefTensor> &dinputs) {
  if (g == 0.0)
    return;
  for (size_t pc = 0; pc < program.code.size(); ++pc) {
    const Instr &in = program.code[pc];
    if (in.code != Code::Load || !m.isFloatInput[in.predicate])
      continue;
    int64_t offset = -1;
    double d = m.runDual(program, args, -1, int(pc), &offset).second;
    if (offset >= 0 && d != 0.0)
      dinputs[in.predicate].data[offset] += g * d;
  }
}
} // namespace

bool attc::runReferenceBackward(SpecOp spec, const RefProblem &p,
                                const RefTensor &dout, RefGrads &grads,
                                std::string &error, const RefTensor *dlse,
                                double (*round)(double)) {
  // Identity at float64; the naive same-precision backward otherwise.
  auto rd = [round](double x) { return round ? round(x) : x; };
  Stages stages;
  if (!stages.compile(spec, error))
    return false;
  Operation *norm = spec.getNormalizer();
  Machine m(p);
  for (InputOp input : spec.getInputs())
    m.isFloatInput.push_back(isa<FloatType>(input.getElemType()));

  const double inf = std::numeric_limits<double>::infinity();
  const double scale = spec.getScaleOp() ? m.run(stages.scale, {}).f
                                         : 1.0 / std::sqrt(double(p.D));
  const bool isSoftmax = isa<SoftmaxOp>(norm);
  const bool hasSink = !stages.sink.empty();
  int64_t reluPower = 1;
  if (auto relu = dyn_cast<ReluOp>(norm))
    reluPower = relu.getPower();

  grads.dq = {p.q.shape, std::vector<double>(p.q.data.size())};
  grads.dk = {p.k.shape, std::vector<double>(p.k.data.size())};
  grads.dv = {p.v.shape, std::vector<double>(p.v.data.size())};
  grads.dinputs.clear();
  for (auto [i, t] : llvm::enumerate(p.inputs))
    grads.dinputs.push_back(
        {t.shape, std::vector<double>(m.isFloatInput[i] ? t.data.size() : 0)});

  const int64_t group = p.Hkv ? p.Hq / p.Hkv : 1;
  std::vector<double> raw(p.Lk), sp(p.Lk), w(p.Lk), dp(p.Lk), o(p.Dv),
      dop(p.Dv);
  std::vector<char> kept(p.Lk);
  for (int64_t b = 0; b < p.B; ++b)
    for (int64_t h = 0; h < p.Hq; ++h) {
      const int64_t hk = h / group;
      for (int64_t i = 0; i < p.Lq; ++i) {
        const int64_t qOff = ((b * p.Hq + h) * p.Lq + i) * p.D;
        auto kOff = [&](int64_t j) { return ((b * p.Hkv + hk) * p.Lk + j); };
        auto pair = [&](int64_t j) {
          return std::array<Slot, 5>{fromI(b), fromI(h), fromI(hk), fromI(i),
                                     fromI(j)};
        };
        // Forward of the row: kept pairs, scores, weights.
        double rowMax = -inf;
        for (int64_t j = 0; j < p.Lk; ++j) {
          kept[j] = stages.mask.empty() || m.run(stages.mask, pair(j)).i;
          if (!kept[j])
            continue;
          double dot = 0;
          for (int64_t d = 0; d < p.D; ++d)
            dot += p.q.data[qOff + d] * p.k.data[kOff(j) * p.D + d];
          raw[j] = rd(scale * dot);
          sp[j] =
              stages.score.empty()
                  ? raw[j]
                  : rd(m.run(stages.score, {fromF(raw[j]), fromI(b), fromI(h),
                                            fromI(hk), fromI(i), fromI(j)})
                           .f);
          rowMax = std::max(rowMax, sp[j]);
        }
        double lse = -inf, sink = -inf;
        if (isSoftmax) {
          if (hasSink)
            sink =
                m.run(stages.sink, {fromI(b), fromI(h), fromI(hk), fromI(i)}).f;
          double m0 = std::max(rowMax, sink);
          if (m0 != -inf) {
            double denom = hasSink ? std::exp(sink - m0) : 0.0;
            for (int64_t j = 0; j < p.Lk; ++j)
              if (kept[j] && sp[j] != -inf)
                denom += std::exp(sp[j] - m0);
            lse = m0 + std::log(denom);
          }
        }
        for (int64_t j = 0; j < p.Lk; ++j) {
          w[j] = 0.0;
          if (!kept[j])
            continue;
          if (isSoftmax) {
            w[j] = lse == -inf || sp[j] == -inf ? 0.0 : std::exp(sp[j] - lse);
          } else if (isa<SigmoidOp>(norm)) {
            double bias =
                stages.param.empty() ? 0.0 : m.run(stages.param, pair(j)).f;
            w[j] = 1.0 / (1.0 + std::exp(-(sp[j] + bias)));
          } else if (isa<ReluOp>(norm)) {
            double c =
                stages.param.empty() ? 1.0 : m.run(stages.param, pair(j)).f;
            w[j] = c * std::pow(std::max(sp[j], 0.0), double(reluPower));
          } else {
            w[j] = sp[j];
          }
          w[j] = rd(w[j]);
        }
        std::fill(o.begin(), o.end(), 0.0);
        for (int64_t j = 0; j < p.Lk; ++j)
          if (kept[j] && w[j] != 0.0)
            for (int64_t d = 0; d < p.Dv; ++d)
              o[d] += w[j] * p.v.data[kOff(j) * p.Dv + d];
        for (double &x : o)
          x = rd(x);

        // dO through the epilogue (and the epilogue's inputs).
        const int64_t row = (b * p.Hq + h) * p.Lq + i;
        for (int64_t d = 0; d < p.Dv; ++d) {
          double g = dout.data[row * p.Dv + d];
          if (stages.epilogue.empty()) {
            dop[d] = g;
            continue;
          }
          const Slot args[] = {fromF(o[d]), fromI(b), fromI(h),
                               fromI(hk),   fromI(i), fromI(d)};
          dop[d] = rd(g * m.runDual(stages.epilogue, args, 0, -1).second);
          accumulateInputs(m, stages.epilogue, args, g, grads.dinputs);
        }

        // dP, dV.
        double rowD = 0.0; // sum_j P dP = <dO, o> before the epilogue
        for (int64_t j = 0; j < p.Lk; ++j) {
          dp[j] = 0.0;
          if (!kept[j])
            continue;
          for (int64_t d = 0; d < p.Dv; ++d) {
            dp[j] += dop[d] * p.v.data[kOff(j) * p.Dv + d];
            grads.dv.data[kOff(j) * p.Dv + d] += w[j] * dop[d];
          }
          dp[j] = rd(dp[j]);
          rowD += w[j] * dp[j];
        }
        // dlse / ds'_j = P_j folds into D_i (softmax only).
        if (isSoftmax && dlse)
          rowD -= dlse->data[row];
        if (isSoftmax && hasSink && lse != -inf)
          accumulateInputs(m, stages.sink,
                           {fromI(b), fromI(h), fromI(hk), fromI(i)},
                           -std::exp(sink - lse) * rowD, grads.dinputs);

        // dS' from the normalizer, dS through the score, then dQ and dK.
        for (int64_t j = 0; j < p.Lk; ++j) {
          if (!kept[j])
            continue;
          double dsp = 0.0;
          if (isSoftmax) {
            dsp = w[j] * (dp[j] - rowD);
          } else if (isa<SigmoidOp>(norm)) {
            dsp = dp[j] * w[j] * (1.0 - w[j]);
            if (!stages.param.empty())
              accumulateInputs(m, stages.param, pair(j), dsp, grads.dinputs);
          } else if (isa<ReluOp>(norm)) {
            double x = std::max(sp[j], 0.0);
            double c =
                stages.param.empty() ? 1.0 : m.run(stages.param, pair(j)).f;
            dsp = sp[j] > 0 ? dp[j] * c * double(reluPower) *
                                  std::pow(x, double(reluPower - 1))
                            : 0.0;
            if (!stages.param.empty())
              accumulateInputs(m, stages.param, pair(j),
                               dp[j] * std::pow(x, double(reluPower)),
                               grads.dinputs);
          } else {
            dsp = dp[j];
          }
          dsp = rd(dsp);
          if (dsp == 0.0)
            continue;
          double ds = dsp;
          if (!stages.score.empty()) {
            const Slot args[] = {fromF(raw[j]), fromI(b), fromI(h),
                                 fromI(hk),     fromI(i), fromI(j)};
            ds = rd(dsp * m.runDual(stages.score, args, 0, -1).second);
            accumulateInputs(m, stages.score, args, dsp, grads.dinputs);
          }
          for (int64_t d = 0; d < p.D; ++d) {
            grads.dq.data[qOff + d] += scale * ds * p.k.data[kOff(j) * p.D + d];
            grads.dk.data[kOff(j) * p.D + d] += scale * ds * p.q.data[qOff + d];
          }
        }
      }
    }
  if (round)
    for (RefTensor *t : {&grads.dq, &grads.dk, &grads.dv})
      for (double &x : t->data)
        x = round(x);
  return true;
}
