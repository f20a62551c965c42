interface Waiting<T, R> {
  item: T;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Runs the database work of concurrent jobs together, as group commit does: the first item runs at once, alone;
 * items that come while a batch runs wait for it and go together in the next. `run` does a batch in one statement
 * (all or nothing) and answers item by item, in order. A batch that fails is run again an item at a time, so an
 * item's failure is only its own job's. With `gatherMs`, items gather that long before each batch runs: fewer,
 * larger batches, each item answered up to that much later.
 */
export class Batcher<T, R> {
  private waiting: Waiting<T, R>[] = [];
  private running = false;

  constructor(
    private readonly run: (items: T[]) => Promise<R[]>,
    private readonly gatherMs = 0,
  ) {}

  add(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    while (this.waiting.length > 0) {
      if (this.gatherMs > 0) await new Promise((resolve) => setTimeout(resolve, this.gatherMs));
      const batch = this.waiting;
      this.waiting = [];
      try {
        const results = await this.run(batch.map((waiting) => waiting.item));
        batch.forEach((waiting, index) => waiting.resolve(results[index]!));
      } catch (error) {
        if (batch.length === 1) batch[0]!.reject(error);
        else await Promise.all(batch.map((waiting) => this.runAlone(waiting)));
      }
    }
    this.running = false;
  }

  private async runAlone({ item, resolve, reject }: Waiting<T, R>): Promise<void> {
    try {
      resolve((await this.run([item]))[0]!);
    } catch (error) {
      reject(error);
    }
  }
}
