// The course's shallow planar network (2 → 4 tanh → 1 sigmoid, 400 points), plain np calls as a
// student writes them: one workload shared by bench/run.mjs and bench/small_ops.mjs (numpy's twin is
// `shallow` in bench/numpy_bench.py).

/** A function that runs `iters` gradient-descent steps with the given np. */
export function shallowLoop(np, iters) {
  np.random.seed(3);
  const X = np.random.randn(2, 400), Y = np.greater(np.random.rand(1, 400), 0.5).astype("float64");
  let W1 = np.multiply(np.random.randn(4, 2), 0.01), b1 = np.zeros([4, 1]);
  let W2 = np.multiply(np.random.randn(1, 4), 0.01), b2 = np.zeros([1, 1]);
  return () => {
    const m = 400;
    for (let i = 0; i < iters; i++) {
      const A1 = np.tanh(np.add(np.dot(W1, X), b1));
      const A2 = np.divide(1, np.add(1, np.exp(np.negative(np.add(np.dot(W2, A1), b2)))));
      const dZ2 = np.subtract(A2, Y);
      const dW2 = np.divide(np.dot(dZ2, A1.T), m);
      const db2 = np.divide(np.sum(dZ2, { axis: 1, keepdims: true }), m);
      const dZ1 = np.multiply(np.dot(W2.T, dZ2), np.subtract(1, np.power(A1, 2)));
      const dW1 = np.divide(np.dot(dZ1, X.T), m);
      const db1 = np.divide(np.sum(dZ1, { axis: 1, keepdims: true }), m);
      [W1, b1, W2, b2] = [np.subtract(W1, np.multiply(1.2, dW1)), np.subtract(b1, np.multiply(1.2, db1)), np.subtract(W2, np.multiply(1.2, dW2)), np.subtract(b2, np.multiply(1.2, db2))];
    }
  };
}
