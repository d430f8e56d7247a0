// readStaticKeys: the secret from a file or a named variable, and errors that name the source, never the value.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../../src/errors';
import { DEFAULT_CREDENTIALS, type CredentialSettings } from '../../src/options';
import { createSecretReader, readStaticKeys } from '../../src/aws/read-secrets';

const KEY = 'AKIAIOSFODNN7EXAMPLE';
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
let dir: string;

const settings = (extra: Partial<CredentialSettings>): CredentialSettings => ({ ...DEFAULT_CREDENTIALS, accessKeyId: KEY, ...extra });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ecs-nodes-read-secrets-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readStaticKeys', () => {
  it('is undefined without an access key id', async () => {
    await expect(readStaticKeys(DEFAULT_CREDENTIALS, createSecretReader({}))).resolves.toBeUndefined();
  });

  it.each([
    ['a trailing newline', `${SECRET}\n`],
    ['a CRLF', `${SECRET}\r\n`],
    ['no newline', SECRET],
    ['surrounding blanks', `  ${SECRET}  \n\n`],
  ])('reads the secret file with %s', async (_name, content) => {
    const file = join(dir, 'secret');
    await writeFile(file, content);
    await expect(readStaticKeys(settings({ secretKeyFile: file }), createSecretReader({}))).resolves.toEqual({ accessKeyId: KEY, secretAccessKey: SECRET });
  });

  it('reads the session token file', async () => {
    const secret = join(dir, 'secret-2');
    const token = join(dir, 'token');
    await writeFile(secret, SECRET);
    await writeFile(token, 'FwoGZXIvYXdzEtoken==\n');
    await expect(readStaticKeys(settings({ secretKeyFile: secret, sessionTokenFile: token }), createSecretReader({}))).resolves.toEqual({
      accessKeyId: KEY,
      secretAccessKey: SECRET,
      sessionToken: 'FwoGZXIvYXdzEtoken==',
    });
  });

  it('reads the named variable from the reader it is given, never from process.env', async () => {
    process.env.ECS_NODES_TEST_SECRET = 'from-process-env';
    try {
      await expect(readStaticKeys(settings({ secretKeyEnv: 'ECS_NODES_TEST_SECRET' }), createSecretReader({ ECS_NODES_TEST_SECRET: `${SECRET}\n` }))).resolves.toEqual({
        accessKeyId: KEY,
        secretAccessKey: SECRET,
      });
      await expect(readStaticKeys(settings({ secretKeyEnv: 'ECS_NODES_TEST_SECRET' }), createSecretReader({}))).rejects.toThrow(UsageError);
    } finally {
      delete process.env.ECS_NODES_TEST_SECRET;
    }
  });

  it.each<[string, () => Promise<Partial<CredentialSettings>>, RegExp]>([
    ['a missing file', async () => ({ secretKeyFile: join(dir, 'absent') }), /^cannot read --secret-key-file .*absent: no such file$/],
    ['a directory', async () => ({ secretKeyFile: dir }), /^cannot read --secret-key-file .*: it is a directory$/],
    ['an empty file', async () => {
      await writeFile(join(dir, 'empty'), '\n');
      return { secretKeyFile: join(dir, 'empty') };
    }, /^--secret-key-file .*empty is empty$/],
    ['a file of two lines', async () => {
      await writeFile(join(dir, 'two'), `${SECRET}\n${SECRET}\n`);
      return { secretKeyFile: join(dir, 'two') };
    }, /^--secret-key-file .*two must hold one value on one line$/],
    ['a huge file', async () => {
      await writeFile(join(dir, 'huge'), 'x'.repeat(20_000));
      return { secretKeyFile: join(dir, 'huge') };
    }, /^cannot read --secret-key-file .*huge: larger than 16384 bytes$/],
    ['a missing session token file', async () => {
      await writeFile(join(dir, 'ok'), SECRET);
      return { secretKeyFile: join(dir, 'ok'), sessionTokenFile: join(dir, 'no-token') };
    }, /^cannot read --session-token-file .*no-token: no such file$/],
    ['an unset variable', async () => ({ secretKeyEnv: 'ECS_SECRET' }), /^the environment variable ECS_SECRET named by --secret-key-env is not set or empty$/],
  ])('refuses %s with a UsageError naming it', async (_name, make, message) => {
    const promise = readStaticKeys(settings(await make()), createSecretReader({}));
    await expect(promise).rejects.toThrow(UsageError);
    await expect(readStaticKeys(settings(await make()), createSecretReader({}))).rejects.toThrow(message);
  });

  it('names an unreadable file (permission denied) from the reader it is given', async () => {
    const reader = {
      readFile: () => Promise.reject(Object.assign(new Error('EACCES: permission denied, open'), { code: 'EACCES' })),
      readEnv: () => undefined,
    };
    await expect(readStaticKeys(settings({ secretKeyFile: '/etc/rundeck/ecs.key' }), reader)).rejects.toThrow(
      /^cannot read --secret-key-file \/etc\/rundeck\/ecs\.key: permission denied$/,
    );
  });

  it('does not show a lower-case variable name (it may be a secret passed by mistake)', async () => {
    await expect(readStaticKeys(settings({ secretKeyEnv: 'mysecretvalue' }), createSecretReader({}))).rejects.toThrow(
      /^the environment variable named by --secret-key-env is not set or empty$/,
    );
  });
});
