// The command-line options for credentials, roles and accounts, in their own help group.

import { Option, type Command } from 'commander';
import { CREDENTIAL_PROVIDERS } from '../options';
import { parseListOption } from './parse-list';

const GROUP = 'Credentials, regions and accounts:';

const CREDENTIALS_HELP = `
Credentials: the SDK's chain by default; or --credential-provider env|profile|instance|container; or an
access key whose secret is read from a file or a named variable (never given on the command line):
  ecs-nodes --region eu-west-1 --access-key-id AKIA... --secret-key-file /etc/rundeck/ecs.key
  ecs-nodes --region eu-west-1,us-east-1 --credential-provider instance \\
            --role-arn arn:aws:iam::111111111111:role/rundeck-ecs,arn:aws:iam::222222222222:role/rundeck-ecs \\
            --external-id rundeck-prod
Every region is listed under every role, in parallel; nodes carry ECS:Account-ID and assume-role-arn.`;

/** The credential options, each in the "Credentials, regions and accounts" help group. */
export function credentialOptions(): Option[] {
  return [
    new Option('--credential-provider <provider>', 'where base credentials come from; default: the SDK chain (env, files, SSO, container, instance)').choices(
      CREDENTIAL_PROVIDERS,
    ),
    new Option('--access-key-id <id>', 'access key id; its secret comes from --secret-key-file or --secret-key-env'),
    new Option('--secret-key-file <path>', 'file holding the secret access key (a trailing newline is ignored)'),
    new Option('--secret-key-env <VAR>', 'name of the environment variable holding the secret access key'),
    new Option('--session-token-file <path>', 'file holding a session token, for temporary keys'),
    new Option('--profile <name>', 'shared-config profile (with --credential-provider default or profile)'),
    new Option('--shared-config-file <path>', 'shared config file instead of ~/.aws/config'),
    new Option('--shared-credentials-file <path>', 'shared credentials file instead of ~/.aws/credentials'),
    new Option('--role-arn <list>', 'role(s) to assume on top of the base credentials; each region is listed under each role').argParser(
      parseListOption,
    ),
    new Option('--external-id <id>', 'external id sent with sts:AssumeRole'),
    new Option('--role-session-name <name>', 'session name for sts:AssumeRole (default: ecs-nodes)'),
    new Option('--sts-endpoint-url <url>', 'STS endpoint override (a VPC endpoint, a local server)'),
  ].map((option) => option.helpGroup(GROUP));
}

/** Adds the credential options and their help text to `program`; returns it. */
export function addCredentialOptions(program: Command): Command {
  for (const option of credentialOptions()) program.addOption(option);
  return program.addHelpText('after', CREDENTIALS_HELP);
}
