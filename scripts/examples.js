#!/usr/bin/env node
// Regenerates examples/outputs/: the demo input (examples/describe-tasks.json) in every format, written by
// the built CLI exactly as a user would run it. Usage: npm run examples (builds first).
'use strict';

const { execFileSync } = require('node:child_process');
const { mkdirSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const outputs = path.join(root, 'examples', 'outputs');

/** Format → file name; the extension is what Rundeck's File node source expects. */
const FILES = {
  resourceyaml: 'nodes.yaml',
  resourcexml: 'nodes.xml',
  resourcejson: 'nodes.json',
  table: 'nodes.txt',
};

mkdirSync(outputs, { recursive: true });
for (const [format, file] of Object.entries(FILES)) {
  const text = execFileSync(
    process.execPath,
    [path.join(root, 'bin', 'ecs-nodes'), '--input', 'examples/describe-tasks.json', '--format', format],
    { cwd: root, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' }, encoding: 'utf8' },
  );
  writeFileSync(path.join(outputs, file), text);
  process.stdout.write(`examples/outputs/${file}\n`);
}
