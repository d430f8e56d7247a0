// Checks the fields ecs-nodes reads in saved tasks (--input) have DescribeTasks' types, so a malformed file is
// one usage error naming the field instead of a crash (exit 1) deep in the mapping. Pure.

import { UsageError } from '../errors';

/** What a field must hold: text, true/false, a time (ISO text or epoch seconds), or a list of objects. */
type FieldRule = 'text' | 'boolean' | 'time' | { readonly listOf: FieldRules };
interface FieldRules {
  readonly [field: string]: FieldRule;
}

const KEY_VALUE: FieldRules = { name: 'text', value: 'text' };
const CONTAINER: FieldRules = {
  containerArn: 'text',
  taskArn: 'text',
  name: 'text',
  image: 'text',
  imageDigest: 'text',
  runtimeId: 'text',
  lastStatus: 'text',
  healthStatus: 'text',
  cpu: 'text',
  memory: 'text',
  memoryReservation: 'text',
  networkInterfaces: { listOf: { attachmentId: 'text', privateIpv4Address: 'text', ipv6Address: 'text' } },
  managedAgents: { listOf: { name: 'text', lastStatus: 'text' } },
};
const TASK: FieldRules = {
  taskArn: 'text',
  clusterArn: 'text',
  taskDefinitionArn: 'text',
  group: 'text',
  startedBy: 'text',
  launchType: 'text',
  capacityProviderName: 'text',
  platformVersion: 'text',
  platformFamily: 'text',
  lastStatus: 'text',
  desiredStatus: 'text',
  healthStatus: 'text',
  availabilityZone: 'text',
  cpu: 'text',
  memory: 'text',
  enableExecuteCommand: 'boolean',
  startedAt: 'time',
  attachments: { listOf: { id: 'text', type: 'text', status: 'text', details: { listOf: KEY_VALUE } } },
  containers: { listOf: CONTAINER },
  tags: { listOf: { key: 'text', value: 'text' } },
};
const FAILURE: FieldRules = { arn: 'text', reason: 'text', detail: 'text' };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The problem with `value` under `rules`, as `"path" must be …`, or undefined when it fits. */
function problemOf(value: Record<string, unknown>, rules: FieldRules, path: string): string | undefined {
  for (const [field, rule] of Object.entries(rules)) {
    const item = value[field];
    if (item === undefined) continue;
    const where = `${path}${path ? '.' : ''}${field}`;
    if (rule === 'text' && typeof item !== 'string') return `"${where}" must be text`;
    if (rule === 'boolean' && typeof item !== 'boolean') return `"${where}" must be true or false`;
    if (rule === 'time' && typeof item !== 'string' && typeof item !== 'number') return `"${where}" must be a time (ISO text or epoch seconds)`;
    if (typeof rule === 'object') {
      if (!Array.isArray(item)) return `"${where}" must be an array`;
      for (const [index, element] of item.entries()) {
        if (!isRecord(element)) return `"${where}[${index}]" must be an object`;
        const problem = problemOf(element, rule.listOf, `${where}[${index}]`);
        if (problem !== undefined) return problem;
      }
    }
  }
  return undefined;
}

/**
 * Checks one saved task (`label`, e.g. `task 3`) against the fields the mapping reads; other fields are ignored.
 * @throws UsageError naming the source, the task and the field
 */
export function checkTaskFields(task: Record<string, unknown>, source: string, label: string): void {
  const problem = problemOf(task, TASK, '');
  if (problem !== undefined) throw new UsageError(`${source}: ${label}: ${problem}`);
}

/**
 * Checks one saved DescribeTasks failure (`label`, e.g. `failure 0`).
 * @throws UsageError naming the source, the failure and the field
 */
export function checkFailureFields(failure: unknown, source: string, label: string): void {
  if (!isRecord(failure)) throw new UsageError(`${source}: ${label} is not an object`);
  const problem = problemOf(failure, FAILURE, '');
  if (problem !== undefined) throw new UsageError(`${source}: ${label}: ${problem}`);
}
