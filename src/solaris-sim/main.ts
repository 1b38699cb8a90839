import { DEFAULT_SEED } from './default-seed.js';
import { messageOf } from './seed-file.js';
import { simOptionsFromEnv, startSolarisSim, type SimSeed, type SolarisSim } from './server.js';

/** The banner and status lines of this command-line program go to the terminal as they are. */
function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

function complain(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** The port of the stand-alone simulator when SIM_PORT is not set. */
const DEFAULT_PORT = 4010;

/** The stand-alone embedded Solaris: `npm run solaris-sim`. */
async function main(): Promise<void> {
  const options = await simOptionsFromEnv(process.env);
  const seed = options.seed ?? DEFAULT_SEED;
  const sim = await startSolarisSim({ ...options, port: options.port ?? DEFAULT_PORT, seed });

  printBanner(sim, seed);
  process.once('SIGINT', () => stop(sim, 'SIGINT'));
  process.once('SIGTERM', () => stop(sim, 'SIGTERM'));
}

function printBanner(sim: SolarisSim, seed: SimSeed): void {
  say(`Solaris simulator on ${sim.url} (API base and OAuth base)`);
  say(`  client id:     ${sim.clientId}`);
  say(`  client secret: ${sim.clientSecret}`);
  say(`  PIN key id:    ${sim.currentKeyId()}`);

  say('  persons:');
  for (const person of seed.persons) {
    say(`    ${person.id}  mobile ${person.mobile_number ?? 'none'}`);
  }

  say('  cards:');
  for (const card of seed.cards) {
    say(`    ${card.id}  ${card.status} ${card.type} ${card.masked_pan}  of ${card.person_id}`);
  }
}

function stop(sim: SolarisSim, signal: NodeJS.Signals): void {
  say(`solaris-sim: ${signal}, stopping`);
  sim.close().then(
    () => process.exit(0),
    (error: unknown) => {
      complain(`solaris-sim: could not close cleanly: ${String(error)}`);
      process.exit(1);
    },
  );
}

try {
  await main();
} catch (error: unknown) {
  complain(`solaris-sim: ${messageOf(error)}`);
  process.exitCode = 1;
}
