// numpy-generated cases for the np "polynomial" group (test/gen/np_misc_fixtures.py ->
// test/fixtures/np/polynomial.json). numpy's roots come in LAPACK's order, np's decreasing: both are
// sorted before comparing.
import { NDArray } from "../../src/np";
import { runFixtures, Canon } from "./fixture-runner";

const canon: Canon = (c, got, want) => {
  if (c.call !== "roots" || !want.array?.data) return { got, expect: want };
  const data = [...want.array.data].sort((a, b) => Number(b) - Number(a));
  const g = got instanceof NDArray ? NDArray.fromData(Float64Array.from(got.data).sort().reverse(), [...got.shape], got.dtype) : got;
  return { got: g, expect: { ...want, array: { ...want.array, data } } };
};

runFixtures("polynomial", () => true, canon);
