// The only module that touches the process: argv in, document to stdout or a file, diagnostics to stderr,
// and the exit code.

import { unlinkSync } from 'node:fs';
import { CommanderError, type Command } from 'commander';
import { AwsError, ExitCode, exitCodeOf, UsageError } from '../errors';
import { formatNodeChunks, sortNodes } from '../formatters';
import { formatTable } from '../formatters/table';
import { generateNodes } from '../generate-nodes';
import { createSecretReader } from '../aws/read-secrets';
import { checkGuards, readPreviousNodeCount } from '../output/guards';
import { checkOutputTarget, removePendingTempFilesSync, writeFileAtomically, writeStdout } from '../output/write-output';
import { withDeadline } from '../util/with-deadline';
import { lastSegment } from '../util/arn';
import type { Scope } from '../options';
import { applyConfigFile } from './config-file';
import { createProgram } from './program';
import { summarise } from './summary';
import { toOptions, type RawFlags } from './to-options';
import { createStyle, shouldUseColour } from './colour';
import { createProgressLine } from './progress-line';
import { toOneLine } from './one-line';
import { runCheckCommand } from './run-check-command';
import type { RawCheckFlags } from './to-check-options';

/** The process streams and environment run() uses; tests pass their own. */
export interface Io {
  /** Read by `--input -`; none (empty) by default. */
  readonly stdin?: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  /** The environment, for NO_COLOR and FORCE_COLOR; none by default. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** What the command line asked for: the inventory (default) or a subcommand, with its flags. */
type Parsed = { readonly command: 'inventory'; readonly flags: RawFlags } | { readonly command: 'check'; readonly flags: RawCheckFlags };

function isTTY(stream: NodeJS.WritableStream): boolean {
  return (stream as { isTTY?: boolean }).isTTY === true;
}

/** Whether text for `stream` gets colour: `--no-color`, FORCE_COLOR, NO_COLOR, then whether it is a terminal. */
function useColour(flags: { readonly color?: boolean }, io: Io, stream: NodeJS.WritableStream): boolean {
  return shouldUseColour({ flag: flags.color !== false, env: io.env ?? {}, isTTY: isTTY(stream) });
}

/** How long the process may linger after the run has answered (unref'd: it never delays a clean exit). */
const EXIT_GRACE_MS = 100;

function writeLine(stream: NodeJS.WritableStream, line: string): void {
  stream.write(`${line}\n`);
}

/** Root options that `check` also reads when they come before it (`ecs-nodes --no-color check`). */
const ROOT_OPTIONS_FOR_CHECK = new Set(['color', 'debug']);

/**
 * Throws for an option given before `check` that check would not read (`ecs-nodes --region eu-west-1 check`):
 * check has its own options, and ignoring this one would check another scope than the user asked for.
 */
function rejectRootOptionsBeforeCheck(program: Command): void {
  const misplaced = program.options.find(
    (option) => !ROOT_OPTIONS_FOR_CHECK.has(option.attributeName()) && program.getOptionValueSource(option.attributeName()) === 'cli',
  );
  if (misplaced) {
    const flag = misplaced.long ?? misplaced.flags;
    throw new UsageError(`${flag} before "check" is not read by check: put it after "check" (ecs-nodes check ${flag} …)`);
  }
}

/** Parses argv; resolves to the command and flags, or to an exit code when commander already answered (help, version, usage). */
async function parseFlags(argv: readonly string[], io: Io): Promise<Parsed | number> {
  const program = createProgram();
  let parsed: Parsed | undefined;
  program.action(() => {
    parsed = { command: 'inventory', flags: program.opts<RawFlags>() };
  });
  program.commands
    .find((command) => command.name() === 'check')
    ?.action((_options: unknown, command: Command) => {
      // `--no-color` and `--debug` may also come before the subcommand (`ecs-nodes --no-color check`).
      rejectRootOptionsBeforeCheck(program);
      const own = command.opts<RawCheckFlags>();
      const root = program.opts<RawFlags>();
      const color = own.color !== false && root.color !== false;
      parsed = { command: 'check', flags: { ...own, color, debug: own.debug === true || root.debug === true } };
    });
  for (const command of [program, ...program.commands]) {
    command.exitOverride().configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // One line per error ("(Did you mean --format?)" joins it), as cron mail and Rundeck logs read best.
      outputError: (text, write) => write(`${text.trimEnd().replace(/\s*\n\s*/g, ' ')}\n`),
    });
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    throw error;
  }
  if (parsed?.command !== 'check' && program.args.length > 0) {
    writeLine(io.stderr, `error: unexpected argument "${program.args[0]}" (see --help)`);
    return ExitCode.usage;
  }
  if (parsed?.command === 'check') return parsed;
  await applyConfigFile(program);
  return { command: 'inventory', flags: program.opts<RawFlags>() };
}

