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
// The seam with the Jupyter kernel (kernel/README.md): the kernel installs its bridge with setKernel
// and asks the library for mime bundles and %%timeit; library code finds the kernel with currentKernel.
export { setKernel, currentKernel, mimeBundle, timeitWithSetup } from "./display";
export type { KernelBridge, DisplayMessage } from "./display";
// ... and while it is idle it has np touch the memory the next arrays will use (a fresh page is slow).
export { warmMemory } from "./np";
