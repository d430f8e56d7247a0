// Collects nodes batch by batch as DescribeTasks pages arrive, per node unit (container, task, service),
// and makes their names unique at the end. Pure: no I/O, tasks are handed in.

import type { EcsTask } from '../ecs-types';
import type { Filter } from '../options';
import { selectContainers } from '../select/select-containers';
import { clusterNameOf, serviceNameOf } from './task-facts';
import type { ContainerRef } from './container-ref';
import { compileShape, DEFAULT_NODE_SHAPE, type CompiledShape, type NodeShape } from './node-shape';
import type { RundeckNode } from './rundeck-node';
import { ensureUniqueNames, shapeNode, type ShapedNode } from './shape-nodes';
import { toNode } from './to-node';
import { toServiceNode, toTaskNode } from './unit-nodes';

/** Receives described tasks in batches; `finish` returns the nodes once every batch is in. */
export interface NodeCollector {
  /** `region` and `roleArn`: where the tasks were listed, and under which assumed role (if any). */
  add(tasks: readonly EcsTask[], region?: string, roleArn?: string): void;
  /** @throws UsageError when node names are not unique and the shape says fail */
  finish(): RundeckNode[];
}

type TaskRefs = readonly [ContainerRef, ...ContainerRef[]];

/** The selected containers of `tasks`, each with the region and the role it was listed under. */
function selectRefs(tasks: readonly EcsTask[], filter: Filter, region?: string, roleArn?: string): ContainerRef[] {
  const refs = selectContainers(tasks, filter, region);
  return roleArn === undefined ? refs : refs.map((ref) => ({ ...ref, roleArn }));
}

/** The selected containers grouped by task, in the order they came (a task arrives whole in one batch). */
function refsByTask(refs: readonly ContainerRef[]): TaskRefs[] {
  const groups = new Map<EcsTask, [ContainerRef, ...ContainerRef[]]>();
  for (const ref of refs) {
    const group = groups.get(ref.task);
    if (group) group.push(ref);
    else groups.set(ref.task, [ref]);
  }
  return [...groups.values()];
}

/** Milliseconds since the epoch of `startedAt` (a Date from the SDK, ISO text or epoch seconds from saved JSON). */
export function startedAtMillis(startedAt: EcsTask['startedAt']): number {
  if (startedAt === undefined) return Number.POSITIVE_INFINITY;
  const millis = startedAt instanceof Date ? startedAt.getTime() : typeof startedAt === 'number' ? startedAt * 1000 : Date.parse(startedAt);
  return Number.isNaN(millis) ? Number.POSITIVE_INFINITY : millis;
}

/** True when task `a` has been running longer than `b`: earlier `startedAt`, then the smaller task ARN. */
export function isLongerRunning(a: EcsTask, b: EcsTask): boolean {
  const delta = startedAtMillis(a.startedAt) - startedAtMillis(b.startedAt);
  if (delta !== 0 && !Number.isNaN(delta)) return delta < 0;
  return (a.taskArn ?? '') < (b.taskArn ?? '');
}

/** One node per selected container; the same container seen twice counts once. */
class ContainerCollector {
  protected readonly shaped: ShapedNode[] = [];
  protected readonly seen = new Set<string>();
  constructor(
    protected readonly filter: Filter,
    protected readonly shape: CompiledShape,
  ) {}

  add(tasks: readonly EcsTask[], region?: string, roleArn?: string): void {
    for (const ref of selectRefs(tasks, this.filter, region, roleArn)) {
      const base = toNode(ref);
      const key = ref.container.containerArn ?? `name:${base.nodename}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      this.shaped.push(shapeNode(base, this.shape));
    }
  }

  finish(): RundeckNode[] {
    return ensureUniqueNames(this.shaped, this.shape);
  }
}

/** One node per task with at least one selected container; the same task seen twice counts once. */
class TaskCollector extends ContainerCollector {
  override add(tasks: readonly EcsTask[], region?: string, roleArn?: string): void {
    for (const refs of refsByTask(selectRefs(tasks, this.filter, region, roleArn))) {
      const base = toTaskNode(refs);
      const key = refs[0].task.taskArn ?? `name:${base.nodename}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      this.shaped.push(shapeNode(base, this.shape));
    }
  }
}

interface ServiceEntry {
  taskCount: number;
  /** The longest-running task so far, reduced to its selected containers. */
  oldest: TaskRefs;
}

/**
 * One node per (cluster, service) with at least one selected task: only the longest-running task is kept
 * per service, plus the task ARNs (to count each task once); standalone tasks are left out.
 */
class ServiceCollector {
  private readonly services = new Map<string, ServiceEntry>();
  private readonly seenTasks = new Set<string>();
  constructor(
    private readonly filter: Filter,
    private readonly shape: CompiledShape,
  ) {}

  add(tasks: readonly EcsTask[], region?: string, roleArn?: string): void {
    for (const refs of refsByTask(selectRefs(tasks, this.filter, region, roleArn))) {
      const task = refs[0].task;
      const service = serviceNameOf(task);
      if (service === undefined) continue;
      if (task.taskArn !== undefined) {
        if (this.seenTasks.has(task.taskArn)) continue;
        this.seenTasks.add(task.taskArn);
      }
      const cluster = task.clusterArn ?? `${refs[0].region ?? ''}/${clusterNameOf(task) ?? ''}`;
      const key = `${cluster}\n${service}`;
      const entry = this.services.get(key);
      if (!entry) this.services.set(key, { taskCount: 1, oldest: refs });
      else {
        entry.taskCount += 1;
        if (isLongerRunning(task, entry.oldest[0].task)) entry.oldest = refs;
      }
    }
  }

  finish(): RundeckNode[] {
    const shaped = [...this.services.values()].map((entry) => shapeNode(toServiceNode(entry.oldest, entry.taskCount), this.shape));
    return ensureUniqueNames(shaped, this.shape);
  }
}

/**
 * A collector for `shape.nodePer`. Filters apply per container first: a task or service node exists when
 * at least one of its containers is selected.
 * @throws UsageError at once for a malformed template or an unknown attribute (see compileShape)
 */
export function createNodeCollector(filter: Filter, shape: NodeShape = DEFAULT_NODE_SHAPE): NodeCollector {
  const compiled = compileShape(shape);
  switch (compiled.unit) {
    case 'container':
      return new ContainerCollector(filter, compiled);
    case 'task':
      return new TaskCollector(filter, compiled);
    case 'service':
      return new ServiceCollector(filter, compiled);
  }
}
