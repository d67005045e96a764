//===- NpyTest.cpp - Tests for the .npy reader and writer -----------------===//

#include "attc/Npy.h"

#include "gtest/gtest.h"

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <system_error>
#include <type_traits>
#include <vector>

using namespace attc;

namespace {

/// A byte string from a literal that may contain NULs.
template <size_t N> std::string bytes(const char (&literal)[N]) {
  return std::string(literal, N - 1);
}

/// Little-endian bytes of `values`.
template <typename T> std::string le(std::initializer_list<T> values) {
  using Bits = std::conditional_t<
      sizeof(T) == 8, uint64_t,
      std::conditional_t<sizeof(T) == 4, uint32_t, uint16_t>>;
  static_assert(sizeof(Bits) == sizeof(T), "unsupported element size");
  std::string result;
  for (T value : values) {
    Bits bits;
    std::memcpy(&bits, &value, sizeof(T));
    for (size_t i = 0; i < sizeof(T); ++i)
      result += static_cast<char>((bits >> (8 * i)) & 0xff);
  }
  return result;
}

std::vector<uint8_t> toVector(const std::string &text) {
  return std::vector<uint8_t>(text.begin(), text.end());
}

/// A .npy file with header dict `dict`, padded the way numpy pads it.
std::string npyFile(const std::string &dict, const std::string &data,
                    int major = 1) {
  size_t lengthSize = major == 1 ? 2 : 4;
  size_t prefix = 8 + lengthSize;
  size_t pad = 64 - (prefix + dict.size() + 1) % 64;
  size_t headerSize = dict.size() + pad + 1;
  std::string file = bytes("\x93NUMPY");
  file += static_cast<char>(major);
  file += '\0';
  for (size_t i = 0; i < lengthSize; ++i)
    file += static_cast<char>((headerSize >> (8 * i)) & 0xff);
  return file + dict + std::string(pad, ' ') + "\n" + data;
}

class NpyTest : public ::testing::Test {
protected:
  std::string dir;

  void SetUp() override {
    const ::testing::TestInfo *info =
        ::testing::UnitTest::GetInstance()->current_test_info();
    dir = ::testing::TempDir();
    if (!dir.empty() && dir.back() != '/')
      dir += '/';
    dir += std::string("attc-npy-") + info->name();
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
    ASSERT_TRUE(std::filesystem::create_directories(dir, ec)) << ec.message();
  }

  void TearDown() override {
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
  }

  std::string path(const std::string &name) const { return dir + "/" + name; }

  std::string writeFile(const std::string &name, const std::string &content) {
    std::string p = path(name);
    std::FILE *f = std::fopen(p.c_str(), "wb");
    EXPECT_NE(f, nullptr);
    if (!f)
      return p;
    EXPECT_EQ(std::fwrite(content.data(), 1, content.size(), f),
              content.size());
    std::fclose(f);
    return p;
  }

  std::string readFile(const std::string &p) {
    std::string content;
    std::FILE *f = std::fopen(p.c_str(), "rb");
    EXPECT_NE(f, nullptr);
    if (!f)
      return content;
    char buffer[4096];
    size_t got;
    while ((got = std::fread(buffer, 1, sizeof(buffer), f)) > 0)
      content.append(buffer, got);
    std::fclose(f);
    return content;
  }

  std::vector<std::string> listDir() {
    std::vector<std::string> names;
    std::error_code ec;
    for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end;
         it.increment(ec))
      names.push_back(it->path().filename().string());
    return names;
  }

  /// Expects reading `content` (written to `name`) to fail with a message
  /// naming the file and containing `expected`.
  void expectReadError(const std::string &name, const std::string &content,
                       const std::string &expected) {
    std::string p = writeFile(name, content);
    expectReadErrorAt(p, expected);
  }

