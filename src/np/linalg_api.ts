// np.linalg: the linear-algebra sub-namespace.
export { norm } from "./linalg";
export type { NormOptions } from "./linalg";
