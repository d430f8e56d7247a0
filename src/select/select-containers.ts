// Include/exclude filtering on (task, container) pairs: which running containers become nodes. Pure.

import type { EcsContainer, EcsTask } from '../ecs-types';
import type { Filter } from '../options';
import { lastSegment, taskDefinitionParts } from '../util/arn';
import type { ContainerRef } from '../nodes/container-ref';
import { serviceNameOf, taskDefinitionOf } from '../nodes/task-facts';

/** True when the filter names no criterion at all. */
export function hasCriteria(filter: Filter): boolean {
  return (
    filter.services.length > 0 ||
    filter.taskDefinitions.length > 0 ||
    filter.containers.length > 0 ||
    filter.tags.length > 0
  );
}

function matchesService(task: EcsTask, services: readonly string[]): boolean {
  const service = serviceNameOf(task);
  return service !== undefined && services.some((s) => lastSegment(s) === service);
}

function matchesTaskDefinition(task: EcsTask, definitions: readonly string[]): boolean {
  const actual = taskDefinitionOf(task);
  return definitions.some((d) => {
    const wanted = taskDefinitionParts(d);
    return wanted.family === actual.family && (wanted.revision === undefined || wanted.revision === actual.revision);
  });
}

function matchesContainer(container: EcsContainer, names: readonly string[]): boolean {
  return container.name !== undefined && names.includes(container.name);
}

function matchesTags(task: EcsTask, wanted: Filter['tags']): boolean {
  const valuesByKey = new Map<string, string[]>();
  for (const { key, value } of wanted) valuesByKey.set(key, [...(valuesByKey.get(key) ?? []), value]);
  const actual = task.tags ?? [];
  return [...valuesByKey].every(([key, values]) =>
    actual.some((t) => t.key === key && values.includes(t.value ?? '')),
  );
}

/** True when the container meets every criterion the filter gives (ignoring include/exclude). */
export function matchesFilter(task: EcsTask, container: EcsContainer, filter: Filter): boolean {
  return (
    (filter.services.length === 0 || matchesService(task, filter.services)) &&
    (filter.taskDefinitions.length === 0 || matchesTaskDefinition(task, filter.taskDefinitions)) &&
    (filter.containers.length === 0 || matchesContainer(container, filter.containers)) &&
    (filter.tags.length === 0 || matchesTags(task, filter.tags))
  );
}

/** True for a task or container whose `lastStatus` is RUNNING. */
export function isRunning(item: { readonly lastStatus?: string }): boolean {
  return item.lastStatus === 'RUNNING';
}

/**
 * The running containers of running tasks that the filter keeps: with `include` those matching every
 * criterion, with `exclude` all others; with no criteria, all of them.
 */
export function selectContainers(tasks: readonly EcsTask[], filter: Filter, region?: string): ContainerRef[] {
  const keepMatches = filter.behavior === 'include';
  const anyCriteria = hasCriteria(filter);
  const refs: ContainerRef[] = [];
  for (const task of tasks) {
    if (!isRunning(task)) continue;
    for (const container of task.containers ?? []) {
      if (!isRunning(container)) continue;
      if (anyCriteria && matchesFilter(task, container, filter) !== keepMatches) continue;
      refs.push(region === undefined ? { task, container } : { task, container, region });
    }
  }
  return refs;
}
