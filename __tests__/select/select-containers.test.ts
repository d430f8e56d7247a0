// The filter rules of the issue, one table row each: which running containers become nodes.

import type { EcsTask } from '../../src/ecs-types';
import { DEFAULT_FILTER, type Filter } from '../../src/options';
import { hasCriteria, isRunning, matchesFilter, selectContainers } from '../../src/select/select-containers';
import { loadDescribeTasks, makeTask } from '../fixtures/fixtures';

const ARN = 'arn:aws:ecs:eu-west-1:123456789012';

// Four running tasks; each container is named so a row's expectation reads as "task/container".
const TASKS: EcsTask[] = [
  makeTask({
    id: 't1',
    service: 'checkout',
    family: 'checkout-api',
    revision: 42,
    tags: { env: 'prod', team: 'payments' },
    containers: ['app', 'envoy'],
  }),
  makeTask({
    id: 't2',
    service: 'checkout',
    family: 'checkout-api',
    revision: 43,
    tags: { env: 'staging', team: 'payments' },
    containers: ['app', 'envoy'],
  }),
  makeTask({ id: 't3', service: 'cart', family: 'cart-api', revision: 7, tags: { env: 'prod', team: 'shop', note: '' }, containers: ['app'] }),
  makeTask({ id: 't4', family: 'checkout', revision: 1, tags: {}, containers: ['job'] }),
];
const ALL = ['t1/app', 't1/envoy', 't2/app', 't2/envoy', 't3/app', 't4/job'];

function selected(filter: Partial<Filter>, tasks: readonly EcsTask[] = TASKS): string[] {
  return selectContainers(tasks, { ...DEFAULT_FILTER, ...filter }).map(
    ({ task, container }) => `${task.taskArn?.split('/').pop()}/${container.name}`,
  );
}

/** Everything but `kept`, in discovery order: what `exclude` must give for the same criteria. */
function others(kept: readonly string[]): string[] {
  return ALL.filter((name) => !kept.includes(name));
}

const tag = (key: string, value: string) => ({ key, value });

// [rule, criteria, the containers include keeps]; exclude must keep exactly the others.
const RULES: [string, Partial<Filter>, string[]][] = [
  ['no criteria: every running container', {}, ALL],
  ['service by name', { services: ['checkout'] }, ['t1/app', 't1/envoy', 't2/app', 't2/envoy']],
  ['service by ARN (last segment)', { services: [`${ARN}:service/prod-web/cart`] }, ['t3/app']],
  ['service list is OR', { services: ['cart', 'nope'] }, ['t3/app']],
  ['service never matches a task without one', { services: ['checkout', 'cart'] }, ['t1/app', 't1/envoy', 't2/app', 't2/envoy', 't3/app']],
  ['service name is not a prefix match', { services: ['check'] }, []],
  ['task definition family: every revision', { taskDefinitions: ['checkout-api'] }, ['t1/app', 't1/envoy', 't2/app', 't2/envoy']],
  ['task definition FAMILY:REVISION', { taskDefinitions: ['checkout-api:43'] }, ['t2/app', 't2/envoy']],
  ['task definition by ARN', { taskDefinitions: [`${ARN}:task-definition/checkout-api:42`] }, ['t1/app', 't1/envoy']],
  ['task definition revision that does not run', { taskDefinitions: ['checkout-api:41'] }, []],
  ['task definition family is exact (checkout ≠ checkout-api)', { taskDefinitions: ['checkout'] }, ['t4/job']],
  ['task definition list is OR', { taskDefinitions: ['cart-api:7', 'checkout:1'] }, ['t3/app', 't4/job']],
  ['container name', { containers: ['envoy'] }, ['t1/envoy', 't2/envoy']],
  ['container list is OR', { containers: ['envoy', 'job'] }, ['t1/envoy', 't2/envoy', 't4/job']],
  ['container name is case-sensitive', { containers: ['App'] }, []],
  ['one tag', { tags: [tag('env', 'prod')] }, ['t1/app', 't1/envoy', 't3/app']],
  ['tag keys AND', { tags: [tag('env', 'prod'), tag('team', 'payments')] }, ['t1/app', 't1/envoy']],
  ['repeated tag key OR', { tags: [tag('env', 'prod'), tag('env', 'staging')] }, ['t1/app', 't1/envoy', 't2/app', 't2/envoy', 't3/app']],
  [
    'repeated key OR, other keys AND',
    { tags: [tag('env', 'prod'), tag('env', 'staging'), tag('team', 'shop')] },
    ['t3/app'],
  ],
  ['tag value must match exactly', { tags: [tag('env', 'pro')] }, []],
  ['tag with an empty value', { tags: [tag('note', '')] }, ['t3/app']],
  ['a missing tag key never matches', { tags: [tag('owner', '')] }, []],
  ['criteria AND: service and container', { services: ['checkout'], containers: ['app'] }, ['t1/app', 't2/app']],
  [
    'criteria AND: service, revision, container, tags',
    { services: ['checkout'], taskDefinitions: ['checkout-api:42'], containers: ['envoy'], tags: [tag('env', 'prod')] },
    ['t1/envoy'],
  ],
  ['criteria AND with no overlap', { services: ['cart'], containers: ['envoy'] }, []],
];

