/// <reference types="node" />
// Rich output for notebooks: display(), progress bars and timeit. Works in the deepts kernel (rich
// mime bundles, in-place updates) and in plain Node (text).
export { display, DisplayHandle, type DisplayOptions, type DisplayOptionsWithId } from "./display";
export { progress, Progress, type ProgressOptions } from "./progress";
export { timeit, timeitWithSetup, TimeitResult, formatTime, type TimeitOptions } from "./timeit";
export { mimeBundle, JUPYTER_DISPLAY, type Displayable } from "./bundle";
export { currentKernel, setKernel, type KernelBridge, type MimeBundle, type DisplayMessage } from "./bridge";
