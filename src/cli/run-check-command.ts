// `ecs-nodes check` from flags to exit code: run the checks, print the report, 0 when listing works, else 3.

import { isListingOk } from '../check/check-report';
import { formatCheckJson, formatCheckTable } from '../check/format-check';
import { runCheck, type CheckDependencies } from '../check/run-check';
import { AwsError, ExitCode } from '../errors';
import { writeStdout } from '../output/write-output';
import type { Style } from '../util/style';
import { withDeadline } from '../util/with-deadline';
import { toCheckOptions, type RawCheckFlags } from './to-check-options';

/**
 * Runs `check` and writes its report to `stdout`; resolves to the exit code.
 * @throws UsageError for bad flags; AwsError past `flags.timeout`; OutputError when stdout fails
 */
export async function runCheckCommand(
  flags: RawCheckFlags,
  stdout: NodeJS.WritableStream,
  style: Style,
  dependencies: CheckDependencies = {},
): Promise<number> {
  const options = toCheckOptions(flags);
  const timeoutMs = flags.timeout === undefined ? undefined : Math.round(flags.timeout * 1000);
  const report = await withDeadline(
    runCheck(options, dependencies),
    timeoutMs,
    () => new AwsError(`timed out: the check did not finish within --timeout ${flags.timeout ?? 0} s`),
  );
  await writeStdout(flags.format === 'json' ? formatCheckJson(report) : formatCheckTable(report, style), stdout);
  return isListingOk(report) ? ExitCode.ok : ExitCode.aws;
}
