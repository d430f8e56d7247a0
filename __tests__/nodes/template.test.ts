// Tests of the template language: tables of templates and their results, and errors with their positions.

import { UsageError } from '../../src/errors';
import { knownAttributePredicate } from '../../src/nodes/node-shape';
import { evaluateTemplate, parseTemplate, templateAttributes, type TemplateContext } from '../../src/nodes/template';

const context: TemplateContext = { label: '--nodename', isKnownAttribute: knownAttributePredicate(['team']) };

const attributes: Record<string, string> = {
  hostname: '10.20.1.37',
  'ECS:Container-Name': 'app',
  'ECS:Container-ID': '5f1a2b3c',
  'ECS:Task-ID': '0c7e3f6a',
  'ECS:Private-IP': '10.20.1.37',
  'ECS:Tag:env': 'prod',
  'ECS:Tag:empty': '',
  'ECS:Tag:cost center': '0420',
  team: 'payments',
};

function render(source: string, values: Record<string, string> = attributes): string {
  return evaluateTemplate(parseTemplate(source, context), values);
}

describe('evaluateTemplate', () => {
  it.each([
    ['{ECS:Container-Name}-{ECS:Container-ID}', 'app-5f1a2b3c'],
    ['plain text', 'plain text'],
    ['', ''],
    ['{ECS:Private-IP|ECS:Task-ID}', '10.20.1.37'],
    ['{ECS:Private-DNS|ECS:Task-ID}', '0c7e3f6a'],
    ["{ECS:Tag:team|'unknown'}", 'unknown'],
    ["{ECS:Tag:env|'unknown'}", 'prod'],
    // An empty value counts as absent: the fallback applies.
    ["{ECS:Tag:empty|'none'}", 'none'],
    ['{ECS:Tag:empty|ECS:Tag:env}', 'prod'],
    // Nothing found and no literal: the placeholder is empty.
    ['x{ECS:Private-DNS}y', 'xy'],
    ['{ECS:Private-DNS|ECS:Tag:missing}', ''],
    ["{ECS:Private-DNS|ECS:Tag:missing|'fallback'}", 'fallback'],
    // Spaces around names and bars are ignored; spaces inside names are kept (tag keys may hold spaces).
    ["{ ECS:Tag:missing | ECS:Tag:cost center }", '0420'],
    ["{ECS:Tag:missing | 'a b' }", 'a b'],
    // Literal braces and quotes.
    ['{{{ECS:Container-Name}}}', '{app}'],
    ['{{not a placeholder}}', '{not a placeholder}'],
    ["it's {ECS:Container-Name}", "it's app"],
    ["{ECS:Tag:missing|'it''s'}", "it's"],
    ["{ECS:Tag:missing|'a|b}c{'}", 'a|b}c{'],
    ["{ECS:Tag:missing|''}", ''],
    // Names added by --attribute and Rundeck's standard names.
    ['{team}@{hostname}', 'payments@10.20.1.37'],
  ])('%j gives %j', (source, expected) => {
    expect(render(source)).toBe(expected);
  });

  it('evaluates one parsed template against many nodes', () => {
    const template = parseTemplate('{ECS:Container-Name}-{ECS:Container-ID}', context);
    expect(evaluateTemplate(template, { 'ECS:Container-Name': 'a', 'ECS:Container-ID': '1' })).toBe('a-1');
    expect(evaluateTemplate(template, { 'ECS:Container-Name': 'b', 'ECS:Container-ID': '2' })).toBe('b-2');
  });
});

describe('evaluateTemplate and inherited property names', () => {
  it.each(['toString', 'valueOf', 'hasOwnProperty'])('reads an absent attribute named %s as absent, not as the inherited property', (name) => {
    const template = parseTemplate(`{${name}|'none'}`, { label: '--attribute x', isKnownAttribute: () => true });
    expect(evaluateTemplate(template, {})).toBe('none');
    expect(evaluateTemplate(template, { [name]: 'set' })).toBe('set');
  });
});

describe('parseTemplate errors', () => {
  it.each([
    ['{ECS:Foo}', 'unknown attribute ECS:Foo at column 2'],
    ['x-{ECS:Container-Name|ECS:Bogus}', 'unknown attribute ECS:Bogus at column 23'],
    ['{ECS:Tag:}', 'unknown attribute ECS:Tag: at column 2'],
    ['{nodename}', 'unknown attribute nodename at column 2'],
    ['{ECS:Container-Name', 'unclosed "{" at column 1'],
    ['ab{', 'unclosed "{" at column 3'],
    ["{ECS:Tag:env|'x}", 'unclosed quoted text at column 14'],
    ["{ECS:Tag:env|'x'", 'unclosed "{" at column 1'],
    ['a}b', 'unmatched "}" (write "}}" for a literal brace) at column 2'],
    ['{}', 'empty attribute name at column 2'],
    ['{ECS:Tag:env|}', 'empty attribute name at column 14'],
    ['{|ECS:Tag:env}', 'empty attribute name at column 2'],
    ['{ECS:Tag:env{x}}', 'unexpected "{" inside a placeholder at column 13'],
    ["{ECS:Tag:e'nv}", 'unexpected quote inside an attribute name at column 11'],
    ["{'x'|ECS:Tag:env}", 'a quoted text must be the last alternative at column 5'],
    ["{'x' y}", 'unexpected "y" after a quoted text at column 6'],
  ])('%j: %s', (source, detail) => {
    expect(() => parseTemplate(source, context)).toThrow(UsageError);
    expect(() => parseTemplate(source, context)).toThrow(`--nodename "${source}": ${detail}`);
  });
});

describe('templateAttributes', () => {
  it('lists the attributes a template reads, in order', () => {
    const template = parseTemplate("{ECS:Tag:env|team|'x'}-{hostname}", context);
    expect(templateAttributes(template)).toEqual(['ECS:Tag:env', 'team', 'hostname']);
  });
});
