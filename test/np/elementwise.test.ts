// numpy-generated cases for the np "elementwise" group (test/gen/np_fixtures.py -> test/fixtures/np/elementwise.json).
import { runFixtures } from "./fixture-runner";

runFixtures("elementwise");
