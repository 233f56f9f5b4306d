// numpy-generated cases for np's flat fast paths (test/gen/fastpath_fixtures.py -> test/fixtures/np/fastpath.json).
import { runFixtures } from "./fixture-runner";

runFixtures("fastpath");
