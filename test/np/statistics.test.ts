// numpy-generated cases for the np "statistics" group (test/gen/np_breadth_fixtures.py -> test/fixtures/np/statistics.json).
import { runFixtures } from "./fixture-runner";

runFixtures("statistics");
