// The catalogue's rules without its words: which codes exist, what parameters each takes, and how a phrase is said.
// The words themselves (catalogue/{en,fr,es}.json) are loaded by whoever needs them, one language at a time.
export * from './params';
export * from './render';
