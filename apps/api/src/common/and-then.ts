/**
 * `fn` of a value that may come at once or later: at once, with no promise, for a value; when it comes for a
 * promise. For resolvers over rows that are usually at hand (`Loaders.milestoneById`): a promise per row of a
 * dashboard costs more than the field.
 */
export function andThen<T, R>(value: T | Promise<T>, fn: (value: T) => R): R | Promise<R> {
  return value instanceof Promise ? value.then(fn) : fn(value);
}
