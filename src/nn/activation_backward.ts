// Backward steps of the activations, dZ = dA * g'(Z), and the name → activation table the layer
// functions use (`linearActivationForward(A_prev, W, b, "relu")`).
import { np, NDArray } from "../np";
import type { ArrayLike } from "../np";
import {
  sigmoid, sigmoidDerivative, tanh, tanhDerivative, relu, leakyRelu, leakyReluDerivative,
  softplus, softplusDerivative, linear, softmax,
} from "./activations";

/**
 * dZ = dA * σ'(Z) for a sigmoid layer.
 * @example
 * nn.sigmoidBackward(np.array([[1, -2, 3]]), np.array([[-1, 0, 2]])) // → array([[ 0.19661193, -0.5       ,  0.31498076]])
 */
export function sigmoidBackward(dA: ArrayLike, Z: ArrayLike): NDArray {
  return np.multiply(dA, sigmoidDerivative(Z as any));
}

/**
 * dZ = dA * (1 − tanh²(Z)) for a tanh layer.
 * @example
 * nn.tanhBackward(np.array([[1, -2, 3]]), np.array([[-1, 0, 2]])) // → array([[ 0.41997434, -2.        ,  0.21195247]])
 */
export function tanhBackward(dA: ArrayLike, Z: ArrayLike): NDArray {
  return np.multiply(dA, tanhDerivative(Z as any));
}

/**
 * dZ = dA where Z > 0, 0 elsewhere (relu' = heaviside(Z, 0)).
 * @example nn.reluBackward(np.array([[1, 2]]), np.array([[-1, 3]])) // → array([[0., 2.]])
 */
export function reluBackward(dA: ArrayLike, Z: ArrayLike): NDArray {
  return np.where(np.greater(Z, 0), np.asarray(dA).astype("float64"), 0.0);
}

/**
 * dZ = dA * leakyRelu'(Z): dA where Z ≥ 0, slope·dA below.
 * @example
 * nn.leakyReluBackward(np.array([[1, -2, 3]]), np.array([[-1, 0, 2]]), 0.01) // → array([[ 0.01, -2.  ,  3.  ]])
 */
export function leakyReluBackward(dA: ArrayLike, Z: ArrayLike, slope = 0.01): NDArray {
  return np.multiply(dA, leakyReluDerivative(Z, slope));
}

/**
 * dZ = dA * σ(Z) for a softplus layer.
 * @example
 * nn.softplusBackward(np.array([[1, -2, 3]]), np.array([[-1, 0, 2]])) // → array([[ 0.26894142, -1.        ,  2.64239123]])
 */
export function softplusBackward(dA: ArrayLike, Z: ArrayLike): NDArray {
  return np.multiply(dA, softplusDerivative(Z as any));
}

/**
 * Backward step of softmax along `axis` (default 0, one example per column): the Jacobian
 * ∂a_i/∂z_j = a_i(δ_ij − a_j) applied to dA, i.e. dZ = A * (dA − Σ_i A_i dA_i). With the
 * cross-entropy gradient dA = −Y/A this is the familiar dZ = A − Y.
 * @example
 * nn.softmaxBackward(np.array([[1], [0]]), np.array([[1], [2]])) // → array([[ 0.19661193],
 * //        [-0.19661193]])
 */
export function softmaxBackward(dA: ArrayLike, Z: ArrayLike, opts: { axis?: number } = {}): NDArray {
  const axis = opts.axis ?? 0;
  const A = softmax(Z, { axis });
  const inner = np.sum(np.multiply(A, dA), { axis, keepdims: true });
  return np.multiply(A, np.subtract(dA, inner));
}

/** Names of the activations the layer functions accept. */
export type ActivationName = "sigmoid" | "tanh" | "relu" | "leakyRelu" | "softplus" | "softmax" | "linear";

/** An activation as the layers use it: A = forward(Z), and dZ = backward(dA, Z). */
export interface Activation {
  name: string;
  forward(Z: NDArray): NDArray;
  backward(dA: NDArray, Z: NDArray): NDArray;
}

/**
 * A leaky ReLU activation with its own slope, for layers: `nn.leakyReluActivation(0.2)`.
 * @example
 * nn.leakyReluActivation(0.2).forward(np.array([[-2, 3]])) // → array([[-0.4,  3. ]])
 * const [A] = nn.linearActivationForward(np.array([[1], [2]]), np.array([[1, -2]]), np.zeros([1, 1]), nn.leakyReluActivation(0.2));
 * A // → array([[-0.6]])
 */
export function leakyReluActivation(slope = 0.01): Activation {
  return { name: "leakyRelu", forward: (Z) => leakyRelu(Z, slope), backward: (dA, Z) => leakyReluBackward(dA, Z, slope) };
}

/**
 * The activations by name (leaky ReLU with slope 0.01).
 * @example
 * Object.keys(nn.ACTIVATIONS).length // → 7
 * nn.ACTIVATIONS.tanh.backward(np.array([[1, -2, 3]]), np.array([[-1, 0, 2]])) // → array([[ 0.41997434, -2.        ,  0.21195247]])
 */
export const ACTIVATIONS: Readonly<Record<ActivationName, Activation>> = {
  sigmoid: { name: "sigmoid", forward: (Z) => sigmoid(Z), backward: sigmoidBackward },
  tanh: { name: "tanh", forward: (Z) => tanh(Z), backward: tanhBackward },
  relu: { name: "relu", forward: (Z) => relu(Z), backward: reluBackward },
  leakyRelu: leakyReluActivation(0.01),
  softplus: { name: "softplus", forward: (Z) => softplus(Z), backward: softplusBackward },
  softmax: { name: "softmax", forward: (Z) => softmax(Z), backward: (dA, Z) => softmaxBackward(dA, Z) },
  linear: { name: "linear", forward: (Z) => linear(Z), backward: (dA) => np.asarray(dA).astype("float64") },
};

/**
 * The activation for a name (or the activation object itself).
 * @example nn.getActivation("relu").forward(np.array([[-2, 3]])) // → array([[0, 3]])
 */
export function getActivation(a: ActivationName | Activation): Activation {
  if (typeof a !== "string") return a;
  const act = (ACTIVATIONS as Record<string, Activation>)[a];
  if (!act) throw new Error(`unknown activation '${a}': expected one of ${Object.keys(ACTIVATIONS).join(", ")}`);
  return act;
}
