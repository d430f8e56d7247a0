import { MAX_PUSHED_DOWN_LISTINGS, planListings } from '../../src/aws/list-plan';
import { DEFAULT_FILTER, type Filter } from '../../src/options';

const filter = (overrides: Partial<Filter>): Filter => ({ ...DEFAULT_FILTER, ...overrides });
const many = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('planListings', () => {
  it.each<[string, Partial<Filter>, ReturnType<typeof planListings>]>([
    ['no criteria: the whole cluster', {}, [{}]],
    ['include by service: one listing per service', { services: ['web', 'api'] }, [{ serviceName: 'web' }, { serviceName: 'api' }]],
    ['a service ARN lists by its name', { services: ['arn:aws:ecs:eu-west-1:123456789012:service/prod/web'] }, [{ serviceName: 'web' }]],
    ['a service named twice (name and ARN) lists once', { services: ['web', 'arn:aws:ecs:eu-west-1:1:service/prod/web'] }, [{ serviceName: 'web' }]],
    ['services win over task definitions', { services: ['web'], taskDefinitions: ['worker'] }, [{ serviceName: 'web' }]],
    ['include by task definition: one listing per family', { taskDefinitions: ['worker', 'cron'] }, [{ family: 'worker' }, { family: 'cron' }]],
    ['FAMILY:REVISION lists the family', { taskDefinitions: ['worker:7'] }, [{ family: 'worker' }]],
    ['a task definition ARN lists its family', { taskDefinitions: ['arn:aws:ecs:eu-west-1:1:task-definition/worker:7'] }, [{ family: 'worker' }]],
    ['two revisions of one family list it once', { taskDefinitions: ['worker:7', 'worker:8', 'worker'] }, [{ family: 'worker' }]],
    ['exclude never narrows the listing', { behavior: 'exclude', services: ['web'] }, [{}]],
    ['containers and tags only: the whole cluster', { containers: ['app'], tags: [{ key: 'env', value: 'prod' }] }, [{}]],
    ['containers with services still list per service', { services: ['web'], containers: ['envoy'] }, [{ serviceName: 'web' }]],
    [`more than ${MAX_PUSHED_DOWN_LISTINGS} services: the whole cluster`, { services: many('s', MAX_PUSHED_DOWN_LISTINGS + 1) }, [{}]],
    [`more than ${MAX_PUSHED_DOWN_LISTINGS} families: the whole cluster`, { taskDefinitions: many('f', MAX_PUSHED_DOWN_LISTINGS + 1) }, [{}]],
  ])('%s', (_name, overrides, expected) => {
    expect(planListings(filter(overrides))).toEqual(expected);
  });

  it(`pushes down exactly ${MAX_PUSHED_DOWN_LISTINGS} services`, () => {
    expect(planListings(filter({ services: many('s', MAX_PUSHED_DOWN_LISTINGS) }))).toHaveLength(MAX_PUSHED_DOWN_LISTINGS);
  });
});