  void expectReadErrorAt(const std::string &p, const std::string &expected) {
    NpyArray arr;
    arr.dtype = DType::I64;
    arr.shape = {42};
    arr.data = {1, 2, 3};
    std::string error;
    EXPECT_FALSE(readNpy(p, arr, error));
    EXPECT_EQ(error.rfind(p + ": ", 0), 0u) << error;
    EXPECT_NE(error.find(expected), std::string::npos)
        << "message: " << error << "\nexpected to contain: " << expected;
    EXPECT_EQ(error.find('\n'), std::string::npos) << error;
    // The output is untouched on failure.
    EXPECT_EQ(arr.dtype, DType::I64);
    EXPECT_EQ(arr.shape, std::vector<int64_t>{42});
    EXPECT_EQ(arr.data, (std::vector<uint8_t>{1, 2, 3}));
  }
};

//===----------------------------------------------------------------------===//
// Basics
//===----------------------------------------------------------------------===//

TEST(DTypeTest, NamesAndSizes) {
  EXPECT_STREQ(dtypeName(DType::F32), "f32");
  EXPECT_STREQ(dtypeName(DType::F16), "f16");
  EXPECT_STREQ(dtypeName(DType::BF16), "bf16");
  EXPECT_STREQ(dtypeName(DType::I32), "i32");
  EXPECT_STREQ(dtypeName(DType::I64), "i64");
  EXPECT_STREQ(dtypeName(DType::Bool), "bool");
  EXPECT_STREQ(dtypeName(DType::F64), "f64");
  EXPECT_EQ(dtypeSize(DType::F32), 4u);
  EXPECT_EQ(dtypeSize(DType::F16), 2u);
  EXPECT_EQ(dtypeSize(DType::BF16), 2u);
  EXPECT_EQ(dtypeSize(DType::I32), 4u);
  EXPECT_EQ(dtypeSize(DType::I64), 8u);
  EXPECT_EQ(dtypeSize(DType::Bool), 1u);
  EXPECT_EQ(dtypeSize(DType::F64), 8u);
}

TEST(NpyArrayTest, NumElements) {
  NpyArray arr;
  EXPECT_EQ(arr.numElements(), 1);
  arr.shape = {0};
  EXPECT_EQ(arr.numElements(), 0);
  arr.shape = {2, 3, 4};
  EXPECT_EQ(arr.numElements(), 24);
  arr.shape = {2, -1};
  EXPECT_EQ(arr.numElements(), -1);
  arr.shape = {int64_t(1) << 32, int64_t(1) << 32};
  EXPECT_EQ(arr.numElements(), -1);
}

//===----------------------------------------------------------------------===//
// Round trips
//===----------------------------------------------------------------------===//

TEST_F(NpyTest, RoundTripEveryDTypeAndShape) {
  const DType dtypes[] = {DType::F32, DType::F16,  DType::I32,
                             DType::I64, DType::Bool, DType::F64};
  const std::vector<std::vector<int64_t>> shapes = {{}, {0}, {3}, {2, 3, 4}};
  for (DType dtype : dtypes) {
    for (size_t index = 0; index < shapes.size(); ++index) {
      const std::vector<int64_t> &shape = shapes[index];
      NpyArray arr;
      arr.dtype = dtype;
      arr.shape = shape;
      size_t size =
          static_cast<size_t>(arr.numElements()) * dtypeSize(dtype);
      for (size_t i = 0; i < size; ++i)
        arr.data.push_back(dtype == DType::Bool
                               ? static_cast<uint8_t>(i % 3 == 0)
                               : static_cast<uint8_t>(i * 37 + 11));
      std::string name = std::string(dtypeName(dtype)) + "-" +
                         std::to_string(index) + ".npy";
      SCOPED_TRACE(name);
      std::string p = path(name);
      std::string error;
      ASSERT_TRUE(writeNpy(p, arr, error)) << error;

      std::string file = readFile(p);
      ASSERT_GE(file.size(), 10u);
      size_t headerSize =
          static_cast<uint8_t>(file[8]) | static_cast<uint8_t>(file[9]) << 8;
      EXPECT_EQ(file.substr(0, 8), bytes("\x93NUMPY\x01\x00"));
      EXPECT_EQ((10 + headerSize) % 64, 0u);
      EXPECT_EQ(file.size(), 10 + headerSize + size);
      EXPECT_EQ(file[10 + headerSize - 1], '\n');

      NpyArray back;
      ASSERT_TRUE(readNpy(p, back, error)) << error;
      EXPECT_EQ(back.dtype, dtype);
      EXPECT_EQ(back.shape, shape);
      EXPECT_EQ(back.data, arr.data);
    }
  }
  // No temporary files are left behind.
  EXPECT_EQ(listDir().size(), 24u);
}

