// Ed25519 oracle for the fake's HTTP-interactions signatures: discord-interactions' verifyKey, the check Discord's
// own sample apps use. Reads a JSON array of {body, signature, timestamp, publicKey} on stdin and prints a JSON array
// of booleans, one per entry.
import { verifyKey } from 'discord-interactions';

let input = '';
for await (const chunk of process.stdin) input += chunk;

const results = [];
for (const { body, signature, timestamp, publicKey } of JSON.parse(input)) {
  results.push(await verifyKey(Buffer.from(body, 'base64'), signature, timestamp, publicKey));
}
console.log(JSON.stringify(results));
