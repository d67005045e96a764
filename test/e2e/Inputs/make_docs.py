"""Writes an int64 .npy of document ids, shape [B, L]: batch b packs
documents of the given lengths in order (ids 0, 1, ...), padded with the
last id. Usage: make_docs.py OUT L LEN1,LEN2,... [LEN1,LEN2,... per batch]"""
import struct
import sys

out, length, batches = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
rows = []
for spec in batches:
    ids = []
    for doc, n in enumerate(int(x) for x in spec.split(",")):
        ids += [doc] * n
    ids = (ids + [ids[-1]] * length)[:length]
    rows.append(ids)
header = "{'descr': '<i8', 'fortran_order': False, 'shape': (%d, %d), }" % (
    len(rows), length)
header += " " * ((64 - (10 + len(header) + 1) % 64) % 64) + "\n"
with open(out, "wb") as f:
    f.write(b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)))
    f.write(header.encode("latin1"))
    for row in rows:
        f.write(struct.pack("<%dq" % length, *row))
