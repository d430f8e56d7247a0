// Facts about a task that several modules need, read from DescribeTasks fields without further API calls.

import type { EcsContainer, EcsTask } from '../ecs-types';
import { lastSegment, parseArn, serviceOfGroup, taskDefinitionParts } from '../util/arn';

function eniDetail(task: EcsTask, name: string): string | undefined {
  for (const attachment of task.attachments ?? []) {
    if (attachment.type !== 'ElasticNetworkInterface') continue;
    const detail = attachment.details?.find((d) => d.name === name);
    if (detail?.value) return detail.value;
  }
  return undefined;
}

/** The task's private IPv4 address (awsvpc ENI, else a container's network interface), if any. */
export function privateIpOf(task: EcsTask): string | undefined {
  return (
    eniDetail(task, 'privateIPv4Address') ??
    task.containers?.flatMap((c) => c.networkInterfaces ?? []).find((n) => n.privateIpv4Address)
      ?.privateIpv4Address
  );
}

/** The task's private DNS name (awsvpc ENI), if any. */
export function privateDnsOf(task: EcsTask): string | undefined {
  return eniDetail(task, 'privateDnsName');
}

/** The last segment of the task ARN. */
export function taskIdOf(task: EcsTask): string | undefined {
  return task.taskArn ? lastSegment(task.taskArn) : undefined;
}

/** The cluster name, from the cluster ARN, else from a new-style task ARN (`task/CLUSTER/ID`). */
export function clusterNameOf(task: EcsTask): string | undefined {
  if (task.clusterArn) return lastSegment(task.clusterArn);
  const resource = task.taskArn ? parseArn(task.taskArn)?.resource : undefined;
  const parts = resource?.split('/');
  return parts && parts.length === 3 ? parts[1] : undefined;
}

/** The service name, from `group: service:NAME`. */
export function serviceNameOf(task: EcsTask): string | undefined {
  return serviceOfGroup(task.group);
}

/** Family and revision from the task definition ARN. */
export function taskDefinitionOf(task: EcsTask): { family?: string; revision?: string } {
  return task.taskDefinitionArn ? taskDefinitionParts(task.taskDefinitionArn) : {};
}

/** The region and account of the task, from its ARN. */
export function arnLocationOf(task: EcsTask): { region?: string; accountId?: string } {
  const arn = task.taskArn ? parseArn(task.taskArn) : undefined;
  return { region: arn?.region || undefined, accountId: arn?.accountId || undefined };
}

/** True when ECS Exec is enabled on the task and the container's ExecuteCommandAgent is running. */
export function isExecReady(task: EcsTask, container: EcsContainer): boolean {
  return (
    task.enableExecuteCommand === true &&
    (container.managedAgents ?? []).some((a) => a.name === 'ExecuteCommandAgent' && a.lastStatus === 'RUNNING')
  );
}
