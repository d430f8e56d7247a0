// Test support: the ECS operations the fake endpoint answers (ListClusters, ListTasks, DescribeTasks), over
// a FakeEstate, with ECS's validation rules and error names.

import type { EcsTask } from '../../src/ecs-types';
import type { FakeCluster, FakeEstate } from './fake-ecs-estate';

/** An ECS error: answered as HTTP `status` with `{"__type": type, "message": message}`. */
export class FakeEcsError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = type;
  }
}

/** How an operation sees the call: the estate of the request's region and the fault switches it honours. */
export interface OperationContext {
  readonly estate: FakeEstate;
  /** True when this cluster denies access (AccessDeniedException). */
  readonly isDenied: (cluster: FakeCluster) => boolean;
  /** Every Nth task of a cluster is listed but described as MISSING (0: none). */
  readonly vanishEvery: number;
}

type Input = Record<string, unknown>;

const MAX_PAGE = 100;
const MAX_DESCRIBE = 100;

function optionalString(input: Input, key: string): string | undefined {
  const value = input[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new FakeEcsError('InvalidParameterException', `${key} must be a string.`);
  return value;
}

function pageSize(input: Input): number {
  const value = input.maxResults;
  if (value === undefined || value === null) return MAX_PAGE;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_PAGE) {
    throw new FakeEcsError('InvalidParameterException', `maxResults must be between 1 and ${MAX_PAGE}.`);
  }
  return value;
}

function pageStart(input: Input): number {
  const token = optionalString(input, 'nextToken');
  if (token === undefined) return 0;
  const match = /^offset:(\d+)$/.exec(Buffer.from(token, 'base64').toString('utf8'));
  if (!match) throw new FakeEcsError('InvalidParameterException', 'Invalid nextToken.');
  return Number(match[1]);
}

function page<T>(items: readonly T[], input: Input): { items: T[]; nextToken?: string } {
  const size = pageSize(input);
  const start = pageStart(input);
  const end = start + size;
  return end < items.length
    ? { items: items.slice(start, end), nextToken: Buffer.from(`offset:${end}`).toString('base64') }
    : { items: items.slice(start, end) };
}

function lastSegment(arnOrName: string): string {
  return arnOrName.slice(arnOrName.lastIndexOf('/') + 1);
}

function findCluster(ctx: OperationContext, input: Input): FakeCluster {
  const wanted = optionalString(input, 'cluster') ?? 'default';
  const name = wanted.startsWith('arn:') ? lastSegment(wanted) : wanted;
  const cluster = ctx.estate.clusters.find((c) => c.name === name);
  if (!cluster) throw new FakeEcsError('ClusterNotFoundException', 'Cluster not found.');
  if (ctx.isDenied(cluster)) {
    throw new FakeEcsError(
      'AccessDeniedException',
      `User: arn:aws:iam::${ctx.estate.accountId}:user/test is not authorized to perform this action on resource ${cluster.arn}`,
    );
  }
  return cluster;
}

function familyOf(task: EcsTask): string | undefined {
  const definition = task.taskDefinitionArn ? lastSegment(task.taskDefinitionArn) : undefined;
  return definition?.split(':')[0];
}

/** ListClusters: cluster ARNs, paged. */
export function listClusters(ctx: OperationContext, input: Input): Record<string, unknown> {
  const { items, nextToken } = page(ctx.estate.clusters.map((c) => c.arn), input);
  return { clusterArns: items, ...(nextToken && { nextToken }) };
}

/** ListTasks: task ARNs of one cluster, filtered (serviceName, family, desiredStatus, launchType, startedBy), paged. */
export function listTasks(ctx: OperationContext, input: Input): Record<string, unknown> {
  const desiredStatus = optionalString(input, 'desiredStatus') ?? 'RUNNING';
  if (!['RUNNING', 'PENDING', 'STOPPED'].includes(desiredStatus)) {
    throw new FakeEcsError('InvalidParameterException', `Invalid desiredStatus: ${desiredStatus}`);
  }
  const launchType = optionalString(input, 'launchType');
  if (launchType !== undefined && !['EC2', 'FARGATE', 'EXTERNAL'].includes(launchType)) {
    throw new FakeEcsError('InvalidParameterException', `Invalid launchType: ${launchType}`);
  }
  const serviceName = optionalString(input, 'serviceName');
  const family = optionalString(input, 'family');
  const startedBy = optionalString(input, 'startedBy');
  if (startedBy !== undefined && (serviceName !== undefined || family !== undefined)) {
    throw new FakeEcsError('InvalidParameterException', 'startedBy may not be specified with serviceName or family.');
  }
  pageSize(input);
  const cluster = findCluster(ctx, input);
  const service = serviceName === undefined ? undefined : lastSegment(serviceName);
  if (service !== undefined && !cluster.services.includes(service)) {
    throw new FakeEcsError('ServiceNotFoundException', 'Service not found.');
  }
  const arns = cluster.tasks
    .filter(
      (t) =>
        t.desiredStatus === desiredStatus &&
        (service === undefined || t.group === `service:${service}`) &&
        (family === undefined || familyOf(t) === family) &&
        (launchType === undefined || t.launchType === launchType) &&
        (startedBy === undefined || t.startedBy === startedBy),
    )
    .map((t) => t.taskArn ?? '');
  const { items, nextToken } = page(arns, input);
  return { taskArns: items, ...(nextToken && { nextToken }) };
}

/** DescribeTasks: up to 100 tasks by ARN or id; tags only with include ["TAGS"]; unknown ones in failures[]. */
export function describeTasks(ctx: OperationContext, input: Input): Record<string, unknown> {
  const requested = input.tasks;
  if (!Array.isArray(requested) || requested.length === 0 || !requested.every((t): t is string => typeof t === 'string')) {
    throw new FakeEcsError('InvalidParameterException', 'Tasks cannot be empty.');
  }
  if (requested.length > MAX_DESCRIBE) {
    throw new FakeEcsError('InvalidParameterException', `Tasks cannot have more than ${MAX_DESCRIBE} elements`);
  }
  const include = input.include;
  const withTags = Array.isArray(include) && include.includes('TAGS');
  const cluster = findCluster(ctx, input);
  const byId = new Map<string, { task: EcsTask; position: number }>();
  cluster.tasks.forEach((task, position) => byId.set(lastSegment(task.taskArn ?? ''), { task, position }));
  const tasks: EcsTask[] = [];
  const failures: { arn: string; reason: string }[] = [];
  for (const ref of requested) {
    const found = byId.get(lastSegment(ref));
    const vanished = found !== undefined && ctx.vanishEvery > 0 && (found.position + 1) % ctx.vanishEvery === 0;
    if (!found || vanished) {
      failures.push({ arn: ref, reason: 'MISSING' });
      continue;
    }
    if (withTags) tasks.push(found.task);
    else {
      const { tags: _tags, ...untagged } = found.task;
      tasks.push(untagged);
    }
  }
  return { tasks, failures };
}

/** The operations the endpoint answers, by X-Amz-Target operation name. */
export const OPERATIONS: Readonly<Record<string, (ctx: OperationContext, input: Input) => Record<string, unknown>>> = {
  ListClusters: listClusters,
  ListTasks: listTasks,
  DescribeTasks: describeTasks,
};
