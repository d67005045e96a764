//===- RawSpec.cpp - decode the JSON form of a spec -----------------------===//
//
// Built with exceptions (nlohmann/json's interface), apart from the MLIR
// code; only plain values cross into the rest of attc.
//
//===----------------------------------------------------------------------===//

#include "attc/Spec/RawSpec.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <regex>
#include <set>

using json = nlohmann::ordered_json;
using namespace attc;

const char *const attc::kDimNames[7] = {"B", "Hq", "Hkv", "Lq",
                                        "Lk", "D", "Dv"};

namespace {
/// Carries the first error out of the nested decoders.
struct DecodeError {
  std::string message;
};

[[noreturn]] void fail(const std::string &key, const std::string &message) {
  throw DecodeError{"key '" + key + "': " + message};
}

std::string typeName(const json &j) {
  if (j.is_number_integer())
    return "an integer";
  if (j.is_number_float())
    return "a float";
  return std::string(j.is_array() || j.is_object() ? "an " : "a ") +
         j.type_name();
}

std::string needString(const json &j, const std::string &key) {
  if (!j.is_string())
    fail(key, "expected a string, got " + typeName(j));
  return j.get<std::string>();
}

/// An expression given as a string, or as a plain number.
RawExpr needExpr(const json &j, const std::string &key) {
  if (j.is_string())
    return {key, j.get<std::string>()};
  if (j.is_boolean())
    return {key, j.get<bool>() ? "true" : "false"};
  if (j.is_number_integer())
    return {key, std::to_string(j.get<int64_t>())};
  if (j.is_number_float())
    return {key, json(j.get<double>()).dump()};
  fail(key, "expected an expression string or a number, got " + typeName(j));
}

void checkKeys(const json &obj, const std::string &where,
               std::initializer_list<const char *> allowed) {
  for (auto &[key, value] : obj.items()) {
    bool known = false;
    for (const char *a : allowed)
      known |= key == a;
    if (!known) {
      std::string list;
      for (const char *a : allowed)
        list += std::string(list.empty() ? "" : ", ") + a;
      fail(where.empty() ? key : where + "." + key,
           "unknown key (expected one of: " + list + ")");
    }
  }
}

bool isIdentifier(const std::string &s) {
  static const std::regex kIdent("[A-Za-z_][A-Za-z0-9_]*");
  return std::regex_match(s, kIdent);
}

void decodeDims(const json &j, RawSpec &spec) {
  if (!j.is_object())
    fail("dims", "expected an object, got " + typeName(j));
  for (auto &[name, value] : j.items()) {
    int idx = -1;
    for (int i = 0; i < 7; ++i)
      if (name == kDimNames[i])
        idx = i;
    std::string key = "dims." + name;
    if (idx < 0)
      fail(key, "unknown dim (expected B, Hq, Hkv, Lq, Lk, D or Dv)");
    spec.dimGiven[idx] = true;
    if (value.is_string() && value.get<std::string>() == "?")
      continue;
    if (!value.is_number_integer())
      fail(key, "expected a positive integer or \"?\", got " +
                    (value.is_string() ? "\"" + value.get<std::string>() + "\""
                                       : typeName(value)));
    int64_t size = value.get<int64_t>();
    if (size <= 0)
      fail(key, "must be positive, got " + std::to_string(size));
    if (size > (int64_t(1) << 31))
      fail(key, "is too large (" + std::to_string(size) + ")");
    spec.dims[idx] = size;
  }
}

void decodeConsts(const json &j, RawSpec &spec) {
  if (!j.is_object())
    fail("consts", "expected an object, got " + typeName(j));
  for (auto &[name, value] : j.items()) {
    std::string key = "consts." + name;
    if (!isIdentifier(name))
      fail(key, "is not an identifier");
    RawConst c;
    c.name = name;
    if (value.is_number_integer()) {
      c.isInt = true;
      c.intValue = value.get<int64_t>();
    } else if (value.is_number_float()) {
      c.floatValue = value.get<double>();
      if (!std::isfinite(c.floatValue))
        fail(key, "must be finite");
    } else {
      fail(key, "expected a number, got " + typeName(value));
    }
    spec.consts.push_back(c);
  }
}

void decodeInputs(const json &j, RawSpec &spec) {
  if (!j.is_object())
    fail("inputs", "expected an object, got " + typeName(j));
  static const std::set<std::string> kDTypes = {"f32", "f16", "bf16",
                                                "i32", "i64", "bool"};
  for (auto &[name, value] : j.items()) {
    std::string key = "inputs." + name;
    if (!isIdentifier(name))
      fail(key, "is not an identifier");
    if (!value.is_object())
      fail(key, "expected an object with dtype and shape, got " +
                    typeName(value));
    checkKeys(value, key, {"dtype", "shape"});
    RawInput input;
    input.name = name;
    if (!value.contains("dtype"))
      fail(key + ".dtype", "is required");
    input.dtype = needString(value["dtype"], key + ".dtype");
    if (!kDTypes.count(input.dtype))
      fail(key + ".dtype", "unknown dtype '" + input.dtype +
                               "' (expected f32, f16, bf16, i32, i64 or bool)");
    if (!value.contains("shape"))
      fail(key + ".shape", "is required");
    const json &shape = value["shape"];
    if (!shape.is_array() || shape.empty() || shape.size() > 8)
      fail(key + ".shape", "expected a list of 1 to 8 dim names or integers");
    for (const json &dim : shape) {
      if (dim.is_string()) {
        std::string dimName = dim.get<std::string>();
        bool known = false;
        for (const char *d : kDimNames)
          known |= dimName == d;
        if (!known)
          fail(key + ".shape", "unknown dim '" + dimName +
                                   "' (expected B, Hq, Hkv, Lq, Lk, D or Dv)");
        input.shape.push_back({dimName, 0});
      } else if (dim.is_number_integer() && dim.get<int64_t>() > 0 &&
                 dim.get<int64_t>() <= (int64_t(1) << 31)) {
        input.shape.push_back({"", dim.get<int64_t>()});
      } else {
        fail(key + ".shape", "expected dim names or positive integers, got " +
                                 typeName(dim));
      }
    }
    spec.inputs.push_back(input);
  }
}

void decodeNormalize(const json &j, RawSpec &spec) {
  if (j.is_string()) {
    spec.normalize = j.get<std::string>();
    if (spec.normalize != "softmax" && spec.normalize != "sigmoid" &&
        spec.normalize != "relu" && spec.normalize != "none")
      fail("normalize", "unknown normalizer '" + spec.normalize +
                            "' (expected softmax, sigmoid, relu or none)");
    return;
  }
  if (!j.is_object() || j.size() != 1)
    fail("normalize", "expected a name or an object with one normalizer, "
                      "got " +
                          typeName(j));
  auto it = j.begin();
  spec.normalize = it.key();
  const json &params = it.value();
  std::string key = "normalize." + spec.normalize;
  if (spec.normalize == "none")
    fail(key, "takes no parameters");
  if (spec.normalize != "softmax" && spec.normalize != "sigmoid" &&
      spec.normalize != "relu")
    fail("normalize", "unknown normalizer '" + spec.normalize +
                          "' (expected softmax, sigmoid, relu or none)");
  if (!params.is_object())
    fail(key, "expected an object of parameters, got " + typeName(params));
  if (spec.normalize == "softmax") {
    checkKeys(params, key, {"sink"});
    if (params.contains("sink"))
      spec.sink = needExpr(params["sink"], key + ".sink");
  } else if (spec.normalize == "sigmoid") {
    checkKeys(params, key, {"bias"});
    if (params.contains("bias"))
      spec.bias = needExpr(params["bias"], key + ".bias");
  } else {
    checkKeys(params, key, {"power", "scale"});
    if (params.contains("power")) {
      const json &p = params["power"];
      if (!p.is_number_integer() || p.get<int64_t>() < 1 ||
          p.get<int64_t>() > 16)
        fail(key + ".power", "expected an integer from 1 to 16, got " +
                                 (p.is_number() ? p.dump() : typeName(p)));
      spec.reluPower = p.get<int64_t>();
    }
    if (params.contains("scale"))
      spec.reluScale = needExpr(params["scale"], key + ".scale");
  }
}

void decode(const json &j, RawSpec &spec) {
  if (!j.is_object())
    throw DecodeError{"expected a JSON object at the top level"};
  checkKeys(j, "",
            {"attc", "name", "comment", "dtype", "layout", "dims", "scale",
             "consts", "inputs", "score", "mask", "normalize", "epilogue",
             "outputs"});
  if (!j.contains("attc"))
    fail("attc", "is required (the spec version, 1)");
  if (!j["attc"].is_number_integer() || j["attc"].get<int64_t>() != 1)
    fail("attc", "unsupported spec version " + j["attc"].dump() +
                     " (this attc reads version 1)");
  if (!j.contains("name"))
    fail("name", "is required");
  spec.name = needString(j["name"], "name");
  if (!isIdentifier(spec.name))
    fail("name", "'" + spec.name + "' is not an identifier "
                                   "([A-Za-z_][A-Za-z0-9_]*)");
  if (j.contains("comment"))
    spec.comment = needString(j["comment"], "comment");
  if (j.contains("dtype")) {
    spec.dtype = needString(j["dtype"], "dtype");
    if (spec.dtype != "f32" && spec.dtype != "f16" && spec.dtype != "bf16")
      fail("dtype", "unknown dtype '" + spec.dtype +
                        "' (expected f32, f16 or bf16)");
  }
  if (j.contains("layout")) {
    spec.layout = needString(j["layout"], "layout");
    if (spec.layout != "bhsd" && spec.layout != "bshd")
      fail("layout", "unknown layout '" + spec.layout +
                         "' (expected bhsd or bshd)");
  }
  if (j.contains("dims"))
    decodeDims(j["dims"], spec);
  if (j.contains("scale"))
    spec.scale = needExpr(j["scale"], "scale");
  if (j.contains("consts"))
    decodeConsts(j["consts"], spec);
  if (j.contains("inputs"))
    decodeInputs(j["inputs"], spec);
  if (j.contains("score"))
    spec.score = needExpr(j["score"], "score");
  if (j.contains("mask"))
    spec.mask = needExpr(j["mask"], "mask");
  if (j.contains("normalize"))
    decodeNormalize(j["normalize"], spec);
  if (j.contains("epilogue") && !j["epilogue"].is_null())
    spec.epilogue = needExpr(j["epilogue"], "epilogue");
  if (j.contains("outputs")) {
    const json &outs = j["outputs"];
    if (!outs.is_array() || outs.empty())
      fail("outputs", "expected a non-empty list of o, lse, max");
    spec.outputs.clear();
    std::set<std::string> seen;
    for (const json &out : outs) {
      std::string name = needString(out, "outputs");
      if (name != "o" && name != "lse" && name != "max")
        fail("outputs", "unknown output '" + name + "' (expected o, lse, max)");
      if (!seen.insert(name).second)
        fail("outputs", "output '" + name + "' listed twice");
      spec.outputs.push_back(name);
    }
  }
}

/// Rejects nesting deeper than kMaxJsonDepth before the tree is built.
bool tooDeep(const std::string &text) {
  int depth = 0;
  bool inString = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (inString) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        inString = false;
      continue;
    }
    if (c == '"')
      inString = true;
    else if (c == '{' || c == '[')
      depth = depth + 1;
    else if (c == '}' || c == ']')
      --depth;
    if (depth > kMaxJsonDepth)
      return true;
  }
  return false;
}
} // namespace

bool attc::readRawSpec(const std::string &text, const std::string &file,
                       RawSpec &spec, std::string &error) {
  if (text.size() > kMaxSpecBytes) {
    error = file + ": spec file larger than " +
            std::to_string(kMaxSpecBytes) + " bytes";
    return false;
  }
  if (tooDeep(text)) {
    error = file + ": JSON nested deeper than " +
            std::to_string(kMaxJsonDepth) + " levels";
    return false;
  }
  json j = json::parse(text, nullptr, /*allow_exceptions=*/false,
                       /*ignore_comments=*/true);
  if (j.is_discarded()) {
    // Re-parse with exceptions only to get nlohmann's position message.
    try {
      (void)nlohmann::json::parse(text, nullptr, true, true);
    } catch (const nlohmann::json::exception &e) {
      std::string what = e.what();
      size_t pos = what.find("parse error");
      error = file + ": invalid JSON: " +
              (pos == std::string::npos ? what : what.substr(pos));
      return false;
    }
    error = file + ": invalid JSON";
    return false;
  }
  try {
    decode(j, spec);
  } catch (const DecodeError &e) {
    error = file + ": " + e.message;
    return false;
  } catch (const json::exception &e) {
    error = file + ": " + e.what();
    return false;
  }
  return true;
}
