import { coreBusy, coreTimes } from './proc-stats.js';
import { sleep } from './processes.js';

/** How long to wait at most for the machine to calm down before a measured run. */
const MAX_WAIT_MS = 20_000;
/** Busy share of a core, while the benchmark's own processes idle, that counts as quiet. */
const QUIET_CORE_BUSY = 0.1;
const SAMPLE_MS = 300;

/**
 * Waits, at most 20 s, until neither core is more than 10 % busy while the benchmark's own
 * processes idle, so that other work on the machine distorts a run as little as it can. Resolves
 * with the busiest core's share at the last look (above 0.1 when the wait ran out).
 */
export async function waitForQuietCores(): Promise<number> {
  const deadline = Date.now() + MAX_WAIT_MS;
  for (;;) {
    const before = await coreTimes();
    await sleep(SAMPLE_MS);
    const busiest = Math.max(...coreBusy(before, await coreTimes()));
    if (busiest <= QUIET_CORE_BUSY || Date.now() >= deadline) return busiest;

    await sleep(700);
  }
}
