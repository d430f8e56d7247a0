// Atomic file replacement (mode kept, failures leave the old file and no temporary file) and stdout.

import * as fsModule from 'node:fs';
import { promises as fs, unlinkSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import {
  checkOutputTarget,
  pendingTempFilePaths,
  removePendingTempFilesSync,
  writeFileAtomically,
  writeStdout,
} from '../../src/output/write-output';
import { OutputError } from '../../src/errors';

let folder: string;

beforeEach(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'ecs-nodes-write-output-'));
});

afterEach(async () => {
  jest.restoreAllMocks();
  await fs.rm(folder, { recursive: true, force: true });
});

async function entries(): Promise<string[]> {
  return (await fs.readdir(folder)).sort();
}

describe('writeFileAtomically', () => {
  it('creates a new file with the text', async () => {
    const file = path.join(folder, 'nodes.yaml');
    await writeFileAtomically(file, 'a: "ü"\n');
    await expect(fs.readFile(file, 'utf8')).resolves.toBe('a: "ü"\n');
    expect(await entries()).toEqual(['nodes.yaml']);
  });

  it('replaces an existing file by rename (a new inode), keeping its permission bits', async () => {
    const file = path.join(folder, 'nodes.yaml');
    await fs.writeFile(file, 'old');
    await fs.chmod(file, 0o640);
    const before = await fs.stat(file);
    await writeFileAtomically(file, 'new');
    const after = await fs.stat(file);
    await expect(fs.readFile(file, 'utf8')).resolves.toBe('new');
    expect(after.mode & 0o7777).toBe(0o640);
    expect(after.ino).not.toBe(before.ino);
    expect(await entries()).toEqual(['nodes.yaml']);
  });

  const asRoot = process.getuid?.() === 0 ? it : it.skip;
  asRoot('keeps the owner and group of the file it replaces', async () => {
    const file = path.join(folder, 'nodes.yaml');
    await fs.writeFile(file, 'old');
    await fs.chown(file, 4321, 4322);
    await writeFileAtomically(file, 'new');
    const after = await fs.stat(file);
    expect([after.uid, after.gid]).toEqual([4321, 4322]);
  });

  it('keeps a restrictive mode too', async () => {
    const file = path.join(folder, 'nodes.json');
    await fs.writeFile(file, 'old', { mode: 0o600 });
    await fs.chmod(file, 0o600);
    await writeFileAtomically(file, 'new');
    expect((await fs.stat(file)).mode & 0o7777).toBe(0o600);
  });

  it('leaves the old file and no temporary file when the rename fails', async () => {
    const file = path.join(folder, 'nodes.yaml');
    await fs.writeFile(file, 'old');
    jest.spyOn(fsModule.promises, 'rename').mockRejectedValueOnce(Object.assign(new Error('EXDEV: cross-device'), { code: 'EXDEV' }));
    const promise = writeFileAtomically(file, 'new');
    await expect(promise).rejects.toThrow(OutputError);
    await expect(promise).rejects.toThrow(/^cannot write .*nodes\.yaml: EXDEV/);
    await expect(fs.readFile(file, 'utf8')).resolves.toBe('old');
    expect(await entries()).toEqual(['nodes.yaml']);
    expect(pendingTempFilePaths()).toEqual([]);
  });

  it('leaves the old file and no temporary file when writing fails', async () => {
    const file = path.join(folder, 'nodes.yaml');
    await fs.writeFile(file, 'old');
    const realOpen = fsModule.promises.open;
    jest.spyOn(fsModule.promises, 'open').mockImplementationOnce(async (...args: Parameters<typeof realOpen>) => {
      const handle = await realOpen(...args);
      jest.spyOn(handle, 'writeFile').mockRejectedValueOnce(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }));
      return handle;
    });
    await expect(writeFileAtomically(file, 'new')).rejects.toThrow(/ENOSPC/);
    await expect(fs.readFile(file, 'utf8')).resolves.toBe('old');
    expect(await entries()).toEqual(['nodes.yaml']);
  });

  it('fails with an OutputError and leaves nothing when the target is a folder', async () => {
    const target = path.join(folder, 'taken');
    await fs.mkdir(target);
    await fs.writeFile(path.join(target, 'keep'), 'x');
    await expect(writeFileAtomically(target, 'new')).rejects.toThrow(OutputError);
    expect(await entries()).toEqual(['taken']);
    await expect(fs.readFile(path.join(target, 'keep'), 'utf8')).resolves.toBe('x');
  });

  it('fails with an OutputError when the folder does not exist', async () => {
    await expect(writeFileAtomically(path.join(folder, 'missing', 'nodes.yaml'), 'x')).rejects.toThrow(OutputError);
    expect(await entries()).toEqual([]);
  });

  it('tracks the temporary file while writing, so a signal handler can remove it', async () => {
    const file = path.join(folder, 'nodes.yaml');
    let release: (() => void) | undefined;
    const realRename = fsModule.promises.rename;
    jest.spyOn(fsModule.promises, 'rename').mockImplementationOnce(
      (from, to) =>
        new Promise<void>((resolve, reject) => {
          release = () => realRename(from, to).then(resolve, reject);
        }),
    );
    const promise = writeFileAtomically(file, 'new');
    // Wait until the temporary file is complete and its rename is pending (bounded).
    for (let i = 0; i < 400 && release === undefined; i++) await new Promise((r) => setTimeout(r, 5));
    expect(release).toBeDefined();
    const [temp] = pendingTempFilePaths();
    expect(path.dirname(temp ?? '')).toBe(folder);
    expect(await entries()).toEqual([path.basename(temp ?? '')]);
    await expect(fs.readFile(temp ?? '', 'utf8')).resolves.toBe('new');
    removePendingTempFilesSync(unlinkSync);
    expect(pendingTempFilePaths()).toEqual([]);
    expect(await entries()).toEqual([]);
    release?.();
    await expect(promise).rejects.toThrow(OutputError);
    expect(await entries()).toEqual([]);
  });
});

describe('checkOutputTarget', () => {
  it('accepts a new file in a writable folder, and an existing file', async () => {
    await expect(checkOutputTarget(path.join(folder, 'new.yaml'))).resolves.toBeUndefined();
    await fs.writeFile(path.join(folder, 'old.yaml'), 'x');
    await expect(checkOutputTarget(path.join(folder, 'old.yaml'))).resolves.toBeUndefined();
  });

  it.each([
    ['a missing folder', (f: string) => path.join(f, 'missing', 'x.yaml'), /folder .* does not exist/],
    ['a folder that is a file', (f: string) => path.join(f, 'file', 'x.yaml'), /is not a folder/],
    ['a target that is a folder', (f: string) => f, /it is a folder/],
  ])('rejects %s with an OutputError', async (_case, target, message) => {
    await fs.writeFile(path.join(folder, 'file'), 'x');
    const promise = checkOutputTarget(target(folder));
    await expect(promise).rejects.toThrow(OutputError);
    await expect(promise).rejects.toThrow(message);
  });
});

describe('writeStdout', () => {
  it('writes the text and resolves once written', async () => {
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    await writeStdout('doc\n', stream);
    expect(Buffer.concat(chunks).toString()).toBe('doc\n');
  });

  it('rejects with an OutputError when the stream fails', async () => {
    const broken = new Writable({
      write(_chunk, _encoding, callback) {
        callback(Object.assign(new Error('EPIPE'), { code: 'EPIPE' }));
      },
    });
    broken.on('error', () => undefined);
    await expect(writeStdout('doc\n', broken)).rejects.toThrow(OutputError);
  });
});
