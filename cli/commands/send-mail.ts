import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { libraries, mailings } from '@/db/schema';
import { CLI_ACTOR } from '@/lib/audit/record';
import { getEditionByCode } from '@/lib/editions/queries';
import { env } from '@/lib/env';
import { DEFAULT_MIN_DAYS, type MailRule } from '@/lib/mail/eligibility';
import { previewMailing, startMailing, type Preview } from '@/lib/mail/mailings';
import { countMessages } from '@/lib/mail/queries';
import { requeueInterrupted, runSender, type Progress } from '@/lib/mail/sender';
import { configuredTransport, senderAddress } from '@/lib/mail/transport';
import nl from '@/messages/nl/mail.json';
import { parseArgs, type CliCommand, type CliIo } from '../command';

const outcomeWords: Record<Progress['outcome'], string> = {
  sent: 'verstuurd',
  skipped: 'overgeslagen',
  failed: 'mislukt',
  retry: 'tijdelijk geweigerd, later opnieuw',
};

function count(value: string | true | undefined, name: string, fallback: number | null): number | null | string {
  if (value === undefined) return fallback;
  if (value === true || !/^\d{1,3}$/.test(value) || Number(value) > 365) return `--${name} moet een heel getal van 0 tot en met 365 zijn.`;
  return Number(value);
}

/** "Wie krijgt deze mail": who is left out, and why, as the page's preview says it. */
function excludedLines(excluded: Preview['excluded']): string {
  return Object.entries(excluded)
    .map(
      ([reason, n]) =>
        `niet: ${n} ${n === 1 ? 'bibliotheek' : 'bibliotheken'} (${reason === 'queued' ? 'al in de wachtrij van een lopende mailing' : nl.mail.reasons[reason as keyof typeof nl.mail.reasons]})\n`,
    )
    .join('');
}

/**
 * Starts a mailing (or finds the one a stopped run left) and sends it to the
 * end in this process, printing each message. The outbox is the page's, so
 * the CLI beside the page (or beside a second CLI) sends nothing twice.
 */
async function sendMailing(editionCode: string, rule: MailRule, io: CliIo): Promise<number> {
  const db = getDb();
  const edition = getEditionByCode({ db, code: editionCode });
  if (!edition) {
    io.stderr(`Onbekende editie: ${editionCode}\n`);
    return 2;
  }
  const running = () =>
    db
      .select({ id: mailings.id })
      .from(mailings)
      .where(and(eq(mailings.editionId, edition.id), eq(mailings.kind, rule.kind), eq(mailings.state, 'running')))
      .all()
      .map((m) => m.id);
  // Messages a killed run was handing over go back to the queue; only those can go out twice.
  const interrupted = running();
  if (interrupted.length > 0) {
    const requeued = await requeueInterrupted(db, interrupted);
    io.stderr(
      `Eerder gestarte mailing(s) ${interrupted.join(', ')} worden afgemaakt${requeued > 0 ? ` (${requeued} onderbroken bericht(en) opnieuw in de wachtrij)` : ''}.\n`,
    );
  }
  io.stderr(excludedLines((await previewMailing({ db, edition, rule })).excluded));
  const started = await startMailing({ db, edition, rule, actor: CLI_ACTOR });
  if (started.ok) io.stderr(`Mailing ${started.mailingId} gestart: ${started.recipients} bericht(en) in de wachtrij.\n`);
  else if (started.reason !== 'nobody') {
    io.stderr(`${nl.mail.page[started.reason === 'closed' ? 'closed' : 'notOpen']}\n`);
    return 2;
  } else if (interrupted.length === 0) {
    io.stderr(`${nl.mail.page.nobody}\n`);
  }
  const ids = running();
  const names = new Map(
    db
      .select({ id: libraries.id, name: libraries.name })
      .from(libraries)
      .all()
      .map((l) => [l.id, l.name]),
  );
  const transport = configuredTransport();
  try {
    if (transport.kind === 'files') io.stderr(`Geen SMTP_URL: berichten worden als .eml-bestand bewaard in ${transport.target}.\n`);
    if (ids.length > 0) {
      await runSender({
        db,
        transport,
        from: senderAddress(),
        ratePerSecond: env.MAIL_RATE_PER_SECOND,
        mailingIds: ids,
        waitForOthers: true,
        onProgress: ({ outcome, row, reason }) => {
          const why =
            outcome === 'skipped'
              ? ` (${nl.mail.reasons[reason as keyof typeof nl.mail.reasons] ?? reason})`
              : reason
                ? ` (${reason})`
                : '';
          io.stdout(`${outcomeWords[outcome]}: ${names.get(row.libraryId) ?? row.libraryId}${why}\n`);
        },
      });
    }
  } finally {
    transport.close();
  }
  const totals = await countMessages({ db, mailingIds: ids });
  io.stdout(`verstuurd: ${totals.sent}, overgeslagen: ${totals.skipped}, mislukt: ${totals.failed}\n`);
  return totals.failed > 0 ? 1 : 0;
}

