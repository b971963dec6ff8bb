/**
 * One plain line from anything thrown: an Error's first message line (never its stack), or the
 * value as text. Shared by the collectors' failure reasons, the CLI's one-line errors and the IPC
 * envelope's details, so every layer says a failure the same way.
 */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] || error.name;
  return String(error);
}
