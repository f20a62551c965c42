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
  return { batches, run, releaseAll };
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
});
