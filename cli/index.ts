import { commands } from './commands';
import type { CliIo } from './command';

const io: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: async () => {
    if (process.stdin.isTTY) return '';
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

function help(): string {
  return (
    ['Gebruik: npm run cli -- <opdracht> [opties]', '', ...commands.map((c) => `  ${c.usage}\n      ${c.description}`)].join('\n') + '\n'
  );
}

async function main(): Promise<number> {
  const [name, ...args] = process.argv.slice(2);
  if (!name || name === 'help' || name === '--help') {
    io.stdout(help());
    return name ? 0 : 1;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`Onbekende opdracht: ${name}\n\n${help()}`);
    return 1;
  }
  return command.run(args, io);
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
