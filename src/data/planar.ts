import { rng } from "./rng";
import { buildDataset } from "./table";
import type { Dataset, LoadOptions, SplitDataset } from "./types";

/** Options of {@link planar}: the common ones plus the size and shape of the flower. */
export interface PlanarOptions extends LoadOptions {
  /** Number of points, half per class (an odd m leaves the last point at the origin in class 0, as numpy's recipe does). Default 400. */
  m?: number;
  /** Seed of the generator (numpy's legacy RandomState). Default 1, the course's. */
  seed?: number;
  /** Maximum ray of the flower, the number the recipe calls `a`. Default 4. */
  a?: number;
}

/** `np.linspace(start, stop, num)` element by element as numpy computes it: i * step + start, the end exact. */
function linspace(start: number, stop: number, num: number): Float64Array {
  const out = new Float64Array(num);
  if (num === 1) out[0] = start;
  if (num < 2) return out;
  const step = (stop - start) / (num - 1);
  for (let i = 0; i < num; i++) out[i] = i * step + start;
  out[num - 1] = stop;
  return out;
}

/**
 * The two-class "flower" of the planar-data exercise (one hidden layer): for class j ∈ {0, 1},
 * m/2 points with angle t = linspace(3.12 j, 3.12 (j+1), m/2) + 0.2·randn and radius
 * r = a·sin(4t) + 0.2·randn, placed at (r sin t, r cos t). Random numbers come from a numpy-legacy
 * generator seeded with `seed`, so the points equal numpy's for the same seed (the course's
 * `load_planar_dataset()` is seed 1). X is (2, m), Y is (1, m) with 0 = red and 1 = blue petals.
 * Unlike the course's function it does not reseed np.random's global generator.
 *
 * @example
 * const { X, Y } = data.planar();
 * [X.shape, Y.shape] // → [ [ 2, 400 ], [ 1, 400 ] ]
 * data.planar({ m: 1000, seed: 3 }).X.shape // → [ 2, 1000 ]
 */
export function planar(opts: PlanarOptions & { testSize: number }): SplitDataset;
export function planar(opts?: PlanarOptions): Dataset;
export function planar(opts: PlanarOptions = {}): Dataset | SplitDataset {
  const m = opts.m ?? 400;
  const seed = opts.seed ?? 1;
  const a = opts.a ?? 4;
  if (!Number.isInteger(m) || m < 0) throw new Error(`data.planar(): m must be a non-negative integer, got ${m}`);
  const N = Math.floor(m / 2);
  const gen = rng(seed);
  const features = new Float64Array(m * 2); // rows layout (m, 2), like the recipe's X before .T
  const target = new Float64Array(m);
  for (let j = 0; j < 2; j++) {
    const t = linspace(j * 3.12, (j + 1) * 3.12, N);
    const tNoise = gen.randn(N);
    for (let i = 0; i < N; i++) t[i] = t[i] + tNoise[i] * 0.2;
    const rNoise = gen.randn(N);
    for (let i = 0; i < N; i++) {
      const r = a * Math.sin(4 * t[i]) + rNoise[i] * 0.2;
      const row = N * j + i;
      features[2 * row] = r * Math.sin(t[i]);
      features[2 * row + 1] = r * Math.cos(t[i]);
      target[row] = j;
    }
  }
  return buildDataset(
    { m, n: 2, features, target, classes: 2 },
    { name: "planar", labels: ["red", "blue"], featureNames: ["x1", "x2"] },
    { ...opts, seed },
  );
}
