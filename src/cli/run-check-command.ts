// `ecs-nodes check` from flags to exit code: run the checks, print the report, 0 when listing works, else 3.

import { isListingOk } from '../check/check-report';
import { formatCheckJson, formatCheckTable } from '../check/format-check';
import { runCheck, type CheckDependencies } from '../check/run-check';
import { ExitCode } from '../errors';
import { writeStdout } from '../output/write-output';
import type { Style } from '../util/style';
import { toCheckOptions, type RawCheckFlags } from './to-check-options';

/**
 * Runs `check` and writes its report to `stdout`; resolves to the exit code.
 * @throws UsageError for bad flags; OutputError when stdout fails
 */
export async function runCheckCommand(
  flags: RawCheckFlags,
  stdout: NodeJS.WritableStream,
  style: Style,
  dependencies: CheckDependencies = {},
): Promise<number> {
  const options = toCheckOptions(flags);
  const report = await runCheck(options, dependencies);
  await writeStdout(flags.format === 'json' ? formatCheckJson(report) : formatCheckTable(report, style), stdout);
  return isListingOk(report) ? ExitCode.ok : ExitCode.aws;
}
