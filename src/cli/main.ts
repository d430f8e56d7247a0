// The only module that touches the process: argv in, document to stdout or a file, diagnostics to stderr,
// and the exit code.

import { unlinkSync } from 'node:fs';
import { CommanderError } from 'commander';
import { AwsError, ExitCode, exitCodeOf } from '../errors';
import { formatNodes } from '../formatters';
import { generateNodes } from '../generate-nodes';
import { createSecretReader } from '../aws/read-secrets';
import { checkGuards, readPreviousNodeCount } from '../output/guards';
import { checkOutputTarget, removePendingTempFilesSync, writeFileAtomically, writeStdout } from '../output/write-output';
import { withDeadline } from '../util/with-deadline';
import { applyConfigFile } from './config-file';
import { createProgram } from './program';
import { summarise } from './summary';
import { toOptions, type RawFlags } from './to-options';

export interface Io {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
}

/** How long the process may linger after the run has answered (unref'd: it never delays a clean exit). */
const EXIT_GRACE_MS = 1000;

function writeLine(stream: NodeJS.WritableStream, line: string): void {
  stream.write(`${line}\n`);
}

/** Parses argv and merges the --config file; resolves to the flags, or to an exit code when commander already answered (help, version, usage). */
async function parseFlags(argv: readonly string[], io: Io): Promise<RawFlags | number> {
  const program = createProgram()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // One line per error ("(Did you mean --format?)" joins it), as cron mail and Rundeck logs read best.
      outputError: (text, write) => write(`${text.trimEnd().replace(/\s*\n\s*/g, ' ')}\n`),
    });
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    throw error;
  }
  if (program.args.length > 0) {
    writeLine(io.stderr, `error: unexpected argument "${program.args[0]}" (see --help)`);
    return ExitCode.usage;
  }
  await applyConfigFile(program);
  return program.opts<RawFlags>();
}

function deadlineError(timeoutMs: number | undefined): AwsError {
  return new AwsError(`timed out: no complete answer from ECS within --timeout ${(timeoutMs ?? 0) / 1000} s; nothing written`);
}

/**
 * Runs ecs-nodes with `argv` (without node and script); resolves to the exit code. Never throws.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const started = Date.now();
  let debug = argv.includes('--debug');
  try {
    const flags = await parseFlags(argv, io);
    if (typeof flags === 'number') return flags;
    const options = toOptions(flags);
    debug = options.debug;
    if (options.output !== undefined) await checkOutputTarget(options.output);
    const safety = options.safety ?? { allowPartial: false };
    const result = await withDeadline(generateNodes(options, { secrets: createSecretReader(process.env) }), safety.timeoutMs, () =>
      deadlineError(safety.timeoutMs),
    );
    for (const warning of result.warnings) writeLine(io.stderr, `warning: ${warning}`);
    const previousCount =
      options.output !== undefined && safety.maxShrinkPercent !== undefined
        ? await readPreviousNodeCount(options.output, options.format)
        : undefined;
    checkGuards(result.nodes.length, safety, previousCount);
    const document = formatNodes(result.nodes, options.format);
    if (options.output !== undefined) await writeFileAtomically(options.output, document);
    else await writeStdout(document, io.stdout);
    if (options.verbose) for (const line of summarise(result, Date.now() - started)) writeLine(io.stderr, line);
    return ExitCode.ok;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    writeLine(io.stderr, `error: ${message}`);
    if (debug && error instanceof Error && error.stack) writeLine(io.stderr, error.stack);
    return exitCodeOf(error);
  }
}

/** Entry point of bin/ecs-nodes. */
export function main(): void {
  // The SDK warns on stderr about Node 20 support; Rundeck logs stderr, so keep it quiet.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => {
      removePendingTempFilesSync(unlinkSync);
      process.exit(code);
    });
  }
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // A closed pipe (`| head`) is not a failure of ours.
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  void run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then((code) => {
    process.exitCode = code;
    // After a deadline, abandoned requests may still wait on sockets or retry timers: never linger past the answer.
    setTimeout(() => process.exit(code), EXIT_GRACE_MS).unref();
  });
}
