import * as np from "./api";
export { np };
export { NDArray } from "./ndarray";
export type { ArrayLike, Index } from "./ndarray";
export type { DType } from "./dtype";
