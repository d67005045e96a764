//===- Npy.cpp - Reader and writer for NumPy .npy files -------------------===//

#include "attc/Npy.h"

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <limits>
#include <random>
#include <utility>

using namespace attc;

namespace {

constexpr char Magic[] = "\x93NUMPY";
constexpr size_t MagicSize = 6;
/// Largest header length accepted by readNpy.
constexpr uint64_t MaxHeaderSize = 1u << 20;
/// numpy aligns the start of the data to this many bytes.
constexpr size_t ArrayAlign = 64;
/// numpy pads the header so that the first axis can grow to this many digits
/// without rewriting the file.
constexpr size_t GrowthAxisMaxDigits = 21;
/// Deepest nesting of brackets accepted in a header.
constexpr unsigned MaxNesting = 32;

/// Sets `error` to "<path>: <message>" and returns false.
bool fail(std::string &error, const std::string &path,
          const std::string &message) {
  error = path + ": " + message;
  return false;
}

std::string errnoMessage(int err) { return std::strerror(err); }

/// Renders untrusted header text for an error message: printable ASCII is
/// kept, anything else becomes \xNN, and long text is cut short so that the
/// message stays on one line.
std::string printable(const std::string &text) {
  constexpr size_t MaxChars = 64;
  static const char Hex[] = "0123456789abcdef";
  std::string result;
  for (size_t I = 0; I < text.size(); ++I) {
    if (I == MaxChars) {
      result += "...";
      break;
    }
    unsigned char C = static_cast<unsigned char>(text[I]);
    if (C >= 0x20 && C < 0x7f && C != '\\') {
      result += static_cast<char>(C);
    } else {
      result += "\\x";
      result += Hex[C >> 4];
      result += Hex[C & 0xf];
    }
  }
  return result;
}

/// Formats a shape as Python's repr of a tuple: (), (3,), (2, 3).
std::string shapeRepr(const std::vector<int64_t> &shape) {
  std::string result = "(";
  for (size_t I = 0; I < shape.size(); ++I) {
    if (I != 0)
      result += ", ";
    result += std::to_string(shape[I]);
  }
  if (shape.size() == 1)
    result += ",";
  result += ")";
  return result;
}

/// Multiplies two non-negative values; returns false on int64_t overflow.
bool checkedMul(int64_t A, int64_t B, int64_t &result) {
  if (A != 0 && B > std::numeric_limits<int64_t>::max() / A)
    return false;
  result = A * B;
  return true;
}

const char *npyDescr(DType dtype) {
  switch (dtype) {
  case DType::F32:
    return "<f4";
  case DType::F16:
    return "<f2";
  case DType::BF16:
    return nullptr;
  case DType::I32:
    return "<i4";
  case DType::I64:
    return "<i8";
  case DType::Bool:
    return "|b1";
  case DType::F64:
    return "<f8";
  }
  return nullptr;
}

bool parseDescr(const std::string &descr, DType &dtype) {
  static const struct {
    const char *Descr;
    DType Type;
  } Table[] = {{"<f4", DType::F32}, {"<f2", DType::F16},
               {"<f8", DType::F64}, {"<i4", DType::I32},
               {"<i8", DType::I64}, {"|b1", DType::Bool},
               {"<b1", DType::Bool}};
  for (const auto &Entry : Table) {
    if (descr == Entry.Descr) {
      dtype = Entry.Type;
      return true;
    }
  }
  return false;
}

//===----------------------------------------------------------------------===//
// Header parsing
//===----------------------------------------------------------------------===//

/// A Python literal as it may appear in a .npy header.
struct PyValue {
  enum Kind { Str, Int, Bool, None, Tuple, List, Dict };
  Kind K = None;
  std::string Text;   // Str: the decoded string; Int: the literal as written.
  int64_t IntVal = 0; // Int: the value, valid unless IntOverflow.
  bool IntOverflow = false;
  bool BoolVal = false;
  std::vector<PyValue> Items; // Tuple, List; Dict: key, value, key, ...
};

const char *kindName(PyValue::Kind K) {
  switch (K) {
  case PyValue::Str:
    return "a string";
  case PyValue::Int:
    return "an integer";
  case PyValue::Bool:
    return "a bool";
  case PyValue::None:
    return "None";
  case PyValue::Tuple:
    return "a tuple";
  case PyValue::List:
    return "a list";
  case PyValue::Dict:
    return "a dict";
  }
  return "a value";
}

/// Recursive-descent parser for the subset of Python literal syntax that
/// .npy headers use: dicts, tuples, lists, strings, integers, True, False
/// and None.
class HeaderParser {
public:
  explicit HeaderParser(const std::string &text) : Text(text) {}

