"""The tutorial's NumPy code, sections 7 and 8 of the article, for a side-by-side comparison.

The class is the tutorial's, line for line, with two hooks that change nothing by default:
given initial parameters (weights and bias) and a given sequence of sample picks, so that the
TypeScript NeuralNetwork can be run on exactly the same job.

Usage:
    python3 bench/article_numpy.py predict   # lesson 03: the two sample predictions
    python3 bench/article_numpy.py train     # lesson 08: 10,000 iterations, seeded
    python3 bench/article_numpy.py errors 42 7   # for each seed: start and all 100 errors, JSON
    python3 bench/article_numpy.py serve     # a job as JSON on stdin, then one run per line, CPU time
    python3 bench/article_numpy.py cold      # a job as JSON on stdin: the first run, timed
"""

import json
import sys
import time

import numpy as np


class NeuralNetwork:
    def __init__(self, learning_rate, weights=None, bias=None):
        # Hook: given initial parameters; the tutorial draws them with np.random.randn().
        if weights is None:
            self.weights = np.array([np.random.randn(), np.random.randn()])
        else:
            self.weights = np.array(weights, dtype=float)
        self.bias = np.random.randn() if bias is None else bias
        self.learning_rate = learning_rate

    def _sigmoid(self, x):
        return 1 / (1 + np.exp(-x))

    def _sigmoid_deriv(self, x):
        return self._sigmoid(x) * (1 - self._sigmoid(x))

    def predict(self, input_vector):
        layer_1 = np.dot(input_vector, self.weights) + self.bias
        layer_2 = self._sigmoid(layer_1)
        prediction = layer_2
        return prediction

    def _compute_gradients(self, input_vector, target):
        layer_1 = np.dot(input_vector, self.weights) + self.bias
        layer_2 = self._sigmoid(layer_1)
        prediction = layer_2

        derror_dprediction = 2 * (prediction - target)
        dprediction_dlayer1 = self._sigmoid_deriv(layer_1)
        dlayer1_dbias = 1
        dlayer1_dweights = (0 * self.weights) + (1 * input_vector)

        derror_dbias = derror_dprediction * dprediction_dlayer1 * dlayer1_dbias
        derror_dweights = derror_dprediction * dprediction_dlayer1 * dlayer1_dweights

        return derror_dbias, derror_dweights

    def _update_parameters(self, derror_dbias, derror_dweights):
        self.bias = self.bias - (derror_dbias * self.learning_rate)
        self.weights = self.weights - (derror_dweights * self.learning_rate)

    def train(self, input_vectors, targets, iterations, picks=None):
        cumulative_errors = []
        for current_iteration in range(iterations):
            # Pick a data instance at random (hook: or the given pick)
            if picks is None:
                random_data_index = np.random.randint(len(input_vectors))
            else:
                random_data_index = picks[current_iteration]

            input_vector = input_vectors[random_data_index]
            target = targets[random_data_index]

            # Compute the gradients and update the weights
            derror_dbias, derror_dweights = self._compute_gradients(input_vector, target)

            self._update_parameters(derror_dbias, derror_dweights)

            # Measure the cumulative error for all the instances
            if current_iteration % 100 == 0:
                cumulative_error = 0
                # Loop through all the instances to measure the error
                for data_instance_index in range(len(input_vectors)):
                    data_point = input_vectors[data_instance_index]
                    target = targets[data_instance_index]

                    prediction = self.predict(data_point)
                    error = np.square(prediction - target)

                    cumulative_error = cumulative_error + error
                cumulative_errors.append(cumulative_error)

        return cumulative_errors


input_vectors = np.array(
    [[3, 1.5], [2, 1], [4, 1.5], [3, 4], [3.5, 0.5], [2, 0.5], [5.5, 1], [1, 1]]
)
targets = np.array([0, 1, 0, 1, 0, 1, 1, 0])


def predict():
    """Lesson 03: the tutorial's two predictions."""

    def sigmoid(x):
        return 1 / (1 + np.exp(-x))

    def make_prediction(input_vector, weights, bias):
        layer_1 = np.dot(input_vector, weights) + bias
        layer_2 = sigmoid(layer_1)
        return layer_2

    weights_1 = np.array([1.45, -0.66])
    bias = np.array([0.0])
    for input_vector in (np.array([1.66, 1.56]), np.array([2, 1.5])):
        prediction = make_prediction(input_vector, weights_1, bias)
        print(f"The prediction result is: {prediction}")


def train():
    """Lesson 08: train for 10,000 iterations from a seeded start, print a summary."""
    np.random.seed(42)
    neural_network = NeuralNetwork(0.1)
    errors = neural_network.train(input_vectors, targets, 10000)
    print(f"first {errors[0]:.8f}, lowest {min(errors):.8f}, last {errors[-1]:.8f}")


def errors(seeds):
    """Lesson 08 with the tutorial's own seeding, np.random.seed(seed), for each seed: the starting
    weights and bias and the 100 cumulative errors, as JSON (floats as repr: every bit kept)."""
    runs = {}
    for seed in seeds:
        np.random.seed(seed)
        neural_network = NeuralNetwork(0.1)
        weights, bias = neural_network.weights.tolist(), float(neural_network.bias)
        cumulative = neural_network.train(input_vectors, targets, 10000)
        runs[seed] = {"weights": weights, "bias": bias, "errors": [float(e) for e in cumulative]}
    json.dump(runs, sys.stdout, indent=1)
    print()


def run_job(job):
    """Train the tutorial's network on the job: given parameters, given picks."""
    network = NeuralNetwork(job["learning_rate"], job["weights"], job["bias"])
    return network.train(input_vectors, targets, job["iterations"], job["picks"])


def timed(job, clock=time.perf_counter):
    """One run of the job: its cumulative errors and its time in seconds on `clock`."""
    start = clock()
    errors = run_job(job)
    return [float(e) for e in errors], clock() - start


def serve():
    """Read a job as JSON on the first line of stdin and print the versions as a JSON line; then
    for each further line, run the job once and print its errors and its time as a JSON line.
    The time is the CPU time of this process, which the moments when another program has the
    core do not count; the caller alternates these runs with its own."""
    job = json.loads(sys.stdin.readline())
    print(json.dumps({"python": sys.version.split()[0], "numpy": np.__version__}), flush=True)
    for _line in sys.stdin:
        errors, seconds = timed(job, time.process_time)
        print(json.dumps({"errors": errors, "seconds": seconds}), flush=True)


def cold():
    """Run the job on stdin once, the first training of this process; print its wall time (what
    a learner waits for) as JSON."""
    job = json.load(sys.stdin)
    errors, seconds = timed(job)
    json.dump({"errors": errors, "seconds": seconds}, sys.stdout)


if __name__ == "__main__":
    modes = {"predict": predict, "train": train, "serve": serve, "cold": cold}
    if len(sys.argv) >= 3 and sys.argv[1] == "errors":
        errors([int(seed) for seed in sys.argv[2:]])
    elif len(sys.argv) != 2 or sys.argv[1] not in modes:
        sys.exit(f"usage: python3 {sys.argv[0]} predict|train|serve|cold|errors SEED...")
    else:
        modes[sys.argv[1]]()
