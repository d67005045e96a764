//===- FuzzCommon.h - checks shared by the libFuzzer targets ----*- C++ -*-===//
//
// Beyond "no crash": a rejected input must come with a one-line message.
//
//===----------------------------------------------------------------------===//

#ifndef ATTC_FUZZ_FUZZCOMMON_H
#define ATTC_FUZZ_FUZZCOMMON_H

#include <cstdio>
#include <cstdlib>
#include <string>

namespace attc::fuzz {

/// Aborts (a finding for libFuzzer) unless `error` is a non-empty line.
inline void checkOneLineError(const std::string &error, const char *what) {
  if (!error.empty() && error.find('\n') == std::string::npos)
    return;
  std::fprintf(stderr, "%s: expected a one-line error, got '%s'\n", what,
               error.c_str());
  std::abort();
}

} // namespace attc::fuzz

#endif // ATTC_FUZZ_FUZZCOMMON_H
