import { MessageTooLargeError } from './broker.port';
import { sendInRequests, splitByBytes } from './produce-requests';

describe('produce requests bounded by bytes', () => {
  const size = (item: number) => item;

  it('cuts items into requests of at most the bound, in order; one larger goes alone', () => {
    expect(splitByBytes([300, 300, 300, 100, 900, 50, 50], size, 700)).toEqual([
      [300, 300],
      [300, 100],
      [900],
      [50, 50],
    ]);
    expect(splitByBytes([], size, 700)).toEqual([]);
  });

  it('halves a request the broker refuses as too large; a single refused item goes to `alone`', async () => {
    const sent: number[][] = [];
    const alone: number[] = [];
    // a broker that takes at most 1,000 bytes a request
    const send = async (items: number[]) => {
      if (items.reduce((a, b) => a + b, 0) > 1000) throw new MessageTooLargeError('too large');
      sent.push(items);
    };
    await sendInRequests([[400, 400, 400, 1200, 100]], send, async (item) => {
      alone.push(item);
    });
    expect(sent).toEqual([[400, 400], [400], [100]]);
    expect(alone).toEqual([1200]);
  });

  it('stops at any other failure', async () => {
    const sent: number[][] = [];
    const send = async (items: number[]) => {
      if (items.includes(2)) throw new Error('broker down');
      sent.push(items);
    };
    await expect(sendInRequests([[1], [2], [3]], send, async () => undefined)).rejects.toThrow(
      'broker down',
    );
    expect(sent).toEqual([[1]]);
  });
});
