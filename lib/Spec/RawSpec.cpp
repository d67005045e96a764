//===- RawSpec.cpp - decode the JSON form of a spec -----------------------===//
//
// Built with exceptions (nlohmann/json's interface), apart from the MLIR
// code; only plain values cross into the rest of attc.
//
//===----------------------------------------------------------------------===//

#include "attc/Spec/RawSpec.h"

#include <nlohmann/json.hpp>

#include <cfloat>
#include <cmath>
#include <limits>
#include <regex>
#include <set>

using json = nlohmann::ordered_json;
using namespace attc;

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

/// Reads an integer; nlohmann keeps values above INT64_MAX as unsigned, which
/// get<int64_t>() would wrap to negative numbers.
bool getInt64(const json &j, int64_t &value) {
  if (j.is_number_unsigned() &&
      j.get<uint64_t>() > uint64_t(std::numeric_limits<int64_t>::max()))
    return false;
  value = j.get<int64_t>();
  return true;
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
  if (j.is_number_unsigned())
    return {key, std::to_string(j.get<uint64_t>())};
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
    int64_t size;
    if (!getInt64(value, size))
      fail(key, "is too large (" + value.dump() + ")");
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
      if (!getInt64(value, c.intValue))
        fail(key, "integer " + value.dump() + " is too large for int64");
    } else if (value.is_number_float()) {
      c.floatValue = value.get<double>();
      if (!std::isfinite(c.floatValue))
        fail(key, "must be finite");
      // Kernels compute in f32: a larger const would silently become inf.
      if (std::fabs(c.floatValue) > FLT_MAX)
        fail(key, value.dump() + " is outside the f32 range");
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
      int64_t size = 0;
      if (dim.is_number_integer() && !getInt64(dim, size))
        fail(key + ".shape", "dim " + dim.dump() + " is too large");
      if (dim.is_string()) {
        std::string dimName = dim.get<std::string>();
        bool known = false;
        for (const char *d : kDimNames)
          known |= dimName == d;
        if (!known)
          fail(key + ".shape", "unknown dim '" + dimName +
                                   "' (expected B, Hq, Hkv, Lq, Lk, D or Dv)");
        input.shape.push_back({dimName, 0});
      } else if (dim.is_number_integer() && size > (int64_t(1) << 31)) {
        fail(key + ".shape", "dim " + dim.dump() + " is too large");
      } else if (dim.is_number_integer() && size > 0) {
        input.shape.push_back({"", size});
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
      int64_t power = 0;
      if (!p.is_number_integer() || !getInt64(p, power) || power < 1 ||
          power > 16)
        fail(key + ".power", "expected an integer from 1 to 16, got " +
                                 (p.is_number() ? p.dump() : typeName(p)));
      spec.reluPower = power;
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
  if (!j["attc"].is_number_integer() || j["attc"] != 1)
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

/// Watches the parse: nlohmann/json lets a later duplicate key replace an
/// earlier one, and deep nesting would make the tree (and the recursive code
/// that walks it) as deep as the input.
class ParseWatcher {
public:
  bool operator()(int depth, json::parse_event_t event, json &parsed) {
    switch (event) {
    case json::parse_event_t::object_start:
    case json::parse_event_t::array_start: {
      std::string path;
      if (!frames.empty()) {
        const Frame &parent = frames.back();
        path = parent.isObject ? join(parent.path, parent.lastKey)
                               : parent.path;
      }
      frames.push_back({event == json::parse_event_t::object_start, path});
      if (depth + 1 > kMaxJsonDepth) {
        setError("JSON nested deeper than " + std::to_string(kMaxJsonDepth) +
                 " levels");
        return false; // drop the contents rather than build them
      }
      return true;
    }
    case json::parse_event_t::object_end:
    case json::parse_event_t::array_end:
      if (!frames.empty())
        frames.pop_back();
      return true;
    case json::parse_event_t::key:
      if (!frames.empty() && parsed.is_string()) {
        Frame &frame = frames.back();
        frame.lastKey = parsed.get<std::string>();
        if (!frame.keys.insert(frame.lastKey).second)
          setError("key '" + join(frame.path, frame.lastKey) +
                   "': given twice");
      }
      return true;
    case json::parse_event_t::value:
      return true;
    }
    return true;
  }

  std::string error; ///< the first problem, or empty

private:
  struct Frame {
    bool isObject;
    std::string path; ///< dotted key of the container, "" at the top
    std::set<std::string> keys = {};
    std::string lastKey = {};
  };

  static std::string join(const std::string &path, const std::string &key) {
    return path.empty() ? key : path + "." + key;
  }
  void setError(std::string message) {
    if (error.empty())
      error = std::move(message);
  }

  std::vector<Frame> frames;
};
} // namespace

bool attc::readRawSpec(const std::string &text, const std::string &file,
                       RawSpec &spec, std::string &error) {
  if (text.size() > kMaxSpecBytes) {
    error = file + ": spec file larger than " +
            std::to_string(kMaxSpecBytes) + " bytes";
    return false;
  }
  ParseWatcher watcher;
  json j;
  try {
    // The callback is copied into the parser: it reports through a pointer.
    ParseWatcher *w = &watcher;
    j = json::parse(
        text,
        [w](int depth, json::parse_event_t event, json &parsed) {
          return (*w)(depth, event, parsed);
        },
        /*allow_exceptions=*/true, /*ignore_comments=*/true);
  } catch (const json::exception &e) {
    // A problem seen before the syntax error comes first.
    if (!watcher.error.empty()) {
      error = oneLineMessage(file + ": " + watcher.error);
      return false;
    }
    std::string what = e.what();
    size_t pos = what.find("parse error");
    error = oneLineMessage(file + ": invalid JSON: " +
                           (pos == std::string::npos ? what
                                                     : what.substr(pos)));
    return false;
  }
  if (!watcher.error.empty()) {
    error = oneLineMessage(file + ": " + watcher.error);
    return false;
  }
  try {
    decode(j, spec);
  } catch (const DecodeError &e) {
    error = oneLineMessage(file + ": " + e.message);
    return false;
  } catch (const json::exception &e) {
    error = oneLineMessage(file + ": " + e.what());
    return false;
  }
  return true;
}

std::string attc::oneLineMessage(const std::string &message) {
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  for (size_t i = 0; i < message.size();) {
    unsigned char c = message[i];
    size_t len = utf8SequenceLength(message, i);
    if (len > 1 || (len == 1 && c >= 0x20 && c != 0x7f)) {
      out.append(message, i, len);
      i += len;
      continue;
    }
    // Control characters and bytes that are not UTF-8, escaped.
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else {
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
    ++i;
  }
  return out;
}

size_t attc::utf8SequenceLength(const std::string &text, size_t pos) {
  unsigned char c = text[pos];
  if (c < 0x80)
    return 1;
  size_t len = c >= 0xc2 && c <= 0xdf   ? 2
               : c >= 0xe0 && c <= 0xef ? 3
               : c >= 0xf0 && c <= 0xf4 ? 4
                                        : 0;
  if (len == 0 || pos + len > text.size())
    return 0;
  for (size_t i = 1; i < len; ++i)
    if ((static_cast<unsigned char>(text[pos + i]) & 0xc0) != 0x80)
      return 0;
  unsigned char c1 = text[pos + 1];
  // Overlong forms, UTF-16 surrogates and code points past U+10FFFF.
  if ((c == 0xe0 && c1 < 0xa0) || (c == 0xed && c1 > 0x9f) ||
      (c == 0xf0 && c1 < 0x90) || (c == 0xf4 && c1 > 0x8f))
    return 0;
  return len;
}
