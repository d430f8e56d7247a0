// Reads saved `aws ecs describe-tasks` output: one response, an array of responses, or a bare array of tasks.

import type { EcsFailure, EcsTask } from '../ecs-types';
import { UsageError } from '../errors';
import { checkFailureFields, checkTaskFields } from './check-task-fields';

/** The tasks and DescribeTasks failures of a saved file. */
export interface DescribedTasks {
  readonly tasks: EcsTask[];
  readonly failures: EcsFailure[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isResponse(value: unknown): value is { tasks?: unknown; failures?: unknown } {
  return isRecord(value) && ('tasks' in value || 'failures' in value);
}

function asArray(value: unknown, what: string, source: string): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new UsageError(`${source}: "${what}" must be an array`);
  return value;
}

function asTasks(items: unknown[], source: string): EcsTask[] {
  items.forEach((item, index) => {
    if (!isRecord(item)) throw new UsageError(`${source}: task ${index} is not an object`);
    checkTaskFields(item, source, `task ${index}`);
  });
  return items as EcsTask[];
}

function asFailures(items: unknown[], source: string): EcsFailure[] {
  items.forEach((item, index) => checkFailureFields(item, source, `failure ${index}`));
  return items as EcsFailure[];
}

/** JSON.parse's reviver: a null member is dropped, so null reads as "not given" (as an absent field) everywhere. */
function dropNull(_key: string, value: unknown): unknown {
  return value === null ? undefined : value;
}

/**
 * The tasks and failures in a DescribeTasks JSON text.
 * @throws UsageError when the text is not JSON or not of one of the accepted shapes
 */
export function parseDescribeTasks(text: string, source: string): DescribedTasks {
  let data: unknown;
  try {
    data = JSON.parse(text, dropNull);
  } catch (error) {
    throw new UsageError(`${source} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  // A response inside a bare task array would be read as a task with no status and vanish silently.
  if (Array.isArray(data) && data.some(isResponse) && !data.every(isResponse)) {
    throw new UsageError(`${source}: an array must hold only DescribeTasks responses or only tasks`);
  }
  const responses = Array.isArray(data) && data.every(isResponse) && data.length > 0 ? data : [data];
  const tasks: EcsTask[] = [];
  const failures: EcsFailure[] = [];
  for (const response of responses) {
    if (Array.isArray(response)) {
      tasks.push(...asTasks(response, source));
    } else if (isResponse(response)) {
      tasks.push(...asTasks(asArray(response.tasks, 'tasks', source), source));
      failures.push(...asFailures(asArray(response.failures, 'failures', source), source));
    } else {
      throw new UsageError(
        `${source}: expected a DescribeTasks response ({"tasks": [...]}), an array of them, or an array of tasks`,
      );
    }
  }
  return { tasks, failures };
}
