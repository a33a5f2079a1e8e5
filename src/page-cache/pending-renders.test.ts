/**
 * The renders under way: a miss finds the render of its page begun in the same epoch, and
 * no other; the render's end lets its waiters go and forgets it.
 */
import { describe, expect, it } from 'vitest';
import { PendingRenders } from './pending-renders.js';

describe('renders of a page under way', () => {
  it('a miss in the same epoch waits for the render; one of another page or epoch does not', async () => {
    const pending = new PendingRenders();
    const end = pending.begin('host\n/a', 4);
    const waiting = pending.waitFor('host\n/a', 4);
    expect(waiting).toBeDefined();
    expect(pending.waitFor('host\n/b', 4)).toBeUndefined();
    // A change came after the render began: its page will not be kept, so nobody waits for it.
    expect(pending.waitFor('host\n/a', 5)).toBeUndefined();

    let released = false;
    void waiting?.then(() => {
      released = true;
    });
    await Promise.resolve();
    expect(released).toBe(false);
    end();
    await waiting;
    expect(released).toBe(true);
    expect(pending.waitFor('host\n/a', 4)).toBeUndefined();
    expect(pending.size).toBe(0);
  });

  it('a newer render of the page takes its place; the older one ending does not forget it', () => {
    const pending = new PendingRenders();
    const endOld = pending.begin('k', 1);
    const endNew = pending.begin('k', 2);
    endOld();
    expect(pending.waitFor('k', 2)).toBeDefined();
    endNew();
    endNew(); // a second end (onSend, then the connection closing) changes nothing
    expect(pending.size).toBe(0);
  });
});
