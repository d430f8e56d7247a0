// ECS Exec readiness rules and the fix given for each problem.

import { analyseExecReadiness, isAgentRunning, isPlatformExecCapable, isVersionAtLeast } from '../../src/check/exec-readiness';
import type { EcsTask } from '../../src/ecs-types';

const scope = { region: 'eu-west-1', cluster: 'prod' };
const agent = (lastStatus: string) => [{ name: 'ExecuteCommandAgent', lastStatus }];

function task(overrides: Partial<EcsTask>): EcsTask {
  return {
    taskDefinitionArn: 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web:3',
    group: 'service:web',
    launchType: 'FARGATE',
    platformVersion: '1.4.0',
    enableExecuteCommand: true,
    containers: [{ name: 'app', lastStatus: 'RUNNING', managedAgents: agent('RUNNING') }],
    ...overrides,
  };
}

describe('isVersionAtLeast', () => {
  it.each([
    ['1.4.0', '1.4.0', true],
    ['1.10.0', '1.4.0', true],
    ['1.3.0', '1.4.0', false],
    ['2', '1.4.0', true],
    ['1.4', '1.4.0', true],
    ['LATEST', '1.4.0', false],
    ['', '1.4.0', false],
  ])('%p ≥ %p → %p', (version, minimum, expected) => {
    expect(isVersionAtLeast(version, minimum)).toBe(expected);
  });
});

describe('isPlatformExecCapable', () => {
  it.each<[string, Partial<EcsTask>, boolean]>([
    ['Fargate 1.4.0', { platformVersion: '1.4.0' }, true],
    ['Fargate 1.3.0', { platformVersion: '1.3.0' }, false],
    ['Fargate LATEST', { platformVersion: 'LATEST' }, true],
    ['Fargate, version unknown', { platformVersion: undefined }, true],
    ['Fargate via capacity provider, 1.3.0', { launchType: undefined, capacityProviderName: 'FARGATE_SPOT', platformVersion: '1.3.0' }, false],
    ['Fargate Windows 1.0.0', { platformVersion: '1.0.0', platformFamily: 'WINDOWS_SERVER_2019_CORE' }, true],
    ['EC2', { launchType: 'EC2', platformVersion: undefined }, true],
  ])('%s → %p', (_name, overrides, expected) => {
    expect(isPlatformExecCapable(task(overrides))).toBe(expected);
  });
});

describe('isAgentRunning', () => {
  it.each<[string, EcsTask['containers'], boolean]>([
    ['every running container has it running', [{ lastStatus: 'RUNNING', managedAgents: agent('RUNNING') }], true],
    ['a running container has it pending', [{ lastStatus: 'RUNNING', managedAgents: agent('RUNNING') }, { lastStatus: 'RUNNING', managedAgents: agent('PENDING') }], false],
    ['a stopped sidecar is ignored', [{ lastStatus: 'RUNNING', managedAgents: agent('RUNNING') }, { lastStatus: 'STOPPED', managedAgents: [] }], true],
    ['no managed agents', [{ lastStatus: 'RUNNING' }], false],
    ['no containers', [], false],
  ])('%s → %p', (_name, containers, expected) => {
    expect(isAgentRunning(task({ containers }))).toBe(expected);
  });
});

describe('analyseExecReadiness', () => {
  it('reports a ready service without problems', () => {
    expect(analyseExecReadiness([task({}), task({})], scope)).toEqual([
      { region: 'eu-west-1', cluster: 'prod', service: 'web', tasks: 2, execEnabled: 2, agentRunning: 2, platformOk: 2, problems: [] },
    ]);
  });

  it('gives one concrete fix per problem, with region, cluster and service filled in', () => {
    const [report] = analyseExecReadiness(
      [task({ enableExecuteCommand: false, platformVersion: '1.3.0' }), task({ containers: [{ lastStatus: 'RUNNING', managedAgents: agent('STOPPED') }] })],
      scope,
    );
    expect(report).toMatchObject({ service: 'web', tasks: 2, execEnabled: 1, agentRunning: 0, platformOk: 1 });
    expect(report?.problems.map((p) => [p.kind, p.tasks, p.fix])).toEqual([
      ['platform-too-old', 1, 'aws ecs update-service --region eu-west-1 --cluster prod --service web --platform-version LATEST --force-new-deployment'],
      ['exec-disabled', 1, 'aws ecs update-service --region eu-west-1 --cluster prod --service web --enable-execute-command --force-new-deployment'],
      ['agent-not-running', 1, expect.stringContaining('ssmmessages:CreateControlChannel')],
    ]);
    expect(report?.problems[1]?.problem).toBe('ECS Exec is off on 1 of 2 tasks');
  });

  it('groups standalone tasks by family, after the services, and suggests run-task', () => {
    const reports = analyseExecReadiness(
      [task({ group: 'family:migrate', taskDefinitionArn: 'arn:aws:ecs:eu-west-1:1:task-definition/migrate:9', enableExecuteCommand: false }), task({ group: 'service:api' }), task({})],
      scope,
    );
    expect(reports.map((r) => r.service ?? `family ${r.family}`)).toEqual(['api', 'web', 'family migrate']);
    expect(reports[2]?.problems[0]?.fix).toBe(
      'run the task again with: aws ecs run-task --region eu-west-1 --cluster prod --task-definition migrate --enable-execute-command ...',
    );
  });

  it('returns nothing for no tasks', () => {
    expect(analyseExecReadiness([], scope)).toEqual([]);
  });
});
