// ContainerRef → RundeckNode: the pure mapping from one running container to one Rundeck node.

import { compareCodeUnits, removeForbiddenChars } from '../util/text';
import { lastSegment } from '../util/arn';
import { ATTR, TAG_ATTRIBUTE_PREFIX } from './attributes';
import type { ContainerRef } from './container-ref';
import type { RundeckNode } from './rundeck-node';
import {
  arnLocationOf,
  clusterNameOf,
  isExecReady,
  privateDnsOf,
  privateIpOf,
  serviceNameOf,
  taskDefinitionOf,
  taskIdOf,
} from './task-facts';

type Entry = readonly [name: string, value: string | undefined];

/** The node's attributes, before clean-up: missing values are dropped by the caller. */
function attributeEntries(ref: ContainerRef): Entry[] {
  const { task, container } = ref;
  const location = arnLocationOf(task);
  const taskId = taskIdOf(task);
  const clusterName = clusterNameOf(task);
  const serviceName = serviceNameOf(task);
  const definition = taskDefinitionOf(task);
  const privateIp = privateIpOf(task);
  const platformFamily = task.platformFamily;
  // Cleaned before use: ECS:Container-Tags is JSON text, so a control character left in a tag would survive
  // there as a `\u0001` escape while ECS:Tag:<KEY> loses it.
  const tags = (task.tags ?? [])
    .map((t) => ({ key: removeForbiddenChars(t.key ?? ''), value: removeForbiddenChars(t.value ?? '') }))
    .filter((t) => t.key !== '')
    .sort((a, b) => compareCodeUnits(a.key, b.key));
  const execEnabled = task.enableExecuteCommand === true;

  return [
    ['hostname', privateIp ?? taskId],
    ['description', describe(container.name, taskId, serviceName, clusterName)],
    ['osFamily', platformFamily?.toLowerCase().startsWith('windows') ? 'windows' : 'unix'],
    ['osName', platformFamily],
    [ATTR.region, location.region ?? ref.region],
    [ATTR.accountId, location.accountId],
    [ATTR.assumeRoleArn, ref.roleArn],
    [ATTR.clusterArn, task.clusterArn],
    [ATTR.clusterName, clusterName],
    [ATTR.serviceName, serviceName],
    [ATTR.taskArn, task.taskArn],
    [ATTR.taskId, taskId],
    [ATTR.taskDefinitionArn, task.taskDefinitionArn],
    [ATTR.taskDefinitionFamily, definition.family],
    [ATTR.taskDefinitionRevision, definition.revision],
    [ATTR.taskGroup, task.group],
    [ATTR.taskStartedBy, task.startedBy],
    [ATTR.taskLaunchType, task.launchType],
    [ATTR.taskPlatformVersion, task.platformVersion],
    [ATTR.taskLastStatus, task.lastStatus],
    [ATTR.taskHealthStatus, task.healthStatus],
    [ATTR.availabilityZone, task.availabilityZone],
    [ATTR.privateIp, privateIp],
    [ATTR.privateDns, privateDnsOf(task)],
    [ATTR.cpu, task.cpu],
    [ATTR.memory, task.memory],
    [ATTR.memoryReservation, container.memoryReservation ?? task.memory],
    [ATTR.containerArn, container.containerArn],
    [ATTR.containerId, container.containerArn ? lastSegment(container.containerArn) : undefined],
    [ATTR.containerName, container.name],
    [ATTR.containerImage, container.image],
    [ATTR.containerImageDigest, container.imageDigest],
    [ATTR.runtimeId, container.runtimeId],
    [ATTR.containerLastStatus, container.lastStatus],
    [ATTR.containerHealthStatus, container.healthStatus],
    [ATTR.containerTags, JSON.stringify(tags.map((t) => `${t.key}=${t.value}`))],
    ...tags.map((t): Entry => [TAG_ATTRIBUTE_PREFIX + t.key, t.value]),
    [ATTR.execEnabled, String(execEnabled)],
    [ATTR.execReady, String(isExecReady(task, container))],
  ];
}

function describe(
  containerName: string | undefined,
  taskId: string | undefined,
  serviceName: string | undefined,
  clusterName: string | undefined,
): string {
  const where = [serviceName && `service ${serviceName}`, clusterName && `cluster ${clusterName}`].filter(Boolean);
  return `${containerName ?? 'container'} in task ${taskId ?? 'unknown'}${where.length ? ` of ${where.join(', ')}` : ''}`;
}

/** Rundeck tags: trimmed, without commas (Rundeck splits on them), unique, sorted, none empty. */
export function normaliseTags(tags: readonly (string | undefined)[]): string[] {
  const clean = tags
    .map((t) => (t === undefined ? '' : removeForbiddenChars(t).replace(/,/g, ' ').replace(/\s+/g, ' ').trim()))
    .filter((t) => t !== '');
  return [...new Set(clean)].sort(compareCodeUnits);
}

/**
 * The Rundeck node for one running container. Attributes without a value are left out, except
 * `ECS:Tag:<KEY>` (an empty tag value still means the tag exists). Characters XML cannot carry are removed.
 */
export function toNode(ref: ContainerRef): RundeckNode {
  const entries: [string, string][] = [];
  for (const [name, value] of attributeEntries(ref)) {
    if (value === undefined) continue;
    const cleanValue = removeForbiddenChars(value);
    if (cleanValue === '' && !name.startsWith(TAG_ATTRIBUTE_PREFIX)) continue;
    entries.push([removeForbiddenChars(name), cleanValue]);
  }
  // Built in one go: an object grown key by key past a dozen keys becomes a hash table in V8, 4× the memory.
  const attributes: Record<string, string> = Object.fromEntries(entries);
  const containerId = attributes[ATTR.containerId];
  const containerName = attributes[ATTR.containerName] ?? 'container';
  // Without a container ARN (hand-made --input) the task id keeps the name unique: the bare container name
  // would repeat across tasks, and repeated names are merged away.
  const uniquePart = containerId ?? attributes[ATTR.taskId];
  const nodename = uniquePart ? `${containerName}-${uniquePart}` : containerName;
  const launchType = attributes[ATTR.taskLaunchType];
  const tags = normaliseTags([
    'ecs',
    launchType?.toLowerCase(),
    attributes[ATTR.clusterName],
    attributes[ATTR.serviceName],
    attributes[ATTR.taskDefinitionFamily],
    attributes[ATTR.containerName],
  ]);
  return { nodename, tags, attributes };
}
