import * as np from "./api";
export { np };
export { NDArray } from "./ndarray";
export type { ArrayLike, Index } from "./ndarray";
export type { DType } from "./dtype";
// For the other parts of the library (nn, data, plot): the seed-or-generator argument their
// functions take, and numpy's legacy generator class.
export { randomState, type RandomLike } from "./random/seeded";
export { RandomState } from "./random";
// For the kernel (through src/index.ts): touching the memory the next arrays will use while idle.
export { warmMemory } from "./wasm";
