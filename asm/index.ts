// Entry point of the WebAssembly module: every exported kernel. Pointers are byte addresses in the
// (shared, imported) memory; strides and sizes are in float64 elements.
export { packA, packedABytes, gemmPacked, gemmPackBytes, gemmDirectPackBytes, gemmDepthBlock, gemmDot, gemmDirect } from "./gemm";
export { unary } from "./unary";
export { binary } from "./binary";
export { sumRows, sumCols, extremeRows, extremeCols } from "./reduce";
