import { Batcher } from './batcher';

/** A batch function that waits until released, recording each batch it was given. */
function heldBatches(fail: (items: number[]) => boolean = () => false) {
  const batches: number[][] = [];
  const releases: (() => void)[] = [];
  const run = async (items: number[]) => {
    batches.push(items);
    await new Promise<void>((resolve) => releases.push(resolve));
    if (fail(items)) throw new Error(`refused ${items.join(',')}`);
    return items.map((item) => item * 10);
  };
  /** Releases every batch running now, and lets the promises that follow settle. */
  const releaseAll = async () => {
    for (const release of releases.splice(0)) release();
    await new Promise((resolve) => setImmediate(resolve));
  };
  /** Releases every batch running now (for fake timers: the caller lets the promises settle). */
  const release = () => {
    for (const resolve of releases.splice(0)) resolve();
  };
  return { batches, run, releaseAll, release };
}

describe('Batcher', () => {
  it('runs the first item alone, then together whatever came meanwhile, each answered in turn', async () => {
    const held = heldBatches();
    const batcher = new Batcher(held.run);
    const answers = [1, 2, 3].map((item) => batcher.add(item));
    expect(held.batches).toEqual([[1]]);
    await held.releaseAll();
    expect(held.batches).toEqual([[1], [2, 3]]);
    await held.releaseAll();
    expect(await Promise.all(answers)).toEqual([10, 20, 30]);
  });

  it("runs a failed batch again an item at a time: one item's failure is its own only", async () => {
    const held = heldBatches((items) => items.includes(3));
    const batcher = new Batcher(held.run);
    const answers = [1, 2, 3].map((item) => batcher.add(item).catch((error: Error) => error.message));
    await held.releaseAll();
    await held.releaseAll();
    expect(held.batches).toEqual([[1], [2, 3], [2], [3]]);
    await held.releaseAll();
    expect(await Promise.all(answers)).toEqual([10, 20, 'refused 3']);
  });

  describe('with a time to gather', () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    it('runs what came within that time together, and gathers again before the next batch', async () => {
      const held = heldBatches();
      const batcher = new Batcher(held.run, 10);
      const answers = [batcher.add(1)];
      await jest.advanceTimersByTimeAsync(9);
      answers.push(batcher.add(2));
      expect(held.batches).toEqual([]);
      await jest.advanceTimersByTimeAsync(1);
      expect(held.batches).toEqual([[1, 2]]);
      answers.push(batcher.add(3), batcher.add(4));
      held.release();
      await jest.advanceTimersByTimeAsync(9);
      expect(held.batches).toEqual([[1, 2]]);
      await jest.advanceTimersByTimeAsync(1);
      expect(held.batches).toEqual([
        [1, 2],
        [3, 4],
      ]);
      held.release();
      expect(await Promise.all(answers)).toEqual([10, 20, 30, 40]);
    });
  });
});
