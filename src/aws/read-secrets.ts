// Reads the secret access key and session token from the files or the environment variable the options
// name. The values are returned to the caller and never put in a message.

import { open } from 'node:fs/promises';
import { UsageError } from '../errors';
import type { CredentialSettings } from '../options';

/** Where secrets are read from; the CLI passes one over process.env, the library defaults to files only. */
export interface SecretReader {
  /** The text of a file. Rejects with the fs error. */
  readFile(path: string): Promise<string>;
  /** The value of an environment variable, or undefined. */
  readEnv(name: string): string | undefined;
}

/** An access key with its secret, ready to sign. */
export interface StaticKeys {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
}

/** Secret files are a key or a token: a few hundred bytes. A bound keeps /dev/zero or a log from being read. */
const MAX_SECRET_FILE_BYTES = 16 * 1024;

async function readSmallFile(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(MAX_SECRET_FILE_BYTES + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    if (bytesRead > MAX_SECRET_FILE_BYTES) throw Object.assign(new Error('file too large'), { code: 'ETOOBIG' });
    return buffer.toString('utf8', 0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** A SecretReader over the file system and the given environment (`{}` reads no variables). */
export function createSecretReader(env: Readonly<Record<string, string | undefined>>): SecretReader {
  return { readFile: readSmallFile, readEnv: (name) => env[name] };
}

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
  ETOOBIG: `larger than ${MAX_SECRET_FILE_BYTES} bytes`,
};

function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? (REASONS[code] ?? code) : 'unreadable';
}

/** The single line a secret file holds, without surrounding whitespace. */
async function readSecretFile(reader: SecretReader, flag: string, path: string): Promise<string> {
  let text: string;
  try {
    text = await reader.readFile(path);
  } catch (error) {
    throw new UsageError(`cannot read ${flag} ${path}: ${reasonOf(error)}`, { cause: error });
  }
  const value = text.trim();
  if (value === '') throw new UsageError(`${flag} ${path} is empty`);
  if (/\s/.test(value)) throw new UsageError(`${flag} ${path} must hold one value on one line`);
  return value;
}

function readSecretEnv(reader: SecretReader, name: string): string {
  const value = reader.readEnv(name)?.trim();
  // Upper-case names are shown; anything else might be a secret passed by mistake, so it is not echoed.
  const shown = /^[A-Z_][A-Z0-9_]*$/.test(name) ? ` ${name}` : '';
  if (value === undefined || value === '') {
    throw new UsageError(`the environment variable${shown} named by --secret-key-env is not set or empty`);
  }
  return value;
}

/**
 * The access key the settings name, with its secret (and session token) read now; undefined without
 * `accessKeyId`.
 * @throws UsageError naming the file or variable when a secret cannot be read or is empty
 */
export async function readStaticKeys(settings: CredentialSettings, reader: SecretReader): Promise<StaticKeys | undefined> {
  if (settings.accessKeyId === undefined) return undefined;
  let secretAccessKey: string;
  if (settings.secretKeyFile !== undefined) secretAccessKey = await readSecretFile(reader, '--secret-key-file', settings.secretKeyFile);
  else if (settings.secretKeyEnv !== undefined) secretAccessKey = readSecretEnv(reader, settings.secretKeyEnv);
  else throw new UsageError('--access-key-id needs --secret-key-file <path> or --secret-key-env <VAR>');
  const sessionToken =
    settings.sessionTokenFile === undefined ? undefined : await readSecretFile(reader, '--session-token-file', settings.sessionTokenFile);
  return { accessKeyId: settings.accessKeyId, secretAccessKey, ...(sessionToken !== undefined && { sessionToken }) };
}
