// The library's orchestrator: Options → ECS tasks (from AWS or a saved file) → filtered containers → nodes.

import { Readable } from 'node:stream';
import type { EcsFailure } from './ecs-types';
import type { Options } from './options';
import type { RundeckNode } from './nodes/rundeck-node';
import { createNodeCollector, type NodeCollector } from './nodes/node-collector';
import { readInput } from './input/read-input';
import { tasksInScope } from './select/in-scope';
import { compareCodeUnits } from './util/text';
import { clustersForScope } from './aws/cluster-scope';
import { createRunStats, type RunStats } from './aws/stats';
import { loadAwsLayer, type AwsLayer } from './aws/load-aws';
import { toAwsError } from './aws/aws-errors';
import { mapLimit } from './util/map-limit';
import { lastSegment } from './util/arn';
import { createRunPlan, credentialsKeyOf, type RunPlan } from './aws/run-plan';
import { applyRateLimit } from './aws/rate-limit';
import { planScopes, type CredentialedScope } from './aws/scope-credentials';
import { createSecretReader, type SecretReader } from './aws/read-secrets';
import { ScopeOutcomes } from './scope-outcomes';
import { ProgressTracker, type ProgressListener } from './progress';

/** (role, region) scopes started at once; their cluster listings share the run's --concurrency bound. */
export const DEFAULT_SCOPE_CONCURRENCY = 8;

/** What generateNodes resolves to. */
export interface GenerateResult {
  /** One node per selected container (or task, or service: see NodeShape), unique by nodename. */
  readonly nodes: RundeckNode[];
  /** Problems that did not fail the run (DescribeTasks failures[], …), one line each. */
  readonly warnings: string[];
  readonly stats: RunStats;
}

/** What generateNodes may be given instead of its defaults (for the CLI and tests). */
export interface GenerateDependencies {
  /** The AWS layer; tests may replace it. Loaded lazily by default. */
  readonly aws?: AwsLayer;
  /** Reads --secret-key-file and --secret-key-env; the CLI passes one over process.env. Default: files only. */
  readonly secrets?: SecretReader;
  /** Told after each cluster listed or done and each batch of tasks described (e.g. for a progress line). */
  readonly onProgress?: ProgressListener;
  /** Where `--input -` is read from; the CLI passes process.stdin. Default: no input (an empty stream). */
  readonly stdin?: NodeJS.ReadableStream;
}

function failureWarning(failure: EcsFailure, where: string): string {
  const reason = failure.reason === 'MISSING' ? 'MISSING (the task stopped between list and describe)' : failure.reason ?? 'unknown reason';
  return `DescribeTasks could not describe ${failure.arn ?? 'a task'}${where}: ${reason}${failure.detail ? ` (${failure.detail})` : ''}`;
}

async function generateFromInput(options: Options, input: string, stdin: NodeJS.ReadableStream): Promise<GenerateResult> {
  const collector = createNodeCollector(options.filter, options.shape);
  const { tasks, failures } = await readInput(input, stdin);
  collector.add(tasksInScope(tasks, options.scope));
  return { nodes: collector.finish(), warnings: failures.map((f) => failureWarning(f, '')), stats: createRunStats() };
}

async function generateFromRegion(
  options: Options,
  aws: AwsLayer,
  scope: CredentialedScope,
  collector: NodeCollector,
  stats: RunStats,
  warnings: string[],
  outcomes: ScopeOutcomes,
  progress: ProgressTracker,
  plan: RunPlan,
): Promise<void> {
  const { region: requestedRegion, roleArn } = scope;
  const client = aws.createEcsClient({ ...options.aws, region: requestedRegion, credentials: scope.credentials, maxSockets: plan.maxSockets });
  try {
    let region: string;
    try {
      region = await aws.resolveRegion(client);
    } catch (error) {
      throw toAwsError(error, { operation: 'ListTasks', region: requestedRegion ?? '(none)', roleArn });
    }
    // One token bucket per account and region, shared by every client that calls there.
    applyRateLimit(client, plan.limiters.forScope(credentialsKeyOf(options, roleArn), region));
    const ctx = { client, region, stats, roleArn };
    const clusters =
      options.scope.clusters.length > 0
        ? clustersForScope(options.scope.clusters, region, { roleArn, regionWasDefault: requestedRegion === undefined })
        : await aws.listClusterArns(ctx);
    if (clusters.length === 0) outcomes.markListed();
    progress.addClusters(clusters.length);
    // Every cluster is queued at once; plan.schedule bounds the listings in flight across clusters and scopes.
    await Promise.all(
      clusters.map((cluster) =>
        outcomes.run(`cluster ${lastSegment(cluster)} in ${scopeLabel(region, roleArn)}`, async () => {
          try {
            const result = await aws.fetchClusterTasks(
              ctx,
              cluster,
              (tasks) => {
                collector.add(tasks, region, roleArn);
                progress.addTasks(tasks.length);
              },
              plan,
            );
            warnings.push(...result.failures.map((f) => failureWarning(f, ` (cluster ${result.cluster}, region ${region}${roleArn ? `, role ${roleArn}` : ''})`)));
          } finally {
            // A skipped cluster (--allow-partial) is done too, so the progress line still ends.
            progress.clusterDone();
          }
        }),
      ),
    );
  } finally {
    client.destroy();
  }
}

/** How warnings name a (region, role) scope. */
function scopeLabel(region: string | undefined, roleArn: string | undefined): string {
  return `region ${region ?? '(default)'}${roleArn ? ` as role ${roleArn}` : ''}`;
}

/**
 * The Rundeck nodes for the running containers that `options` selects, from AWS or from `options.input`.
 * @throws UsageError for unreadable input or no resolvable region; AwsError when an AWS call fails (with
 *   `safety.allowPartial`: only when every cluster and region failed; the others become warnings)
 */
export async function generateNodes(options: Options, dependencies: GenerateDependencies = {}): Promise<GenerateResult> {
  if (options.input !== undefined) return generateFromInput(options, options.input, dependencies.stdin ?? Readable.from([]));
  // Built first: a bad template fails before any AWS call.
  const collector = createNodeCollector(options.filter, options.shape);
  const aws = dependencies.aws ?? loadAwsLayer();
  const stats = createRunStats();
  const warnings: string[] = [];
  const progress = new ProgressTracker(dependencies.onProgress);
  const scopes = await planScopes(options, dependencies.secrets ?? createSecretReader({}));
  const outcomes = new ScopeOutcomes(options.safety?.allowPartial === true);
  const plan = createRunPlan(options);
  await mapLimit(scopes, DEFAULT_SCOPE_CONCURRENCY, (scope) =>
    outcomes.run(scopeLabel(scope.region, scope.roleArn), () => generateFromRegion(options, aws, scope, collector, stats, warnings, outcomes, progress, plan), false),
  );
  // Sorted: clusters finish in any order, and the same run should print the same lines.
  return { nodes: collector.finish(), warnings: [...outcomes.warnings(), ...warnings].sort(compareCodeUnits), stats };
}
