// Lists and describes the tasks of ECS clusters with the fewest calls: ListTasks pages of 100, each page
// described as soon as it arrives (DescribeTasks takes at most 100 ARNs) with tags in the same call.

import {
  DescribeTasksCommand,
  ListClustersCommand,
  ListTasksCommand,
  type ECSClient,
  type ListTasksCommandInput,
} from '@aws-sdk/client-ecs';
import type { EcsFailure, EcsTask } from '../ecs-types';
import { lastSegment } from '../util/arn';
import { toAwsError } from './aws-errors';
import type { ClusterStats, RunStats } from './stats';

/** ECS returns at most 100 items per list page and describes at most 100 tasks per call. */
export const PAGE_SIZE = 100;
/** A bound on pages per listing (10 million tasks): a broken endpoint cannot loop us forever. */
const MAX_PAGES = 100_000;

export interface RegionContext {
  readonly client: ECSClient;
  readonly region: string;
  readonly stats: RunStats;
  readonly roleArn?: string;
}

/** What one cluster's listing produced. */
export interface ClusterTasks {
  readonly cluster: string;
  readonly failures: EcsFailure[];
}

interface Metadata {
  readonly $metadata?: { readonly attempts?: number };
}

async function call<T extends Metadata>(
  ctx: RegionContext,
  operation: string,
  cluster: string | undefined,
  send: () => Promise<T>,
  clusterStats?: ClusterStats,
): Promise<T> {
  ctx.stats.calls[operation] = (ctx.stats.calls[operation] ?? 0) + 1;
  if (clusterStats) clusterStats.calls += 1;
  try {
    const output = await send();
    const retries = Math.max(0, (output.$metadata?.attempts ?? 1) - 1);
    ctx.stats.retries += retries;
    if (clusterStats) clusterStats.retries += retries;
    return output;
  } catch (error) {
    const attempts = (error as Metadata).$metadata?.attempts;
    if (attempts && attempts > 1) ctx.stats.retries += attempts - 1;
    throw toAwsError(error, { operation, region: ctx.region, cluster, roleArn: ctx.roleArn });
  }
}

/** Walks a paginated listing, bounded, refusing a token that repeats. */
async function forEachPage<T extends Metadata & { nextToken?: string }>(
  fetchPage: (nextToken: string | undefined) => Promise<T>,
  onPage: (page: T) => void,
): Promise<void> {
  const seen = new Set<string>();
  let token: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const output = await fetchPage(token);
    onPage(output);
    token = output.nextToken;
    if (!token || seen.has(token)) return;
    seen.add(token);
  }
}

/** Every cluster ARN of the region (ListClusters, paged by 100). */
export async function listClusterArns(ctx: RegionContext): Promise<string[]> {
  const arns: string[] = [];
  await forEachPage(
    (nextToken) =>
      call(ctx, 'ListClusters', undefined, () => ctx.client.send(new ListClustersCommand({ maxResults: PAGE_SIZE, nextToken }))),
    (page) => arns.push(...(page.clusterArns ?? [])),
  );
  return arns;
}

/**
 * Lists the RUNNING tasks of one cluster and describes each page as it arrives; `onTasks` receives each
 * described batch. `listFilter` narrows ListTasks (serviceName, family) when filters allow it.
 */
export async function fetchClusterTasks(
  ctx: RegionContext,
  cluster: string,
  onTasks: (tasks: EcsTask[]) => void,
  listFilter: Pick<ListTasksCommandInput, 'serviceName' | 'family'> = {},
): Promise<ClusterTasks> {
  const started = Date.now();
  const clusterName = lastSegment(cluster);
  const clusterStats: ClusterStats = { region: ctx.region, cluster: clusterName, tasks: 0, calls: 0, retries: 0, milliseconds: 0 };
  ctx.stats.clusters.push(clusterStats);
  const failures: EcsFailure[] = [];
  const describes: Promise<void>[] = [];
  // A handler is attached at once, so a describe failing while listing goes on is never an unhandled rejection.
  let describeError: { readonly reason: unknown } | undefined;
  const describe = async (taskArns: string[]): Promise<void> => {
    const output = await call(
      ctx,
      'DescribeTasks',
      clusterName,
      () => ctx.client.send(new DescribeTasksCommand({ cluster, tasks: taskArns, include: ['TAGS'] })),
      clusterStats,
    );
    const tasks = (output.tasks ?? []) as EcsTask[];
    clusterStats.tasks += tasks.length;
    failures.push(...(output.failures ?? []));
    onTasks(tasks);
  };
  try {
    await forEachPage(
      (nextToken) =>
        call(
          ctx,
          'ListTasks',
          clusterName,
          () =>
            ctx.client.send(
              new ListTasksCommand({ cluster, desiredStatus: 'RUNNING', maxResults: PAGE_SIZE, nextToken, ...listFilter }),
            ),
          clusterStats,
        ),
      (page) => {
        const arns = page.taskArns ?? [];
        for (let i = 0; i < arns.length; i += PAGE_SIZE) {
          describes.push(
            describe(arns.slice(i, i + PAGE_SIZE)).catch((reason: unknown) => {
              describeError ??= { reason };
            }),
          );
        }
      },
    );
  } finally {
    // Settle every describe already started before reporting, so no call outlives the listing.
    await Promise.all(describes);
    clusterStats.milliseconds = Date.now() - started;
  }
  if (describeError) throw describeError.reason;
  return { cluster: clusterName, failures };
}
