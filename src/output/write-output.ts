// Where the document goes: stdout, or a file replaced atomically (temporary file in the same folder,
// fsync, rename), so a reader never sees half an inventory and a failed run leaves the old file in place.

import { promises as fs, constants as fsConstants } from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { OutputError } from '../errors';

/** Temporary files being written now; removed by `removePendingTempFiles` when the process is interrupted. */
const pendingTempFiles = new Set<string>();

/** Paths of temporary files not yet renamed into place. */
export function pendingTempFilePaths(): readonly string[] {
  return [...pendingTempFiles];
}

/** Removes every temporary file still being written (for signal handlers); never throws. */
export function removePendingTempFilesSync(unlinkSync: (p: string) => void): void {
  for (const file of pendingTempFiles) {
    try {
      unlinkSync(file);
    } catch {
      // Already gone: nothing to clean.
    }
    pendingTempFiles.delete(file);
  }
}

/**
 * Checks before any work is done that `file` can be written: its folder exists and is a writable folder.
 * @throws OutputError naming the problem
 */
export async function checkOutputTarget(file: string): Promise<void> {
  const folder = path.dirname(path.resolve(file));
  let stat;
  try {
    stat = await fs.stat(folder);
  } catch {
    throw new OutputError(`cannot write ${file}: folder ${folder} does not exist`);
  }
  if (!stat.isDirectory()) throw new OutputError(`cannot write ${file}: ${folder} is not a folder`);
  try {
    await fs.access(folder, fsConstants.W_OK);
  } catch {
    throw new OutputError(`cannot write ${file}: folder ${folder} is not writable`);
  }
  const target = await fs.stat(file).catch(() => undefined);
  if (target?.isDirectory()) throw new OutputError(`cannot write ${file}: it is a folder`);
}

/**
 * Replaces `file` with `text` (a string, or chunks written one by one) atomically: the previous file stays
 * whole until the new one is complete, and keeps its permission bits and, where allowed, its owner. On
 * failure the temporary file is removed and the old file untouched.
 * @throws OutputError when the file cannot be written
 */
export async function writeFileAtomically(file: string, text: string | Iterable<string>): Promise<void> {
  const resolved = path.resolve(file);
  const folder = path.dirname(resolved);
  const temp = path.join(folder, `.${path.basename(resolved)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const previous = await fs.stat(resolved).catch(() => undefined);
  pendingTempFiles.add(temp);
  try {
    const handle = await fs.open(temp, 'wx', previous ? previous.mode & 0o7777 : 0o644);
    try {
      // writeFile on an open handle writes from the current position: chunk after chunk.
      for (const chunk of typeof text === 'string' ? [text] : text) await handle.writeFile(chunk, 'utf8');
      if (previous) {
        await handle.chmod(previous.mode & 0o7777);
        // Keep the owner too (a root cron job replacing Rundeck's 0640 file must not make it root's); only
        // root may give a file away, so for anyone else this stays a best effort.
        await handle.chown(previous.uid, previous.gid).catch(() => undefined);
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, resolved);
    pendingTempFiles.delete(temp);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    pendingTempFiles.delete(temp);
    const reason = error instanceof Error ? error.message : String(error);
    throw new OutputError(`cannot write ${file}: ${reason}`, { cause: error });
  }
}

/** Writes one chunk and waits until the stream has taken it (backpressure: one chunk in flight). */
function writeChunk(stdout: NodeJS.WritableStream, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stdout.write(chunk, (error) => (error ? reject(new OutputError(`cannot write to stdout: ${error.message}`, { cause: error })) : resolve()));
  });
}

/**
 * Writes `text` (a string, or chunks one at a time, so a large document is never held whole) to stdout.
 * @throws OutputError when stdout refuses the data
 */
export async function writeStdout(text: string | Iterable<string>, stdout: NodeJS.WritableStream): Promise<void> {
  for (const chunk of typeof text === 'string' ? [text] : text) await writeChunk(stdout, chunk);
}
