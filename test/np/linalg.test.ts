// numpy-generated cases for the np "linalg" group (test/gen/np_fixtures.py -> test/fixtures/np/linalg.json).
import { runFixtures } from "./fixture-runner";

runFixtures("linalg");
