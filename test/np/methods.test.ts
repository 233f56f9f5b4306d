// numpy-generated cases for the np "methods" group (test/gen/np_breadth_fixtures.py -> test/fixtures/np/methods.json).
import { runFixtures } from "./fixture-runner";

runFixtures("methods");
