// Raw commander flags → Options. Pure: validates what commander cannot and throws UsageError.

import { UsageError } from '../errors';
import { withoutUserInfo } from '../util/url';
import { allClusterArns, regionsOfClusterArns } from '../aws/cluster-scope';
import { DEFAULT_OPTIONS, type FilterBehavior, type Options, type OutputFormat, type Safety, type TagPair, type ViewFormat } from '../options';
import { toCredentialSettings, type CredentialFlags } from './to-credential-settings';
import { toNodeShape, type ShapeFlags } from './to-node-shape';

/** The flags as commander hands them over (`program.opts()`). */
export interface RawFlags extends ShapeFlags, CredentialFlags {
  readonly region?: readonly string[];
  readonly clusters?: readonly string[];
  readonly filterBehavior?: string;
  readonly service?: readonly string[];
  readonly taskDefinition?: readonly string[];
  readonly container?: readonly string[];
  readonly tags?: readonly TagPair[];
  readonly format?: string;
  readonly output?: string;
  readonly input?: string;
  readonly endpointUrl?: string;
  readonly maxAttempts?: number;
  readonly concurrency?: number;
  readonly maxRps?: number;
  readonly timeout?: number;
  readonly allowPartial?: boolean;
  readonly minNodes?: number;
  readonly maxShrink?: number;
  readonly verbose?: boolean;
  readonly debug?: boolean;
  /** False with `--no-color`. */
  readonly color?: boolean;
}

// Region names: two or more letters, words, a number (us-east-1, us-gov-west-1, cn-northwest-1, us-isob-east-1).
const REGION_PATTERN = /^[a-z]{2,}(-[a-z]+)+-\d+$/;

function toFormat(format: string | undefined): OutputFormat | ViewFormat {
  if (format === undefined) return DEFAULT_OPTIONS.format;
  if (format === 'json') return 'resourcejson';
  if (format === 'resourceyaml' || format === 'resourcexml' || format === 'resourcejson' || format === 'table') return format;
  throw new UsageError(`unknown format "${format}": use resourceyaml, resourcexml, resourcejson or table`);
}

function toBehavior(behavior: string | undefined): FilterBehavior {
  if (behavior === undefined || behavior === 'include' || behavior === 'exclude') return behavior ?? 'include';
  throw new UsageError(`unknown --filter-behavior "${behavior}": use include or exclude`);
}

function toEndpoint(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`--endpoint-url "${url}" is not a URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new UsageError(`--endpoint-url "${withoutUserInfo(url)}" must be an http or https URL`);
  }
  return url;
}

/**
 * The run's deadline when --timeout is not given. Rundeck's Script node source has no timeout of its own, so a
 * run must never hang: ten minutes is far beyond a paced listing of 100,000 tasks (about 2 minutes).
 */
export const DEFAULT_TIMEOUT_SECONDS = 600;

/** No single ECS request legitimately takes longer than this; a hung one is abandoned and retried. */
const MAX_REQUEST_TIMEOUT_MS = 60_000;

/**
 * Each request may take a quarter of the run's timeout (at least 1 s, at most a minute, never more than the
 * whole timeout), so a hung request is retried in time.
 */
function requestTimeoutMs(timeoutSeconds: number): number {
  const total = timeoutSeconds * 1000;
  return Math.round(Math.min(total, Math.max(1000, Math.min(MAX_REQUEST_TIMEOUT_MS, total / 4))));
}

function toSafety(flags: RawFlags): Safety {
  if (flags.maxShrink !== undefined && flags.output === undefined) {
    throw new UsageError('--max-shrink needs --output: it compares with the file the run would replace');
  }
  if (flags.maxShrink !== undefined && flags.format === 'table') {
    throw new UsageError('--max-shrink needs a resource format: a table cannot be counted');
  }
  return {
    allowPartial: flags.allowPartial === true,
    timeoutMs: Math.round((flags.timeout ?? DEFAULT_TIMEOUT_SECONDS) * 1000),
    ...(flags.minNodes !== undefined && { minNodes: flags.minNodes }),
    ...(flags.maxShrink !== undefined && { maxShrinkPercent: flags.maxShrink }),
  };
}

/**
 * The regions to list: --region; without it, the regions of the clusters when every one is given as an ARN
 * (an ARN names its region), else none (the SDK's default region).
 * @throws UsageError when a cluster ARN lies in a region that --region leaves out
 */
function toRegions(regions: readonly string[] | undefined, clusters: readonly string[]): readonly string[] {
  if (regions === undefined) return allClusterArns(clusters) ? regionsOfClusterArns(clusters) : [];
  const missing = regionsOfClusterArns(clusters).find((r) => !regions.includes(r));
  if (missing !== undefined) {
    throw new UsageError(`--clusters names a cluster ARN in region ${missing}, which --region ${regions.join(',')} leaves out`);
  }
  return regions;
}

/**
 * The Options the flags describe.
 * @throws UsageError for a bad region, format, behaviour or endpoint, a bad shaping flag (see toNodeShape), or
 *   --max-shrink without --output
 */
export function toOptions(flags: RawFlags): Options {
  const clusters = flags.clusters ?? [];
  const badRegion = (flags.region ?? []).find((r) => !REGION_PATTERN.test(r));
  if (badRegion !== undefined) throw new UsageError(`"${badRegion}" is not an AWS region name (e.g. eu-west-1)`);
  const regions = toRegions(flags.region, clusters);
  if (flags.output !== undefined && flags.output.trim() === '') throw new UsageError('--output needs a file name');
  if (flags.input !== undefined && flags.input.trim() === '') throw new UsageError('--input needs a file name or "-"');
  const endpointUrl = toEndpoint(flags.endpointUrl);
  return {
    scope: { regions, clusters },
    filter: {
      behavior: toBehavior(flags.filterBehavior),
      services: flags.service ?? [],
      taskDefinitions: flags.taskDefinition ?? [],
      containers: flags.container ?? [],
      tags: flags.tags ?? [],
    },
    format: toFormat(flags.format),
    // `-o -` is stdout, as `--input -` is stdin.
    ...(flags.output !== undefined && flags.output !== '-' && { output: flags.output }),
    ...(flags.input !== undefined && { input: flags.input }),
    shape: toNodeShape(flags),
    aws: {
      maxAttempts: flags.maxAttempts ?? DEFAULT_OPTIONS.aws.maxAttempts,
      ...(endpointUrl !== undefined && { endpointUrl }),
      ...(flags.profile !== undefined && { profile: flags.profile }),
      ...(flags.maxRps !== undefined && { maxRequestsPerSecond: flags.maxRps }),
      credentials: toCredentialSettings(flags),
      requestTimeoutMs: requestTimeoutMs(flags.timeout ?? DEFAULT_TIMEOUT_SECONDS),
    },
    safety: toSafety(flags),
    verbose: flags.verbose === true,
    debug: flags.debug === true,
    ...(flags.concurrency !== undefined && { concurrency: flags.concurrency }),
  };
}
