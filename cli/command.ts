/** A command of `npm run cli -- <name> ...`. Output goes through `io` so tests can capture it. */
export type CliIo = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard input, read whole (passwords are piped in, never passed as arguments). */
  readStdin: () => Promise<string>;
};

export type CliCommand = {
  name: string;
  usage: string;
  description: string;
  /** Resolves to the process exit code. */
  run: (args: string[], io: CliIo) => Promise<number>;
};

/** `--name value` and `--flag` style options; everything else is positional. */
export function parseArgs(args: string[]): { positional: string[]; options: Record<string, string | true> } {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.startsWith('--')) {
      const next = args[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        options[arg.slice(2)] = next;
        i++;
      } else {
        options[arg.slice(2)] = true;
      }
    } else {
      positional.push(arg);
    }
  }
  return { positional, options };
}

/** Every value of a repeatable option: `--library A --library B` -> ['A', 'B']. */
export function optionValues(args: string[], name: string): string[] {
  const values: string[] = [];
  args.forEach((arg, i) => {
    const next = args[i + 1];
    if (arg === `--${name}` && next !== undefined && !next.startsWith('--')) values.push(next);
  });
  return values;
}
