"""Lesson 14's full-batch gradient descent, vectorised in NumPy: every step one matrix-vector
product over the eight points for the forward pass and one transposed product for the gradient.
This is the job NumPy is built for (whole arrays per call), beside lesson 14's TypeScript.

Usage:
    python3 bench/batch_numpy.py serve   # a job as JSON on stdin, then one run per line, CPU time
"""

import json
import sys
import time

import numpy as np

X = np.array([[3, 1.5], [2, 1], [4, 1.5], [3, 4], [3.5, 0.5], [2, 0.5], [5.5, 1], [1, 1]])
t = np.array([0, 1, 0, 1, 0, 1, 1, 0])


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def full_batch(learning_rate, steps, weights, bias):
    """Descends on the mean squared error of all eight points; the cumulative error (summed over
    the eight) after every 100th step, as lesson 14 records it."""
    w = np.array(weights, dtype=float)
    b = float(bias)
    errors = []
    for step in range(steps):
        z = X @ w + b
        p = sigmoid(z)
        delta = 2 * (p - t) * (sigmoid(z) * (1 - sigmoid(z)))
        gradient = X.T @ delta / len(X)
        b = b - delta.mean() * learning_rate
        w = w - gradient * learning_rate
        if step % 100 == 0:
            errors.append(float(np.square(sigmoid(X @ w + b) - t).sum()))
    return errors


def serve():
    """The serve protocol of bench/article_numpy.py."""
    job = json.loads(sys.stdin.readline())
    print(json.dumps({"python": sys.version.split()[0], "numpy": np.__version__}), flush=True)
    for _line in sys.stdin:
        start = time.process_time()
        errors = full_batch(job["learning_rate"], job["steps"], job["weights"], job["bias"])
        seconds = time.process_time() - start
        print(json.dumps({"errors": errors, "seconds": seconds}), flush=True)


if __name__ == "__main__":
    if sys.argv[1:] != ["serve"]:
        sys.exit(f"usage: python3 {sys.argv[0]} serve")
    serve()
