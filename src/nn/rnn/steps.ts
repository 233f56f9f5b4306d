// A sequence's per-step arrays, (n, m) each, joined into one array and split again. One
// concatenate joins them (np.stack(steps, { axis: 2 }) costs about three times as much for the
// course's short sequences), views of one array split them.
import { np, NDArray } from "../../np";

/** The T_x arrays (n, m) as one (n, T_x·m) matrix, step t in columns t·m … t·m + m − 1: sums over all steps become one product. */
export function sideBySide(steps: readonly NDArray[]): NDArray {
  return np.concatenate(steps, { axis: 1 });
}

/** (n, T_x·m) columns in step order back to (n, m, T_x) (a transposed view). */
export function fromSideBySide(cols: NDArray, Tx: number): NDArray {
  return cols.reshape(cols.shape[0], Tx, -1).transpose([0, 2, 1]);
}

/** (n, T_x·m) columns in step order as the T_x steps (n, m) (views). */
export function splitSteps(cols: NDArray, Tx: number): NDArray[] {
  return np.split(cols, Tx, { axis: 1 });
}

/** The T_x steps of a sequence (n, m, T_x) as (n, m) views, as np.unstack(x, { axis: 2 }). */
export function unstackSteps(x: NDArray): NDArray[] {
  return np.split(x, x.shape[2], { axis: 2 }).map((s) => np.squeeze(s, 2));
}
