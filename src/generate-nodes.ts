// The library's orchestrator: Options → ECS tasks (from AWS or a saved file) → filtered containers → nodes.

import type { EcsFailure, EcsTask } from './ecs-types';
import type { Options } from './options';
import type { RundeckNode } from './nodes/rundeck-node';
import { toNode } from './nodes/to-node';
import { selectContainers } from './select/select-containers';
import { readInput } from './input/read-input';
import { createRunStats, type RunStats } from './aws/stats';
import { loadAwsLayer, type AwsLayer } from './aws/load-aws';
import { toAwsError } from './aws/aws-errors';
import { mapLimit } from './util/map-limit';
import { lastSegment } from './util/arn';
import { ScopeOutcomes } from './scope-outcomes';

/** Clusters listed at once per region: each pipelines its own describes, so a few keep the API busy. */
export const DEFAULT_CLUSTER_CONCURRENCY = 4;

export interface GenerateResult {
  /** One node per selected container, unique by nodename, in discovery order. */
  readonly nodes: RundeckNode[];
  /** Problems that did not fail the run (DescribeTasks failures[], …), one line each. */
  readonly warnings: string[];
  readonly stats: RunStats;
}

export interface GenerateDependencies {
  /** The AWS layer; tests may replace it. Loaded lazily by default. */
  readonly aws?: AwsLayer;
}

function failureWarning(failure: EcsFailure, where: string): string {
  const reason = failure.reason === 'MISSING' ? 'MISSING (the task stopped between list and describe)' : failure.reason ?? 'unknown reason';
  return `DescribeTasks could not describe ${failure.arn ?? 'a task'}${where}: ${reason}${failure.detail ? ` (${failure.detail})` : ''}`;
}

/** Collects nodes batch by batch, keeping the first node of each name (the same task listed twice). */
class NodeCollector {
  readonly nodes: RundeckNode[] = [];
  private readonly names = new Set<string>();
  constructor(private readonly options: Options) {}

  add(tasks: readonly EcsTask[], region?: string): void {
    for (const ref of selectContainers(tasks, this.options.filter, region)) {
      const node = toNode(ref);
      if (this.names.has(node.nodename)) continue;
      this.names.add(node.nodename);
      this.nodes.push(node);
    }
  }
}

async function generateFromInput(options: Options, input: string): Promise<GenerateResult> {
  const { tasks, failures } = await readInput(input);
  const collector = new NodeCollector(options);
  collector.add(tasks);
  return { nodes: collector.nodes, warnings: failures.map((f) => failureWarning(f, '')), stats: createRunStats() };
}

async function generateFromRegion(
  options: Options,
  aws: AwsLayer,
  requestedRegion: string | undefined,
  collector: NodeCollector,
  stats: RunStats,
  warnings: string[],
  outcomes: ScopeOutcomes,
): Promise<void> {
  const client = aws.createEcsClient({ ...options.aws, region: requestedRegion });
  try {
    let region: string;
    try {
      region = await aws.resolveRegion(client);
    } catch (error) {
      throw toAwsError(error, { operation: 'ListTasks', region: requestedRegion ?? '(none)' });
    }
    const ctx = { client, region, stats };
    const clusters = options.scope.clusters.length > 0 ? uniqueClusters(options.scope.clusters) : await aws.listClusterArns(ctx);
    if (clusters.length === 0) outcomes.markListed();
    await mapLimit(clusters, DEFAULT_CLUSTER_CONCURRENCY, (cluster) =>
      outcomes.run(`cluster ${lastSegment(cluster)} in region ${region}`, async () => {
        const result = await aws.fetchClusterTasks(ctx, cluster, (tasks) => collector.add(tasks, region));
        warnings.push(...result.failures.map((f) => failureWarning(f, ` (cluster ${result.cluster}, region ${region})`)));
      }),
    );
  } finally {
    client.destroy();
  }
}

/** Cluster names or ARNs without repeats (a name and its ARN count once). */
function uniqueClusters(clusters: readonly string[]): string[] {
  const seen = new Set<string>();
  return clusters.filter((c) => {
    const key = lastSegment(c);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The Rundeck nodes for the running containers that `options` selects, from AWS or from `options.input`.
 * @throws UsageError for unreadable input or no resolvable region; AwsError when an AWS call fails (with
 *   `safety.allowPartial`: only when every cluster and region failed; the others become warnings)
 */
export async function generateNodes(options: Options, dependencies: GenerateDependencies = {}): Promise<GenerateResult> {
  if (options.input !== undefined) return generateFromInput(options, options.input);
  const aws = dependencies.aws ?? loadAwsLayer();
  const stats = createRunStats();
  const warnings: string[] = [];
  const collector = new NodeCollector(options);
  const regions = options.scope.regions.length > 0 ? [...new Set(options.scope.regions)] : [undefined];
  const outcomes = new ScopeOutcomes(options.safety?.allowPartial === true);
  await Promise.all(
    regions.map((region) =>
      outcomes.run(`region ${region ?? '(default)'}`, () => generateFromRegion(options, aws, region, collector, stats, warnings, outcomes), false),
    ),
  );
  return { nodes: collector.nodes, warnings: [...outcomes.warnings(), ...warnings], stats };
}
