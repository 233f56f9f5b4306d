/// <reference types="node" />
// deepts: the library the kernel preloads. `np` is numpy; later parts add nn, data, plot.
export { np, NDArray } from "./np";
export type { ArrayLike, Index, DType } from "./np";
export { data } from "./data";
export { plot } from "./plot";
export { nn } from "./nn";
export { display, progress, timeit } from "./display";
export { check } from "./check";
export type { DisplayHandle, Progress, TimeitResult, MimeBundle } from "./display";
