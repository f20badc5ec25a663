// Drives GovBot's fake Discord with discord.js's own packages (@discordjs/rest, /ws, /core): if they cannot talk
// to the fake, the fake is wrong. Connects, overwrites the global and a guild command list, answers every
// INTERACTION_CREATE with "pong", and after --replies answers prints one JSON summary line and exits 0.
// On failure or after --timeout-ms (default 30 s) it prints the summary with ok:false and a message and exits 1.
//
//   node check.mjs http://127.0.0.1:PORT/api TOKEN [--replies 1] [--timeout-ms 30000] [--guild ID] [--debug]
//   (or FAKE_DISCORD_API / FAKE_DISCORD_TOKEN in the environment)
import { Client, GatewayDispatchEvents } from '@discordjs/core';
import { REST } from '@discordjs/rest';
import { WebSocketManager, WebSocketShardEvents } from '@discordjs/ws';

function parseArgs(argv) {
  const positional = [];
  const options = { replies: 1, timeoutMs: 30_000, guild: '1200000000000000001', debug: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--replies') options.replies = Number(argv[++i]);
    else if (arg === '--timeout-ms') options.timeoutMs = Number(argv[++i]);
    else if (arg === '--guild') options.guild = argv[++i];
    else if (arg === '--debug') options.debug = true;
    else positional.push(arg);
  }
  options.api = positional[0] ?? process.env.FAKE_DISCORD_API;
  options.token = positional[1] ?? process.env.FAKE_DISCORD_TOKEN;
  return options;
}

const options = parseArgs(process.argv.slice(2));
if (!options.api || !options.token) {
  console.error('usage: node check.mjs <api base, e.g. http://127.0.0.1:PORT/api> <bot token> [--replies N] [--timeout-ms MS]');
  process.exit(2);
}

const summary = {
  ok: false,
  api: options.api,
  readies: 0,
  resumes: 0,
  closes: [],
  replies: [],
  applicationId: null,
  globalCommands: null,
  guildCommands: null,
  error: null,
};

const rest = new REST({ api: options.api, version: '10' }).setToken(options.token);
const gateway = new WebSocketManager({ token: options.token, intents: 0, rest });
const client = new Client({ rest, gateway });

let finished = false;
let commandsDone = Promise.resolve();

async function finish(code, error) {
  if (finished) return;
  finished = true;
  clearTimeout(timer);
  if (error) summary.error = String(error?.stack ?? error);
  try {
    await commandsDone;
  } catch (commandError) {
    code = 1;
    summary.error ??= `command registration failed: ${commandError?.stack ?? commandError}`;
  }
  summary.ok = code === 0;
  console.log(JSON.stringify(summary));
  try {
    await gateway.destroy({ code: 1000, reason: 'check finished' });
  } catch {
    // Already closed; nothing left to tidy.
  }
  process.exit(code);
}

const timer = setTimeout(
  () => void finish(1, `timed out after ${options.timeoutMs} ms with ${summary.replies.length}/${options.replies} replies`),
  options.timeoutMs,
);

gateway.on(WebSocketShardEvents.Closed, (code) => summary.closes.push(code));
gateway.on(WebSocketShardEvents.Resumed, () => summary.resumes++);
gateway.on(WebSocketShardEvents.Error, (error) => void finish(1, error));
if (options.debug) gateway.on(WebSocketShardEvents.Debug, (message) => console.error(`[ws] ${message}`));

client.on(GatewayDispatchEvents.Ready, ({ data, api }) => {
  summary.readies++;
  if (summary.readies > 1) return;
  summary.applicationId = data.application.id;
  const command = {
    name: 'ping',
    description: 'Checks that the bot answers',
    type: 1,
    options: [{ type: 3, name: 'topic', description: 'What to look up', required: false, autocomplete: true }],
  };
  commandsDone = (async () => {
    const global = await api.applicationCommands.bulkOverwriteGlobalCommands(data.application.id, [command]);
    summary.globalCommands = global.map(({ id, name, version, application_id }) => ({ id, name, version, application_id }));
    const guild = await api.applicationCommands.bulkOverwriteGuildCommands(data.application.id, options.guild, [command]);
    summary.guildCommands = guild.map(({ id, name, version, guild_id }) => ({ id, name, version, guild_id }));
  })();
  commandsDone.catch((error) => void finish(1, error));
});

client.on(GatewayDispatchEvents.InteractionCreate, async ({ data: interaction, api }) => {
  try {
    await api.interactions.reply(interaction.id, interaction.token, { content: 'pong', allowed_mentions: { parse: [] } });
    summary.replies.push(interaction.id);
    if (summary.replies.length >= options.replies) await finish(0);
  } catch (error) {
    await finish(1, error);
  }
});

try {
  await gateway.connect();
} catch (error) {
  await finish(1, error);
}
