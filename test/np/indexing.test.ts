// numpy-generated cases for the np "indexing" group (test/gen/np_fixtures.py -> test/fixtures/np/indexing.json).
import { runFixtures } from "./fixture-runner";

runFixtures("indexing");
