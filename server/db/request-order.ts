import { AsyncLocalStorage } from 'node:async_hooks';
import { performance } from 'node:perf_hooks';

// Database connections are handed out oldest request first. A report draft makes a dozen queries one after the
// other; in a first-come queue each of them waits behind every query that arrived meanwhile, so under many users
// the requests with the most queries took the longest by far. Ordered by when their request began, a request that
// has started finishes before newer ones start, and its wait is about one queue, not one queue per query.

const requestStart = new AsyncLocalStorage<number>();

/** Runs a request's work with its start time attached: its queries are served in that order. */
export function inRequestOrder<T>(work: () => T): T {
  return requestStart.run(performance.now(), work);
}

/** At most `capacity` holders; waiters are let in by the start time of their request (now, outside a request). */
export class RequestOrderGate {
  private readonly waiting: { at: number; seq: number; enter: () => void }[] = [];
  private seq = 0;

  constructor(private free: number) {}

  async enter(): Promise<void> {
    if (this.free > 0 && this.waiting.length === 0) {
      this.free -= 1;
      return;
    }
    const at = requestStart.getStore() ?? performance.now();
    const seq = this.seq++;
    await new Promise<void>((enter) => {
      let i = this.waiting.length;
      while (i > 0 && (this.waiting[i - 1].at > at || (this.waiting[i - 1].at === at && this.waiting[i - 1].seq > seq))) {
        i -= 1;
      }
      this.waiting.splice(i, 0, { at, seq, enter });
    });
  }

  leave(): void {
    const next = this.waiting.shift();
    if (next) {
      next.enter();
    } else {
      this.free += 1;
    }
  }
}
