/**
 * The renders of pages under way in this process, by cache key. When a popular page is not
 * in the store (after a publish dropped it, or the process started), a spike of readers
 * would each render it and each send the same reads to the database: the first renders,
 * and the others wait for it and are then served its stored copy. No I/O here.
 *
 * A render can only be waited for within the epoch it started in (page-store.ts): after an
 * invalidation its page will not be kept, so a request arriving then renders for itself.
 */
export class PendingRenders {
  private readonly renders = new Map<string, { epoch: number; done: Promise<void> }>();

  /** How many keys are being rendered now. */
  get size(): number {
    return this.renders.size;
  }

  /** The end of the render of `key` begun in `epoch`, when there is one to wait for. */
  waitFor(key: string, epoch: number): Promise<void> | undefined {
    const render = this.renders.get(key);
    return render !== undefined && render.epoch === epoch ? render.done : undefined;
  }

  /**
   * Notes a render of `key` begun in `epoch` (it replaces one of an older epoch). Returns
   * its end, to call once its answer is stored or given up; calling it again does nothing.
   */
  begin(key: string, epoch: number): () => void {
    let finish = () => {};
    const done = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const render = { epoch, done };
    this.renders.set(key, render);
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      if (this.renders.get(key) === render) this.renders.delete(key);
      finish();
    };
  }
}
