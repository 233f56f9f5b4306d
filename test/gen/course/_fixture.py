"""Shared by the course's numpy generators: values as JSON data and the fixture file they write,
test/fixtures/course/NN-topic.json = {"checks": {check id: value}}, which test/course/numpy.test.ts
compares with the notebook's recorded reference values. Generators import it by name (python puts
test/gen/course on sys.path when one of them is run)."""
import json
import os

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))


def plain(v):
    """Arrays as nested lists, numpy scalars as Python numbers, recursively through dicts and lists."""
    if isinstance(v, dict):
        return {k: plain(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [plain(x) for x in v]
    if isinstance(v, np.ndarray):
        return v.tolist()
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (int, np.integer)):
        return int(v)
    if isinstance(v, (float, np.floating)):
        return float(v)
    return v


def write(name, checks):
    """Writes test/fixtures/course/<name>.json with the checks' values."""
    out = os.path.join(ROOT, "test", "fixtures", "course", f"{name}.json")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w") as f:
        json.dump({"checks": plain(checks)}, f, indent=1, sort_keys=True)
        f.write("\n")
    print(f"wrote {os.path.relpath(out, ROOT)} ({len(checks)} checks)")