  /// Parses the whole text as one value surrounded by optional whitespace.
  bool parse(PyValue &value) {
    if (!parseValue(value, 0))
      return false;
    skipSpace();
    if (Pos != Text.size())
      return setError("unexpected text after the dict");
    return true;
  }

  const std::string &error() const { return Error; }

private:
  const std::string &Text;
  size_t Pos = 0;
  std::string Error;

  bool setError(const std::string &message) {
    Error = message + " at offset " + std::to_string(Pos);
    return false;
  }

  void skipSpace() {
    while (Pos < Text.size() &&
           (Text[Pos] == ' ' || Text[Pos] == '\t' || Text[Pos] == '\n' ||
            Text[Pos] == '\r' || Text[Pos] == '\f' || Text[Pos] == '\v'))
      ++Pos;
  }

  static bool isIdentChar(char C) {
    return (C >= 'a' && C <= 'z') || (C >= 'A' && C <= 'Z') ||
           (C >= '0' && C <= '9') || C == '_';
  }

  bool parseValue(PyValue &value, unsigned depth) {
    if (depth > MaxNesting)
      return setError("too deeply nested");
    skipSpace();
    if (Pos == Text.size())
      return setError("unexpected end of header");
    char C = Text[Pos];
    if (C == '\'' || C == '"')
      return parseString(value);
    if (C == '-' || (C >= '0' && C <= '9'))
      return parseInt(value);
    if (C == '(')
      return parseSequence(value, PyValue::Tuple, ')', depth);
    if (C == '[')
      return parseSequence(value, PyValue::List, ']', depth);
    if (C == '{')
      return parseDict(value, depth);
    if (isIdentChar(C))
      return parseIdentifier(value);
    return setError("unexpected character '" + printable(std::string(1, C)) +
                    "'");
  }

  bool parseString(PyValue &value) {
    char Quote = Text[Pos++];
    value.K = PyValue::Str;
    value.Text.clear();
    while (Pos < Text.size() && Text[Pos] != Quote) {
      char C = Text[Pos++];
      if (C == '\n')
        return setError("newline in string literal");
      if (C == '\\') {
        if (Pos == Text.size())
          break;
        char E = Text[Pos++];
        switch (E) {
        case 'n':
          C = '\n';
          break;
        case 't':
          C = '\t';
          break;
        case 'r':
          C = '\r';
          break;
        case '0':
          C = '\0';
          break;
        case '\\':
        case '\'':
        case '"':
          C = E;
          break;
        default:
          value.Text += '\\';
          C = E;
          break;
        }
      }
      value.Text += C;
    }
    if (Pos == Text.size())
      return setError("unterminated string literal");
    ++Pos; // Closing quote.
    return true;
  }

  bool parseInt(PyValue &value) {
    size_t Start = Pos;
    bool Negative = false;
    if (Text[Pos] == '-') {
      Negative = true;
      ++Pos;
    }
    if (Pos == Text.size() || Text[Pos] < '0' || Text[Pos] > '9')
      return setError("malformed integer");
    // Accumulate as a negative number so that INT64_MIN is representable.
    int64_t Value = 0;
    bool Overflow = false;
    constexpr int64_t Min = std::numeric_limits<int64_t>::min();
    while (Pos < Text.size() && Text[Pos] >= '0' && Text[Pos] <= '9') {
      int64_t Digit = Text[Pos++] - '0';
      if (Value < (Min + Digit) / 10)
        Overflow = true;
      else
        Value = Value * 10 - Digit;
    }
    if (!Negative) {
      if (Value == Min)
        Overflow = true;
      else
        Value = -Value;
    }
    // Python 2 versions of numpy wrote long integers with an 'L' suffix.
    if (Pos < Text.size() && (Text[Pos] == 'L' || Text[Pos] == 'l'))
      ++Pos;
    if (Pos < Text.size() && (isIdentChar(Text[Pos]) || Text[Pos] == '.'))
      return setError("malformed integer");
    value.K = PyValue::Int;
    value.Text = Text.substr(Start, Pos - Start);
    value.IntVal = Overflow ? 0 : Value;
    value.IntOverflow = Overflow;
    return true;
  }

