/** The plain sentence main sent with a failed call (ipc-client puts it in Error.message). */
export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message || 'Something went wrong. Please try again.';
}
