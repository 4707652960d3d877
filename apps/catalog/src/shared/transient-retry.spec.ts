import { QueryFailedError } from 'typeorm';
import { isTransientConflict, retryTransientConflicts } from './transient-retry';

const postgresError = (code: string, message: string) =>
  new QueryFailedError('INSERT INTO artwork ...', [], Object.assign(new Error(message), { code }));

const deadlock = () => postgresError('40P01', 'deadlock detected');
const serializationFailure = () =>
  postgresError('40001', 'could not serialize access due to concurrent update');
const duplicate = () => postgresError('23505', 'duplicate key value violates unique constraint');

const noWait = { attempts: 3, initialDelayMs: 0, maxDelayMs: 0 };

/** A transaction failing with `failures`, one per try, then answering 'stored'. */
function failingWith(...failures: Error[]) {
  const transaction = jest.fn(() => {
    const failure = failures.shift();
    return failure ? Promise.reject(failure) : Promise.resolve('stored');
  });
  return transaction;
}

describe('isTransientConflict', () => {
  it('is a deadlock or a serialization failure, nothing else', () => {
    expect(isTransientConflict(deadlock())).toBe(true);
    expect(isTransientConflict(serializationFailure())).toBe(true);
    expect(isTransientConflict(duplicate())).toBe(false);
    expect(isTransientConflict(Object.assign(new Error('deadlock'), { code: '40P01' }))).toBe(
      false,
    );
  });
});

describe('retryTransientConflicts', () => {
  it('runs the transaction again after a deadlock or a serialization failure', async () => {
    const transaction = failingWith(deadlock(), serializationFailure());
    const retried: number[] = [];
    await expect(
      retryTransientConflicts(transaction, {
        policy: noWait,
        onRetry: (_, attempt) => retried.push(attempt),
      }),
    ).resolves.toBe('stored');
    expect(transaction).toHaveBeenCalledTimes(3);
    expect(retried).toEqual([1, 2]);
  });

  it('gives up after the attempts of its policy, throwing the last failure', async () => {
    const last = deadlock();
    const transaction = failingWith(deadlock(), deadlock(), last);
    await expect(retryTransientConflicts(transaction, { policy: noWait })).rejects.toBe(last);
    expect(transaction).toHaveBeenCalledTimes(3);
  });

  it('throws any other failure at once', async () => {
    for (const failure of [duplicate(), new Error('connection terminated')]) {
      const transaction = failingWith(failure);
      await expect(retryTransientConflicts(transaction, { policy: noWait })).rejects.toBe(failure);
      expect(transaction).toHaveBeenCalledTimes(1);
    }
  });
});
