"""Lesson 12's network written with NumPy in the tutorial's style, for a side-by-side comparison.

The tutorial's NeuralNetwork class (bench/article_numpy.py) grown to lesson 12's job: a hidden
layer of ReLU units, a softmax output over ten classes, trained on the cross-entropy by the
same stochastic gradient descent, one sample at a time. As lesson 12 does, it takes the samples
in epochs, each training image once per epoch in a shuffled order, and records the cumulative
error over all samples before training and after each epoch (not every 100 iterations as the
tutorial does: over 1,438 images that would cost more than the training itself). Method for
method it is the tutorial's: predict, _compute_gradients, _update_parameters and train, with
NumPy doing the arithmetic.

It starts from given parameters and follows a given sequence of sample picks (every epoch's
order, one after the other), so that the TypeScript LayeredNetwork can be run on exactly the
same job.

Usage:
    python3 bench/digits_numpy.py serve   # a job as JSON on stdin's first line, then one run per
                                          # further line; prints JSON lines (see serve)
"""

import json
import sys
import time

import numpy as np


class DigitsNetwork:
    def __init__(self, learning_rate, weights, biases):
        # Given parameters: weights[0] is the hidden layer's (one row per unit), weights[1]
        # the output layer's (one row per class).
        self.weights = [np.array(w, dtype=float) for w in weights]
        self.biases = [np.array(b, dtype=float) for b in biases]
        self.learning_rate = learning_rate

    def _relu(self, x):
        return np.maximum(x, 0)

    def _relu_deriv(self, x):
        return (x > 0) * 1.0

    def _softmax(self, x):
        exponentials = np.exp(x - np.max(x))
        return exponentials / np.sum(exponentials)

    def predict(self, input_vector):
        layer_1 = np.dot(self.weights[0], input_vector) + self.biases[0]
        layer_2 = self._relu(layer_1)
        layer_3 = np.dot(self.weights[1], layer_2) + self.biases[1]
        prediction = self._softmax(layer_3)
        return prediction

    def _compute_gradients(self, input_vector, target):
        layer_1 = np.dot(self.weights[0], input_vector) + self.biases[0]
        layer_2 = self._relu(layer_1)
        layer_3 = np.dot(self.weights[1], layer_2) + self.biases[1]
        prediction = self._softmax(layer_3)

        # The softmax and the cross-entropy together: the prediction minus the one-hot target.
        derror_dlayer3 = prediction.copy()
        derror_dlayer3[target] -= 1
        derror_dweights_2 = np.outer(derror_dlayer3, layer_2)
        derror_dbias_2 = derror_dlayer3

        # The chain rule carries the error back through the output weights and the ReLU.
        derror_dlayer1 = np.dot(self.weights[1].T, derror_dlayer3) * self._relu_deriv(layer_1)
        derror_dweights_1 = np.outer(derror_dlayer1, input_vector)
        derror_dbias_1 = derror_dlayer1

        return (
            [derror_dweights_1, derror_dweights_2],
            [derror_dbias_1, derror_dbias_2],
        )

    def _update_parameters(self, derror_dweights, derror_dbiases):
        for layer in range(2):
            self.weights[layer] = self.weights[layer] - (
                derror_dweights[layer] * self.learning_rate
            )
            self.biases[layer] = self.biases[layer] - (
                derror_dbiases[layer] * self.learning_rate
            )

    def _cumulative_error(self, input_vectors, targets):
        # Measure the cumulative error for all the instances
        cumulative_error = 0
        for data_instance_index in range(len(input_vectors)):
            data_point = input_vectors[data_instance_index]
            target = targets[data_instance_index]

            prediction = self.predict(data_point)
            error = -np.log(prediction[target])

            cumulative_error = cumulative_error + error
        return cumulative_error

    def train(self, input_vectors, targets, epochs, picks):
        cumulative_errors = [self._cumulative_error(input_vectors, targets)]
        samples = len(input_vectors)
        for epoch in range(epochs):
            # The given order of this epoch (lesson 12 draws it with np.random.shuffle)
            for random_data_index in picks[epoch * samples:(epoch + 1) * samples]:
                input_vector = input_vectors[random_data_index]
                target = targets[random_data_index]

                # Compute the gradients and update the weights
                derror_dweights, derror_dbiases = self._compute_gradients(input_vector, target)

                self._update_parameters(derror_dweights, derror_dbiases)

            cumulative_errors.append(self._cumulative_error(input_vectors, targets))

        return cumulative_errors


def run_job(job, input_vectors, targets):
    """Train lesson 12's network on the job: given parameters, given picks."""
    network = DigitsNetwork(job["learning_rate"], job["weights"], job["biases"])
    return network.train(input_vectors, targets, job["epochs"], job["picks"])


def serve():
    """Read a job as JSON on the first line of stdin and print the versions as a JSON line; then
    for each further line, run the job once and print its cumulative errors and its CPU time in
    seconds as a JSON line (the moments when another program has the core do not count). The
    caller alternates these runs with its own. The same protocol as bench/article_numpy.py."""
    job = json.loads(sys.stdin.readline())
    input_vectors = np.array(job["inputs"], dtype=float)
    targets = np.array(job["targets"])
    print(json.dumps({"python": sys.version.split()[0], "numpy": np.__version__}), flush=True)
    for _line in sys.stdin:
        start = time.process_time()
        errors = run_job(job, input_vectors, targets)
        seconds = time.process_time() - start
        print(json.dumps({"errors": [float(e) for e in errors], "seconds": seconds}), flush=True)


if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] != "serve":
        sys.exit(f"usage: python3 {sys.argv[0]} serve")
    serve()