  bool parseIdentifier(PyValue &value) {
    size_t Start = Pos;
    while (Pos < Text.size() && isIdentChar(Text[Pos]))
      ++Pos;
    std::string Ident = Text.substr(Start, Pos - Start);
    if (Ident == "True" || Ident == "False") {
      value.K = PyValue::Bool;
      value.BoolVal = Ident == "True";
      return true;
    }
    if (Ident == "None") {
      value.K = PyValue::None;
      return true;
    }
    Pos = Start;
    return setError("unexpected name '" + printable(Ident) + "'");
  }

  /// Parses "(a, b, ...)" or "[a, b, ...]" with an optional trailing comma.
  /// A parenthesized single value without a comma is that value, as in
  /// Python.
  bool parseSequence(PyValue &value, PyValue::Kind kind, char close,
                     unsigned depth) {
    ++Pos; // Opening bracket.
    std::vector<PyValue> Items;
    bool SawComma = false;
    while (true) {
      skipSpace();
      if (Pos < Text.size() && Text[Pos] == close) {
        ++Pos;
        break;
      }
      PyValue Item;
      if (!parseValue(Item, depth + 1))
        return false;
      Items.push_back(std::move(Item));
      skipSpace();
      if (Pos < Text.size() && Text[Pos] == ',') {
        ++Pos;
        SawComma = true;
        continue;
      }
      if (Pos < Text.size() && Text[Pos] == close) {
        ++Pos;
        break;
      }
      return setError(std::string("expected ',' or '") + close + "'");
    }
    if (kind == PyValue::Tuple && Items.size() == 1 && !SawComma) {
      PyValue Inner = std::move(Items.front());
      value = std::move(Inner);
      return true;
    }
    value.K = kind;
    value.Items = std::move(Items);
    return true;
  }

