import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';

export type RunningServer = { name: string; url: string; child: ChildProcess; log: string[] };

/**
 * Builds the production app into its own dist folder, with webpack as
 * `npm run build` does (docs/benchmarks.md, "Page weight"). `next build` rewrites
 * tsconfig.json to include that folder's types; the file is put back as it was.
 */
export function buildApp(distDir: string): void {
  const tsconfig = fs.readFileSync('tsconfig.json', 'utf8');
  try {
    const build = spawnSync(process.execPath, [require.resolve('next/dist/bin/next'), 'build', '--webpack'], {
      env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`next build failed:\n${build.stdout}${build.stderr}`);
  } finally {
    fs.writeFileSync('tsconfig.json', tsconfig);
  }
}

/** Starts a server in its own process group, so stopping it takes its children too. */
export function startServer(name: string, port: number, args: string[], env: Record<string, string>): RunningServer {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env, PORT: String(port), NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const log: string[] = [];
  const keep = (chunk: Buffer) => log.push(...chunk.toString('utf8').split('\n').filter(Boolean).slice(-50));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  return { name, url: `http://127.0.0.1:${port}`, child, log };
}

/** Waits until the server answers an HTTP request (any status). */
export async function waitForServer(server: RunningServer, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`${server.name} exited:\n${server.log.join('\n')}`);
    try {
      await fetch(`${server.url}/api/v1/responses/not-a-token`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`${server.name} did not start within ${timeoutMs} ms:\n${server.log.join('\n')}`);
}

/**
 * CPU seconds (user + system) used so far by the server's process group, from
 * /proc (Linux; undefined elsewhere). Per request, this is steadier than
 * throughput on a machine shared with other work: time the server waits for a
 * core is not counted.
 */
export function cpuSeconds(server: RunningServer): number | undefined {
  if (process.platform !== 'linux' || server.child.pid === undefined) return undefined;
  const group = server.child.pid;
  let ticks = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // Fields after "(comm)": state ppid pgrp ... utime (14th) stime (15th) of the whole line.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) !== group) continue;
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / clockTicks();
}

let ticksPerSecond: number | undefined;
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    const out = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
    ticksPerSecond = Number(out.stdout.trim()) || 100;
  }
  return ticksPerSecond;
}

export async function stopServer(server: RunningServer): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => server.child.once('exit', () => resolve()));
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-server.child.pid!, sig);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