TEST_F(NpyTest, WriteOverwritesExistingFile) {
  std::string p = writeFile("a.npy", "old contents");
  NpyArray arr;
  arr.dtype = DType::I32;
  arr.shape = {1};
  arr.data = toVector(le<int32_t>({7}));
  std::string error;
  ASSERT_TRUE(writeNpy(p, arr, error)) << error;
  NpyArray back;
  ASSERT_TRUE(readNpy(p, back, error)) << error;
  EXPECT_EQ(back.data, arr.data);
  EXPECT_EQ(listDir(), std::vector<std::string>{"a.npy"});
}

//===----------------------------------------------------------------------===//
// Compatibility with numpy
//===----------------------------------------------------------------------===//

// Each of these is byte-for-byte what numpy.save writes (checked against
// numpy 2.4).
struct NumpyFixture {
  const char *Name;
  std::string File;
  DType Type;
  std::vector<int64_t> Shape;
  std::string Data;
};

std::vector<NumpyFixture> numpyFixtures() {
  const std::string v1 = bytes("\x93NUMPY\x01\x00v\x00");
  std::string iota24;
  for (int32_t i = 0; i < 24; ++i)
    iota24 += le<int32_t>({i});
  return {
      {"f32_2x3",
       v1 + "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }" +
           std::string(58, ' ') + "\n" +
           bytes("\x00\x00\x00\x00\x00\x00\x80?\x00\x00\x00@"
                 "\x00\x00@@\x00\x00\x80@\x00\x00\xa0@"),
       DType::F32,
       {2, 3},
       le<float>({0, 1, 2, 3, 4, 5})},
      {"f16_scalar",
       v1 + "{'descr': '<f2', 'fortran_order': False, 'shape': (), }" +
           std::string(62, ' ') + "\n" + bytes("\x00>"),
       DType::F16,
       {},
       bytes("\x00\x3e")},
      {"i64_empty",
       v1 + "{'descr': '<i8', 'fortran_order': False, 'shape': (0,), }" +
           std::string(60, ' ') + "\n",
       DType::I64,
       {0},
       ""},
      {"bool_3",
       v1 + "{'descr': '|b1', 'fortran_order': False, 'shape': (3,), }" +
           std::string(60, ' ') + "\n" + bytes("\x01\x00\x01"),
       DType::Bool,
       {3},
       bytes("\x01\x00\x01")},
      {"i32_2x3x4",
       v1 + "{'descr': '<i4', 'fortran_order': False, 'shape': (2, 3, 4), }" +
           std::string(55, ' ') + "\n" + iota24,
       DType::I32,
       {2, 3, 4},
       iota24},
      {"f64_2",
       v1 + "{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }" +
           std::string(60, ' ') + "\n" +
           bytes("\x00\x00\x00\x00\x00\x00\xf8?\x00\x00\x00\x00\x00\x00\x00"
                 "\xc0"),
       DType::F64,
       {2},
       le<double>({1.5, -2.0})},
      {"f32_big_empty",
       v1 +
           "{'descr': '<f4', 'fortran_order': False, 'shape': "
           "(123456789012, 0), }" +
           std::string(47, ' ') + "\n",
       DType::F32,
       {123456789012, 0},
       ""},
  };
}

