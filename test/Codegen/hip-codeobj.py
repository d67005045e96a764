#!/usr/bin/env python3
"""hip-codeobj.py OBJDUMP READELF ARCH CO: one line for an HSA code object:
how many kernels it has, how many run MFMA inside a loop (a v_mfma between
a backward branch and its target), and the largest scratch (private
segment) and VGPR spill count any kernel's metadata declares."""
import re
import subprocess
import sys

objdump, readelf, arch, co = sys.argv[1:5]
dis = subprocess.run([objdump, "-d", "--mcpu=" + arch, co], check=True,
                     capture_output=True, text=True).stdout
kernels = {}
current = None
for line in dis.splitlines():
    m = re.match(r"^[0-9a-f]+ <(\w+)>:", line)
    if m:
        current = kernels.setdefault(m.group(1), [])
        continue
    m = re.search(r"//\s*([0-9A-F]+):", line)
    if current is None or not m:
        continue
    addr = int(m.group(1), 16)
    target = re.search(r"<\w+\+0x([0-9a-f]+)>", line)
    current.append((addr, line.split()[0], target and int(target.group(1), 16)))

looped = 0
for name, insts in kernels.items():
    if not insts:
        continue
    base = insts[0][0]
    mfma = [a for a, op, _ in insts if op.startswith("v_mfma")]
    back = [(base + t, a) for a, op, t in insts
            if op.startswith("s_cbranch") or op == "s_branch"
            if t is not None and base + t <= a]
    if any(lo <= x <= hi for lo, hi in back for x in mfma):
        looped += 1

notes = subprocess.run([readelf, "--notes", co], check=True,
                       capture_output=True, text=True).stdout
def most(key):
    vals = [int(v) for v in re.findall(r"\." + key + r":\s+(\d+)", notes)]
    return max(vals) if vals else -1
names = re.findall(r"\.name:\s+(attc_hip_kernel_\w+)", notes)
print("kernels=%d mfma_loop=%d scratch=%d spills=%d" %
      (len(names), looped, most("private_segment_fixed_size"),
       most("vgpr_spill_count")))