  bool parseDict(PyValue &value, unsigned depth) {
    ++Pos; // '{'
    std::vector<PyValue> Items;
    while (true) {
      skipSpace();
      if (Pos < Text.size() && Text[Pos] == '}') {
        ++Pos;
        break;
      }
      PyValue Key;
      if (!parseValue(Key, depth + 1))
        return false;
      skipSpace();
      if (Pos == Text.size() || Text[Pos] != ':')
        return setError("expected ':' after dict key");
      ++Pos;
      PyValue Value;
      if (!parseValue(Value, depth + 1))
        return false;
      Items.push_back(std::move(Key));
      Items.push_back(std::move(Value));
      skipSpace();
      if (Pos < Text.size() && Text[Pos] == ',') {
        ++Pos;
        continue;
      }
      if (Pos < Text.size() && Text[Pos] == '}') {
        ++Pos;
        break;
      }
      return setError("expected ',' or '}'");
    }
    value.K = PyValue::Dict;
    value.Items = std::move(Items);
    return true;
  }
};

/// The information a .npy header carries.
struct NpyHeader {
  DType Type = DType::F32;
  std::vector<int64_t> Shape;
};

/// Parses and validates the header dict. On failure returns false and sets
/// `message` (without the file name).
bool interpretHeader(const std::string &text, NpyHeader &header,
                     std::string &message) {
  PyValue Dict;
  HeaderParser Parser(text);
  if (!Parser.parse(Dict)) {
    message = "malformed header: " + Parser.error();
    return false;
  }
  if (Dict.K != PyValue::Dict) {
    message = std::string("malformed header: expected a dict, found ") +
              kindName(Dict.K);
    return false;
  }

  const PyValue *Descr = nullptr, *Fortran = nullptr, *Shape = nullptr;
  for (size_t I = 0; I + 1 < Dict.Items.size(); I += 2) {
    const PyValue &Key = Dict.Items[I];
    if (Key.K != PyValue::Str) {
      message = std::string("malformed header: dict key is ") +
                kindName(Key.K) + ", expected a string";
      return false;
    }
    const PyValue **Slot = nullptr;
    if (Key.Text == "descr")
      Slot = &Descr;
    else if (Key.Text == "fortran_order")
      Slot = &Fortran;
    else if (Key.Text == "shape")
      Slot = &Shape;
    if (!Slot) {
      message = "malformed header: unexpected key '" + printable(Key.Text) +
                "' (expected 'descr', 'fortran_order' and 'shape')";
      return false;
    }
    if (*Slot) {
      message = "malformed header: duplicate key '" + Key.Text + "'";
      return false;
    }
    *Slot = &Dict.Items[I + 1];
  }
  const char *Missing = !Descr     ? "descr"
                        : !Fortran ? "fortran_order"
                        : !Shape   ? "shape"
                                   : nullptr;
  if (Missing) {
    message = std::string("malformed header: missing key '") + Missing + "'";
    return false;
  }

  // 'descr'
  if (Descr->K == PyValue::List) {
    message = "unsupported structured dtype in 'descr' (expected a simple "
              "dtype such as '<f4')";
    return false;
  }
  if (Descr->K != PyValue::Str) {
    message = std::string("malformed header: 'descr' is ") +
              kindName(Descr->K) + ", expected a string";
    return false;
  }
  if (!parseDescr(Descr->Text, header.Type)) {
    message = "unsupported dtype '" + printable(Descr->Text) + "' in 'descr' ";
    DType Ignored;
    if (!Descr->Text.empty() && Descr->Text[0] == '>' &&
        parseDescr("<" + Descr->Text.substr(1), Ignored))
      message += "(big-endian data is not supported; expected one of '<f4' "
                 "(f32), '<f2' (f16), '<f8' (f64), '<i4' (i32), '<i8' (i64), "
                 "'|b1' (bool))";
    else
      message += "(expected one of '<f4' (f32), '<f2' (f16), '<f8' (f64), "
                 "'<i4' (i32), '<i8' (i64), '|b1' (bool))";
    return false;
  }

  // 'fortran_order'
  if (Fortran->K != PyValue::Bool) {
    message = std::string("malformed header: 'fortran_order' is ") +
              kindName(Fortran->K) + ", expected True or False";
    return false;
  }
  if (Fortran->BoolVal) {
    message = "unsupported 'fortran_order': True (only C-order arrays are "
              "supported)";
    return false;
  }

  // 'shape'
  if (Shape->K != PyValue::Tuple) {
    message = std::string("malformed header: 'shape' is ") +
              kindName(Shape->K) + ", expected a tuple";
    return false;
  }
  header.Shape.clear();
  for (const PyValue &Dim : Shape->Items) {
    if (Dim.K != PyValue::Int) {
      message = std::string("malformed header: 'shape' element is ") +
                kindName(Dim.K) + ", expected an integer";
      return false;
    }
    if (!Dim.Text.empty() && Dim.Text[0] == '-' &&
        (Dim.IntOverflow || Dim.IntVal != 0)) {
      message = "negative dimension " + printable(Dim.Text) + " in 'shape'";
      return false;
    }
    if (Dim.IntOverflow) {
      message = "dimension " + printable(Dim.Text) +
                " in 'shape' does not fit in int64";
      return false;
    }
    header.Shape.push_back(Dim.IntVal);
  }
  return true;
}

//===----------------------------------------------------------------------===//
// File helpers
//===----------------------------------------------------------------------===//

/// Closes a FILE on scope exit.
class FileCloser {
public:
  explicit FileCloser(std::FILE *file) : File(file) {}
  ~FileCloser() {
    if (File)
      std::fclose(File);
  }
  FileCloser(const FileCloser &) = delete;
  FileCloser &operator=(const FileCloser &) = delete;

private:
  std::FILE *File;
};

/// Reads up to `size` bytes; returns the number read. Sets `readError` to
/// errno if the stream reports an error.
size_t readBytes(std::FILE *file, void *buffer, size_t size, int &readError) {
  size_t Got = size == 0 ? 0 : std::fread(buffer, 1, size, file);
  if (Got < size && std::ferror(file))
    readError = errno ? errno : EIO;
  return Got;
}

uint64_t readLittleEndian(const uint8_t *bytes, size_t size) {
  uint64_t Value = 0;
  for (size_t I = size; I-- > 0;)
    Value = (Value << 8) | bytes[I];
  return Value;
}

/// Returns a name in the directory of `path` that is unlikely to exist.
std::string temporaryName(const std::string &path) {
  thread_local std::mt19937_64 Engine = [] {
    std::random_device Device;
    uint64_t Seed = (static_cast<uint64_t>(Device()) << 32) ^ Device();
    Seed ^= static_cast<uint64_t>(
        std::chrono::high_resolution_clock::now().time_since_epoch().count());
    return std::mt19937_64(Seed);
  }();
  static const char Hex[] = "0123456789abcdef";
  uint64_t Bits = Engine();
  std::string Name = path + ".tmp-";
  for (int I = 0; I < 16; ++I, Bits >>= 4)
    Name += Hex[Bits & 0xf];
  return Name;
}

} // namespace

//===----------------------------------------------------------------------===//
// Public API
//===----------------------------------------------------------------------===//

