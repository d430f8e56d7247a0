// --input: a file or standard input, unreadable input as a UsageError.

import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { readInput } from '../../src/input/read-input';
import { UsageError } from '../../src/errors';
import { fixturePath, loadDescribeTasks } from '../fixtures/fixtures';

let folder: string;

beforeAll(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'ecs-nodes-read-input-'));
});

afterAll(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

/** Standard input for calls that read a file: never read. */
const NO_STDIN = Readable.from([]);

describe('readInput', () => {
  it('reads a file', async () => {
    await expect(readInput(fixturePath('describe-tasks.json'), NO_STDIN)).resolves.toEqual(loadDescribeTasks());
  });

  it('reads standard input for "-", in chunks, as UTF-8', async () => {
    const text = JSON.stringify({ tasks: [{ taskArn: 'a', group: 'service:Zürich 😀' }] });
    const bytes = Buffer.from(text, 'utf8');
    // Split inside the multi-byte characters on purpose.
    const chunks = [bytes.subarray(0, text.indexOf('ü') + 1), bytes.subarray(text.indexOf('ü') + 1)];
    const result = await readInput('-', Readable.from(chunks));
    expect(result.tasks).toEqual([{ taskArn: 'a', group: 'service:Zürich 😀' }]);
  });

  it('names standard input in parse errors', async () => {
    await expect(readInput('-', Readable.from(['not json']))).rejects.toThrow(/^standard input is not valid JSON/);
  });

  it.each([
    ['a missing file', () => path.join(folder, 'missing.json'), /^cannot read --input .*missing\.json: no such file$/],
    ['a folder', () => folder, /^cannot read --input .*: it is a folder$/],
  ])('rejects %s with a UsageError', async (_case, file, message) => {
    const promise = readInput(file(), NO_STDIN);
    await expect(promise).rejects.toThrow(UsageError);
    await expect(promise).rejects.toThrow(message);
  });

  it('rejects a file that is not JSON with a UsageError naming it', async () => {
    const file = path.join(folder, 'bad.json');
    await fs.writeFile(file, '{"tasks": [}');
    await expect(readInput(file, NO_STDIN)).rejects.toThrow(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not valid JSON`));
  });
});
