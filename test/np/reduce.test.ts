// numpy-generated cases for the np "reduce" group (test/gen/np_fixtures.py -> test/fixtures/np/reduce.json).
import { runFixtures } from "./fixture-runner";

runFixtures("reduce");
