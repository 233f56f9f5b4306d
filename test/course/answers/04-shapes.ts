// Answer fixtures of notebooks/04-shapes.ipynb: typical mistakes (must fail with the @expect text)
// and other correct ways of writing each exercise (must pass). Format: course/README.md.

// @mistake toColumn: .T on a rank-1 array, which changes nothing
// @expect .T does nothing to a rank-1 array
function toColumn(v: NDArray): NDArray {
  return v.T;
}

// @mistake toColumn: a row instead of a column
// @expect that is a row (1, n)
function toColumn(v: NDArray): NDArray {
  return v.reshape(1, -1);
}

// @mistake toColumn: np.expandDims, right for a rank-1 array only
// @expect np.expandDims adds an axis
function toColumn(v: NDArray): NDArray {
  return np.expandDims(v, 1);
}

// @mistake toColumn: reshape(v.shape[0], 1), right for a rank-1 array only
// @expect cannot reshape array of size 3 into shape (1,1)
function toColumn(v: NDArray): NDArray {
  return v.reshape(v.shape[0], 1);
}

// @correct toColumn: reshape to (size, 1)
function toColumn(v: NDArray): NDArray {
  return v.reshape([v.size, 1]);
}

// @correct toColumn: a loop over the flattened values
function toColumn(v: NDArray): NDArray {
  const values = v.flatten();
  const out = np.zeros([v.size, 1]);
  for (let i = 0; i < v.size; i++) out.set(i, 0, values.item(i));
  return out;
}

// @mistake assertShape: compares the shape arrays with !==, which is always true
// @expect in JavaScript two arrays are never ===
function assertShape(x: NDArray, shape: number[]): void {
  if (x.shape !== shape) throw new Error(`expected shape (${shape}), got (${x.shape})`);
}

// @mistake assertShape: compares the sizes that x has, not the number of axes
// @expect Compare the number of axes too
function assertShape(x: NDArray, shape: number[]): void {
  if (!x.shape.every((n, i) => n === shape[i])) throw new Error(`expected shape (${shape}), got (${x.shape})`);
}

// @mistake assertShape: compares the number of values only
// @expect (5,) is not (5, 1)
function assertShape(x: NDArray, shape: number[]): void {
  const size = shape.reduce((a, b) => a * b, 1);
  if (x.size !== size) throw new Error(`expected ${size} values, got ${x.size}`);
}

// @correct assertShape: the shapes as JSON text
function assertShape(x: NDArray, shape: number[]): void {
  if (JSON.stringify(x.shape) !== JSON.stringify(shape)) {
    throw new Error(`expected shape ${JSON.stringify(shape)}, got ${JSON.stringify(x.shape)}`);
  }
}

// @correct assertShape: a loop over the axes
function assertShape(x: NDArray, shape: number[]): void {
  if (x.ndim !== shape.length) throw new Error(`expected ${shape.length} axes, got ${x.ndim}`);
  for (let k = 0; k < shape.length; k++) {
    if (x.shape[k] !== shape[k]) throw new Error(`axis ${k}: expected size ${shape[k]}, got ${x.shape[k]}`);
  }
}

// @mistake image2vector: a rank-1 result
// @expect A dimension of size 1 is missing
function image2vector(image: NDArray): NDArray {
  return image.reshape(-1);
}

// @mistake image2vector: a row instead of a column
// @expect It looks transposed
function image2vector(image: NDArray): NDArray {
  return image.reshape(1, -1);
}

// @mistake image2vector: transposes the image before reshaping
// @expect do not transpose the image before reshaping
function image2vector(image: NDArray): NDArray {
  return image.T.reshape(-1, 1);
}

// @mistake image2vector: the lecture's size typed in instead of taken from image.shape
// @expect cannot reshape array of size
function image2vector(image: NDArray): NDArray {
  return image.reshape(18, 1);
}

// @correct image2vector: reshape(-1, 1)
function image2vector(image: NDArray): NDArray {
  return image.reshape(-1, 1);
}

// @correct image2vector: three loops in row-major order
function image2vector(image: NDArray): NDArray {
  const [a, b, c] = image.shape;
  const v = np.zeros([a * b * c, 1]);
  let k = 0;
  for (let i = 0; i < a; i++) for (let j = 0; j < b; j++) for (let d = 0; d < c; d++) v.set(k++, 0, image.item(i, j, d));
  return v;
}

// @mistake flattenImages: reshape(n_x, m) without the transpose scrambles the images
// @expect reshape(n_x, m) (or reshape(-1, m)) scrambles the images
function flattenImages(X: NDArray): NDArray {
  const m = X.shape[0];
  return X.reshape(-1, m);
}

// @mistake flattenImages: one image per row, (m, n_x), not per column
// @expect It looks transposed
function flattenImages(X: NDArray): NDArray {
  return X.reshape(X.shape[0], -1);
}

// @mistake flattenImages: n_x = h * w typed for gray images only
// @expect cannot reshape array of size
function flattenImages(X: NDArray): NDArray {
  const [m, h, w] = X.shape;
  return X.reshape(m, h * w).T;
}

// @correct flattenImages: transpose() of reshape([m, n_x])
function flattenImages(X: NDArray): NDArray {
  const m = X.shape[0];
  return X.reshape([m, X.size / m]).transpose();
}

// @correct flattenImages: one column at a time
function flattenImages(X: NDArray): NDArray {
  const m = X.shape[0];
  const out = np.zeros([X.size / m, m]);
  for (let i = 0; i < m; i++) out.set(":", i, X.get(i).flatten());
  return out;
}
