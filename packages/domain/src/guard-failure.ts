/**
 * Why a change was refused, in a form both a program and a delegate can use: `guard` is a stable SCREAMING_CASE
 * code to branch on, `field` the input to fix, `message` a full sentence that names the thing concerned.
 */
export interface GuardFailure {
  guard: string;
  field: string;
  message: string;
}