TEST_F(NpyTest, ReadsNumpyFiles) {
  for (const NumpyFixture &fixture : numpyFixtures()) {
    SCOPED_TRACE(fixture.Name);
    ASSERT_EQ(fixture.File.size() % 64, fixture.Data.size() % 64);
    std::string p = writeFile(std::string(fixture.Name) + ".npy", fixture.File);
    NpyArray arr;
    std::string error;
    ASSERT_TRUE(readNpy(p, arr, error)) << error;
    EXPECT_EQ(arr.dtype, fixture.Type);
    EXPECT_EQ(arr.shape, fixture.Shape);
    EXPECT_EQ(arr.data, toVector(fixture.Data));
  }
}

TEST_F(NpyTest, WritesExactlyWhatNumpyWrites) {
  for (const NumpyFixture &fixture : numpyFixtures()) {
    SCOPED_TRACE(fixture.Name);
    NpyArray arr;
    arr.dtype = fixture.Type;
    arr.shape = fixture.Shape;
    arr.data = toVector(fixture.Data);
    std::string p = path(std::string(fixture.Name) + ".npy");
    std::string error;
    ASSERT_TRUE(writeNpy(p, arr, error)) << error;
    EXPECT_EQ(readFile(p), fixture.File);
  }
}

TEST_F(NpyTest, ReadsVersion2And3) {
  // numpy.lib.format.write_array(f, np.array([1, 2], '<i4'), version=...)
  for (char major : {'\x02', '\x03'}) {
    std::string file = bytes("\x93NUMPY") + major + bytes("\x00t\x00\x00\x00") +
                       "{'descr': '<i4', 'fortran_order': False, 'shape': "
                       "(2,), }" +
                       std::string(58, ' ') + "\n" + le<int32_t>({1, 2});
    ASSERT_EQ(file.size(), 136u);
    std::string p = writeFile("v.npy", file);
    NpyArray arr;
    std::string error;
    ASSERT_TRUE(readNpy(p, arr, error)) << error;
    EXPECT_EQ(arr.dtype, DType::I32);
    EXPECT_EQ(arr.shape, std::vector<int64_t>{2});
    EXPECT_EQ(arr.data, toVector(le<int32_t>({1, 2})));
  }
}

TEST_F(NpyTest, AcceptsHeaderVariations) {
  const std::string data = le<float>({1, 2, 3, 4, 5, 6});
  const char *dicts[] = {
      // Keys in another order, double quotes, no trailing comma.
      "{\"shape\": (2, 3), \"fortran_order\": False, \"descr\": \"<f4\"}",
      // Extra whitespace everywhere, trailing comma inside the tuple.
      "{ 'descr' :'<f4' ,\t'fortran_order':False,'shape':( 2 ,3 , ) , }",
      // Python 2 long integers.
      "{'descr': '<f4', 'fortran_order': False, 'shape': (2L, 3L), }",
      // Mixed quotes.
      "{'descr': \"<f4\", \"fortran_order\": False, 'shape': (2, 3)}",
  };
  for (const char *dict : dicts) {
    SCOPED_TRACE(dict);
    std::string p = writeFile("h.npy", npyFile(dict, data));
    NpyArray arr;
    std::string error;
    ASSERT_TRUE(readNpy(p, arr, error)) << error;
    EXPECT_EQ(arr.dtype, DType::F32);
    EXPECT_EQ(arr.shape, (std::vector<int64_t>{2, 3}));
    EXPECT_EQ(arr.data, toVector(data));
  }
  // A header without padding or final newline is fine too.
  std::string dict = "{'descr':'<i8','fortran_order':False,'shape':()}";
  std::string file = bytes("\x93NUMPY\x01\x00") +
                     static_cast<char>(dict.size()) + '\0' + dict +
                     le<int64_t>({-5});
  std::string p = writeFile("tight.npy", file);
  NpyArray arr;
  std::string error;
  ASSERT_TRUE(readNpy(p, arr, error)) << error;
  EXPECT_EQ(arr.dtype, DType::I64);
  EXPECT_TRUE(arr.shape.empty());
  EXPECT_EQ(arr.data, toVector(le<int64_t>({-5})));
}

