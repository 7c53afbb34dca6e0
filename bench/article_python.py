"""The tutorial's training loop in plain Python: the same class as bench/article_numpy.py, line
for line, with floats and lists instead of NumPy arrays and math.exp instead of np.exp.

It shows what the side-by-side's ratio against NumPy measures. On two-number vectors NumPy's work
per call is tiny and its cost per call (creating arrays, dispatching a ufunc) is most of the time,
so the same loop in plain Python runs several times faster than the tutorial's NumPy code.

Usage:
    python3 bench/article_python.py serve   # a job as JSON on stdin, then one run per line, CPU time
"""

import json
import math
import sys
import time


class NeuralNetwork:
    def __init__(self, learning_rate, weights, bias):
        self.weights = [float(w) for w in weights]
        self.bias = float(bias)
        self.learning_rate = learning_rate

    def _sigmoid(self, x):
        return 1 / (1 + math.exp(-x))

    def _sigmoid_deriv(self, x):
        return self._sigmoid(x) * (1 - self._sigmoid(x))

    def predict(self, input_vector):
        layer_1 = sum(x * w for x, w in zip(input_vector, self.weights)) + self.bias
        layer_2 = self._sigmoid(layer_1)
        prediction = layer_2
        return prediction

    def _compute_gradients(self, input_vector, target):
        layer_1 = sum(x * w for x, w in zip(input_vector, self.weights)) + self.bias
        layer_2 = self._sigmoid(layer_1)
        prediction = layer_2

        derror_dprediction = 2 * (prediction - target)
        dprediction_dlayer1 = self._sigmoid_deriv(layer_1)
        dlayer1_dbias = 1
        dlayer1_dweights = input_vector

        derror_dbias = derror_dprediction * dprediction_dlayer1 * dlayer1_dbias
        derror_dweights = [derror_dprediction * dprediction_dlayer1 * x for x in dlayer1_dweights]

        return derror_dbias, derror_dweights

    def _update_parameters(self, derror_dbias, derror_dweights):
        self.bias = self.bias - (derror_dbias * self.learning_rate)
        self.weights = [
            w - (d * self.learning_rate) for w, d in zip(self.weights, derror_dweights)
        ]

    def train(self, input_vectors, targets, iterations, picks):
        cumulative_errors = []
        for current_iteration in range(iterations):
            random_data_index = picks[current_iteration]

            input_vector = input_vectors[random_data_index]
            target = targets[random_data_index]

            derror_dbias, derror_dweights = self._compute_gradients(input_vector, target)

            self._update_parameters(derror_dbias, derror_dweights)

            if current_iteration % 100 == 0:
                cumulative_error = 0
                for data_instance_index in range(len(input_vectors)):
                    data_point = input_vectors[data_instance_index]
                    target = targets[data_instance_index]

                    prediction = self.predict(data_point)
                    error = (prediction - target) ** 2

                    cumulative_error = cumulative_error + error
                cumulative_errors.append(cumulative_error)

        return cumulative_errors


input_vectors = [[3, 1.5], [2, 1], [4, 1.5], [3, 4], [3.5, 0.5], [2, 0.5], [5.5, 1], [1, 1]]
targets = [0, 1, 0, 1, 0, 1, 1, 0]


def serve():
    """The serve protocol of bench/article_numpy.py: a job as JSON on the first line of stdin,
    the versions as a JSON line, then for each further line one run, its errors and CPU time."""
    job = json.loads(sys.stdin.readline())
    print(json.dumps({"python": sys.version.split()[0], "numpy": None}), flush=True)
    for _line in sys.stdin:
        network = NeuralNetwork(job["learning_rate"], job["weights"], job["bias"])
        start = time.process_time()
        errors = network.train(input_vectors, targets, job["iterations"], job["picks"])
        seconds = time.process_time() - start
        print(json.dumps({"errors": errors, "seconds": seconds}), flush=True)


if __name__ == "__main__":
    if sys.argv[1:] != ["serve"]:
        sys.exit(f"usage: python3 {sys.argv[0]} serve")
    serve()