function editionOption(options: Record<string, string | true>): string | undefined {
  return typeof options.edition === 'string' ? options.edition : undefined;
}

export const sendInvitationsCommand: CliCommand = {
  name: 'send-invitations',
  usage: 'send-invitations --edition <code>',
  description:
    'Mailt de uitgenodigde bibliotheken die nog geen uitnodiging per mail kregen en nog niet hebben verstuurd hun persoonlijke link, en wacht tot alles weg is. Nooit twee keer: dezelfde wachtrij als de pagina.',
  async run(args, io) {
    const edition = editionOption(parseArgs(args).options);
    if (!edition) {
      io.stderr(`Gebruik: npm run cli -- ${this.usage}\n`);
      return 2;
    }
    return sendMailing(edition, { kind: 'invitation' }, io);
  },
};

export const sendRemindersCommand: CliCommand = {
  name: 'send-reminders',
  usage: 'send-reminders --edition <code> [--min-days N] [--only started|not-started] [--max-reminders N] [--include-not-mailed]',
  description: `Stuurt een herinnering aan de bibliotheken die hun uitnodiging per mail kregen en nog niet hebben verstuurd (of alleen wie begonnen is / nog niet begonnen is), minstens N dagen (standaard ${DEFAULT_MIN_DAYS}) na hun laatste mail. Wie een uitnodiging in de wachtrij heeft staan, krijgt geen herinnering; met --include-not-mailed ook wie nooit een uitnodiging per mail kreeg (link afgedrukt of anders gegeven).`,
  async run(args, io) {
    const { options } = parseArgs(args);
    const edition = editionOption(options);
    const minDays = count(options['min-days'], 'min-days', DEFAULT_MIN_DAYS);
    const maxReminders = count(options['max-reminders'], 'max-reminders', null);
    const only = options.only;
    const includeNotMailed = options['include-not-mailed'];
    if (includeNotMailed !== undefined && includeNotMailed !== true) io.stderr('--include-not-mailed heeft geen waarde.\n');
    const audience = only === undefined ? 'all' : only === 'started' ? 'started' : only === 'not-started' ? 'not_started' : undefined;
    for (const problem of [minDays, maxReminders].filter((v) => typeof v === 'string')) io.stderr(`${problem}\n`);
    if (
      !edition ||
      typeof minDays !== 'number' ||
      typeof maxReminders === 'string' ||
      !audience ||
      (includeNotMailed !== undefined && includeNotMailed !== true)
    ) {
      io.stderr(`Gebruik: npm run cli -- ${this.usage}\n`);
      return 2;
    }
    return sendMailing(edition, { kind: 'reminder', audience, minDays, maxReminders, includeNotMailed: includeNotMailed === true }, io);
  },
};
