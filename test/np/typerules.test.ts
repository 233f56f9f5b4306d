// numpy-generated cases for the np "typerules" group (test/gen/np_misc_fixtures.py -> test/fixtures/np/typerules.json).
import { runFixtures } from "./fixture-runner";

runFixtures("typerules");
