import { imageExamples, pixelNames, readImageSet } from "./idx_images";
import { FASHION_FILES, FASHION_LABELS } from "./fashion_mnist";
import { rng } from "./rng";
import { assembleSplit } from "./table";
import type { ImageOptions, SplitDataset } from "./types";

/** Options of {@link catLike}. */
export interface CatLikeOptions extends Omit<ImageOptions, "testSize" | "shuffle"> {
  /** The positive class: a Fashion-MNIST label (0–9) or its name. Default "Shirt". */
  positive?: number | string;
  /** Seed that picks and orders the images (numpy legacy RandomState). Default 1. */
  seed?: number;
}

const TRAIN = { size: 209, positives: 72 };
const TEST = { size: 50, positives: 17 };

/**
 * A small binary image task standing in for the course's cat / non-cat pictures: Fashion-MNIST
 * "Shirt" (label 1) against every other class (label 0), 209 training and 50 test images with about
 * 35 % positives (72 and 17), flattened to X of shape (784, m) with pixels scaled into [0, 1]
 * (`normalize: false` keeps 0–255, `flatten: false` gives (m, 28, 28)). Shirts are easily confused
 * with T-shirts, pullovers and coats, so, like the cats, logistic regression fits the training set
 * well but clearly does worse on the test set, leaving room for deeper networks.
 *
 * The images are drawn from Fashion-MNIST's test file with `rs = np.random.RandomState(seed)`:
 * `pos[rs.permutation(len(pos))[:89]]` and `neg[rs.permutation(len(neg))[:170]]` (indices in file
 * order), the first 72 positives and 137 negatives form the training set, the rest the test set,
 * then each set is reordered by `rs.permutation(209)` and `rs.permutation(50)`.
 *
 * @example
 * const { X_train, Y_train, X_test, Y_test, labels } = data.catLike();
 * [X_train.shape, Y_train.shape, X_test.shape, Y_test.shape] // → [ [ 784, 209 ], [ 1, 209 ], [ 784, 50 ], [ 1, 50 ] ]
 * labels // → [ 'non-shirt', 'shirt' ]
 * data.catLike({ positive: "Bag" }).labels // → [ 'non-bag', 'bag' ]
 */
export function catLike(opts: CatLikeOptions = {}): SplitDataset {
  const pos = positiveLabel(opts.positive ?? "Shirt");
  const seed = opts.seed ?? 1;
  const set = readImageSet("catLike", FASHION_FILES[0], FASHION_FILES[1], 10, opts.dir);
  const positives: number[] = [];
  const negatives: number[] = [];
  for (let i = 0; i < set.m; i++) (set.labels[i] === pos ? positives : negatives).push(i);
  const needPos = TRAIN.positives + TEST.positives;
  const needNeg = TRAIN.size - TRAIN.positives + TEST.size - TEST.positives;
  if (positives.length < needPos || negatives.length < needNeg) {
    throw new Error(`data.catLike(): the Fashion-MNIST file has too few images (${positives.length} positives, ${negatives.length} negatives)`);
  }
  const gen = rng(seed);
  const p = gen.permutation(positives.length).slice(0, needPos).map((k) => positives[k]);
  const q = gen.permutation(negatives.length).slice(0, needNeg).map((k) => negatives[k]);
  const train0 = [...p.slice(0, TRAIN.positives), ...q.slice(0, TRAIN.size - TRAIN.positives)];
  const test0 = [...p.slice(TRAIN.positives), ...q.slice(TRAIN.size - TRAIN.positives)];
  const train = gen.permutation(train0.length).map((k) => train0[k]);
  const test = gen.permutation(test0.length).map((k) => test0[k]);

  const target = new Float64Array(set.m);
  for (let i = 0; i < set.m; i++) target[i] = set.labels[i] === pos ? 1 : 0;
  const name = FASHION_LABELS[pos].toLowerCase();
  return assembleSplit(
    imageExamples(set, target, 2),
    { name: "catLike", labels: [`non-${name}`, name], featureNames: pixelNames(set.height, set.width) },
    { train, test },
    { normalize: true, ...opts },
  );
}

function positiveLabel(p: number | string): number {
  if (typeof p === "number") {
    if (Number.isInteger(p) && p >= 0 && p < 10) return p;
  } else {
    const k = FASHION_LABELS.findIndex((l) => l.toLowerCase() === p.toLowerCase());
    if (k >= 0) return k;
  }
  throw new Error(`data.catLike(): positive must be a Fashion-MNIST label 0-9 or one of ${FASHION_LABELS.map((l) => JSON.stringify(l)).join(", ")}; got ${JSON.stringify(p)}`);
}
