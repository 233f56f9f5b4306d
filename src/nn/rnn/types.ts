// Shapes and names shared by the recurrent-network files, in the course's RNN notation.
// The lecture writes the same network as h_t, W_x, W_h, W_o; here a⟨t⟩, Wax, Waa, Wya.
import type { NDArray } from "../../np";

/**
 * Parameters of a vanilla RNN with n_x inputs, n_a hidden units and n_y outputs.
 *
 * @example
 * const n_a = 2, n_x = 3, n_y = 3;
 * const parameters: RnnParameters = {
 *   Wax: np.zeros([n_a, n_x]), Waa: np.zeros([n_a, n_a]), ba: np.zeros([n_a, 1]),
 *   Wya: np.zeros([n_y, n_a]), by: np.zeros([n_y, 1]),
 * };
 * nn.rnn.rnnForward(np.zeros([n_x, 1, 4]), np.zeros([n_a, 1]), parameters).yPred.shape // → [ 3, 1, 4 ]
 */
export interface RnnParameters {
  /** Input → hidden weights, (n_a, n_x); the lecture's W_x. */
  Wax: NDArray;
  /** Hidden → hidden weights, (n_a, n_a); the lecture's W_h. */
  Waa: NDArray;
  /** Hidden bias, (n_a, 1). */
  ba: NDArray;
  /** Hidden → output weights, (n_y, n_a); the lecture's W_o. */
  Wya: NDArray;
  /** Output bias, (n_y, 1). */
  by: NDArray;
}

/** The output unit: softmax (paired with cross-entropy) or linear (paired with ½‖ŷ − y‖²). */
export type RnnOutput = "softmax" | "linear";

/** Options of the forward pass and of the loss. */
export interface RnnOptions {
  /** Output unit; default "softmax". */
  output?: RnnOutput;
}

/** What one cell step keeps for its backward step (the course's `(a_next, a_prev, xt, parameters)`). */
export interface RnnCellCache {
  /** a⟨t⟩, (n_a, m). */
  aNext: NDArray;
  /** a⟨t−1⟩, (n_a, m). */
  aPrev: NDArray;
  /** x⟨t⟩, (n_x, m). */
  xt: NDArray;
  /** The parameters used by the step. */
  parameters: RnnParameters;
}

/** Gradients of one cell step (the course's rnn_cell_backward dictionary). */
export interface RnnCellGradients {
  /** ∂/∂x⟨t⟩, (n_x, m). */
  dxt: NDArray;
  /** ∂/∂a⟨t−1⟩, (n_a, m). */
  daPrev: NDArray;
  dWax: NDArray;
  dWaa: NDArray;
  dba: NDArray;
}

/** Gradients of the loss with respect to every parameter (the names `clip` and `update` expect). */
export interface RnnParamGradients {
  dWax: NDArray;
  dWaa: NDArray;
  dba: NDArray;
  dWya: NDArray;
  dby: NDArray;
}

/** Parameter gradients plus the gradients with respect to the inputs and the initial state. */
export interface RnnGradients extends RnnParamGradients {
  /** ∂L/∂x, (n_x, m, T_x). */
  dx: NDArray;
  /** ∂L/∂a⟨0⟩, (n_a, m). */
  da0: NDArray;
}
