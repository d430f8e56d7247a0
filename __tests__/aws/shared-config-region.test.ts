// profileRegion: a profile's region read from a shared config file's text.

import { profileRegion } from '../../src/aws/shared-config-region';

const CONFIG = `# shared config
[default]
region = us-east-1

[profile rundeck]
output = json
region=eu-west-1 ; comment

[profile  spaced ]
region = ap-south-1

[profile noregion]
output = json
`;

describe('profileRegion', () => {
  it.each<[string, string | undefined]>([
    ['default', 'us-east-1'],
    ['rundeck', 'eu-west-1'],
    ['spaced', 'ap-south-1'],
    ['noregion', undefined],
    ['missing', undefined],
  ])('profile %s → %s', (profile, region) => {
    expect(profileRegion(CONFIG, profile)).toBe(region);
  });
});
