"""NumPy's legacy random draws, for checking lib/random/random_state.ts against NumPy itself.

Reads one job per line on stdin, a JSON object {"seed": n, "draws": [...]}, where each draw is
["random_sample"], ["randn"], ["randint", high] or ["shuffle", n] (np.random.shuffle of
list(range(n))); seeds NumPy with np.random.seed(seed), makes the draws in order and prints their
results as one JSON line (floats as Python's repr, so every bit survives).

Usage:
    echo '{"seed": 42, "draws": [["randn"], ["randint", 8]]}' | python3 bench/random_numpy.py
"""

import json
import sys

import numpy as np


def draw(kind, *args):
    if kind == "random_sample":
        return np.random.random_sample()
    if kind == "randn":
        return np.random.randn()
    if kind == "randint":
        return int(np.random.randint(args[0]))
    if kind == "shuffle":
        values = list(range(args[0]))
        np.random.shuffle(values)
        return values
    raise ValueError(f"unknown draw {kind!r}")


for line in sys.stdin:
    job = json.loads(line)
    np.random.seed(job["seed"])
    print(json.dumps([draw(*d) for d in job["draws"]]), flush=True)
