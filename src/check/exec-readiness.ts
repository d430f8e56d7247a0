// ECS Exec readiness per service, from DescribeTasks data: exec enabled, ExecuteCommandAgent running,
// Fargate platform version new enough; one concrete fix for each problem found. Pure.

import type { EcsTask } from '../ecs-types';
import { serviceNameOf, taskDefinitionOf } from '../nodes/task-facts';
import { compareCodeUnits } from '../util/text';

/** The first Fargate (Linux) platform version that supports ECS Exec. */
export const MIN_EXEC_PLATFORM_VERSION = '1.4.0';

export type ExecProblemKind = 'exec-disabled' | 'agent-not-running' | 'platform-too-old';

export interface ExecProblem {
  readonly kind: ExecProblemKind;
  /** How many of the group's tasks have it. */
  readonly tasks: number;
  /** What is wrong, one line. */
  readonly problem: string;
  /** One concrete fix: a command to run or a change to make. */
  readonly fix: string;
}

export interface ServiceExecReport {
  readonly region: string;
  readonly cluster: string;
  /** The service name; undefined for tasks not started by a service. */
  readonly service?: string;
  /** For standalone tasks: their task definition family. */
  readonly family?: string;
  readonly tasks: number;
  readonly execEnabled: number;
  readonly agentRunning: number;
  readonly platformOk: number;
  readonly problems: readonly ExecProblem[];
}

/** Where the tasks run, for the fix commands. */
export interface ExecScope {
  readonly region: string;
  readonly cluster: string;
}

/** `1.4.0` → [1, 4, 0]; undefined for anything else (LATEST, empty). */
function versionParts(version: string): number[] | undefined {
  return /^\d+(\.\d+)*$/.test(version) ? version.split('.').map(Number) : undefined;
}

/** True when `version` is at least `minimum` (both dotted numbers). */
export function isVersionAtLeast(version: string, minimum: string): boolean {
  const a = versionParts(version);
  const b = versionParts(minimum);
  if (!a || !b) return false;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

function isFargate(task: EcsTask): boolean {
  return task.launchType === 'FARGATE' || (task.capacityProviderName ?? '').startsWith('FARGATE');
}

/**
 * False only for a Linux Fargate task whose platform version is known and older than 1.4.0.
 * EC2 tasks have no platform version; Windows Fargate versions (1.0.0) support exec; LATEST is new enough.
 */
export function isPlatformExecCapable(task: EcsTask): boolean {
  if (!isFargate(task)) return true;
  if ((task.platformFamily ?? '').toUpperCase().startsWith('WINDOWS')) return true;
  const version = task.platformVersion;
  if (version === undefined || version === '' || version === 'LATEST') return true;
  return isVersionAtLeast(version, MIN_EXEC_PLATFORM_VERSION);
}

/** True when every running container of the task reports its ExecuteCommandAgent RUNNING. */
export function isAgentRunning(task: EcsTask): boolean {
  const containers = (task.containers ?? []).filter((c) => c.lastStatus === undefined || c.lastStatus === 'RUNNING');
  return (
    containers.length > 0 &&
    containers.every((c) => (c.managedAgents ?? []).some((a) => a.name === 'ExecuteCommandAgent' && a.lastStatus === 'RUNNING'))
  );
}

interface Group {
  readonly service?: string;
  readonly family?: string;
  readonly tasks: EcsTask[];
}

function groupKey(task: EcsTask): { key: string; service?: string; family?: string } {
  const service = serviceNameOf(task);
  // Keys sort services before standalone families.
  if (service !== undefined) return { key: `0 ${service}`, service };
  const family = taskDefinitionOf(task).family ?? 'unknown';
  return { key: `1 ${family}`, family };
}

function target(group: Group, scope: ExecScope): string {
  return `--region ${scope.region} --cluster ${scope.cluster}`;
}

function problemsOf(group: Group, scope: ExecScope, counts: { disabled: number; agentDown: number; oldPlatform: number }): ExecProblem[] {
  const problems: ExecProblem[] = [];
  const where = target(group, scope);
  const of = `of ${group.tasks.length} task${group.tasks.length === 1 ? '' : 's'}`;
  if (counts.oldPlatform > 0) {
    problems.push({
      kind: 'platform-too-old',
      tasks: counts.oldPlatform,
      problem: `Fargate platform version older than ${MIN_EXEC_PLATFORM_VERSION} on ${counts.oldPlatform} ${of}`,
      fix: group.service
        ? `aws ecs update-service ${where} --service ${group.service} --platform-version LATEST --force-new-deployment`
        : `run the task again with: aws ecs run-task ${where} --task-definition ${group.family} --launch-type FARGATE --platform-version LATEST --enable-execute-command ...`,
    });
  }
  if (counts.disabled > 0) {
    problems.push({
      kind: 'exec-disabled',
      tasks: counts.disabled,
      problem: `ECS Exec is off on ${counts.disabled} ${of}`,
      fix: group.service
        ? `aws ecs update-service ${where} --service ${group.service} --enable-execute-command --force-new-deployment`
        : `run the task again with: aws ecs run-task ${where} --task-definition ${group.family} --enable-execute-command ...`,
    });
  }
  if (counts.agentDown > 0) {
    problems.push({
      kind: 'agent-not-running',
      tasks: counts.agentDown,
      problem: `ECS Exec is on but the ExecuteCommandAgent is not running on ${counts.agentDown} ${of}`,
      fix:
        'allow ssmmessages:CreateControlChannel, ssmmessages:CreateDataChannel, ssmmessages:OpenControlChannel and ' +
        'ssmmessages:OpenDataChannel in the task role, allow outbound HTTPS to ssmmessages (NAT or VPC endpoint), then ' +
        (group.service ? `aws ecs update-service ${where} --service ${group.service} --force-new-deployment` : 'start the task again'),
    });
  }
  return problems;
}

/**
 * Exec readiness of the tasks, grouped by service (standalone tasks by task definition family), sorted
 * with services first, then by name.
 */
export function analyseExecReadiness(tasks: readonly EcsTask[], scope: ExecScope): ServiceExecReport[] {
  const groups = new Map<string, Group>();
  for (const task of tasks) {
    const { key, service, family } = groupKey(task);
    let group = groups.get(key);
    if (!group) {
      group = { ...(service !== undefined && { service }), ...(family !== undefined && { family }), tasks: [] };
      groups.set(key, group);
    }
    group.tasks.push(task);
  }
  const reports: ServiceExecReport[] = [];
  for (const [, group] of [...groups].sort(([a], [b]) => compareCodeUnits(a, b))) {
    const enabled = group.tasks.filter((t) => t.enableExecuteCommand === true);
    const agentRunning = enabled.filter(isAgentRunning).length;
    const platformOk = group.tasks.filter(isPlatformExecCapable).length;
    const counts = {
      disabled: group.tasks.length - enabled.length,
      agentDown: enabled.length - agentRunning,
      oldPlatform: group.tasks.length - platformOk,
    };
    reports.push({
      region: scope.region,
      cluster: scope.cluster,
      ...(group.service !== undefined && { service: group.service }),
      ...(group.family !== undefined && { family: group.family }),
      tasks: group.tasks.length,
      execEnabled: enabled.length,
      agentRunning,
      platformOk,
      problems: problemsOf(group, scope, counts),
    });
  }
  return reports;
}
