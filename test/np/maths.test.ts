// numpy-generated cases for the np "maths" group (test/gen/np_breadth_fixtures.py -> test/fixtures/np/maths.json).
import { runFixtures } from "./fixture-runner";

runFixtures("maths");