TEST_F(NpyTest, NormalizesBoolBytes) {
  std::string p = writeFile(
      "b.npy",
      npyFile("{'descr': '|b1', 'fortran_order': False, 'shape': (3,), }",
              bytes("\x00\x02\xff")));
  NpyArray arr;
  std::string error;
  ASSERT_TRUE(readNpy(p, arr, error)) << error;
  EXPECT_EQ(arr.data, (std::vector<uint8_t>{0, 1, 1}));
}

//===----------------------------------------------------------------------===//
// Read errors
//===----------------------------------------------------------------------===//

std::string dictFor(const std::string &descr, const std::string &shape,
                    const std::string &fortran = "False") {
  return "{'descr': " + descr + ", 'fortran_order': " + fortran +
         ", 'shape': " + shape + ", }";
}

TEST_F(NpyTest, MissingFile) {
  expectReadErrorAt(path("nope.npy"),
                    "cannot open file: No such file or directory");
}

TEST_F(NpyTest, UnreadableFile) {
  // A directory opens but cannot be read.
  expectReadErrorAt(dir, "read error: Is a directory");
}

TEST_F(NpyTest, BadMagic) {
  expectReadError("m.npy", "PK\x03\x04 this is a zip file",
                  "not a .npy file (bad magic string)");
  expectReadError("m.npy", "\x93NUMPX\x01\x00", "bad magic string");
}

TEST_F(NpyTest, TruncatedHeader) {
  expectReadError("t.npy", "", "truncated header");
  expectReadError("t.npy", "\x93NUM", "truncated header");
  expectReadError("t.npy", bytes("\x93NUMPY\x01"), "truncated header");
  expectReadError("t.npy", bytes("\x93NUMPY\x01\x00v"),
                  "truncated header (missing header length)");
  std::string full = npyFile(dictFor("'<f4'", "(2,)"), le<float>({1, 2}));
  expectReadError("t.npy", full.substr(0, 50),
                  "truncated header (expected 118 header bytes, file has 40)");
}

TEST_F(NpyTest, UnsupportedVersion) {
  std::string file = npyFile(dictFor("'<f4'", "(2,)"), le<float>({1, 2}));
  file[6] = '\x04';
  expectReadError("v.npy", file, "unsupported .npy format version 4.0");
  file[6] = '\x01';
  file[7] = '\x01';
  expectReadError("v.npy", file, "unsupported .npy format version 1.1");
}

TEST_F(NpyTest, HeaderTooLarge) {
  // Version 2.0 header claiming 2 MiB.
  std::string file =
      bytes("\x93NUMPY\x02\x00\x00\x00\x20\x00") + dictFor("'<f4'", "(2,)");
  expectReadError("big.npy", file,
                  "header too large (2097152 bytes, limit 1048576)");
}

