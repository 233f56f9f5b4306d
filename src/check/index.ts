// The course's self-checks: the functions test cells call (preloaded in the kernel as `check`).
export { checkApi as check, CheckError, CHECK_MIME, type Check, type CheckOptions, type Hint, type TestCell, type CheckResult } from "./check";
export { compare, type Problem, type Tolerance } from "./compare";
export { encode, decode, type Encoded } from "./encode";
