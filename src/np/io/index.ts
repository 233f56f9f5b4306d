// File input and output in Node: numpy's .npy/.npz, text tables and raw bytes. Node's fs and zlib are
// required only when a file function runs (node_fs.ts), so np loads where they are missing.
export { save, savez, savezCompressed, load } from "./save_load";
export type { NpzFile } from "./save_load";
export { saveBytes, loadBytes } from "./npy";
export { savetxt, loadtxt, genfromtxt } from "./text";
export type { SavetxtOptions, LoadtxtOptions, GenfromtxtOptions } from "./text";
export { frombuffer, fromfile, fromstring, tobytes, tofile } from "./bytes";
export type { FromBufferOptions } from "./bytes";
