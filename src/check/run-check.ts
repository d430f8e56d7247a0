// The orchestrator of `ecs-nodes check`: identity, per-region and per-cluster permission probes, then ECS Exec
// readiness from the tasks listed. Problems become report data; only programming errors throw.

import type { AwsSettings, Scope } from '../options';
import type { EcsTask } from '../ecs-types';
import { loadCheckAwsLayer, type CheckAwsLayer } from '../aws/load-check-aws';
import { createRunStats } from '../aws/stats';
import type { RegionContext } from '../aws/fetch-tasks';
import { toAwsError } from '../aws/aws-errors';
import { lastSegment } from '../util/arn';
import { mapLimit } from '../util/map-limit';
import type { AccessResult, CheckReport, ClusterCheck, IdentityCheck, RegionCheck } from './check-report';
import { analyseExecReadiness } from './exec-readiness';
import { planScopes, type CredentialedScope } from '../aws/scope-credentials';
import { clustersForScope } from '../aws/cluster-scope';
import { createSecretReader, type SecretReader } from '../aws/read-secrets';

/** Clusters probed at once per region. */
const CLUSTER_CONCURRENCY = 4;

/** What `check` looks at: the scope and AWS settings of the inventory run it stands for. */
export interface CheckOptions {
  readonly scope: Scope;
  /** The same AWS settings as an inventory run: endpoint, profile, credentials, roles (STS endpoint included). */
  readonly aws: AwsSettings;
}

/** What runCheck may be given instead of its defaults (for tests). */
export interface CheckDependencies {
  /** The AWS layer; tests may replace it. Loaded lazily by default. */
  readonly aws?: CheckAwsLayer;
  /** Reads --secret-key-file and --secret-key-env; default: files only. */
  readonly secrets?: SecretReader;
}

const SKIPPED_NO_TASK: AccessResult = { state: 'skipped', detail: 'no running task to describe' };
const SKIPPED_AFTER_LIST: AccessResult = { state: 'skipped', detail: 'ListTasks did not succeed' };

async function checkCluster(aws: CheckAwsLayer, ctx: RegionContext, cluster: string): Promise<ClusterCheck> {
  const name = lastSegment(cluster);
  const list = await aws.probeListTasks(ctx, cluster);
  let describeTasks: AccessResult = SKIPPED_NO_TASK;
  if (list.access.state !== 'allowed') describeTasks = SKIPPED_AFTER_LIST;
  else if (list.taskArn !== undefined) describeTasks = await aws.probeDescribeTasks(ctx, cluster, list.taskArn);
  const base = { region: ctx.region, cluster: name, listTasks: list.access, describeTasks };
  if (describeTasks.state !== 'allowed') {
    // Zero running tasks is known only when the listing worked and found none.
    return { ...base, ...(describeTasks === SKIPPED_NO_TASK && { runningTasks: 0 }), services: [] };
  }
  const tasks: EcsTask[] = [];
  try {
    await aws.fetchClusterTasks(ctx, cluster, (batch) => tasks.push(...batch));
  } catch (error) {
    // The probes passed but the full listing did not (throttling, a task page denied): report it as a DescribeTasks failure.
    const detail = toAwsError(error, { operation: 'DescribeTasks', region: ctx.region, cluster: name, roleArn: ctx.roleArn }).message;
    return { ...base, describeTasks: { state: 'failed', detail }, services: [] };
  }
  return { ...base, runningTasks: tasks.length, services: analyseExecReadiness(tasks, { region: ctx.region, cluster: name }) };
}

async function checkRegion(options: CheckOptions, aws: CheckAwsLayer, scope: CredentialedScope): Promise<RegionCheck> {
  const requested = scope.region;
  // With several roles the same region is checked once per role: each result names its role.
  const role = scope.roleArn !== undefined ? { roleArn: scope.roleArn } : {};
  const client = aws.createEcsClient({ ...options.aws, region: requested, credentials: scope.credentials });
  try {
    let region: string;
    try {
      region = await aws.resolveRegion(client);
    } catch (error) {
      const detail = toAwsError(error, { operation: 'ListTasks', region: requested ?? '(none)', ...role }).message;
      return { region: requested ?? '(none)', ...role, error: detail, listClusters: { state: 'skipped' }, clusters: [] };
    }
    const ctx: RegionContext = { client, region, stats: createRunStats(), ...role };
    let clusters: string[];
    let listClusters: AccessResult = { state: 'skipped', detail: 'clusters given with --clusters' };
    if (options.scope.clusters.length > 0) {
      clusters = clustersForScope(options.scope.clusters, region, {
        ...(scope.roleArn !== undefined && { roleArn: scope.roleArn }),
        regionWasDefault: requested === undefined,
      });
    } else {
      try {
        clusters = await aws.listClusterArns(ctx);
        listClusters = { state: 'allowed' };
      } catch (error) {
        // Passed whole: unwrapping it would replace a clear credentials message with the SDK's.
        listClusters = aws.accessResultOf(error, { operation: 'ListClusters', region, ...role });
        clusters = [];
      }
    }
    const checks = await mapLimit(clusters, CLUSTER_CONCURRENCY, (cluster) => checkCluster(aws, ctx, cluster));
    return { region, ...role, listClusters, clusters: checks };
  } finally {
    client.destroy();
  }
}

async function checkIdentity(
  options: CheckOptions,
  aws: CheckAwsLayer,
  region: string | undefined,
  scope: CredentialedScope | undefined,
): Promise<IdentityCheck> {
  const stsEndpointUrl = options.aws.credentials?.stsEndpointUrl;
  const client = aws.createStsClient({
    maxAttempts: options.aws.maxAttempts,
    ...(region !== undefined && { region }),
    ...(stsEndpointUrl !== undefined && { endpointUrl: stsEndpointUrl }),
    ...(options.aws.profile !== undefined && { profile: options.aws.profile }),
    ...(scope !== undefined && { credentials: scope.credentials }),
    ...(options.aws.requestTimeoutMs !== undefined && { requestTimeoutMs: options.aws.requestTimeoutMs }),
  });
  try {
    const identity = await aws.getCallerIdentity(client, region ?? '(default)');
    return { access: { state: 'allowed' }, identity };
  } catch (error) {
    return { access: aws.accessResultOf(error, { operation: 'GetCallerIdentity', service: 'sts', region: region ?? '(default)' }) };
  } finally {
    client.destroy();
  }
}

/**
 * Checks what an inventory run with the same scope needs (and what ECS Exec needs) and reports it as data.
 * Never throws for AWS failures: they are part of the report.
 */
export async function runCheck(options: CheckOptions, dependencies: CheckDependencies = {}): Promise<CheckReport> {
  const aws = dependencies.aws ?? loadCheckAwsLayer();
  const scopes = await planScopes(options, dependencies.secrets ?? createSecretReader({}));
  const regions = await Promise.all(scopes.map((scope) => checkRegion(options, aws, scope)));
  const stsRegion = regions.find((r) => r.error === undefined)?.region ?? scopes[0]?.region;
  // Who the first scope signs as: the base identity, or the first role assumed.
  const identity = await checkIdentity(options, aws, stsRegion, scopes[0]);
  return { identity, regions };
}
