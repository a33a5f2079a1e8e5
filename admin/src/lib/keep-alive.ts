/**
 * The server ends a session after 30 minutes without a request. A reporter typing a
 * long article makes no request until saving, so while a person works here (keys,
 * clicks, input) the app tells the server at most every two minutes; a session left
 * alone still ends on time.
 */
import { useEffect } from 'preact/hooks';
import { api } from '../api/client.js';

const KEEP_ALIVE_MS = 2 * 60_000;
const ACTIVITY = ['keydown', 'pointerdown', 'input'] as const;

export function useActivityKeepAlive(signedIn: boolean): void {
  useEffect(() => {
    if (!signedIn) return undefined;
    let last = Date.now();
    const onActivity = () => {
      const now = Date.now();
      if (now - last < KEEP_ALIVE_MS) return;
      last = now;
      // Any signed-in request counts as activity on the server; a failure changes nothing here.
      api.me().catch(() => undefined);
    };
    for (const name of ACTIVITY) document.addEventListener(name, onActivity, { capture: true, passive: true });
    return () => {
      for (const name of ACTIVITY) document.removeEventListener(name, onActivity, { capture: true });
    };
  }, [signedIn]);
}
