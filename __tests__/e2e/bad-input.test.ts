// E2E: every malformed argument gives one stderr line naming the problem, the right exit code, nothing on
// stdout and no file written. No endpoint is needed: each run must stop before any AWS call.

import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { assertBuilt, cleanUp, runCli, stderrLines, tempFolder } from './cli-runner';

beforeAll(assertBuilt);
afterAll(cleanUp);

// An endpoint that nothing listens on: a run that got as far as calling AWS would fail differently (exit 3).
const NOWHERE = ['--endpoint-url', 'http://127.0.0.1:9', '-r', 'us-east-1'];

describe('bad input', () => {
  it.each<[string, number, (folder: string) => string[], RegExp]>([
    ['an unknown flag', 2, () => ['--clusterz', 'a'], /^error: unknown option '--clusterz' \(Did you mean --clusters\?\)$/],
    ['an empty list item', 2, () => ['--clusters', 'a,,b'], /empty item in list "a,,b"/],
    ['--tags without "="', 2, () => ['--tags', 'env'], /tag "env" has no "=": use KEY=VALUE/],
    ['--tags with an empty key', 2, () => ['--tags', '=prod'], /tag "=prod" has an empty key/],
    ['an unknown format', 2, () => ['--format', 'yml'], /argument 'yml' is invalid\. Allowed choices are resourceyaml, resourcexml, resourcejson, json/],
    ['an unknown filter behaviour', 2, () => ['--filter-behavior', 'keep'], /argument 'keep' is invalid/],
    ['a negative --max-attempts', 2, () => ['--max-attempts', '-1'], /--max-attempts <n>' argument '-1' is invalid/],
    ['a non-numeric --max-attempts', 2, () => ['--max-attempts', 'many'], /"many" is not a whole number/],
    ['--max-attempts 0', 2, () => ['--max-attempts', '0'], /must be at least 1/],
    ['a zero --timeout', 2, () => ['--timeout', '0'], /--timeout <seconds>' argument '0' is invalid\. must be more than 0/],
    ['a non-numeric --timeout', 2, () => ['--timeout', '10s'], /"10s" is not a number/],
    ['a negative --min-nodes', 2, () => ['--min-nodes', '-5'], /--min-nodes <n>' argument '-5' is invalid/],
    ['--max-shrink over 100', 2, (f) => ['--max-shrink', '101', '-o', path.join(f, 'x.yaml')], /must be at most 100/],
    ['--max-shrink without --output', 2, () => ['--max-shrink', '10'], /^error: --max-shrink needs --output/],
    ['--max-shrink with the table format', 2, (f) => ['--max-shrink', '10', '-f', 'table', '-o', path.join(f, 'x.yaml')], /^error: --max-shrink needs a resource format/],
    ['a bad region', 2, () => ['--region', 'EU'], /"EU" is not an AWS region name/],
    ['a flag missing its value', 2, () => ['--region'], /option '-r, --region <list>' argument missing/],
    ['a stray argument', 2, () => ['prod'], /too many arguments|unexpected argument/],
    ['a non-http endpoint', 2, () => ['--endpoint-url', 'ftp://example.com'], /--endpoint-url "ftp:\/\/example.com" must be an http or https URL/],
    ['a nonexistent --input', 2, (f) => ['--input', path.join(f, 'missing.json')], /^error: cannot read --input .*missing\.json: no such file$/],
    ['invalid JSON in --input', 2, (f) => ['--input', path.join(f, 'broken.json')], /^error: .*broken\.json is not valid JSON/],
    ['an output folder that does not exist', 4, (f) => ['--input', path.join(f, 'ok.json'), '-o', path.join(f, 'no-such-dir', 'x.yaml')], /^error: cannot write .*x\.yaml: folder .*no-such-dir does not exist$/],
  ])('%s: one stderr line, exit %d, no stdout, no file', async (_name, code, argsIn, message) => {
    const folder = tempFolder();
    writeFileSync(path.join(folder, 'broken.json'), '{"tasks": [');
    writeFileSync(path.join(folder, 'ok.json'), '{"tasks": [], "failures": []}');
    const args = argsIn(folder);
    const result = await runCli([...NOWHERE, ...args]);
    expect(stderrLines(result)).toEqual([expect.stringMatching(message)]);
    expect(result.code).toBe(code);
    expect(result.stdout).toBe('');
    expect(readdirSync(folder).sort()).toEqual(['broken.json', 'ok.json']);
    expect(existsSync(path.join(folder, 'x.yaml'))).toBe(false);
  });
});
