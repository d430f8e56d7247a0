// clustersForScope and the region helpers: an ARN names one cluster in one region and account.

import { allClusterArns, clustersForScope, regionsOfClusterArns } from '../../src/aws/cluster-scope';
import { UsageError } from '../../src/errors';

const EU = 'arn:aws:ecs:eu-west-1:123456789012:cluster/prod-web';
const US = 'arn:aws:ecs:us-east-1:123456789012:cluster/prod-web';
const OTHER_ACCOUNT = 'arn:aws:ecs:eu-west-1:999999999999:cluster/batch';
const ROLE = 'arn:aws:iam::123456789012:role/rundeck-ecs';

describe('clustersForScope', () => {
  it.each<[string, string[], string, string | undefined, string[]]>([
    ['plain names in every region', ['a', 'b'], 'us-east-1', undefined, ['a', 'b']],
    ['an ARN only in its own region', [EU, 'a'], 'us-east-1', undefined, ['a']],
    ['the ARN in its region', [EU, 'a'], 'eu-west-1', undefined, [EU, 'a']],
    ['a name and its ARN once', [EU, 'prod-web'], 'eu-west-1', undefined, [EU]],
    ["an ARN of another account left to that account's role", [EU, OTHER_ACCOUNT], 'eu-west-1', ROLE, [EU]],
    ['any account without a role', [EU, OTHER_ACCOUNT], 'eu-west-1', undefined, [EU, OTHER_ACCOUNT]],
  ])('%s', (_name, clusters, region, roleArn, expected) => {
    expect(clustersForScope(clusters, region, roleArn === undefined ? {} : { roleArn })).toEqual(expected);
  });

  it('refuses an ARN of another region when the region was the default one', () => {
    expect(() => clustersForScope([US], 'eu-west-1', { regionWasDefault: true })).toThrow(UsageError);
    expect(() => clustersForScope([US], 'eu-west-1', { regionWasDefault: true })).toThrow('pass --region us-east-1');
  });
});

describe('regionsOfClusterArns and allClusterArns', () => {
  it('reads the regions of ARNs, once each', () => {
    expect(regionsOfClusterArns([EU, 'a', US, OTHER_ACCOUNT])).toEqual(['eu-west-1', 'us-east-1']);
    expect(allClusterArns([EU, US])).toBe(true);
    expect(allClusterArns([EU, 'a'])).toBe(false);
    expect(allClusterArns([])).toBe(false);
  });
});
