// createProgram(): the commander definition of the command line. A fresh Command per call, no side effects.

import { Command, Option } from 'commander';
import { DEFAULT_CONCURRENCY, FILTER_BEHAVIORS, OUTPUT_FORMATS, VIEW_FORMATS } from '../options';
import { parseRateOption } from './parse-rate';
import { createCheckCommand } from './check-command';
import { parseIntegerOption, parseListOption, parseTagsOption } from './parse-list';
import { parseDecimalOption } from './parse-number';
import { addCredentialOptions } from './credential-options';
import { DEFAULT_HOSTNAME_TEMPLATE, DEFAULT_NODENAME_TEMPLATES, DUPLICATE_POLICIES, NODE_UNITS } from '../nodes/node-shape';
import { collectOption, parseAttributeOption } from './parse-shape-flags';

/** Format names accepted by `--format`: Rundeck's, plus `json` for resourcejson. */
export const FORMAT_CHOICES = [...OUTPUT_FORMATS, 'json', ...VIEW_FORMATS] as const;

function packageVersion(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('../../package.json') as { version: string }).version;
}

const HELP_AFTER = `
Lists take commas; "\\," is a comma inside an item. Repeating a list flag adds to it.
A container is selected when it matches every filter given (a list matches when any item does);
--tags: keys AND, a repeated key OR.

Examples:
  ecs-nodes --input examples/describe-tasks.json
  ecs-nodes --region eu-west-1 --clusters prod-web --format resourcexml
  ecs-nodes -r us-east-1 --service checkout,cart --tags env=prod -o /var/lib/rundeck/ecs.yaml
  ecs-nodes --filter-behavior exclude --container datadog-agent,envoy
  ecs-nodes --region eu-west-1 --format table
  ecs-nodes check --region eu-west-1 --clusters prod-web

Exit codes: 0 ok, 1 unexpected, 2 usage, 3 AWS, 4 output, 5 guard (--min-nodes, --max-shrink).`;

const SHAPING_HELP = `
Shaping nodes (see the README): a template is text with {ATTRIBUTE} placeholders; {A|B|'text'} falls back
to B, then to the quoted text, when A is missing or empty; {{ and }} are literal braces.
  --node-per task --tag '{ECS:Tag:env}' --attribute 'username=root' --omit-attribute 'ECS:Tag:*'
  --nodename '{ECS:Service-Name}-{ECS:Task-ID}' --on-duplicate suffix
  --config /etc/ecs-nodes.yaml (keys are the long option names: region, node-per, attribute, ...)`;

/** A new commander program for ecs-nodes; the caller adds exitOverride/output settings and parses. */
export function createProgram(): Command {
  return addCredentialOptions(new Command('ecs-nodes')
    .description('Turn the running containers of Amazon ECS tasks into a Rundeck node inventory.')
    .version(packageVersion(), '-V, --version')
    .option('-r, --region <list>', 'AWS region(s), comma-separated, listed in parallel (default: AWS_REGION or the profile)', parseListOption)
    .option('-c, --clusters <list>', 'cluster names or ARNs (default: every cluster in the region)', parseListOption)
    .addOption(
      new Option('--filter-behavior <mode>', 'include: keep matching containers; exclude: keep the others')
        .choices(FILTER_BEHAVIORS)
        .default('include'),
    )
    .option('--service <list>', 'service names or ARNs', parseListOption)
    .option('--task-definition <list>', 'task definition families, FAMILY:REVISION, or ARNs', parseListOption)
    .option('--container <list>', 'container names', parseListOption)
    .option('--tags <list>', 'task tags as KEY=VALUE pairs', parseTagsOption)
    .addOption(
      new Option('-f, --format <format>', 'output format (json = resourcejson; table: for people, not Rundeck)').choices(FORMAT_CHOICES).default('resourceyaml'),
    )
    .option('-o, --output <file>', 'write the inventory to FILE atomically instead of stdout ("-": stdout)')
    .option('--input <file>', 'read `aws ecs describe-tasks` JSON from FILE ("-" for stdin) instead of calling AWS')
    .option('--endpoint-url <url>', 'ECS endpoint override (a VPC endpoint, a local ECS-compatible server)')
    .option('--max-attempts <n>', 'attempts per AWS request, retries on throttling included', parseIntegerOption(1), 8)
    .option('--concurrency <n>', `cluster listings in flight at once (default: ${DEFAULT_CONCURRENCY})`, parseIntegerOption(1))
    .option('--max-rps <n>', 'ECS requests per second per account and region, bursting like ECS (default: 18)', parseRateOption)
    .option('--timeout <seconds>', 'fail (exit 3) when ECS has not answered in full within SECONDS (default 600); each request gets a quarter of it, 1 to 60 s', parseDecimalOption(0, 86_400, true))
    .option('--allow-partial', 'when some clusters, regions or roles fail, write the nodes of the others (one warning each) instead of failing')
    .option('--min-nodes <n>', 'refuse to write fewer nodes than N (exit 5)', parseIntegerOption(0))
    .option('--max-shrink <percent>', 'with --output: refuse to replace the file when the node count falls by more than PERCENT % (exit 5)', parseDecimalOption(0, 100))
    .option('-v, --verbose', 'a summary on stderr: clusters, tasks, nodes, API calls, time')
    .option('--debug', 'stack traces on errors')
    .option(
      '--nodename <template>',
      `node name (default: ${DEFAULT_NODENAME_TEMPLATES.container}; per task ${DEFAULT_NODENAME_TEMPLATES.task}; per service ${DEFAULT_NODENAME_TEMPLATES.service})`,
    )
    .option('--hostname <template>', `hostname (default: ${DEFAULT_HOSTNAME_TEMPLATE})`)
    .option('--attribute <NAME=TEMPLATE>', "add or replace an attribute (repeatable), e.g. team={ECS:Tag:team|'unknown'}", parseAttributeOption)
    .option('--tag <template>', 'add a Rundeck tag (repeatable), e.g. {ECS:Tag:env}; an empty result adds none', collectOption)
    .option('--no-default-tags', 'drop the built-in tags (ecs, launch type, cluster, service, family, container)')
    .option('--omit-attribute <glob>', "leave out the attributes whose names match (repeatable; * and ?), e.g. 'ECS:Tag:*'", collectOption)
    .addOption(new Option('--node-per <unit>', 'one node per running container, task, or service').choices(NODE_UNITS).default('container'))
    .addOption(
      new Option('--on-duplicate <policy>', 'two nodes with one name: fail (exit 2), or suffix each with its container or task id')
        .choices(DUPLICATE_POLICIES)
        .default('fail'),
    )
    .option('--config <file>', 'read options from a YAML file whose keys are the long option names; flags override it')
    // Issue 7 (terminal view, check): colour switch and the `check` subcommand.
    .option('--no-color', 'no colour in the table view and check report (also NO_COLOR=1)')
    .enablePositionalOptions()
    .addCommand(createCheckCommand())
    // With a subcommand, commander would print help for a bare `ecs-nodes`: a default action keeps the
    // inventory the default command (main.ts replaces it), and stray words stay in `args` for main.ts to name.
    .action(() => undefined)
    .allowExcessArguments(true)
    .addHelpText('after', SHAPING_HELP)
    .addHelpText('after', HELP_AFTER));
}
