// Task and service nodes: one node for the selected containers of a task, or for a service's oldest task. Pure.

import { removeForbiddenChars } from '../util/text';
import { ATTR } from './attributes';
import type { ContainerRef } from './container-ref';
import type { RundeckNode } from './rundeck-node';
import { normaliseTags, toNode } from './to-node';

/** The built-in tags of a task or service node: those of a container node but the container name. */
function unitTags(attributes: Readonly<Record<string, string>>): string[] {
  return normaliseTags([
    'ecs',
    attributes[ATTR.taskLaunchType]?.toLowerCase(),
    attributes[ATTR.clusterName],
    attributes[ATTR.serviceName],
    attributes[ATTR.taskDefinitionFamily],
  ]);
}

/** A copy of `attributes` with `extra` inserted right after the attribute `after` (at the end if it is absent). */
function insertAfter(
  attributes: Readonly<Record<string, string>>,
  after: string,
  extra: Readonly<Record<string, string>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  let inserted = false;
  for (const [name, value] of Object.entries(attributes)) {
    out[name] = value;
    if (name === after) {
      Object.assign(out, extra);
      inserted = true;
    }
  }
  return inserted ? out : { ...out, ...extra };
}

function where(attributes: Readonly<Record<string, string>>): string {
  const service = attributes[ATTR.serviceName];
  const cluster = attributes[ATTR.clusterName];
  const parts = [service && `service ${service}`, cluster && `cluster ${cluster}`].filter(Boolean);
  return parts.length > 0 ? ` of ${parts.join(', ')}` : '';
}

/**
 * The node of one task: the attributes of its first selected container, plus `ECS:Container-Names` (every
 * selected container, comma-separated, in task order). `refs` are the task's selected containers in task
 * order; the name is `{ECS:Task-Definition-Family}-{ECS:Task-ID}`.
 */
export function toTaskNode(refs: readonly [ContainerRef, ...ContainerRef[]]): RundeckNode {
  const first = toNode(refs[0]);
  const names = removeForbiddenChars(
    refs
      .map((ref) => ref.container.name)
      .filter((name): name is string => name !== undefined && name !== '')
      .join(','),
  );
  const taskId = first.attributes[ATTR.taskId];
  const family = first.attributes[ATTR.taskDefinitionFamily];
  const attributes = insertAfter(
    { ...first.attributes, description: `task ${taskId ?? 'unknown'}${names ? ` (${names})` : ''}${where(first.attributes)}` },
    ATTR.containerName,
    names ? { [ATTR.containerNames]: names } : {},
  );
  return { nodename: [family, taskId].filter(Boolean).join('-') || 'task', tags: unitTags(attributes), attributes };
}

/**
 * The node of one service: its task node (see toTaskNode) for the task `refs` belong to, plus
 * `ECS:Service-Task-Count`; named after the service.
 */
export function toServiceNode(refs: readonly [ContainerRef, ...ContainerRef[]], taskCount: number): RundeckNode {
  const task = toTaskNode(refs);
  const service = task.attributes[ATTR.serviceName];
  const taskId = task.attributes[ATTR.taskId] ?? 'unknown';
  const containers = task.attributes[ATTR.containerNames];
  const attributes = insertAfter(
    {
      ...task.attributes,
      description: `service ${service ?? 'unknown'}${where({ [ATTR.clusterName]: task.attributes[ATTR.clusterName] ?? '' })}: ` +
        `${taskCount} task(s); this node is task ${taskId}${containers ? ` (${containers})` : ''}`,
    },
    ATTR.serviceName,
    { [ATTR.serviceTaskCount]: String(taskCount) },
  );
  return { nodename: service ?? task.nodename, tags: task.tags, attributes };
}
