// The --min-nodes and --max-shrink guards, and reading the node count of the file a run would replace.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { GuardError } from '../../src/errors';
import { checkGuards, readPreviousNodeCount } from '../../src/output/guards';

describe('checkGuards', () => {
  it.each<[string, number, { minNodes?: number; maxShrinkPercent?: number }, number | undefined, boolean]>([
    ['no guard', 0, {}, 100, true],
    ['min-nodes met exactly', 5, { minNodes: 5 }, undefined, true],
    ['min-nodes missed', 4, { minNodes: 5 }, undefined, false],
    ['shrink within the limit', 80, { maxShrinkPercent: 20 }, 100, true],
    ['shrink over the limit', 79, { maxShrinkPercent: 20 }, 100, false],
    ['growth with max-shrink 0', 120, { maxShrinkPercent: 0 }, 100, true],
    ['same count with max-shrink 0', 100, { maxShrinkPercent: 0 }, 100, true],
    ['one fewer with max-shrink 0', 99, { maxShrinkPercent: 0 }, 100, false],
    ['everything gone with max-shrink 100', 0, { maxShrinkPercent: 100 }, 100, true],
    ['no previous file', 0, { maxShrinkPercent: 10 }, undefined, true],
    ['previous file empty', 0, { maxShrinkPercent: 10 }, 0, true],
  ])('%s', (_name, count, safety, previous, passes) => {
    const check = () => checkGuards(count, safety, previous);
    if (passes) expect(check).not.toThrow();
    else expect(check).toThrow(GuardError);
  });

  it('names the counts and the limit', () => {
    expect(() => checkGuards(50, { maxShrinkPercent: 25 }, 200)).toThrow(
      'refusing to replace 200 node(s) with 50: 75.0% fewer, more than --max-shrink 25%',
    );
  });
});

describe('readPreviousNodeCount', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'ecs-nodes-guards-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('is undefined when there is no file yet', async () => {
    await expect(readPreviousNodeCount(path.join(folder, 'none.yaml'), 'resourceyaml')).resolves.toBeUndefined();
  });

  it('counts the nodes of the existing file in the run format', async () => {
    const file = path.join(folder, 'ecs.json');
    writeFileSync(file, '{"a": {"nodename": "a"}, "b": {"nodename": "b"}}');
    await expect(readPreviousNodeCount(file, 'resourcejson')).resolves.toBe(2);
  });

  it('throws a GuardError when the file is not a document of the format', async () => {
    const file = path.join(folder, 'ecs.xml');
    writeFileSync(file, '{"a": {}}');
    await expect(readPreviousNodeCount(file, 'resourcexml')).rejects.toThrow(GuardError);
  });

  it('throws a GuardError when the path cannot be read', async () => {
    await expect(readPreviousNodeCount(folder, 'resourceyaml')).rejects.toThrow(GuardError);
  });
});
