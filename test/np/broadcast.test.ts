// numpy-generated cases for the np "broadcast" group (test/gen/np_fixtures.py -> test/fixtures/np/broadcast.json).
import { runFixtures } from "./fixture-runner";

runFixtures("broadcast");
