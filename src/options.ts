// Options: everything one run needs, as plain data. The CLI builds it from flags; library users build it directly.

import type { NodeShape } from './nodes/node-shape';

/** Rundeck's resource format names, plus the people-facing ones. */
export const OUTPUT_FORMATS = ['resourceyaml', 'resourcexml', 'resourcejson'] as const;
/** One of Rundeck's resource formats. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Formats for people at a terminal; Rundeck does not read them. */
export const VIEW_FORMATS = ['table'] as const;
/** A format for people (the table view). */
export type ViewFormat = (typeof VIEW_FORMATS)[number];

/** `include` keeps the containers that match the filter; `exclude` keeps the others. */
export const FILTER_BEHAVIORS = ['include', 'exclude'] as const;
/** One of FILTER_BEHAVIORS. */
export type FilterBehavior = (typeof FILTER_BEHAVIORS)[number];

/** One `KEY=VALUE` pair of `--tags`. */
export interface TagPair {
  readonly key: string;
  readonly value: string;
}

/** Which containers become nodes. Each non-empty list is one criterion; all given criteria must match. */
export interface Filter {
  readonly behavior: FilterBehavior;
  /** Service names or ARNs. */
  readonly services: readonly string[];
  /** Task definition families, `FAMILY:REVISION`, or ARNs. */
  readonly taskDefinitions: readonly string[];
  /** Container names. */
  readonly containers: readonly string[];
  /** Task tags: keys AND, repeated key OR. */
  readonly tags: readonly TagPair[];
}

/** Where to look: regions (empty: the SDK's default region) and clusters (empty: every cluster). */
export interface Scope {
  readonly regions: readonly string[];
  readonly clusters: readonly string[];
}

/** Where the base credentials come from when no access key is given: `default` is the SDK's chain. */
export const CREDENTIAL_PROVIDERS = ['default', 'env', 'profile', 'instance', 'container'] as const;
export type CredentialProviderName = (typeof CREDENTIAL_PROVIDERS)[number];

/**
 * Who the tool is on AWS: base credentials (a provider, or an access key whose secret is read from a file or
 * a named environment variable, never given as a value) and the roles assumed on top of them.
 */
export interface CredentialSettings {
  readonly provider: CredentialProviderName;
  /** Access key id; its secret comes from `secretKeyFile` or `secretKeyEnv`. */
  readonly accessKeyId?: string;
  /** File holding the secret access key (a trailing newline is ignored). */
  readonly secretKeyFile?: string;
  /** Name of the environment variable holding the secret access key. */
  readonly secretKeyEnv?: string;
  /** File holding a session token, for temporary keys. */
  readonly sessionTokenFile?: string;
  /** Shared config file (instead of ~/.aws/config), for `default` and `profile`. */
  readonly sharedConfigFile?: string;
  /** Shared credentials file (instead of ~/.aws/credentials), for `default` and `profile`. */
  readonly sharedCredentialsFile?: string;
  /** Roles to assume on top of the base credentials; every region is listed under every role. */
  readonly roleArns: readonly string[];
  /** External id sent with each AssumeRole. */
  readonly externalId?: string;
  readonly roleSessionName: string;
  /** STS endpoint override (a VPC endpoint, a local server). */
  readonly stsEndpointUrl?: string;
}

/** The SDK's default chain, no role, session name `ecs-nodes`. */
export const DEFAULT_CREDENTIALS: CredentialSettings = { provider: 'default', roleArns: [], roleSessionName: 'ecs-nodes' };

/** How to reach AWS. */
export interface AwsSettings {
  /** ECS endpoint override (a local ECS-compatible server, a VPC endpoint). */
  readonly endpointUrl?: string;
  /** Shared-config profile name. */
  readonly profile?: string;
  /** Attempts per request, throttling and transient faults included. */
  readonly maxAttempts: number;
  /** Client-side limit of ECS requests per second per account and region (default DEFAULT_MAX_RPS). */
  readonly maxRequestsPerSecond?: number;
  /** Credentials and roles; DEFAULT_CREDENTIALS when absent. */
  readonly credentials?: CredentialSettings;
  /** Per-request timeout in milliseconds (the SDK throws TimeoutError past it, then retries). */
  readonly requestTimeoutMs?: number;
}

/** Safety settings for unattended (cron) runs. */
export interface Safety {
  /** Whole-run deadline in milliseconds: past it the run fails (exit 3). */
  readonly timeoutMs?: number;
  /** Write the nodes that could be listed when some clusters or regions fail (one warning each). */
  readonly allowPartial: boolean;
  /** Refuse to write fewer nodes than this (exit 5). */
  readonly minNodes?: number;
  /** Refuse to replace the --output file when the node count falls by more than this percentage (exit 5). */
  readonly maxShrinkPercent?: number;
}

/** Everything one run needs; see DEFAULT_OPTIONS for the defaults. */
export interface Options {
  readonly scope: Scope;
  readonly filter: Filter;
  /** A Rundeck format, or `table` for people. */
  readonly format: OutputFormat | ViewFormat;
  /** Write the document there atomically instead of stdout. */
  readonly output?: string;
  /** Read DescribeTasks JSON from this file (`-` for stdin) instead of calling AWS. */
  readonly input?: string;
  readonly aws: AwsSettings;
  /** Deadline, partial results and guards; default: no deadline, no guard, any failed scope fails. */
  readonly safety?: Safety;
  /** Node unit, name and hostname templates, extra attributes and tags, duplicates; omitted: DEFAULT_NODE_SHAPE. */
  readonly shape?: NodeShape;
  readonly verbose: boolean;
  readonly debug: boolean;
  /** ListTasks streams (clusters × pushed-down listings) in flight at once, across regions (default DEFAULT_CONCURRENCY). */
  readonly concurrency?: number;
}

/** Listing streams in flight by default: enough to list 50 large clusters side by side. */
export const DEFAULT_CONCURRENCY = 64;

/** No criterion: every running container is selected. */
export const DEFAULT_FILTER: Filter = {
  behavior: 'include',
  services: [],
  taskDefinitions: [],
  containers: [],
  tags: [],
};

/** The SDK's region, every cluster, no filter, resourceyaml to stdout, 8 attempts per request, no guard. */
export const DEFAULT_OPTIONS: Options = {
  scope: { regions: [], clusters: [] },
  filter: DEFAULT_FILTER,
  format: 'resourceyaml',
  aws: { maxAttempts: 8, credentials: DEFAULT_CREDENTIALS },
  safety: { allowPartial: false },
  verbose: false,
  debug: false,
};