describe('selectContainers', () => {
  it.each(RULES)('include: %s', (_rule, criteria, kept) => {
    expect(selected({ ...criteria, behavior: 'include' })).toEqual(kept);
  });

  it.each(RULES.filter(([, criteria]) => hasCriteria({ ...DEFAULT_FILTER, ...criteria })))(
    'exclude keeps all the others: %s',
    (_rule, criteria, kept) => {
      expect(selected({ ...criteria, behavior: 'exclude' })).toEqual(others(kept));
    },
  );

  it('exclude with no criteria keeps every running container', () => {
    expect(selected({ behavior: 'exclude' })).toEqual(ALL);
  });

  it.each(['PROVISIONING', 'PENDING', 'ACTIVATING', 'DEACTIVATING', 'STOPPING', 'STOPPED'])(
    'drops a task whose lastStatus is %s, whatever the filter',
    (lastStatus) => {
      const tasks = [makeTask({ id: 'x', lastStatus, containers: ['app'] })];
      expect(selected({}, tasks)).toEqual([]);
      expect(selected({ behavior: 'exclude', containers: ['other'] }, tasks)).toEqual([]);
    },
  );

  it.each(['PENDING', 'STOPPED', undefined])('drops a container whose lastStatus is %s', (lastStatus) => {
    const task = makeTask({ id: 'x', containers: { app: 'RUNNING', sidecar: lastStatus as string } });
    expect(selected({}, [task])).toEqual(['x/app']);
    expect(selected({ behavior: 'exclude', containers: ['app'] }, [task])).toEqual([]);
  });

  it('keeps the region it is given on each reference', () => {
    const refs = selectContainers([makeTask({ id: 'x' })], DEFAULT_FILTER, 'eu-west-1');
    expect(refs.map((r) => r.region)).toEqual(['eu-west-1']);
    expect(selectContainers([makeTask({ id: 'x' })], DEFAULT_FILTER)[0]).not.toHaveProperty('region');
  });

  it('selects the running containers of the fixture (sidecars, EC2, Windows; not the stopped or provisioning ones)', () => {
    const { tasks } = loadDescribeTasks();
    const names = selectContainers(tasks, DEFAULT_FILTER).map((r) => r.container.name);
    expect(names).toEqual(['app', 'envoy', 'app', 'datadog-agent', 'worker', 'export']);
  });

  it('tolerates tasks without containers, tags or definitions', () => {
    const bare: EcsTask = { lastStatus: 'RUNNING', containers: [{ name: 'c', lastStatus: 'RUNNING' }] };
    expect(selectContainers([bare, { lastStatus: 'RUNNING' }], DEFAULT_FILTER)).toHaveLength(1);
    expect(selectContainers([bare], { ...DEFAULT_FILTER, taskDefinitions: ['web'] })).toEqual([]);
    expect(selectContainers([bare], { ...DEFAULT_FILTER, tags: [tag('env', 'prod')] })).toEqual([]);
  });
});

describe('matchesFilter', () => {
  it('ignores the behaviour: it only tells whether the criteria match', () => {
    const task = makeTask({ id: 'x', service: 'checkout', containers: ['app'] });
    const container = task.containers?.[0] ?? {};
    expect(matchesFilter(task, container, { ...DEFAULT_FILTER, behavior: 'exclude', services: ['checkout'] })).toBe(true);
  });
});

describe('hasCriteria / isRunning', () => {
  it('counts any non-empty list as a criterion', () => {
    expect(hasCriteria(DEFAULT_FILTER)).toBe(false);
    expect(hasCriteria({ ...DEFAULT_FILTER, tags: [tag('a', '')] })).toBe(true);
  });

  it('is RUNNING exactly', () => {
    expect(isRunning({ lastStatus: 'RUNNING' })).toBe(true);
    expect(isRunning({ lastStatus: 'running' })).toBe(false);
    expect(isRunning({})).toBe(false);
  });
});
