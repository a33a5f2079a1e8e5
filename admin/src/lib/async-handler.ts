/**
 * An async function given to an element as its event handler. The form handlers of the
 * admin catch and show their own failures (the error summary, the status bar); this
 * makes the hand-off from the element explicit and logs whatever they did not expect,
 * instead of leaving an unhandled rejection behind.
 */
export function asyncHandler<A extends unknown[]>(fn: (...args: A) => Promise<void>): (...args: A) => void {
  return (...args) => {
    fn(...args).catch((error: unknown) => {
      console.error(error);
    });
  };
}
