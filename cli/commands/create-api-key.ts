import { CLI_ACTOR } from '@/lib/audit/record';
import { getDb } from '@/db/client';
import { createApiKey } from '@/lib/auth/api-keys';
import { createApiKeySchema } from '@/lib/auth/forms';
import { parseArgs, type CliCommand } from '../command';

export const createApiKeyCommand: CliCommand = {
  name: 'create-api-key',
  usage: 'create-api-key --name <naam>',
  description:
    'Maakt een API-sleutel voor /api/v1 (Authorization: Bearer <sleutel>) en drukt hem af op de laatste regel. Hij wordt alleen gehasht opgeslagen en is later niet meer op te vragen.',
  async run(args, io) {
    const { options } = parseArgs(args);
    const parsed = createApiKeySchema.safeParse({ name: typeof options.name === 'string' ? options.name : '' });
    if (!parsed.success) {
      io.stderr(`${parsed.error.issues[0].message}\nGebruik: npm run cli -- ${this.usage}\n`);
      return 2;
    }
    const { id, key } = await createApiKey({ db: getDb(), name: parsed.data.name, actor: CLI_ACTOR });
    io.stderr(`API-sleutel ${id} "${parsed.data.name}" aangemaakt. Bewaar hem nu: hij wordt niet nogmaals getoond.\n`);
    io.stdout(`${key}\n`);
    return 0;
  },
};
