#!/usr/bin/env python3
"""Regenerates the seed corpora in fuzz/corpus/ from the repository's specs,
bad inputs and dialect tests, plus hand-written .npy files (no numpy needed).
Optional argument: an attc binary, to add the examples as .mlir seeds."""
import glob
import json
import os
import struct
import subprocess
import sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
corpus = os.path.join(root, "fuzz", "corpus")


def put(target, name, data):
    d = os.path.join(corpus, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())


# JSON specs: the examples and every bad input.
specs = sorted(glob.glob(os.path.join(root, "examples", "*.attn.json")))
bad = sorted(glob.glob(os.path.join(root, "test", "Spec", "Inputs", "bad",
                                    "*.json")))
for path in specs + bad:
    put("spec-json", os.path.basename(path), open(path, "rb").read())

# Expressions: every expression string of the examples, and some edge cases.
exprs = set()
for path in specs:
    def walk(v):
        if isinstance(v, str):
            exprs.add(v)
        elif isinstance(v, dict):
            for x in v.values():
                walk(x)
    spec = json.load(open(path))
    for key in ["scale", "score", "mask", "epilogue", "normalize"]:
        if key in spec:
            walk(spec[key])
exprs |= {"select(q >= k, 1.5e3, -inf)", "bias[h, q - k] * T + W",
          "keep[b, q, k] && doc[q] == doc[k]", "(q >> 2) & 3 ^ ~k",
          "min(max(s, -30.0), 30.0) ? 1 : 2", "softcap(s, 50) / sqrt(D)",
          "1e39", ".5e-3 + 7.", "q % 0 - k / 0", "s \u00e9", "-(-(-1))",
          "9223372036854775807", "pow(2, 0.5) != erf(1) || !true"}
for i, e in enumerate(sorted(exprs)):
    put("expr", "e%03d" % i, e)

# .mlir: the dialect tests split at their separators, the bad .mlir inputs
# and, given an attc binary, every example printed as attn IR.
for path in sorted(glob.glob(os.path.join(root, "test", "Dialect", "*.mlir"))):
    text = open(path).read()
    for i, part in enumerate(text.split("// -----")):
        base = os.path.splitext(os.path.basename(path))[0]
        put("spec-mlir", "%s-%02d.mlir" % (base, i), part)
for path in sorted(glob.glob(os.path.join(root, "test", "Spec", "Inputs",
                                          "bad", "*.mlir"))):
    put("spec-mlir", os.path.basename(path), open(path, "rb").read())
if len(sys.argv) > 1:
    for path in specs:
        out = subprocess.run([sys.argv[1], "compile", path, "--emit=mlir"],
                             capture_output=True, check=True).stdout
        put("spec-mlir", os.path.basename(path)[:-5] + ".mlir", out)


# .npy: one small file per dtype and version, a scalar and broken headers.
def npy(descr, shape, payload, version=(1, 0), fortran=False, header=None):
    if header is None:
        dims = "".join("%d," % d for d in shape) if len(shape) == 1 else \
            ", ".join(str(d) for d in shape)
        header = "{'descr': '%s', 'fortran_order': %s, 'shape': (%s), }" % (
            descr, "True" if fortran else "False", dims)
    size = 4 if version[0] > 1 else 2
    pad = (64 - (6 + 2 + size + len(header) + 1) % 64) % 64
    header = header + " " * pad + "\n"
    fmt = "<I" if size == 4 else "<H"
    return (b"\x93NUMPY" + bytes(version) + struct.pack(fmt, len(header)) +
            header.encode() + payload)


put("npy", "f32.npy", npy("<f4", (2, 3), struct.pack("<6f", *range(6))))
put("npy", "f16.npy", npy("<f2", (4,), struct.pack("<4e", 1, -2, 0.5, 3)))
put("npy", "f64.npy", npy("<f8", (1, 1, 2), struct.pack("<2d", 1e300, -0.0)))
put("npy", "i32.npy", npy("<i4", (3,), struct.pack("<3i", -1, 0, 7)))
put("npy", "i64.npy", npy("<i8", (2, 1), struct.pack("<2q", 2**62, -5)))
put("npy", "bool.npy", npy("|b1", (2, 2), bytes([0, 1, 2, 0])))
put("npy", "scalar.npy", npy("<f4", (), struct.pack("<f", 3.5)))
put("npy", "empty.npy", npy("<i8", (0, 4), b""))
put("npy", "v2.npy", npy("<f4", (1,), struct.pack("<f", 1), version=(2, 0)))
put("npy", "v3.npy", npy("<i4", (1,), struct.pack("<i", 9), version=(3, 0)))
put("npy", "fortran.npy", npy("<f4", (1,), b"\0" * 4, fortran=True))
put("npy", "bigendian.npy", npy(">f4", (1,), b"\0" * 4))
put("npy", "huge-shape.npy", npy("<f8", (2**40, 2**40), b""))
put("npy", "truncated.npy", npy("<f4", (8,), b"\0" * 5))
put("npy", "bad-dict.npy", npy("<f4", (1,), b"\0" * 4,
                               header="{'descr': '<f4', 'shape': [1, (2,)]"))
put("npy", "header-len.npy", b"\x93NUMPY\x02\x00\xff\xff\xff\xff{}")
