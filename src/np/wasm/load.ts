import * as v8 from "node:v8";
import { RELAXED_WASM, SIMD_WASM } from "./generated/modules";
import { WA, WasmModule } from "./wasm_api";

/** Which kernels run: relaxed SIMD (fused multiply-add), plain SIMD, or none (pure TypeScript). */
export type Tier = "relaxed-simd" | "simd" | "none";

/** The exports of the kernel module (pointers are byte addresses, strides in elements). */
export interface KernelExports {
  packA(M: number, K: number, a: number, ars: number, acs: number, dst: number): void;
  packedABytes(M: number, K: number): number;
  gemmPacked(M: number, i0: number, m: number, N: number, K: number, ap: number, b: number, brs: number, bcs: number, c: number, crs: number, ccs: number, pack: number): void;
  gemmPackBytes(): number;
  gemmDirectPackBytes(K: number, N: number): number;
  gemmDepthBlock(): number;
  gemmDirect(i0: number, m: number, N: number, K: number, a: number, ars: number, acs: number, b: number, brs: number, bcs: number, c: number, crs: number, ccs: number, pack: number): void;
  gemmDot(i0: number, m: number, N: number, K: number, a: number, ars: number, b: number, bcs: number, c: number, crs: number, ccs: number): void;
  unary(op: number, R: number, C: number, src: number, srs: number, scs: number, dst: number): number;
  binary(op: number, R: number, C: number, a: number, ars: number, acs: number, b: number, brs: number, bcs: number, out: number): number;
  sumRows(R: number, C: number, x: number, rs: number, cs: number, out: number, os: number): void;
  sumCols(R: number, C: number, x: number, rs: number, cs: number, out: number): void;
  extremeRows(R: number, C: number, x: number, rs: number, cs: number, out: number, os: number, max: boolean): void;
  extremeCols(R: number, C: number, x: number, rs: number, cs: number, out: number, max: boolean): void;
}

const decoded: Partial<Record<"simd" | "relaxed-simd", Uint8Array>> = {};
function bytesOf(tier: "simd" | "relaxed-simd"): Uint8Array {
  return (decoded[tier] ??= new Uint8Array(Buffer.from(tier === "simd" ? SIMD_WASM : RELAXED_WASM, "base64")));
}

/**
 * Whether this engine accepts the tier's module. Node 20 validates relaxed SIMD only behind
 * --experimental-wasm-relaxed-simd; that flag cannot go in NODE_OPTIONS, but it can be set from
 * code before compiling, which is done here (once, and only if the module fails without it).
 */
export function supports(tier: "simd" | "relaxed-simd"): boolean {
  if (!WA) return false;
  const bytes = bytesOf(tier);
  if (WA!.validate(bytes)) return true;
  if (tier === "relaxed-simd") {
    try {
      v8.setFlagsFromString("--experimental-wasm-relaxed-simd");
    } catch {
      return false;
    }
    return WA!.validate(bytes);
  }
  return false;
}

/** The best tier this engine supports, limited by `want` (e.g. "simd" to skip relaxed SIMD). */
export function bestTier(want: Tier = "relaxed-simd"): Tier {
  if (want === "none") return "none";
  if (want === "relaxed-simd" && supports("relaxed-simd")) return "relaxed-simd";
  return supports("simd") ? "simd" : "none";
}

const compiled: Partial<Record<"simd" | "relaxed-simd", WasmModule>> = {};

/** The compiled module of a tier (compiled once per process; helper threads reuse it). */
export function moduleOf(tier: "simd" | "relaxed-simd"): WasmModule {
  const m = compiled[tier];
  if (m) return m;
  // supports() also switches on what the engine needs to compile this tier
  if (!supports(tier)) throw new Error(`deepts: this JavaScript engine cannot run the ${tier} kernels`);
  return (compiled[tier] = new WA!.Module(bytesOf(tier)));
}
