import type { EntityManager } from 'typeorm';
import { deferWrite, withDeferredWrites } from './deferred-writes';

// The manager is only a key here: nothing is queried.
const aTransaction = () => ({}) as EntityManager;

describe('deferred writes', () => {
  it('are made once per key, in the order first held, after the work and before it returns', async () => {
    const manager = aTransaction();
    const done: string[] = [];
    const shipments = {};
    const timeline = {};
    const result = await withDeferredWrites(manager, async () => {
      expect(deferWrite(manager, shipments, async () => void done.push('shipments'))).toBe(true);
      expect(deferWrite(manager, timeline, async () => void done.push('timeline'))).toBe(true);
      expect(deferWrite(manager, shipments, async () => void done.push('again'))).toBe(true);
      done.push('work');
      return 42;
    });
    expect(result).toBe(42);
    expect(done).toEqual(['work', 'shipments', 'timeline']);
  });

  it('are refused outside withDeferredWrites, so the caller writes at once', async () => {
    const manager = aTransaction();
    expect(deferWrite(manager, {}, async () => undefined)).toBe(false);
    await withDeferredWrites(manager, async () => undefined);
    expect(deferWrite(manager, {}, async () => undefined)).toBe(false);
  });

  it('nested calls leave the flush to the outermost', async () => {
    const manager = aTransaction();
    const done: string[] = [];
    await withDeferredWrites(manager, async () => {
      await withDeferredWrites(manager, async () => {
        deferWrite(manager, {}, async () => void done.push('flush'));
      });
      done.push('outer work');
    });
    expect(done).toEqual(['outer work', 'flush']);
  });

  it('a flush may hold back another write, which is made too', async () => {
    const manager = aTransaction();
    const done: string[] = [];
    await withDeferredWrites(manager, async () => {
      deferWrite(manager, {}, async () => {
        done.push('first');
        deferWrite(manager, {}, async () => void done.push('second'));
      });
    });
    expect(done).toEqual(['first', 'second']);
  });

  it('nothing is made when the work fails: the transaction rolls back anyway', async () => {
    const manager = aTransaction();
    const done: string[] = [];
    await expect(
      withDeferredWrites(manager, async () => {
        deferWrite(manager, {}, async () => void done.push('flush'));
        throw new Error('handler failed');
      }),
    ).rejects.toThrow('handler failed');
    expect(done).toEqual([]);
    expect(deferWrite(manager, {}, async () => undefined)).toBe(false);
  });
});
