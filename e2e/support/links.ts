import fs from 'node:fs';
import { parse } from 'csv-parse/sync';

export type DemoLink = { edition: string; library: string; province: string; status: string; token: string; url: string };

const linksFile = process.env.E2E_LINKS_FILE ?? 'data/e2e-links.csv';

/** Invitation links the e2e server's seed wrote; tokens exist nowhere else. */
export function readDemoLinks(): DemoLink[] {
  return parse(fs.readFileSync(linksFile, 'utf8'), { columns: true }) as DemoLink[];
}

/**
 * A distinct not-started library of the open edition per caller, so tests
 * never share a response. `slot` picks which one.
 */
export function notStartedLink(slot: number, edition = '2022-2023'): DemoLink {
  const candidates = readDemoLinks().filter((l) => l.edition === edition && l.status === 'not_started');
  if (slot >= candidates.length) throw new Error(`only ${candidates.length} not-started demo libraries`);
  return candidates[slot];
}
