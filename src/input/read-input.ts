// Reads the `--input` file (or stdin for `-`).

import { promises as fs } from 'node:fs';
import { UsageError } from '../errors';
import { parseDescribeTasks, type DescribedTasks } from './parse-describe-tasks';

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The tasks saved in `file` (`-`: the `stdin` stream, which the CLI makes process.stdin).
 * @throws UsageError when the file cannot be read or parsed
 */
export async function readInput(file: string, stdin: NodeJS.ReadableStream): Promise<DescribedTasks> {
  let text: string;
  try {
    text = file === '-' ? await readStream(stdin) : await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new UsageError(`cannot read --input ${file}: ${reason}`, { cause: error });
  }
  return parseDescribeTasks(text, file === '-' ? 'standard input' : file);
}
