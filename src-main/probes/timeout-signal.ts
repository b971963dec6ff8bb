/**
 * A signal that aborts after `ms`, held by its own timer until then. Node's AbortSignal.timeout keeps
 * only a weak reference to its signal, and AbortSignal.any holds its sources weakly too: a garbage
 * collection during a probe could drop the timeout, so it never fired and a silent target waited
 * for the whole probe deadline with the wrong verdict (seen under load: "cancelled at the 4000 ms
 * probe deadline" for a STUN probe given 1000 ms).
 */
export function timeoutSignal(ms: number): AbortSignal {
  const controller = new AbortController();
  // Unref'd: a probe that ended early must not keep the process alive; the timer still holds the controller.
  setTimeout(() => controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')), ms).unref();
  return controller.signal;
}
