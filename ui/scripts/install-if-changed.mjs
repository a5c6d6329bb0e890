// npm ci only when package-lock.json changed since the last install, so a warm build does not reinstall.
// npm itself writes node_modules/.package-lock.json at the end of every install.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const installed = 'node_modules/.package-lock.json';
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync('package-lock.json').mtimeMs) {
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}
