// The np.scope of one training step in nn's loops: a step's caches and gradients are freed as soon
// as it ends, instead of after a garbage collection (see np.scope).
import { np } from "../np";
import type { Activation, ActivationName } from "./activation_backward";

/**
 * Runs one training step in np.scope, or as a plain call when code of the caller's runs inside it:
 * a custom activation object (or optimizer, batch-norm statistics, ...) may keep arrays where
 * np.scope cannot see them, and those must never be freed. `activations` are the step's
 * activation options (names are nn's own); `userCode` says other code of the caller's runs.
 */
export function stepScope<T>(activations: readonly (ActivationName | Activation | undefined)[], fn: () => T, userCode = false): T {
  return userCode || activations.some((g) => typeof g === "object") ? fn() : np.scope(fn);
}
