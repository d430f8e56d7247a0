// Flags of `check` → CheckOptions, and the usage errors.

import { toCheckOptions } from '../../src/cli/to-check-options';
import { UsageError } from '../../src/errors';

describe('toCheckOptions', () => {
  it('maps the flags to scope, AWS settings and the STS endpoint', () => {
    expect(
      toCheckOptions({ region: ['eu-west-1'], clusters: ['prod'], endpointUrl: 'http://127.0.0.1:4566', stsEndpointUrl: 'http://127.0.0.1:4567', profile: 'ops', maxAttempts: 3 }),
    ).toEqual({
      scope: { regions: ['eu-west-1'], clusters: ['prod'] },
      aws: {
        maxAttempts: 3,
        endpointUrl: 'http://127.0.0.1:4566',
        profile: 'ops',
        requestTimeoutMs: 60_000,
        credentials: { provider: 'default', roleArns: [], roleSessionName: 'ecs-nodes', stsEndpointUrl: 'http://127.0.0.1:4567' },
      },
    });
  });

  it.each([
    [{ region: ['eu_west_1'] }, /not an AWS region/],
    [{ stsEndpointUrl: 'nope' }, /--sts-endpoint-url "nope" is not a URL/],
    [{ stsEndpointUrl: 'ftp://x' }, /must be an http or https URL/],
    [{ endpointUrl: 'nope' }, /--endpoint-url/],
  ])('%p is a usage error', (flags, message) => {
    expect(() => toCheckOptions(flags)).toThrow(UsageError);
    expect(() => toCheckOptions(flags)).toThrow(message);
  });
});
