import fs from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { getDb } from '@/db/client';
import { CLI_ACTOR } from '@/lib/audit/record';
import { getEditionByCode } from '@/lib/editions/queries';
import { exportDownload } from '@/lib/exports/download';
import { parseExportRequest } from '@/lib/exports/request';
import { parseArgs, type CliCommand } from '../command';

/** The command line's names for the API's query parameters (docs/api.md). */
const optionNames: Record<string, string> = { format: 'format', separator: 'separator', province: 'province', 'size-class': 'sizeClass' };

export const exportCommand: CliCommand = {
  name: 'export',
  usage:
    'export --edition <editie> --format csv|xlsx|spss|r|codebook|results-csv|results-xlsx --out <bestand> [--labels] [--drafts] [--separator comma] [--province <naam> | --size-class <klasse>]',
  description:
    'Schrijft de antwoorden per bibliotheek, het codeboek of de resultaattabellen naar een bestand, zoals de exportpagina en de API; komt in het logboek.',
  async run(args, io) {
    const { options } = parseArgs(args);
    if (typeof options.edition !== 'string' || typeof options.out !== 'string') {
      io.stderr(`Gebruik: npm run cli -- ${this.usage}\n`);
      return 2;
    }
    const params = new URLSearchParams();
    for (const [option, param] of Object.entries(optionNames)) if (typeof options[option] === 'string') params.set(param, options[option]);
    if (options.labels) params.set('labels', '1');
    if (options.drafts) params.set('drafts', '1');
    const parsed = parseExportRequest(params);
    if (!parsed.ok) {
      io.stderr(`${parsed.message}\n`);
      return 2;
    }
    const db = getDb();
    const edition = getEditionByCode({ db, code: options.edition });
    if (!edition) {
      io.stderr(`Editie ${options.edition} bestaat niet.\n`);
      return 1;
    }
    const response = await exportDownload({ db, edition, request: parsed.request, actor: CLI_ACTOR });
    await pipeline(Readable.fromWeb(response.body! as WebReadableStream<Uint8Array>), fs.createWriteStream(options.out));
    io.stdout(`${parsed.request.format} (${response.headers.get('x-export-rows')} antwoorden) geschreven naar ${options.out}.\n`);
    return 0;
  },
};
