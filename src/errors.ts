// Typed errors: every failure the tool expects carries the exit code the CLI ends with.

/** Exit codes, decided here and nowhere else. */
export const ExitCode = {
  ok: 0,
  unexpected: 1,
  usage: 2,
  aws: 3,
  output: 4,
  guard: 5,
} as const;

/** Base class of every expected failure; `exitCode` is what the CLI exits with. */
export class EcsNodesError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EcsNodesError';
    this.exitCode = exitCode;
  }
}

/** Bad arguments or input: exit 2. */
export class UsageError extends EcsNodesError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, ExitCode.usage, options);
    this.name = 'UsageError';
  }
}

/** An AWS call failed (credentials, permissions, throttling past retries, unknown cluster): exit 3. */
export class AwsError extends EcsNodesError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, ExitCode.aws, options);
    this.name = 'AwsError';
  }
}

/** The inventory could not be written: exit 4. */
export class OutputError extends EcsNodesError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, ExitCode.output, options);
    this.name = 'OutputError';
  }
}

/** A safety guard refused to replace the inventory: exit 5. */
export class GuardError extends EcsNodesError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, ExitCode.guard, options);
    this.name = 'GuardError';
  }
}

/** The exit code for any thrown value: its own for ours, 1 for anything unexpected. */
export function exitCodeOf(error: unknown): number {
  return error instanceof EcsNodesError ? error.exitCode : ExitCode.unexpected;
}
