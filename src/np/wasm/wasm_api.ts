/*
 * The few WebAssembly JS API types used here. The project compiles with lib ES2022 and no DOM lib,
 * which is where TypeScript declares WebAssembly, so this folder types the global itself.
 */

export interface WasmMemory {
  readonly buffer: ArrayBuffer | SharedArrayBuffer;
  grow(pages: number): number;
}

/** A compiled module (opaque; can be sent to worker threads). */
export interface WasmModule {
  readonly __wasmModule?: never;
}

export interface WasmInstance {
  readonly exports: Record<string, unknown>;
}

interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => WasmModule;
  Instance: new (module: WasmModule, imports: Record<string, Record<string, unknown>>) => WasmInstance;
  Memory: new (desc: { initial: number; maximum?: number; shared?: boolean }) => WasmMemory;
}

/** The engine's WebAssembly object (undefined in an engine without WebAssembly). */
export const WA = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;
