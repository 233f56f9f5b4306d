import { TypedArray } from "./dtype";

// Buffer classes by identity: WASM-resident Float64Arrays are a subclass that shares the name.
const classIds = new Map<Function, number>();

/** A small number naming a buffer's class, for keying loops by the buffer types they see. */
export function classId(b: TypedArray): number {
  let id = classIds.get(b.constructor);
  if (id === undefined) classIds.set(b.constructor, (id = classIds.size));
  return id;
}

/**
 * Inner loops generated from an op's expression (`a + b`, `Math.exp(x)`, `acc + x`), one compiled
 * copy per expression and variant (the buffer classes it will see), so V8 compiles each into a tight,
 * monomorphic loop instead of calling a closure per element.
 */
export class LoopCache<F> {
  private readonly byExpr = new Map<string, Map<number, F>>();
  constructor(private readonly make: (expr: string) => F) {}

  get(expr: string, variant = 0): F {
    let byVariant = this.byExpr.get(expr);
    if (!byVariant) this.byExpr.set(expr, (byVariant = new Map()));
    let f = byVariant.get(variant);
    if (!f) byVariant.set(variant, (f = this.make(expr)));
    return f;
  }
}
