// numpy-generated cases for the np "shape" group (test/gen/np_fixtures.py -> test/fixtures/np/shape.json).
import { runFixtures } from "./fixture-runner";

runFixtures("shape");
