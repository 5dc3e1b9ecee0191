import { describe, expect, it } from 'vitest';
import { inRequestOrder, RequestOrderGate } from './request-order.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const tick = () => sleep(1);

describe('RequestOrderGate', () => {
  it('lets the older request in first, whatever order they queued in, and first come first served outside requests', async () => {
    const gate = new RequestOrderGate(1);
    await gate.enter();
    const order: string[] = [];
    const query = async (name: string) => {
      await gate.enter();
      order.push(name);
      gate.leave();
    };
    // The older request began first but queues last (busy elsewhere), after a newer request and a job outside.
    const older = inRequestOrder(async () => {
      await sleep(20);
      await query('older');
    });
    await tick();
    const newer = inRequestOrder(() => query('newer'));
    const outside = query('outside');
    await sleep(40);
    gate.leave();
    await Promise.all([older, newer, outside]);
    expect(order).toEqual(['older', 'newer', 'outside']);
  });

  it('holds at most its capacity and hands every place back', async () => {
    const gate = new RequestOrderGate(2);
    let inside = 0;
    let most = 0;
    await Promise.all(Array.from({ length: 30 }, async () => {
      await gate.enter();
      inside += 1;
      most = Math.max(most, inside);
      await tick();
      inside -= 1;
      gate.leave();
    }));
    expect(most).toBe(2);
    await gate.enter();
    await gate.enter();
    expect(inside).toBe(0);
  });
});
