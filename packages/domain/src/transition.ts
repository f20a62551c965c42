// The one refusal every workflow shares: a move its table does not have.
import { type GuardFailure } from './guard-failure';
import { label, listWords, quote } from './wording';

export function refuseTransition(
  noun: 'matter' | 'option' | 'action',
  from: string,
  to: string,
  allowed: readonly string[],
): GuardFailure {
  const article = noun === 'matter' ? 'A' : 'An';
  const moves = listWords(
    allowed.map((status) => quote(label(status))),
    'or',
  );
  let message: string;
  if (allowed.length === 0) {
    message = `${article} ${noun} that is ${quote(label(from))} is final and cannot move to ${quote(label(to))}.`;
  } else if (from === to) {
    message = `The ${noun} is already ${quote(label(to))}; it can move to ${moves}.`;
  } else {
    message = `${article} ${noun} that is ${quote(label(from))} cannot move to ${quote(label(to))}; it can move to ${moves}.`;
  }
  return { guard: 'TRANSITION_NOT_ALLOWED', field: 'to', message };
}