TEST_F(NpyTest, MalformedHeader) {
  const std::string data = le<float>({1, 2});
  struct {
    std::string Dict;
    const char *Expected;
  } cases[] = {
      {"", "malformed header: unexpected end of header"},
      {"[1, 2]", "malformed header: expected a dict, found a list"},
      {"{'descr': '<f4', 'fortran_order': False}",
       "malformed header: missing key 'shape'"},
      {"{'shape': (2,), 'fortran_order': False}",
       "malformed header: missing key 'descr'"},
      {"{'descr': '<f4', 'shape': (2,)}",
       "malformed header: missing key 'fortran_order'"},
      {"{'descr': '<f4' 'fortran_order': False, 'shape': (2,)}",
       "malformed header: expected ',' or '}'"},
      {"{'descr': '<f4', 'fortran_order': False, 'shape': (2,), 'x': 1}",
       "malformed header: unexpected key 'x'"},
      {"{'descr': '<f4', 'descr': '<f4', 'fortran_order': False, 'shape': "
       "(2,)}",
       "malformed header: duplicate key 'descr'"},
      {"{'descr': '<f4, 'fortran_order': False, 'shape': (2,)}",
       "malformed header"},
      {"{'descr': '<f4", "malformed header: newline in string literal"},
      {dictFor("'<f4'", "(2)"),
       "malformed header: 'shape' is an integer, expected a tuple"},
      {dictFor("'<f4'", "[2]"),
       "malformed header: 'shape' is a list, expected a tuple"},
      {dictFor("'<f4'", "(2.0,)"), "malformed header: malformed integer"},
      {dictFor("'<f4'", "('2',)"),
       "malformed header: 'shape' element is a string, expected an integer"},
      {dictFor("'<f4'", "(2,,)"), "malformed header: unexpected character"},
      {dictFor("'<f4'", "(2,)", "0"),
       "malformed header: 'fortran_order' is an integer, expected True or "
       "False"},
      {dictFor("'<f4'", "(2,)", "false"),
       "malformed header: unexpected name 'false'"},
      {dictFor("4", "(2,)"),
       "malformed header: 'descr' is an integer, expected a string"},
      {dictFor("'<f4'", "(2,)") + " junk",
       "malformed header: unexpected text after the dict"},
      {"{1: 2}", "malformed header: dict key is an integer"},
      {std::string(100, '(') + std::string(100, ')'),
       "malformed header: too deeply nested"},
  };
  for (const auto &c : cases) {
    SCOPED_TRACE(c.Dict);
    expectReadError("h.npy", npyFile(c.Dict, data), c.Expected);
  }
  // A header that ends inside a string (no padding or newline).
  std::string raw = "{'descr': '<f4";
  expectReadError("h.npy",
                  bytes("\x93NUMPY\x01\x00") + static_cast<char>(raw.size()) +
                      '\0' + raw,
                  "malformed header: unterminated string literal");
}

TEST_F(NpyTest, UnsupportedDTypes) {
  const std::string data = le<float>({1, 2});
  expectReadError("q.npy", npyFile(dictFor("'<c8'", "(1,)"), data),
                  "unsupported dtype '<c8' in 'descr' (expected one of "
                  "'<f4' (f32), '<f2' (f16), '<f8' (f64), '<i4' (i32), "
                  "'<i8' (i64), '|b1' (bool))");
  expectReadError("q.npy", npyFile(dictFor("'>f4'", "(2,)"), data),
                  "unsupported dtype '>f4' in 'descr' (big-endian");
  expectReadError("q.npy", npyFile(dictFor("'|O'", "(1,)"), data),
                  "unsupported dtype '|O'");
  expectReadError("q.npy", npyFile(dictFor("'|u1'", "(8,)"), data),
                  "unsupported dtype '|u1'");
  expectReadError("q.npy", npyFile(dictFor("'<V2'", "(4,)"), data),
                  "unsupported dtype '<V2'");
  expectReadError("q.npy", npyFile(dictFor("'<f4\\n'", "(2,)"), data),
                  "unsupported dtype '<f4\\x0a'");
  expectReadError(
      "q.npy", npyFile(dictFor("[('a', '<f4'), ('b', '<i4')]", "(1,)"), data),
      "unsupported structured dtype in 'descr'");
}

TEST_F(NpyTest, FortranOrder) {
  expectReadError(
      "f.npy", npyFile(dictFor("'<f4'", "(1, 2)", "True"), le<float>({1, 2})),
      "unsupported 'fortran_order': True");
}

TEST_F(NpyTest, NegativeDimension) {
  expectReadError("n.npy",
                  npyFile(dictFor("'<f4'", "(2, -3)"), le<float>({1, 2})),
                  "negative dimension -3 in 'shape'");
}

TEST_F(NpyTest, DimensionOverflow) {
  const std::string data = le<float>({1, 2});
  expectReadError("o.npy",
                  npyFile(dictFor("'<f4'", "(99999999999999999999,)"), data),
                  "dimension 99999999999999999999 in 'shape' does not fit "
                  "in int64");
  expectReadError(
      "o.npy", npyFile(dictFor("'<f4'", "(4294967296, 4294967296)"), data),
      "shape (4294967296, 4294967296) has too many elements (overflows "
      "int64)");
  expectReadError(
      "o.npy", npyFile(dictFor("'<f4'", "(4611686018427387904,)"), data),
      "shape (4611686018427387904,) is too large (byte size overflows "
      "int64)");
  // Huge but representable: rejected by comparing with the file size,
  // without trying to allocate.
  expectReadError(
      "o.npy", npyFile(dictFor("'<f8'", "(1000000000000000,)"), data),
      "truncated data: expected 8000000000000000 bytes of data, file has 8");
}

