#!/usr/bin/env node
// Builds dist/ecs-nodes.cjs: the whole CLI, AWS SDK included, in one CommonJS file that runs with plain
// `node` and no node_modules (for a Rundeck server). Usage: npm run bundle [-- OUTFILE]
'use strict';

const { chmodSync, statSync } = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const root = path.resolve(__dirname, '..');
const outfile = path.resolve(process.argv[2] ?? path.join(root, 'dist', 'ecs-nodes.cjs'));

esbuild
  .build({
    // The same entry as bin/ecs-nodes, from the TypeScript sources: the lazy require() of the AWS layer and the
    // require() of package.json (for --version) are plain string requires, which esbuild bundles.
    stdin: { contents: "require('./src/cli/main').main();", resolveDir: root, sourcefile: 'ecs-nodes-entry.js', loader: 'js' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile,
    banner: { js: '#!/usr/bin/env node' },
    legalComments: 'none',
    logLevel: 'warning',
  })
  .then(() => {
    chmodSync(outfile, 0o755);
    const size = (statSync(outfile).size / 1024 / 1024).toFixed(1);
    process.stdout.write(`${outfile} (${size} MB)\n`);
  })
  .catch(() => {
    process.exitCode = 1;
  });
