// Lists and describes the tasks of ECS clusters with the fewest calls: ListTasks pages of 100, each page
// described as soon as it arrives (DescribeTasks takes at most 100 ARNs) with tags in the same call.

import {
  DescribeTasksCommand,
  ListClustersCommand,
  ListTasksCommand,
  type ECSClient,
  type ListTasksCommandOutput,
} from '@aws-sdk/client-ecs';
import type { EcsFailure, EcsTask } from '../ecs-types';
import { lastSegment } from '../util/arn';
import type { Schedule } from '../util/semaphore';
import { toAwsError } from './aws-errors';
import type { ListFilter } from './list-plan';
import type { ClusterStats, RunStats } from './stats';

/** ECS returns at most 100 items per list page and describes at most 100 tasks per call. */
export const PAGE_SIZE = 100;
/** A bound on pages per listing (10 million tasks): a broken endpoint cannot loop us forever. */
const MAX_PAGES = 100_000;

/** One region's client and where its calls are counted. */
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

/** Walks a paginated listing, bounded, refusing a token that repeats; stops early when `stop()` says so. */
async function forEachPage<T extends Metadata & { nextToken?: string }>(
  fetchPage: (nextToken: string | undefined) => Promise<T>,
  onPage: (page: T) => void,
  stop: () => boolean = () => false,
): Promise<void> {
  const seen = new Set<string>();
  let token: string | undefined;
  for (let page = 0; page < MAX_PAGES && !stop(); page++) {
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

/** How one cluster is listed. */
export interface ClusterFetchOptions {
  /** The ListTasks listings to run (see planListings); default one listing of the whole cluster. */
  readonly listings?: readonly ListFilter[];
  /** Runs each listing (with its describes) when a slot is free; default: at once. */
  readonly schedule?: Schedule;
}

const runNow: Schedule = (job) => job();

function isServiceNotFound(error: unknown): boolean {
  return (error as { name?: unknown } | undefined)?.name === 'ServiceNotFoundException';
}

/**
 * Lists the RUNNING tasks of one cluster and describes each page as it arrives; `onTasks` receives each
 * described batch. With listings per service, a service the cluster lacks (ServiceNotFoundException) lists
 * no tasks. The first failure stops the cluster's other listings from fetching more pages.
 */
export async function fetchClusterTasks(
  ctx: RegionContext,
  cluster: string,
  onTasks: (tasks: EcsTask[]) => void,
  options: ClusterFetchOptions = {},
): Promise<ClusterTasks> {
  const started = Date.now();
  const clusterName = lastSegment(cluster);
  const clusterStats: ClusterStats = { region: ctx.region, cluster: clusterName, tasks: 0, calls: 0, retries: 0, milliseconds: 0 };
  ctx.stats.clusters.push(clusterStats);
  const failures: EcsFailure[] = [];
  let firstError: { readonly reason: unknown } | undefined;
  const fail = (reason: unknown): void => {
    firstError ??= { reason };
  };

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

  const listOnce = async (listing: ListFilter): Promise<void> => {
    const describes: Promise<void>[] = [];
    const send = async (nextToken: string | undefined): Promise<ListTasksCommandOutput> => {
      try {
        return await ctx.client.send(
          new ListTasksCommand({ cluster, desiredStatus: 'RUNNING', maxResults: PAGE_SIZE, nextToken, ...listing }),
        );
      } catch (error) {
        // Listing by service asks about a service this cluster may not have: that is no tasks, not an error.
        if (listing.serviceName !== undefined && isServiceNotFound(error)) return { taskArns: [], $metadata: {} };
        throw error;
      }
    };
    try {
      await forEachPage(
        (nextToken) => call(ctx, 'ListTasks', clusterName, () => send(nextToken), clusterStats),
        (page) => {
          // After a failure the cluster fails anyway: describing more would only spend calls.
          if (firstError) return;
          const arns = page.taskArns ?? [];
          for (let i = 0; i < arns.length; i += PAGE_SIZE) {
            // A handler is attached at once, so a describe failing while listing goes on is never unhandled.
            describes.push(describe(arns.slice(i, i + PAGE_SIZE)).catch(fail));
          }
        },
        () => firstError !== undefined,
      );
    } catch (error) {
      fail(error);
    } finally {
      // Settle every describe already started before the slot is released, so no call outlives the listing.
      await Promise.all(describes);
    }
  };

  const listings = options.listings && options.listings.length > 0 ? options.listings : [{}];
  const schedule = options.schedule ?? runNow;
  await Promise.all(listings.map((listing) => schedule(() => listOnce(listing))));
  clusterStats.milliseconds = Date.now() - started;
  if (firstError) throw firstError.reason;
  return { cluster: clusterName, failures };
}
