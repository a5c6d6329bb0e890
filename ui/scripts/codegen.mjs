// GraphQL Code Generator, quiet when it succeeds and with its whole report when it fails (its --silent flag hides
// which document is invalid): a schema change that breaks an operation must fail the build, and say where.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npx', ['graphql-codegen', '--config', 'codegen.ts'], { encoding: 'utf8' });
if (run.status !== 0) {
  process.stdout.write(run.stdout ?? '');
  process.stderr.write(run.stderr ?? '');
}
process.exit(run.status ?? 1);
