// Chunked output: a document given as chunks is written whole, in order, one chunk in flight at a time.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { OutputError } from '../../src/errors';
import { writeFileAtomically, writeStdout } from '../../src/output/write-output';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'ecs-nodes-chunks-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function* lazyChunks(count: number, onPull: () => void): Generator<string> {
  for (let i = 0; i < count; i++) {
    onPull();
    yield `chunk ${i}\n`;
  }
}

describe('writeStdout with chunks', () => {
  it('writes every chunk in order, pulling the next only after the previous was taken', async () => {
    const received: string[] = [];
    let pulled = 0;
    const pulledAtWrite: number[] = [];
    const stream = new Writable({
      highWaterMark: 1,
      write(chunk: Buffer, _encoding, done) {
        received.push(chunk.toString());
        pulledAtWrite.push(pulled);
        setImmediate(done);
      },
    });
    await writeStdout(lazyChunks(5, () => (pulled += 1)), stream);
    expect(received.join('')).toBe('chunk 0\nchunk 1\nchunk 2\nchunk 3\nchunk 4\n');
    expect(pulledAtWrite).toEqual([1, 2, 3, 4, 5]);
  });

  it('turns a stream error into an OutputError', async () => {
    const stream = new Writable({ write: (_chunk, _encoding, done) => done(new Error('EPIPE')) });
    stream.on('error', () => undefined);
    await expect(writeStdout(['a', 'b'], stream)).rejects.toThrow(OutputError);
  });
});

describe('writeFileAtomically with chunks', () => {
  it('writes the chunks one after the other into the file', async () => {
    const file = join(folder, 'nodes.yaml');
    await writeFileAtomically(file, lazyChunks(1000, () => undefined));
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')).toHaveLength(1001);
    expect(text.startsWith('chunk 0\nchunk 1\n')).toBe(true);
    expect(text.endsWith('chunk 999\n')).toBe(true);
  });
});
