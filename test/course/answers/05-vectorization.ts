// Answer fixtures of notebooks/05-vectorization.ipynb: typical mistakes (must fail with the @expect
// text) and other correct ways of writing each exercise (must pass). Format: course/README.md.

// @mistake loopDot: overwrites the sum instead of adding to it
// @expect add each product to the sum
function loopDot(x1: NDArray, x2: NDArray): number {
  let dot = 0;
  for (let i = 0; i < x1.size; i++) dot = x1.item(i) * x2.item(i);
  return dot;
}

// @mistake loopDot: starts at index 1
// @expect start the loop at i = 0
function loopDot(x1: NDArray, x2: NDArray): number {
  let dot = 0;
  for (let i = 1; i < x1.size; i++) dot += x1.item(i) * x2.item(i);
  return dot;
}

// @correct loopDot: a for...of loop over the values as a JavaScript array
function loopDot(x1: NDArray, x2: NDArray): number {
  const a = x1.tolist() as number[];
  const b = x2.tolist() as number[];
  let dot = 0;
  for (const [i, v] of a.entries()) dot += v * b[i];
  return dot;
}

// @correct loopDot: a loop from the end with getFlat
function loopDot(x1: NDArray, x2: NDArray): number {
  let dot = 0;
  for (let i = x1.size - 1; i >= 0; i--) dot += x1.getFlat(i) * x2.getFlat(i);
  return dot;
}

// @mistake loopOuter: the indices swapped
// @expect the indices are swapped
function loopOuter(x1: NDArray, x2: NDArray): NDArray {
  const n = x1.size;
  const outer = np.zeros([n, n]);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) outer.set(i, j, x1.item(j) * x2.item(i));
  return outer;
}

// @mistake loopOuter: a square matrix, n1 × n1
// @expect take the number of columns from x2
function loopOuter(x1: NDArray, x2: NDArray): NDArray {
  const n = x1.size;
  const outer = np.zeros([n, n]);
  for (let i = 0; i < n; i++) for (let j = 0; j < Math.min(n, x2.size); j++) outer.set(i, j, x1.item(i) * x2.item(j));
  return outer;
}

// @correct loopOuter: rows built as JavaScript arrays, then np.array
function loopOuter(x1: NDArray, x2: NDArray): NDArray {
  const rows: number[][] = [];
  for (let i = 0; i < x1.size; i++) {
    const row: number[] = [];
    for (let j = 0; j < x2.size; j++) row.push(x1.item(i) * x2.item(j));
    rows.push(row);
  }
  return np.array(rows, { dtype: "float64" }).reshape(x1.size, x2.size);
}

// @correct loopOuter: one loop over the rows, each row x2 scaled by x1[i]
function loopOuter(x1: NDArray, x2: NDArray): NDArray {
  const outer = np.zeros([x1.size, x2.size]);
  for (let i = 0; i < x1.size; i++) outer.set(i, ":", x2.mul(x1.item(i)));
  return outer;
}

// @mistake loopMultiply: adds the products up (the dot product)
// @expect return an array of n values, not their sum
function loopMultiply(x1: NDArray, x2: NDArray): NDArray {
  let s = 0;
  for (let i = 0; i < x1.size; i++) s += x1.item(i) * x2.item(i);
  return s as unknown as NDArray;
}

// @mistake loopMultiply: a column (n, 1) instead of a 1-D array
// @expect There is an extra dimension of size 1
function loopMultiply(x1: NDArray, x2: NDArray): NDArray {
  const mul = np.zeros([x1.size, 1]);
  for (let i = 0; i < x1.size; i++) mul.set(i, 0, x1.item(i) * x2.item(i));
  return mul;
}

// @correct loopMultiply: a Float64Array filled in a loop
function loopMultiply(x1: NDArray, x2: NDArray): NDArray {
  const out = new Float64Array(x1.size);
  for (let i = 0; i < out.length; i++) out[i] = x1.item(i) * x2.item(i);
  return np.array(out);
}

// @correct loopMultiply: Array.from with an index function
function loopMultiply(x1: NDArray, x2: NDArray): NDArray {
  return np.array(Array.from({ length: x1.size }, (_, i) => x1.item(i) * x2.item(i)), { dtype: "float64" }).reshape(-1);
}

// @mistake loopGeneralDot: one running sum for all rows
// @expect set the sum back to 0 at the start of every row
function loopGeneralDot(W: NDArray, x: NDArray): NDArray {
  const [k, n] = W.shape;
  const gdot = np.zeros([k]);
  let sum = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < n; j++) sum += W.item(i, j) * x.item(j);
    gdot.set(i, sum);
  }
  return gdot;
}

// @mistake loopGeneralDot: a column (k, 1)
// @expect return a 1-D array of shape (k,)
function loopGeneralDot(W: NDArray, x: NDArray): NDArray {
  const [k, n] = W.shape;
  const gdot = np.zeros([k, 1]);
  for (let i = 0; i < k; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += W.item(i, j) * x.item(j);
    gdot.set(i, 0, sum);
  }
  return gdot;
}

// @correct loopGeneralDot: accumulates into the result with the lecture's gdot[i] += W[i, j] * x[j]
function loopGeneralDot(W: NDArray, x: NDArray): NDArray {
  const gdot = np.zeros([W.shape[0]]);
  for (let i = 0; i < W.shape[0]; i++) {
    for (let j = 0; j < x.size; j++) gdot.set(i, gdot.item(i) + W.item(i, j) * x.item(j));
  }
  return gdot;
}

// @correct loopGeneralDot: one dot product per row, with a loop over the rows
function loopGeneralDot(W: NDArray, x: NDArray): NDArray {
  const rows: number[] = [];
  for (let i = 0; i < W.shape[0]; i++) {
    const w = W.get(i);
    let s = 0;
    for (let j = 0; j < w.size; j++) s += w.item(j) * x.item(j);
    rows.push(s);
  }
  return np.array(rows, { dtype: "float64" });
}
