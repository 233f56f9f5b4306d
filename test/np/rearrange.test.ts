// numpy-generated cases for the np "rearrange" group (test/gen/np_breadth_fixtures.py -> test/fixtures/np/rearrange.json).
import { runFixtures } from "./fixture-runner";

runFixtures("rearrange");
