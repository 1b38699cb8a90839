// Makes sure the programs the test suite drives from outside are on this machine: Chromium (the
// GraphiQL page is checked in a real browser) and redis-server (rate limits shared over Redis).
// On a fresh root machine, as CI starts, it installs them from Debian; anywhere else it only
// says what is missing. When everything is present it does no work beyond a few file checks.

import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, unlinkSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Each outside program the tests need, how to find it, and the Debian package that brings it. */
const requirements = [
  { name: 'chromium', debianPackage: 'chromium', find: () => executableAt('/usr/bin/chromium') },
  { name: 'redis-server', debianPackage: 'redis-server', find: () => onPath('redis-server') },
];

// Debian's policy hook: while it exits 101, package scripts do not start services. Without it,
// installing redis-server starts a system Redis on 6379 that would outlive the install.
const policyRcPath = '/usr/sbin/policy-rc.d';

function executableAt(path) {
  try {
    accessSync(path, constants.X_OK);
    return path;
  } catch {
    return undefined;
  }
}

function onPath(command) {
  const directories = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const directory of directories) {
    const found = executableAt(join(directory, command));
    if (found) return found;
  }
  return undefined;
}

function missingRequirements() {
  return requirements.filter((requirement) => requirement.find() === undefined);
}

function run(command, args) {
  console.log(`test-setup: running ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) throw new Error(`could not run ${command}: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${command} ${args[0]} exited with ${result.status}`);
}

function withServiceStartsDenied(install) {
  if (existsSync(policyRcPath)) return install();

  writeFileSync(policyRcPath, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    return install();
  } finally {
    unlinkSync(policyRcPath);
  }
}

function disableSystemRedis() {
  // A systemd machine enables the unit on install; tests start their own redis-server on free
  // ports, so the system one is switched off rather than left to start on the next boot.
  if (!existsSync('/run/systemd/system')) return;

  spawnSync('systemctl', ['disable', '--now', 'redis-server'], { stdio: 'ignore' });
}

function install(missing) {
  const packages = missing.map((requirement) => requirement.debianPackage).join(', ');
  console.log(`test-setup: missing ${packages}; installing from Debian`);

  withServiceStartsDenied(() => {
    run('apt-get', ['update']);
    run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium', 'redis-server']);
  });
  disableSystemRedis();

  const stillMissing = missingRequirements();
  if (stillMissing.length > 0) {
    const names = stillMissing.map((requirement) => requirement.name).join(', ');
    throw new Error(`still missing after apt-get install: ${names}`);
  }
  console.log('test-setup: chromium and redis-server installed');
}

function main() {
  const missing = missingRequirements();
  if (missing.length === 0) {
    console.log('test-setup: chromium and redis-server present');
    return;
  }

  const isRoot = process.getuid?.() === 0;
  if (!isRoot) {
    const packages = missing.map((requirement) => requirement.debianPackage).join(' ');
    const names = missing.map((requirement) => requirement.name).join(', ');
    console.error(
      `test-setup: missing ${names}; install with: ` +
        `sudo apt-get install -y --no-install-recommends ${packages}`,
    );
    process.exit(1);
  }

  try {
    install(missing);
  } catch (error) {
    console.error(`test-setup: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

main();