int64_t NpyArray::numElements() const {
  int64_t Count = 1;
  for (int64_t Dim : shape)
    if (Dim < 0 || !checkedMul(Count, Dim, Count))
      return -1;
  return Count;
}

bool attc::readNpy(const std::string &path, NpyArray &out, std::string &error) {
  errno = 0;
  std::FILE *File = std::fopen(path.c_str(), "rb");
  if (!File)
    return fail(error, path, "cannot open file: " + errnoMessage(errno));
  FileCloser Closer(File);
  int ReadError = 0;
  auto ReadFailed = [&] {
    return fail(error, path, "read error: " + errnoMessage(ReadError));
  };

  // Magic string and version.
  uint8_t Prefix[8];
  size_t Got = readBytes(File, Prefix, sizeof(Prefix), ReadError);
  if (ReadError)
    return ReadFailed();
  if (std::memcmp(Prefix, Magic, Got < MagicSize ? Got : MagicSize) != 0)
    return fail(error, path, "not a .npy file (bad magic string)");
  if (Got < sizeof(Prefix))
    return fail(error, path,
                "truncated header (file is only " + std::to_string(Got) +
                    " bytes long)");
  unsigned Major = Prefix[6], Minor = Prefix[7];
  size_t LengthSize;
  if (Major == 1 && Minor == 0)
    LengthSize = 2;
  else if ((Major == 2 || Major == 3) && Minor == 0)
    LengthSize = 4;
  else
    return fail(error, path,
                "unsupported .npy format version " + std::to_string(Major) +
                    "." + std::to_string(Minor) +
                    " (expected 1.0, 2.0 or 3.0)");

  // Header length and header.
  uint8_t LengthBytes[4];
  Got = readBytes(File, LengthBytes, LengthSize, ReadError);
  if (ReadError)
    return ReadFailed();
  if (Got < LengthSize)
    return fail(error, path, "truncated header (missing header length)");
  uint64_t HeaderSize = readLittleEndian(LengthBytes, LengthSize);
  if (HeaderSize > MaxHeaderSize)
    return fail(error, path,
                "header too large (" + std::to_string(HeaderSize) +
                    " bytes, limit " + std::to_string(MaxHeaderSize) + ")");
  std::string HeaderText(HeaderSize, '\0');
  Got = readBytes(File, &HeaderText[0], HeaderSize, ReadError);
  if (ReadError)
    return ReadFailed();
  if (Got < HeaderSize)
    return fail(error, path,
                "truncated header (expected " + std::to_string(HeaderSize) +
                    " header bytes, file has " + std::to_string(Got) + ")");
  NpyHeader Header;
  std::string Message;
  if (!interpretHeader(HeaderText, Header, Message))
    return fail(error, path, Message);

  // Size of the data.
  int64_t Elements = 1;
  for (int64_t Dim : Header.Shape)
    if (!checkedMul(Elements, Dim, Elements))
      return fail(error, path,
                  "shape " + shapeRepr(Header.Shape) +
                      " has too many elements (overflows int64)");
  int64_t Expected;
  if (!checkedMul(Elements, static_cast<int64_t>(dtypeSize(Header.Type)),
                  Expected))
    return fail(error, path,
                "shape " + shapeRepr(Header.Shape) +
                    " is too large (byte size overflows int64)");
  long DataOffset = static_cast<long>(MagicSize + 2 + LengthSize + HeaderSize);
  errno = 0;
  if (std::fseek(File, 0, SEEK_END) != 0)
    return fail(error, path,
                "cannot determine file size: " + errnoMessage(errno));
  long FileSize = std::ftell(File);
  if (FileSize < 0)
    return fail(error, path,
                "cannot determine file size: " + errnoMessage(errno));
  int64_t Available = static_cast<int64_t>(FileSize) - DataOffset;
  if (Available < Expected)
    return fail(error, path,
                "truncated data: expected " + std::to_string(Expected) +
                    " bytes of data, file has " + std::to_string(Available));
  if (Available > Expected)
    return fail(error, path,
                "file has " + std::to_string(Available) +
                    " bytes of data, expected " + std::to_string(Expected) +
                    " (trailing data after the array)");
  if (static_cast<uint64_t>(Expected) > std::numeric_limits<size_t>::max())
    return fail(error, path, "array too large for this platform");

  // The data itself.
  if (std::fseek(File, DataOffset, SEEK_SET) != 0)
    return fail(error, path, "seek error: " + errnoMessage(errno));
  std::vector<uint8_t> Data(static_cast<size_t>(Expected));
  Got = readBytes(File, Data.data(), Data.size(), ReadError);
  if (ReadError)
    return ReadFailed();
  if (Got < Data.size())
    return fail(error, path,
                "truncated data: expected " + std::to_string(Expected) +
                    " bytes of data, file has " + std::to_string(Got));
  if (Header.Type == DType::Bool)
    for (uint8_t &Byte : Data)
      Byte = Byte != 0;

  out.dtype = Header.Type;
  out.shape = std::move(Header.Shape);
  out.data = std::move(Data);
  return true;
}

