/** A mistake in how awaitify was called (bad flag, unknown transform): exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
