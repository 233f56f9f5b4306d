// Answer fixtures of notebooks/01-activations.ipynb: mistakes students make, which the test cells must
// catch with these messages, and other correct ways of writing each exercise, which must pass.

// @mistake basicSigmoid: e^x instead of e^(−x)
// @expect the exponent is −x
function basicSigmoid(x: number): number {
  return 1 / (1 + Math.exp(x));
}

// @mistake basicSigmoid: forgot the 1 / (1 + ·)
// @expect the sigmoid is 1 / (1 + e^(−x))
function basicSigmoid(x: number): number {
  return Math.exp(-x);
}

// @correct basicSigmoid: e^x / (1 + e^x)
function basicSigmoid(x: number): number {
  return Math.exp(x) / (1 + Math.exp(x));
}

// @mistake sigmoid: np.exp(z) instead of np.exp(−z)
// @expect the exponent is −z
function sigmoid(z: NDArray): NDArray {
  return np.divide(1, np.add(1, np.exp(z)));
}

// @mistake sigmoid: returns a plain JavaScript array
// @expect Wrap it with np.array
function sigmoid(z: NDArray): NDArray {
  return (z.tolist() as number[]).map((v) => 1 / (1 + Math.exp(-v))) as any;
}

// @correct sigmoid: one element at a time with Math.exp
function sigmoid(z: NDArray): NDArray {
  const flat = z.flatten();
  const out = np.zeros([flat.size]);
  for (let i = 0; i < flat.size; i++) out.set(i, 1 / (1 + Math.exp(-flat.item(i))));
  return out.reshape(z.shape);
}

// @correct sigmoid: through tanh, σ(z) = (1 + tanh(z/2)) / 2
function sigmoid(z: NDArray): NDArray {
  return np.add(1, np.tanh(z.mul(0.5))).mul(0.5);
}

// @mistake sigmoidDerivative: z(1 − z) instead of σ(z)(1 − σ(z))
// @expect use s = σ(z) in the formula s(1 − s), not z itself
function sigmoidDerivative(z: NDArray): NDArray {
  return z.mul(np.subtract(1, z));
}

// @mistake sigmoidDerivative: σ(z)(1 + σ(z))
// @expect check the sign
function sigmoidDerivative(z: NDArray): NDArray {
  const s = sigmoid(z);
  return s.mul(np.add(1, s));
}

// @correct sigmoidDerivative: e^(−z) / (1 + e^(−z))²
function sigmoidDerivative(z: NDArray): NDArray {
  const e = np.exp(np.negative(z));
  return e.div(np.square(np.add(1, e)));
}

// @mistake relu: np.max (one number) instead of np.maximum
// @expect np.maximum(0, z)
function relu(z: NDArray): NDArray {
  return np.max(z) as any;
}

// @mistake relu: np.minimum
// @expect np.maximum, not np.minimum
function relu(z: NDArray): NDArray {
  return np.minimum(0, z);
}

// @correct relu: z where z > 0, else 0
function relu(z: NDArray): NDArray {
  return np.where(z.greater(0), z, 0);
}

// @mistake tanhDerivative: 1 − tanh(z), not squared
// @expect squared
function tanhDerivative(z: NDArray): NDArray {
  return np.subtract(1, np.tanh(z));
}

// @mistake tanhDerivative: 1 − z²
// @expect square tanh(z), not z
function tanhDerivative(z: NDArray): NDArray {
  return np.subtract(1, z.mul(z));
}

// @correct tanhDerivative: 1 / cosh²(z) = 4 / (e^z + e^(−z))²
function tanhDerivative(z: NDArray): NDArray {
  return np.divide(4, np.square(np.add(np.exp(z), np.exp(np.negative(z)))));
}
