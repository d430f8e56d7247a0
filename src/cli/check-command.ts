// The `ecs-nodes check` subcommand's definition: a fresh commander Command, no side effects.

import { Command, Option } from 'commander';
import { addCredentialOptions } from './credential-options';
import { parseIntegerOption, parseListOption } from './parse-list';
import { parseDecimalOption } from './parse-number';

/** Seconds a check may take unless --timeout says otherwise: a hanging endpoint must not hang the check. */
export const DEFAULT_CHECK_TIMEOUT_SECONDS = 60;

/** Formats of the check report: a table for people, JSON for scripts. */
export const CHECK_FORMATS = ['table', 'json'] as const;

const CHECK_HELP_AFTER = `
Checks, without changing anything:
  - who the credentials are (sts:GetCallerIdentity);
  - per cluster, whether ecs:ListTasks and ecs:DescribeTasks are allowed (one task each);
  - ECS Exec readiness per service: exec enabled, ExecuteCommandAgent running, Fargate platform >= 1.4.0,
    with one fix per problem.

Exit codes: 0 listing works (exec problems are reported, not fatal), 2 usage, 3 listing would fail.`;

/** The `check` subcommand; its action is attached by the caller (main.ts). */
export function createCheckCommand(): Command {
  const check = new Command('check')
    .description('check credentials, ECS permissions and ECS Exec readiness before wiring Rundeck')
    .option('-r, --region <list>', 'AWS region(s), comma-separated (default: AWS_REGION or the profile)', parseListOption)
    .option('-c, --clusters <list>', 'cluster names or ARNs (default: every cluster in the region)', parseListOption)
    .addOption(new Option('-f, --format <format>', 'report format').choices(CHECK_FORMATS).default('table'))
    .option('--endpoint-url <url>', 'ECS endpoint override (a VPC endpoint, a local ECS-compatible server)')
    .option('--max-attempts <n>', 'attempts per AWS request, retries on throttling included', parseIntegerOption(1), 8)
    .option(
      '--timeout <seconds>',
      'fail (exit 3) when the check has not finished within SECONDS; each request gets a quarter of it, at least 1 s',
      parseDecimalOption(0, 86_400, true),
      DEFAULT_CHECK_TIMEOUT_SECONDS,
    )
    .option('--no-color', 'no colour in the report (also NO_COLOR=1)')
    .option('--debug', 'stack traces on errors')
    .addHelpText('after', CHECK_HELP_AFTER);
  // The same credentials, roles and regions as an inventory run, so check answers for exactly that run.
  return addCredentialOptions(check);
}
