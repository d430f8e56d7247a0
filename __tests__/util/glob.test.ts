// Tests of attribute-name globs.

import { globToRegExp } from '../../src/util/glob';

describe('globToRegExp', () => {
  it.each([
    ['ECS:Tag:*', 'ECS:Tag:env', true],
    ['ECS:Tag:*', 'ECS:Tag:', true],
    ['ECS:Tag:*', 'ECS:Tags', false],
    ['ECS:Tag:*', 'xECS:Tag:env', false],
    ['ECS:Container-?D', 'ECS:Container-ID', true],
    ['ECS:Container-?D', 'ECS:Container-IID', false],
    ['os*', 'osFamily', true],
    ['osfamily', 'osFamily', false],
    ['a.b', 'a.b', true],
    ['a.b', 'axb', false],
    ['(x)+[y]{1}|^$\\/', '(x)+[y]{1}|^$\\/', true],
    ['*', 'anything at all', true],
    ['ECS:Tag:*', 'ECS:Tag:multi\nline', true],
  ])('%j matches %j: %p', (glob, name, expected) => {
    expect(globToRegExp(glob).test(name)).toBe(expected);
  });
});
