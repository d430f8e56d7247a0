// Tests of the shape compilation: defaults per unit, known attribute names, and early errors.

import { UsageError } from '../../src/errors';
import {
  compileShape,
  DEFAULT_NODE_SHAPE,
  DEFAULT_NODENAME_TEMPLATES,
  knownAttributePredicate,
  type NodeShape,
} from '../../src/nodes/node-shape';

function compile(overrides: Partial<NodeShape>): ReturnType<typeof compileShape> {
  return compileShape({ ...DEFAULT_NODE_SHAPE, ...overrides });
}

describe('compileShape', () => {
  it('keeps the mapping name and hostname by default for containers, and uses the unit default otherwise', () => {
    const container = compile({});
    expect(container.nodename).toBeUndefined();
    expect(container.hostname).toBeUndefined();
    expect(container.nodenameLabel).toBe(`--nodename "${DEFAULT_NODENAME_TEMPLATES.container}"`);
    expect(compile({ nodePer: 'task' }).nodename?.source).toBe('{ECS:Task-Definition-Family}-{ECS:Task-ID}');
    expect(compile({ nodePer: 'service' }).nodename?.source).toBe('{ECS:Service-Name}');
    expect(compile({ nodePer: 'service', nodename: 'x' }).nodename?.source).toBe('x');
  });

  it.each<[Partial<NodeShape>, string]>([
    [{ nodename: '{ECS:Foo}' }, '--nodename "{ECS:Foo}": unknown attribute ECS:Foo at column 2'],
    [{ hostname: '{ECS:Private-IP' }, '--hostname "{ECS:Private-IP": unclosed "{" at column 1'],
    [{ tags: ['ok', '{bad}'] }, '--tag "{bad}": unknown attribute bad at column 2'],
    [{ attributes: [{ name: 'team', template: '{ECS:Tag:team|}' }] }, '--attribute team "{ECS:Tag:team|}": empty attribute name at column 15'],
    [{ attributes: [{ name: 'nodename', template: 'x' }] }, '--attribute nodename=…: use --nodename to set the nodename'],
    [{ attributes: [{ name: 'tags', template: 'x' }] }, '--attribute tags=…: use --tag to set the tags'],
    [{ attributes: [{ name: ' a', template: 'x' }] }, 'the name must not be empty or start or end with spaces'],
    [{ omitAttributes: [' '] }, '--omit-attribute needs a name or a glob'],
  ])('rejects %j', (overrides, message) => {
    expect(() => compile(overrides)).toThrow(UsageError);
    expect(() => compile(overrides)).toThrow(message);
  });

  // Names that Rundeck's own parsers drop, or read as a property path (seen with its YAML parser).
  it.each(['name', 'class', 'attributes', 'frameworkProject', '__proto__', 'attributes.hostname', 'attributes(hostname)', 'tags[0]', 'x[1]', 'hostname.x'])(
    'rejects the attribute name %s, which Rundeck would not keep as written',
    (name) => {
      expect(() => compile({ attributes: [{ name, template: 'x' }] })).toThrow(UsageError);
    },
  );

  it.each(['node-executor', 'username', 'team.name', 'ssh-key-storage-path', 'x.y'])('accepts the attribute name %s', (name) => {
    expect(() => compile({ attributes: [{ name, template: 'x' }] })).not.toThrow();
  });

  it('lets every template read the names that --attribute adds', () => {
    expect(() =>
      compile({ attributes: [{ name: 'team', template: 'x' }], nodename: '{team}-{ECS:Task-ID}', tags: ['{team}'], hostname: '{team}' }),
    ).not.toThrow();
  });
});

describe('knownAttributePredicate', () => {
  const isKnown = knownAttributePredicate(['custom']);
  it.each([
    ['ECS:Container-Name', true],
    ['ECS:Container-Names', true],
    ['ECS:Service-Task-Count', true],
    ['ECS:Tag:env', true],
    ['ECS:Tag:cost center', true],
    ['ECS:Tag:', false],
    ['hostname', true],
    ['username', true],
    ['custom', true],
    ['nodename', false],
    ['tags', false],
    ['ECS:container-name', false],
  ])('%s: %p', (name, expected) => {
    expect(isKnown(name)).toBe(expected);
  });
});
