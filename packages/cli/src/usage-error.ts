/** A mistake in how the command was called (exit 2), as opposed to errors found in the input (exit 1). */
export class UsageError extends Error {}
