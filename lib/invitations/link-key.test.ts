import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decryptToken, encryptToken } from './link-cipher';
import { getLinkKey, linkSecretFile } from './link-key';

describe('link key', () => {
  it('is generated once beside the database, readable only by its owner, and stays the same after a restart', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enquete-link-key-'));
    const file = linkSecretFile(path.join(dir, 'app.db'));
    expect(file).toBe(path.join(dir, 'link-secret'));
    const key = getLinkKey({ secret: null, file });
    expect(key).toHaveLength(32);
    expect(fs.statSync(file).mode & 0o077).toBe(0);
    const kept = encryptToken('token', { editionId: 1, libraryId: 2 }, key);
    // A fresh process reads the same file (no cache between "processes" here: a copy of the file is another path).
    const copy = path.join(dir, 'copy-of-link-secret');
    fs.copyFileSync(file, copy);
    expect(decryptToken(kept, { editionId: 1, libraryId: 2 }, getLinkKey({ secret: null, file: copy }))).toBe('token');
  });

  it('prefers LINK_SECRET, and another secret opens nothing', () => {
    const fromEnv = getLinkKey({ secret: 'x'.repeat(40), file: '/nonexistent/dir/link-secret' });
    const kept = encryptToken('token', { editionId: 1, libraryId: 2 }, fromEnv);
    expect(decryptToken(kept, { editionId: 1, libraryId: 2 }, getLinkKey({ secret: 'y'.repeat(40) }))).toBeUndefined();
    expect(decryptToken(kept, { editionId: 1, libraryId: 2 }, fromEnv)).toBe('token');
  });
});
