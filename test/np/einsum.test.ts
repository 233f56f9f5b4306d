// numpy-generated cases for the np "einsum" group (test/gen/np_misc_fixtures.py -> test/fixtures/np/einsum.json).
import { runFixtures } from "./fixture-runner";

runFixtures("einsum");
