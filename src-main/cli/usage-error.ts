/** Bad usage or bad input: the CLI prints the message on one line and exits 2 (EXIT.usage, cli-io.ts). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
