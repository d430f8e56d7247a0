// Permission probes for `check`: the smallest ListTasks and DescribeTasks calls, each answered as data
// (allowed, denied, failed) instead of an exception.

import { DescribeTasksCommand, ListTasksCommand } from '@aws-sdk/client-ecs';
import type { AccessResult } from '../check/check-report';
import { EcsNodesError } from '../errors';
import { toAwsError, type CallContext } from './aws-errors';
import type { RegionContext } from './fetch-tasks';

const DENIED = new Set(['AccessDeniedException', 'AccessDenied', 'UnauthorizedOperation', 'UnrecognizedClientException', 'InvalidSignatureException']);

function errorName(error: unknown): string {
  const name = (error as { name?: unknown } | undefined)?.name;
  return typeof name === 'string' ? name : 'Error';
}

/**
 * An AccessResult for a failed call: `denied` for authorisation errors, `failed` for anything else. An error
 * already ours (e.g. from `call` or the credentials) keeps its message and is classified by its cause.
 */
export function accessResultOf(error: unknown, context: CallContext): AccessResult {
  const detail = toAwsError(error, context).message;
  const underlying = error instanceof EcsNodesError && error.cause !== undefined ? error.cause : error;
  return { state: DENIED.has(errorName(underlying)) ? 'denied' : 'failed', detail };
}

/** Records one call in the run's stats. */
function count(ctx: RegionContext, operation: string): void {
  ctx.stats.calls[operation] = (ctx.stats.calls[operation] ?? 0) + 1;
}

/** ecs:ListTasks with maxResults 1; on success also the ARN of one running task, if any. */
export async function probeListTasks(ctx: RegionContext, cluster: string): Promise<{ access: AccessResult; taskArn?: string }> {
  count(ctx, 'ListTasks');
  try {
    const output = await ctx.client.send(new ListTasksCommand({ cluster, desiredStatus: 'RUNNING', maxResults: 1 }));
    const taskArn = output.taskArns?.[0];
    return { access: { state: 'allowed' }, ...(taskArn !== undefined && { taskArn }) };
  } catch (error) {
    return { access: accessResultOf(error, { operation: 'ListTasks', region: ctx.region, cluster, roleArn: ctx.roleArn }) };
  }
}

/** ecs:DescribeTasks on one task, with tags, as the inventory calls it. */
export async function probeDescribeTasks(ctx: RegionContext, cluster: string, taskArn: string): Promise<AccessResult> {
  count(ctx, 'DescribeTasks');
  try {
    await ctx.client.send(new DescribeTasksCommand({ cluster, tasks: [taskArn], include: ['TAGS'] }));
    return { state: 'allowed' };
  } catch (error) {
    return accessResultOf(error, { operation: 'DescribeTasks', region: ctx.region, cluster, roleArn: ctx.roleArn });
  }
}
