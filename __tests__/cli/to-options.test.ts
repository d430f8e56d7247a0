// Raw flags → Options: defaults, aliases and the checks commander cannot make.

import { toOptions } from '../../src/cli/to-options';
import { UsageError } from '../../src/errors';
import { DEFAULT_OPTIONS } from '../../src/options';

describe('toOptions', () => {
  it('gives the defaults for no flags', () => {
    // toMatchObject: other features add their own parts with their own defaults.
    expect(toOptions({})).toMatchObject(DEFAULT_OPTIONS);
  });

  it('maps every flag', () => {
    expect(
      toOptions({
        region: ['eu-west-1'],
        clusters: ['prod-web', 'arn:aws:ecs:eu-west-1:123456789012:cluster/batch'],
        filterBehavior: 'exclude',
        service: ['checkout-service'],
        taskDefinition: ['checkout-api:42'],
        container: ['envoy'],
        tags: [{ key: 'env', value: 'prod' }],
        format: 'resourcexml',
        output: 'nodes.xml',
        input: 'tasks.json',
        endpointUrl: 'http://127.0.0.1:4566',
        profile: 'ops',
        maxAttempts: 3,
        verbose: true,
        debug: true,
      }),
    ).toMatchObject({
      scope: { regions: ['eu-west-1'], clusters: ['prod-web', 'arn:aws:ecs:eu-west-1:123456789012:cluster/batch'] },
      filter: {
        behavior: 'exclude',
        services: ['checkout-service'],
        taskDefinitions: ['checkout-api:42'],
        containers: ['envoy'],
        tags: [{ key: 'env', value: 'prod' }],
      },
      format: 'resourcexml',
      output: 'nodes.xml',
      input: 'tasks.json',
      aws: { maxAttempts: 3, endpointUrl: 'http://127.0.0.1:4566', profile: 'ops' },
      verbose: true,
      debug: true,
    });
  });

  it.each([
    ['json', 'resourcejson'],
    ['resourcejson', 'resourcejson'],
    ['resourceyaml', 'resourceyaml'],
    ['resourcexml', 'resourcexml'],
  ] as const)('format %s → %s', (format, expected) => {
    expect(toOptions({ format }).format).toBe(expected);
  });

  it.each(['us-east-1', 'eu-west-1', 'us-gov-west-1', 'cn-northwest-1', 'ap-southeast-2', 'us-isob-east-1'])(
    'accepts region %s',
    (region) => {
      expect(toOptions({ region: [region] }).scope.regions).toEqual([region]);
    },
  );

  it.each<[string, Parameters<typeof toOptions>[0], RegExp]>([
    ['a bad region', { region: ['eu-west'] }, /not an AWS region/],
    ['an upper-case region', { region: ['EU-WEST-1'] }, /not an AWS region/],
    ['an unknown format', { format: 'toml' }, /unknown format "toml"/],
    ['an unknown behaviour', { filterBehavior: 'maybe' }, /unknown --filter-behavior "maybe"/],
    ['an empty output name', { output: ' ' }, /--output needs a file name/],
    ['an empty input name', { input: '' }, /--input needs a file name/],
    ['an endpoint that is not a URL', { endpointUrl: 'localhost:4566' }, /must be an http or https URL|is not a URL/],
    ['a non-http endpoint', { endpointUrl: 'ftp://127.0.0.1/' }, /must be an http or https URL/],
    ['garbage as endpoint', { endpointUrl: 'not a url' }, /is not a URL/],
  ])('rejects %s with a UsageError', (_what, flags, message) => {
    expect(() => toOptions(flags)).toThrow(UsageError);
    expect(() => toOptions(flags)).toThrow(message);
  });
});
