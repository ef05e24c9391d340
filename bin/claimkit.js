#!/usr/bin/env node
// `claimkit` (package.json "bin"): the command line is dist/publish/cli.js, built from src/publish/cli.ts.
import { main } from '../dist/publish/cli.js';

// Output piped into a reader that stops early (`claimkit render … | head`): stop quietly, as Unix tools do.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});
process.exitCode = await main(process.argv.slice(2));
