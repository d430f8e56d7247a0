// Tests of the shaping flags → NodeShape.

import { toNodeShape } from '../../src/cli/to-node-shape';
import { UsageError } from '../../src/errors';
import { DEFAULT_NODE_SHAPE } from '../../src/nodes/node-shape';

describe('toNodeShape', () => {
  it('gives the default shape without flags', () => {
    expect(toNodeShape({})).toEqual(DEFAULT_NODE_SHAPE);
  });

  it('carries every flag', () => {
    expect(
      toNodeShape({
        nodePer: 'service',
        nodename: '{ECS:Service-Name}',
        hostname: '{ECS:Private-DNS}',
        attribute: [{ name: 'username', template: 'root' }],
        tag: ['{ECS:Tag:env}'],
        defaultTags: false,
        omitAttribute: ['ECS:Tag:*'],
        onDuplicate: 'suffix',
      }),
    ).toEqual({
      nodePer: 'service',
      nodename: '{ECS:Service-Name}',
      hostname: '{ECS:Private-DNS}',
      attributes: [{ name: 'username', template: 'root' }],
      tags: ['{ECS:Tag:env}'],
      defaultTags: false,
      omitAttributes: ['ECS:Tag:*'],
      onDuplicate: 'suffix',
    });
  });

  it.each([
    [{ nodePer: 'pod' }, 'unknown --node-per "pod": use container, task, service'],
    [{ onDuplicate: 'merge' }, 'unknown --on-duplicate "merge": use fail, suffix'],
    [{ nodename: '{ECS:Foo}' }, '--nodename "{ECS:Foo}": unknown attribute ECS:Foo at column 2'],
    [{ tag: ['{'] }, '--tag "{": unclosed "{" at column 1'],
  ])('rejects %j', (flags, message) => {
    expect(() => toNodeShape(flags)).toThrow(UsageError);
    expect(() => toNodeShape(flags)).toThrow(message);
  });
});
