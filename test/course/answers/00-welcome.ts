// Answer fixtures of notebooks/00-welcome.ipynb: mistakes students make, which the test cells must
// catch with these messages, and other correct ways of writing each exercise, which must pass.

// @mistake square: doubled instead of squared
// @expect that doubles x
function square(x: NDArray): NDArray {
  return x.mul(2);
}

// @mistake square: np.dot adds the squares up into one value
// @expect adds the squares up into one number
function square(x: NDArray): NDArray {
  return np.dot(x, x);
}

// @mistake square: the square root
// @expect that is the square root
function square(x: NDArray): NDArray {
  return np.sqrt(np.abs(x));
}

// @correct square: np.square
function square(x: NDArray): NDArray {
  return np.square(x);
}

// @correct square: x.power(2)
function square(x: NDArray): NDArray {
  return x.power(2);
}

// @correct square: a loop over the elements
function square(x: NDArray): NDArray {
  const flat = x.flatten();
  const out = np.zeros([flat.size]);
  for (let i = 0; i < flat.size; i++) out.set(i, flat.item(i) ** 2);
  return out.reshape(x.shape);
}
