/** Waiting for a stream to take more data (node or streamx streams), without leaving listeners behind. */
interface Emitter {
  once(event: string, listener: (...args: unknown[]) => void): unknown;
  removeListener(event: string, listener: (...args: unknown[]) => void): unknown;
}

export function drained(stream: Emitter): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      stream.removeListener('drain', done);
      stream.removeListener('close', done);
      stream.removeListener('error', failed);
      resolve();
    };
    const failed = (error: unknown) => {
      stream.removeListener('drain', done);
      stream.removeListener('close', done);
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    stream.once('drain', done);
    stream.once('close', done);
    stream.once('error', failed);
  });
}
