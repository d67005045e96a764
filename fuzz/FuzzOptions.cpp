//===- FuzzOptions.cpp - sanitizer defaults of the fuzz targets -----------===//

// LLVM's allocators poison and unpoison their slabs when compiled with ASan.
// The LLVM and MLIR libraries are not, but their header code instantiated
// in our instrumented objects is, so one copy poisons what the other never
// unpoisons. Manual poisoning is off; every other ASan check stays.
extern "C" const char *__asan_default_options() {
  return "allow_user_poisoning=0";
}
