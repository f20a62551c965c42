import DataLoader from 'dataloader';

/**
 * A loader made once per GraphQL request (keyed by its context object) for a field only one module reads, so it
 * need not join the shared Loaders: the request's rows are still read in one statement, and dropped with it.
 */
export class PerRequestLoader<K, V> {
  private readonly loaders = new WeakMap<object, DataLoader<K, V>>();

  constructor(private readonly batch: (keys: readonly K[]) => Promise<V[]>) {}

  load(context: object, key: K): Promise<V> {
    let loader = this.loaders.get(context);
    if (!loader) {
      loader = new DataLoader<K, V>((keys) => this.batch(keys));
      this.loaders.set(context, loader);
    }
    return loader.load(key);
  }
}
