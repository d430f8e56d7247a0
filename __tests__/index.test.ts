// The public library API: what a library user can import from the package.

import * as api from '../src/index';
import { fixturePath } from './fixtures/fixtures';

describe('library API', () => {
  it.each([
    'generateNodes',
    'toNode',
    'selectContainers',
    'matchesFilter',
    'formatNodes',
    'sortNodes',
    'createResourceYamlFormatter',
    'parseDescribeTasks',
    'writeFileAtomically',
    'exitCodeOf',
  ] as const)('exports the function %s', (name) => {
    expect(typeof api[name]).toBe('function');
  });

  it('exports the formatters, errors, defaults and attribute names', () => {
    expect(Object.keys(api.formatters).sort()).toEqual(['resourcejson', 'resourcexml', 'resourceyaml']);
    expect(api.resourceYamlFormatter.name).toBe('resourceyaml');
    expect(api.resourceXmlFormatter.name).toBe('resourcexml');
    expect(api.resourceJsonFormatter.name).toBe('resourcejson');
    expect(new api.UsageError('x').exitCode).toBe(2);
    expect(api.DEFAULT_OPTIONS.format).toBe('resourceyaml');
    expect(api.ATTR.clusterArn).toBe('ECS:Cluster-ARN');
    expect(api.TAG_ATTRIBUTE_PREFIX).toBe('ECS:Tag:');
    expect(api.STANDARD_ATTRIBUTES).toContain('hostname');
  });

  it('turns a saved DescribeTasks file into a document with library calls only', async () => {
    const { nodes } = await api.generateNodes({ ...api.DEFAULT_OPTIONS, input: fixturePath('describe-tasks.json') });
    const json = JSON.parse(api.formatNodes(nodes, 'resourcejson')) as Record<string, unknown>;
    expect(Object.keys(json)).toHaveLength(6);
  });
});
