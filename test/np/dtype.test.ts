// numpy-generated cases for the np "dtype" group (test/gen/np_fixtures.py -> test/fixtures/np/dtype.json).
import { runFixtures } from "./fixture-runner";

runFixtures("dtype");
