// The deepts side of three course workloads of `npm run bench` (bench/course_workloads.py is the numpy
// side, the course's numpy reference). Each returns a function that runs the whole workload from its
// initial state and returns a checksum (a plain array of numbers) that run.mjs compares with numpy's.

/** Σ of the squares of every array of a parameter object. */
const sumOfSquares = (np, params) => Object.values(params).reduce((s, v) => s + np.sum(np.square(v)), 0);

/**
 * One pass of nn.rnn.trainCharRnn (the character-level model, 50 hidden units) over the first names:
 * shuffled once, one SGD step per name with the gradients clipped to [−5, 5]. Checksum: the smoothed
 * loss at the end and the sum of squares of the final parameters.
 */
export function charRnnEpoch({ np, nn, data }) {
  const names = data.firstNames({ lowercase: true });
  return () => {
    const { parameters, losses } = nn.rnn.trainCharRnn(names, { iterations: names.length, nA: 50, seed: 0 });
    return [losses[losses.length - 1], sumOfSquares(np, parameters)];
  };
}

/**
 * The lecture's perceptron (nn.Perceptron, one update after each example), 10 epochs on setosa vs
 * versicolor, sepal and petal length. Checksum: the final weights and the number of updates.
 */
export function irisPerceptron({ np, nn, data }) {
  const iris = data.iris({ layout: "rows" });
  const X = iris.X.get("0:100", [0, 2]);
  const y = np.where(np.equal(iris.Y.get("0:100"), 0), -1, 1);
  return () => {
    const ppn = new nn.Perceptron({ eta: 0.1, epochs: 10 }).train(X, y);
    return [...Array.from(ppn.w_.data), ppn.errors_.reduce((s, e) => s + e, 0)];
  };
}

/**
 * One epoch of mini-batch softmax regression on the course's MNIST 10k (data.mnist in file order,
 * pixels in [0, 1], labels one-hot): batches of 64, learning rate 0.1, W and b from zeros. Checksum:
 * the sums of squares of the final W and b.
 */
export function softmaxEpoch({ np, data }) {
  const { X, Y } = data.mnist({ normalize: true, oneHot: true, shuffle: false });
  const [nx, m] = X.shape, classes = Y.shape[0];
  return () => {
    let W = np.zeros([classes, nx]), b = np.zeros([classes, 1]);
    for (let s = 0; s < m; s += 64) {
      const Xb = X.get(":", `${s}:${s + 64}`), Yb = Y.get(":", `${s}:${s + 64}`);
      const mb = Xb.shape[1];
      const Z = np.add(np.dot(W, Xb), b);
      const E = np.exp(np.subtract(Z, np.max(Z, { axis: 0, keepdims: true })));
      const A = np.divide(E, np.sum(E, { axis: 0, keepdims: true }));
      const dZ = np.subtract(A, Yb);
      W = np.subtract(W, np.divide(np.multiply(0.1, np.dot(dZ, Xb.T)), mb));
      b = np.subtract(b, np.divide(np.multiply(0.1, np.sum(dZ, { axis: 1, keepdims: true })), mb));
    }
    return [sumOfSquares(np, { W }), sumOfSquares(np, { b })];
  };
}