TEST_F(NpyTest, TruncatedData) {
  expectReadError(
      "d.npy", npyFile(dictFor("'<f4'", "(2, 3)"), le<float>({1, 2, 3, 4, 5})),
      "truncated data: expected 24 bytes of data, file has 20");
  expectReadError("d.npy", npyFile(dictFor("'<i8'", "()"), ""),
                  "expected 8 bytes of data, file has 0");
}

TEST_F(NpyTest, ExtraData) {
  expectReadError(
      "e.npy",
      npyFile(dictFor("'<f4'", "(2, 3)"), le<float>({1, 2, 3, 4, 5, 6, 7})),
      "file has 28 bytes of data, expected 24");
  expectReadError("e.npy", npyFile(dictFor("'<f4'", "(0,)"), "x"),
                  "file has 1 bytes of data, expected 0");
}

//===----------------------------------------------------------------------===//
// Write errors
//===----------------------------------------------------------------------===//

TEST_F(NpyTest, WriteErrorsLeaveNothingBehind) {
  std::string p = writeFile("keep.npy", "precious");
  struct {
    DType Type;
    std::vector<int64_t> Shape;
    size_t DataSize;
    const char *Expected;
  } cases[] = {
      {DType::BF16, {2}, 4, "cannot write dtype bf16"},
      {DType::F32,
       {2, 3},
       20,
       "cannot write array: data has 20 bytes, expected 24 for shape (2, 3) "
       "of f32"},
      {DType::F32, {2, -3}, 0, "negative dimension in shape (2, -3)"},
      {DType::I64,
       {int64_t(1) << 62},
       0,
       "shape (4611686018427387904,) is too large"},
  };
  for (const auto &c : cases) {
    NpyArray arr;
    arr.dtype = c.Type;
    arr.shape = c.Shape;
    arr.data.resize(c.DataSize);
    std::string error;
    EXPECT_FALSE(writeNpy(p, arr, error));
    EXPECT_EQ(error.rfind(p + ": ", 0), 0u) << error;
    EXPECT_NE(error.find(c.Expected), std::string::npos) << error;
  }
  EXPECT_EQ(readFile(p), "precious");
  EXPECT_EQ(listDir(), std::vector<std::string>{"keep.npy"});
}

TEST_F(NpyTest, WriteToMissingDirectory) {
  std::string p = path("no/such/dir/x.npy");
  NpyArray arr;
  arr.dtype = DType::F32;
  arr.shape = {1};
  arr.data = toVector(le<float>({1}));
  std::string error;
  EXPECT_FALSE(writeNpy(p, arr, error));
  EXPECT_EQ(error.rfind(p + ": ", 0), 0u) << error;
  EXPECT_NE(error.find("No such file or directory"), std::string::npos)
      << error;
  EXPECT_TRUE(listDir().empty());
}

TEST_F(NpyTest, RenameFailureLeavesNoTemporary) {
  // Renaming a file over a non-empty directory fails.
  std::string p = path("target.npy");
  std::error_code ec;
  ASSERT_TRUE(std::filesystem::create_directories(p + "/child", ec));
  NpyArray arr;
  arr.dtype = DType::F32;
  arr.shape = {1};
  arr.data = toVector(le<float>({1}));
  std::string error;
  EXPECT_FALSE(writeNpy(p, arr, error));
  EXPECT_EQ(error.rfind(p + ": ", 0), 0u) << error;
  EXPECT_NE(error.find("cannot rename temporary file"), std::string::npos)
      << error;
  EXPECT_EQ(listDir(), std::vector<std::string>{"target.npy"});
}

} // namespace
