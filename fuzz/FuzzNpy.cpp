//===- FuzzNpy.cpp - libFuzzer target: the .npy reader --------------------===//
//
// readNpy reads a path, so the input goes into an in-memory file (memfd)
// read back through /proc/self/fd.
//
//===----------------------------------------------------------------------===//

#include "FuzzCommon.h"

#include "attc/Npy.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static const int fd = memfd_create("attc-fuzz-npy", 0);
  static const std::string path = "/proc/self/fd/" + std::to_string(fd);
  if (fd < 0 || ftruncate(fd, 0) != 0 ||
      pwrite(fd, data, size, 0) != static_cast<ssize_t>(size)) {
    std::perror("attc-fuzz-npy: memfd");
    std::abort();
  }
  attc::NpyArray array;
  std::string error;
  if (!attc::readNpy(path, array, error)) {
    attc::fuzz::checkOneLineError(error, "readNpy");
    return 0;
  }
  int64_t elements = array.numElements();
  if (elements < 0 ||
      array.data.size() != uint64_t(elements) * dtypeSize(array.dtype))
    std::abort();
  return 0;
}
