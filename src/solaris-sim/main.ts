import { DEFAULT_SEED } from './default-seed.js';
import { messageOf } from './seed-file.js';
import { simOptionsFromEnv, startSolarisSim, type SimSeed, type SolarisSim } from './server.js';

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
  console.log(`Solaris simulator on ${sim.url} (API base and OAuth base)`);
  console.log(`  client id:     ${sim.clientId}`);
  console.log(`  client secret: ${sim.clientSecret}`);
  console.log(`  PIN key id:    ${sim.currentKeyId()}`);

  console.log('  persons:');
  for (const person of seed.persons) {
    console.log(`    ${person.id}  mobile ${person.mobile_number ?? 'none'}`);
  }

  console.log('  cards:');
  for (const card of seed.cards) {
    console.log(
      `    ${card.id}  ${card.status} ${card.type} ${card.masked_pan}  of ${card.person_id}`,
    );
  }
}

function stop(sim: SolarisSim, signal: NodeJS.Signals): void {
  console.log(`solaris-sim: ${signal}, stopping`);
  sim.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`solaris-sim: could not close cleanly: ${String(error)}`);
      process.exit(1);
    },
  );
}

try {
  await main();
} catch (error: unknown) {
  console.error(`solaris-sim: ${messageOf(error)}`);
  process.exitCode = 1;
}
