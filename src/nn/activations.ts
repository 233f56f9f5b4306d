// Activation functions g(z) and their derivatives g'(z), written as on the slides. Each works on a
// plain number (giving a number) or on an array of any shape (elementwise, giving an NDArray).
import { np, NDArray } from "../np";
import type { ArrayLike } from "../np";

type Elementwise = { (z: number): number; (z: ArrayLike): NDArray };
const elementwise = (f: (z: any) => any) => f as Elementwise;

/**
 * Sigmoid σ(z) = 1 / (1 + e^(−z)), in (0, 1). For z below about −709, e^(−z) overflows to
 * infinity and σ(z) is exactly 0 (numpy does the same, with a warning), never NaN.
 * @example nn.sigmoid(np.array([-2, -1, 0, 1, 2])) // → array([0.11920292, 0.26894142, 0.5       , 0.73105858, 0.88079708])
 * @example nn.sigmoid(0) // → 0.5
 */
export const sigmoid = elementwise((z) => np.divide(1, np.add(1, np.exp(np.negative(z)))));

/**
 * σ'(z) = σ(z)(1 − σ(z)), the slides' `sigmoid_derivative`.
 * @example nn.sigmoidDerivative(np.array([-2, -1, 0, 1, 2])) // → array([0.10499359, 0.19661193, 0.25      , 0.19661193, 0.10499359])
 */
export const sigmoidDerivative = elementwise((z) => {
  const a = sigmoid(z);
  return np.multiply(a, np.subtract(1, a));
});

/**
 * Hyperbolic tangent (e^z − e^(−z)) / (e^z + e^(−z)), in (−1, 1).
 * @example nn.tanh(np.array([-1, 0, 1])) // → array([-0.76159416,  0.        ,  0.76159416])
 */
export const tanh = elementwise((z) => np.tanh(z));

/**
 * tanh'(z) = 1 − a² with a = tanh(z).
 * @example nn.tanhDerivative(0) // → 1
 */
export const tanhDerivative = elementwise((z) => {
  const a = np.tanh(z);
  return np.subtract(1, np.multiply(a, a));
});

/**
 * ReLU max(0, z).
 * @example nn.relu(np.array([-2, 0, 3])) // → array([0, 0, 3])
 */
export const relu = elementwise((z) => np.maximum(0, z));

/**
 * relu'(z) = 1 for z > 0 and 0 for z ≤ 0: `np.heaviside(z, 0)` as on the slide.
 * @example nn.reluDerivative(np.array([-1, 0, 2])) // → array([0., 0., 1.])
 */
export const reluDerivative = elementwise((z) => np.heaviside(z, 0));

/**
 * Leaky ReLU: z for z ≥ 0, slope·z below (slope 0.01 unless given).
 * @example nn.leakyRelu(np.array([-10, 5]), 0.1) // → array([-1.,  5.])
 */
export function leakyRelu(z: number, slope?: number): number;
export function leakyRelu(z: ArrayLike, slope?: number): NDArray;
export function leakyRelu(z: ArrayLike, slope = 0.01): any {
  if (typeof z === "number") return z >= 0 ? z : z * slope;
  return np.where(np.greaterEqual(z, 0), z, np.multiply(z, slope));
}

/**
 * leakyRelu'(z): 1 for z ≥ 0, slope below (the slide's `dL[x < 0] = slope`).
 * @example nn.leakyReluDerivative(np.array([-3, 0, 2]), 0.1) // → array([0.1, 1. , 1. ])
 */
export function leakyReluDerivative(z: number, slope?: number): number;
export function leakyReluDerivative(z: ArrayLike, slope?: number): NDArray;
export function leakyReluDerivative(z: ArrayLike, slope = 0.01): any {
  if (typeof z === "number") return z >= 0 ? 1 : slope;
  return np.where(np.less(z, 0), slope, 1.0);
}

/**
 * Softplus ln(1 + e^z), the smooth ReLU. Computed as max(z, 0) + ln(1 + e^(−|z|)), which is the same
 * number but does not overflow for large z (the plain formula gives inf beyond z ≈ 709).
 * @example nn.softplus(0) // → 0.6931471805599453
 */
export const softplus = elementwise((z) => np.add(np.maximum(z, 0), np.log1p(np.exp(np.negative(np.abs(z))))));

/**
 * softplus'(z) = e^z / (1 + e^z) = σ(z).
 * @example nn.softplusDerivative(0) // → 0.5
 */
export const softplusDerivative = elementwise((z) => sigmoid(z));

/**
 * The identity g(z) = z (Adaline's activation, a regression output). Arrays come back as a float64 copy.
 * @example nn.linear(np.array([1, -2])) // → array([ 1., -2.])
 */
export const linear = elementwise((z) => (typeof z === "number" ? z : np.asarray(z).astype("float64")));

/**
 * linear'(z) = 1.
 * @example nn.linearDerivative(np.array([3, -4])) // → array([1., 1.])
 */
export const linearDerivative = elementwise((z) => (typeof z === "number" ? 1 : np.onesLike(z, { dtype: "float64" })));

/**
 * The perceptron's unit step: 1 where z ≥ 0, otherwise `low` (−1 by default as on the slides; pass 0
 * for the 0/1 Heaviside step).
 * @example nn.unitStep(np.array([-0.5, 0, 2])) // → array([-1,  1,  1])
 */
export function unitStep(z: number, low?: number): number;
export function unitStep(z: ArrayLike, low?: number): NDArray;
export function unitStep(z: ArrayLike, low = -1): any {
  if (typeof z === "number") return z >= 0 ? 1 : low;
  return np.where(np.greaterEqual(z, 0), 1, low);
}

/**
 * The unit step's derivative: 0 everywhere it exists (it is undefined at 0), which is why the
 * perceptron has its own learning rule instead of gradient descent.
 * @example nn.unitStepDerivative(np.array([-1, 2])) // → array([0., 0.])
 */
export const unitStepDerivative = elementwise((z) => (typeof z === "number" ? 0 : np.zerosLike(z, { dtype: "float64" })));

/**
 * Softmax e^(z_i) / Σ_j e^(z_j) along `axis` (default 0: each column of a (classes, m) matrix, the
 * lectures' layout with one example per column; pass `{ axis: 1 }` for rows, as in the 000 deck's
 * `softmax(x)`, or `{ axis: -1 }` for the last axis). The largest entry is subtracted first, so
 * large inputs do not overflow; the result is mathematically unchanged.
 * @example
 * nn.softmax(np.array([[0, 9, 3, 0], [3, 0, 8, 1]]), { axis: 1 }) // → array([[1.23074356e-04, 9.97281837e-01, 2.47201452e-03, 1.23074356e-04],
 * //        [6.68456877e-03, 3.32805082e-04, 9.92077968e-01, 9.04658008e-04]])
 */
export function softmax(z: ArrayLike, opts: { axis?: number } = {}): NDArray {
  const Z = np.asarray(z).astype("float64");
  if (Z.ndim === 0) return np.onesLike(Z);
  const axis = opts.axis ?? 0;
  const shifted = np.subtract(Z, np.max(Z, { axis, keepdims: true }));
  const e = np.exp(shifted);
  return np.divide(e, np.sum(e, { axis, keepdims: true }));
}
