import { iris } from "./iris";
import { digits } from "./digits";
import { mnist } from "./mnist";
import { fashionMnist, FASHION_LABELS } from "./fashion_mnist";
import { breastCancer } from "./breast_cancer";
import { wine } from "./wine";
import { firstNames } from "./first_names";
import { vocabulary } from "./vocabulary";
import { planar } from "./planar";
import { catLike } from "./cat_like";
import { datasetsDir } from "./files";
import { splitIndices } from "./split";

export type { Dataset, SplitDataset, DatasetInfo, LoadOptions, SplitOptions, ImageOptions } from "./types";
export type { NamesOptions } from "./first_names";
export type { Vocabulary } from "./vocabulary";
export type { PlanarOptions } from "./planar";
export type { CatLikeOptions } from "./cat_like";

/**
 * Dataset loaders. Every array loader returns X of shape (n_x, m) — one example per column, the
 * lectures' layout — and Y of shape (1, m) (int64 labels) or (classes, m) with `oneHot: true`, plus
 * `labels` (class names) and `featureNames`. `layout: "rows"` gives scikit-learn's (m, n_x) and (m,);
 * `testSize` (with `seed`) returns `{ X_train, Y_train, X_test, Y_test, ... }`.
 *
 * @example
 * const { X, Y, labels } = data.iris();
 * [X.shape, Y.shape] // → [ [ 4, 150 ], [ 1, 150 ] ]
 * const s = data.iris({ normalize: true, oneHot: true, testSize: 0.2, seed: 1 });
 * [s.X_train.shape, s.Y_train.shape] // → [ [ 4, 120 ], [ 3, 120 ] ]
 * const { X: P, Y: c } = data.planar();                      // the flower
 * [P.shape, c.shape] // → [ [ 2, 400 ], [ 1, 400 ] ]
 */
export const data = {
  iris,
  digits,
  mnist,
  fashionMnist,
  breastCancer,
  wine,
  firstNames,
  vocabulary,
  planar,
  catLike,
  datasetsDir,
  splitIndices,
  /** Fashion-MNIST's class names, label 0 to 9. */
  FASHION_LABELS,
};

export { iris, digits, mnist, fashionMnist, breastCancer, wine, firstNames, vocabulary, planar, catLike, datasetsDir, splitIndices };
// The example-order helpers nn's cross-validation shares with the loaders (one split rule for both).
export { exampleOrder, testCount } from "./split";