bool attc::writeNpy(const std::string &path, const NpyArray &arr,
                    std::string &error) {
  const char *Descr = npyDescr(arr.dtype);
  if (!Descr)
    return fail(error, path,
                std::string("cannot write dtype ") + dtypeName(arr.dtype) +
                    " (no .npy equivalent)");
  for (int64_t Dim : arr.shape)
    if (Dim < 0)
      return fail(error, path,
                  "cannot write array with negative dimension in shape " +
                      shapeRepr(arr.shape));
  int64_t Elements = arr.numElements();
  int64_t Expected;
  if (Elements < 0 ||
      !checkedMul(Elements, static_cast<int64_t>(dtypeSize(arr.dtype)),
                  Expected))
    return fail(error, path,
                "cannot write array: shape " + shapeRepr(arr.shape) +
                    " is too large");
  if (static_cast<uint64_t>(Expected) != arr.data.size())
    return fail(error, path,
                "cannot write array: data has " +
                    std::to_string(arr.data.size()) + " bytes, expected " +
                    std::to_string(Expected) + " for shape " +
                    shapeRepr(arr.shape) + " of " + dtypeName(arr.dtype));

  // The header, exactly as numpy.save formats it.
  std::string Dict =
      std::string("{'descr': '") + Descr +
      "', 'fortran_order': False, 'shape': " + shapeRepr(arr.shape) + ", }";
  if (!arr.shape.empty()) {
    size_t Digits = std::to_string(arr.shape.front()).size();
    if (Digits < GrowthAxisMaxDigits)
      Dict.append(GrowthAxisMaxDigits - Digits, ' ');
  }
  unsigned Major = 1;
  size_t LengthSize = 2;
  size_t PadSize =
      ArrayAlign - (MagicSize + 2 + LengthSize + Dict.size() + 1) % ArrayAlign;
  if (Dict.size() + 1 + PadSize > 0xffff) {
    Major = 2;
    LengthSize = 4;
    PadSize = ArrayAlign -
              (MagicSize + 2 + LengthSize + Dict.size() + 1) % ArrayAlign;
  }
  uint64_t HeaderSize = Dict.size() + 1 + PadSize;
  std::string Header(Magic, MagicSize);
  Header += static_cast<char>(Major);
  Header += '\0';
  for (size_t I = 0; I < LengthSize; ++I)
    Header += static_cast<char>((HeaderSize >> (8 * I)) & 0xff);
  Header += Dict;
  Header.append(PadSize, ' ');
  Header += '\n';

  // Write to a fresh temporary file next to `path`, then rename it over.
  std::string TempPath;
  std::FILE *File = nullptr;
  for (int Attempt = 0; Attempt < 16 && !File; ++Attempt) {
    TempPath = temporaryName(path);
    errno = 0;
    File = std::fopen(TempPath.c_str(), "wbx");
    if (!File && errno != EEXIST)
      break;
  }
  if (!File)
    return fail(error, path,
                "cannot create temporary file '" + TempPath +
                    "': " + errnoMessage(errno));
  errno = 0;
  bool Ok = std::fwrite(Header.data(), 1, Header.size(), File) == Header.size();
  if (Ok && !arr.data.empty())
    Ok = std::fwrite(arr.data.data(), 1, arr.data.size(), File) ==
         arr.data.size();
  if (Ok)
    Ok = std::fflush(File) == 0;
  int WriteError = errno;
  if (std::fclose(File) != 0 && Ok) {
    Ok = false;
    WriteError = errno;
  }
  if (!Ok) {
    std::remove(TempPath.c_str());
    return fail(error, path,
                "write error: " + errnoMessage(WriteError ? WriteError : EIO));
  }
  errno = 0;
  if (std::rename(TempPath.c_str(), path.c_str()) != 0) {
    int RenameError = errno;
    std::remove(TempPath.c_str());
    return fail(error, path,
                "cannot rename temporary file into place: " +
                    errnoMessage(RenameError ? RenameError : EIO));
  }
  return true;
}
