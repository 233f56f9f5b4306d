// A sequence's per-step arrays, (n, m) each, joined into one array. One concatenate does it:
// np.stack(steps, { axis: 2 }) costs about three times as much for the course's short sequences.
import { np, NDArray } from "../../np";

/** The T_x arrays (n, m) as one (n, T_x·m) matrix, step t in columns t·m … t·m + m − 1: sums over all steps become one product. */
export function sideBySide(steps: readonly NDArray[]): NDArray {
  return np.concatenate(steps, { axis: 1 });
}

/** The T_x arrays (n, m) stacked along a last axis, (n, m, T_x), as np.stack(steps, { axis: 2 }) (a transposed view). */
export function stackSteps(steps: readonly NDArray[]): NDArray {
  return fromSideBySide(sideBySide(steps), steps.length);
}

/** (n, T_x·m) columns in step order back to (n, m, T_x) (a transposed view). */
export function fromSideBySide(cols: NDArray, Tx: number): NDArray {
  return cols.reshape(cols.shape[0], Tx, -1).transpose([0, 2, 1]);
}
