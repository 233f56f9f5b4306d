// numpy-generated cases for the np "creation" group (test/gen/np_fixtures.py -> test/fixtures/np/creation.json).
import { runFixtures } from "./fixture-runner";

runFixtures("creation");
