// numpy-generated cases for the np "bitwise" group (test/gen/np_misc_fixtures.py -> test/fixtures/np/bitwise.json).
import { runFixtures } from "./fixture-runner";

runFixtures("bitwise");
