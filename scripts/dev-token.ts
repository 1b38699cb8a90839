/**
 * Mints a development bearer token for a Solaris person id, signed by the key that `npm start`
 * created for the embedded Solaris. Usage: npm run dev-token -- <personId>
 */
import { mintDevelopmentToken, readDevelopmentKey } from '../src/auth/development-auth.js';

const personId = process.argv[2];
if (personId === undefined || personId === '') {
  console.error('Usage: npm run dev-token -- <personId>');
  process.exit(2);
}

const key = await readDevelopmentKey();
console.log(await mintDevelopmentToken(key, personId));
