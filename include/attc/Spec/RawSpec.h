//===- RawSpec.h - a spec file as read, before type checking ----*- C++ -*-===//
//
// The JSON form of SPEC.md decoded into plain C++ values. Expressions are
// still text here; lib/Spec/SpecToIR.cpp parses, checks and lowers them.
//
//===----------------------------------------------------------------------===//

#ifndef ATTC_SPEC_RAWSPEC_H
#define ATTC_SPEC_RAWSPEC_H

#include "attc/DimNames.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace attc {

/// An expression and the JSON key it came from, for error messages.
struct RawExpr {
  std::string key;  ///< e.g. "score" or "normalize.softmax.sink"
  std::string text;
};

struct RawConst {
  std::string name;
  bool isInt = false;
  int64_t intValue = 0;
  double floatValue = 0;
};

struct RawInput {
  std::string name;
  std::string dtype; ///< f32 f16 bf16 i32 i64 bool
  /// Per dimension: a dim name, or empty with `size` set.
  std::vector<std::pair<std::string, int64_t>> shape;
};

struct RawSpec {
  std::string name;
  std::string dtype = "f32";
  std::string layout = "bhsd";
  /// B, Hq, Hkv, Lq, Lk, D, Dv; -1 is dynamic ("?").
  int64_t dims[7] = {-1, -1, -1, -1, -1, -1, -1};
  bool dimGiven[7] = {false, false, false, false, false, false, false};
  RawExpr scale{"scale", "1/sqrt(D)"};
  std::vector<RawConst> consts;
  std::vector<RawInput> inputs;
  RawExpr score{"score", "s"};
  RawExpr mask{"mask", "true"};
  std::string normalize = "softmax"; ///< softmax sigmoid relu none
  std::optional<RawExpr> sink;       ///< softmax
  std::optional<RawExpr> bias;       ///< sigmoid
  std::optional<RawExpr> reluScale;  ///< relu
  int64_t reluPower = 1;
  std::optional<RawExpr> epilogue;
  std::vector<std::string> outputs{"o"};
  std::string comment;
};

/// Names of the dims in RawSpec::dims order.


/// Decodes the JSON text of a spec. `file` only prefixes messages. On
/// failure returns false with a one-line `error` naming the key.
bool readRawSpec(const std::string &text, const std::string &file,
                 RawSpec &spec, std::string &error);

/// `message` with control characters and bytes that are not UTF-8 escaped
/// (\n, \xNN), so that hostile input still gives a one-line error.
std::string oneLineMessage(const std::string &message);

/// The length of the well-formed UTF-8 sequence at `text[pos]` (1 for
/// ASCII), or 0 if the bytes there are not UTF-8.
size_t utf8SequenceLength(const std::string &text, size_t pos);

/// Limits on what a spec file may hold.
constexpr size_t kMaxSpecBytes = 1 << 20;
constexpr int kMaxJsonDepth = 32;
/// Bracket nesting allowed in a .mlir spec (MLIR parses recursively).
constexpr int kMaxMLIRNesting = 128;

} // namespace attc

#endif // ATTC_SPEC_RAWSPEC_H