function deadlineError(timeoutMs: number | undefined, scope: Scope): AwsError {
  const regions = scope.regions.length > 0 ? scope.regions.join(',') : 'the default region';
  const clusters = scope.clusters.length > 0 ? scope.clusters.map(lastSegment).join(',') : 'every cluster';
  return new AwsError(
    `timed out: no complete answer from ECS (ListTasks/DescribeTasks, ${clusters} in ${regions}) within --timeout ${(timeoutMs ?? 0) / 1000} s; nothing written`,
  );
}

/**
 * Runs ecs-nodes with `argv` (without node and script); resolves to the exit code. Never throws.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const started = Date.now();
  let debug = argv.includes('--debug');
  try {
    const parsed = await parseFlags(argv, io);
    if (typeof parsed === 'number') return parsed;
    if (parsed.command === 'check') {
      return await runCheckCommand(parsed.flags, io.stdout, createStyle(useColour(parsed.flags, io, io.stdout)), {
        secrets: createSecretReader(io.env ?? {}),
      });
    }
    const flags = parsed.flags;
    const options = toOptions(flags);
    debug = options.debug;
    if (options.output !== undefined) await checkOutputTarget(options.output);
    const safety = options.safety ?? { allowPartial: false };
    const progress = createProgressLine({ stream: io.stderr, isTTY: isTTY(io.stderr) });
    let result;
    try {
      const generating = generateNodes(options, {
        onProgress: progress.onProgress,
        secrets: createSecretReader(io.env ?? {}),
        ...(io.stdin !== undefined && { stdin: io.stdin }),
      });
      result = await withDeadline(generating, safety.timeoutMs, () => deadlineError(safety.timeoutMs, options.scope));
    } finally {
      progress.stop();
    }
    for (const warning of result.warnings) writeLine(io.stderr, `warning: ${toOneLine(warning)}`);
    const previousCount =
      options.output !== undefined && options.format !== 'table' && safety.maxShrinkPercent !== undefined
        ? await readPreviousNodeCount(options.output, options.format)
        : undefined;
    checkGuards(result.nodes.length, safety, previousCount);
    const document =
      options.format === 'table'
        ? formatTable(sortNodes(result.nodes), createStyle(options.output === undefined && useColour(flags, io, io.stdout)))
        : // Chunks made as they are written: a large inventory is never held in memory as one string.
          formatNodeChunks(result.nodes, options.format);
    if (options.output !== undefined) await writeFileAtomically(options.output, document);
    // Stdout cannot be taken back: every chunk is made before the first is written, so a failure while
    // formatting leaves stdout empty (one complete document or nothing).
    else await writeStdout(typeof document === 'string' ? document : Array.from(document), io.stdout);
    if (options.verbose) for (const line of summarise(result, Date.now() - started)) writeLine(io.stderr, line);
    return ExitCode.ok;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    writeLine(io.stderr, `error: ${toOneLine(message)}`);
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
  void run(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env }).then((code) => {
    process.exitCode = code;
    // After a deadline, abandoned requests may still wait on sockets or retry timers: never linger past the answer.
    setTimeout(() => process.exit(code), EXIT_GRACE_MS).unref();
  });
}
