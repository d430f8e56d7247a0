// expandScopes: every region under every role, each once.

import { expandScopes } from '../../src/aws/expand-scopes';

const A = 'arn:aws:iam::111111111111:role/a';
const B = 'arn:aws:iam::222222222222:role/b';

describe('expandScopes', () => {
  it.each<[string, string[], string[], object[]]>([
    ['nothing: one scope, SDK region, base credentials', [], [], [{}]],
    ['regions only', ['eu-west-1', 'us-east-1'], [], [{ region: 'eu-west-1' }, { region: 'us-east-1' }]],
    ['roles only', [], [A, B], [{ roleArn: A }, { roleArn: B }]],
    ['roles × regions, role-major', ['eu-west-1', 'us-east-1'], [A, B], [
      { region: 'eu-west-1', roleArn: A },
      { region: 'us-east-1', roleArn: A },
      { region: 'eu-west-1', roleArn: B },
      { region: 'us-east-1', roleArn: B },
    ]],
    ['repeats once', ['eu-west-1', 'eu-west-1'], [A, A], [{ region: 'eu-west-1', roleArn: A }]],
  ])('%s', (_name, regions, roles, expected) => {
    expect(expandScopes(regions, roles)).toEqual(expected);
  });
});
