/**
 * The floor for submissions on this stack: a bare `node:http` server doing the
 * same work as PUT /api/v1/responses/{token} with nothing in between. It looks
 * up the token hash, validates with the same zod schema (buildAnswersSchema),
 * and replaces the response and its answer rows with better-sqlite3 prepared
 * statements in one immediate transaction, then returns the stored response
 * (built from what it wrote, as the app does). It leaves out what the bench
 * never does: a draft save on a submitted response, which the app keeps
 * apart as pending changes instead of replacing the rows.
 *
 * Run by `npm run bench -- submissions`; PORT and DATABASE_URL say where.
 */
import http from 'node:http';
import { openDatabase } from '@/db/client';
import { buildAnswersSchema, problemsByQuestion } from '@/lib/questionnaire/answer-schema';
import { parseDefinition, type Definition } from '@/lib/questionnaire/definition';
import { hashInvitationToken, looksLikeToken } from '@/lib/invitations/token';
import { saveRequestSchema } from '@/lib/responses/api';
import { answersToRows, rowsToAnswers, type AnswerRow } from '@/lib/responses/answer-rows';

const port = Number(process.env.PORT ?? 3224);
// Same file handling and pragmas (WAL, synchronous=NORMAL, busy_timeout) as the app.
const sqlite = openDatabase(process.env.DATABASE_URL ?? 'data/bench-bare.db').$client;

const findInvitation = sqlite.prepare<
  [string],
  { invitationId: number; editionId: number; libraryId: number; status: string; closesAt: number | null }
>(
  `select i.id as invitationId, i.edition_id as editionId, i.library_id as libraryId, e.status, e.closes_at as closesAt
   from invitations i join editions e on e.id = i.edition_id where i.token_hash = ?`,
);
const findDefinition = sqlite.prepare<[number], { definition: string }>('select definition from editions where id = ?');
const findResponse = sqlite.prepare<
  [number, number],
  { id: number; version: number; status: string; updatedAt: number; submittedAt: number | null }
>(
  `select id, version, status, updated_at as updatedAt, submitted_at as submittedAt
   from responses where edition_id = ? and library_id = ?`,
);
const insertResponse = sqlite.prepare<[number, number, string, number, number | null]>(
  `insert into responses (edition_id, library_id, status, version, updated_at, submitted_at) values (?, ?, ?, 1, ?, ?)`,
);
const updateResponse = sqlite.prepare<[string, number, number | null, number]>(
  'update responses set status = ?, version = version + 1, updated_at = ?, submitted_at = ?, pending_answers = null where id = ?',
);
const markOpened = sqlite.prepare<[number, number]>('update invitations set first_opened_at = coalesce(first_opened_at, ?) where id = ?');
const deleteAnswers = sqlite.prepare<[number]>('delete from answers where response_id = ?');
const insertAnswer = sqlite.prepare<[number, number, string, string, string | null, number | null, string | null, number]>(
  'insert into answers (response_id, edition_id, response_status, question_code, option_code, number_value, text_value, position) values (?, ?, ?, ?, ?, ?, ?, ?)',
);

type Questionnaire = {
  definition: Definition;
  draft: ReturnType<typeof buildAnswersSchema>;
  submit: ReturnType<typeof buildAnswersSchema>;
};
const questionnaires = new Map<number, Questionnaire>();

function questionnaireFor(editionId: number): Questionnaire {
  let q = questionnaires.get(editionId);
  if (!q) {
    const definition = parseDefinition(JSON.parse(findDefinition.get(editionId)!.definition));
    q = { definition, draft: buildAnswersSchema(definition, 'draft'), submit: buildAnswersSchema(definition, 'submit') };
    questionnaires.set(editionId, q);
  }
  return q;
}

type Save = {
  invitationId: number;
  editionId: number;
  libraryId: number;
  definition: Definition;
  rows: AnswerRow[];
  submit: boolean;
  version?: number;
  now: number;
};

const save = sqlite.transaction((s: Save) => {
  const existing = findResponse.get(s.editionId, s.libraryId);
  if (s.version !== undefined && s.version !== (existing?.version ?? 0)) return { stale: true as const };
  const status = s.submit ? 'submitted' : 'draft';
  const submittedAt = s.submit ? s.now : (existing?.submittedAt ?? null);
  let responseId: number;
  if (existing) {
    responseId = existing.id;
    deleteAnswers.run(existing.id);
    updateResponse.run(status, s.now, submittedAt, existing.id);
  } else {
    responseId = Number(insertResponse.run(s.editionId, s.libraryId, status, s.now, submittedAt).lastInsertRowid);
    markOpened.run(s.now, s.invitationId);
  }
  for (const row of s.rows)
    insertAnswer.run(responseId, s.editionId, status, row.questionCode, row.optionCode, row.numberValue, row.textValue, row.position);
  // Like lib/responses/save.ts: the answer is what was written, not read back.
  const answers = rowsToAnswers(s.definition, s.rows);
  return {
    stale: false as const,
    response: {
      status,
      version: (existing?.version ?? 0) + 1,
      answers,
      pendingChanges: false,
      submittedAnswers: status === 'submitted' ? answers : null,
      updatedAt: new Date(s.now).toISOString(),
      submittedAt: submittedAt === null ? null : new Date(submittedAt).toISOString(),
    },
  };
});

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' });
  res.end(text);
}

function handle(req: http.IncomingMessage, res: http.ServerResponse, text: string): void {
  const match = /^\/api\/v1\/responses\/([^/?]+)$/.exec(req.url ?? '');
  if (req.method !== 'PUT' || !match) return send(res, 404, { error: 'not found' });
  const token = match[1];
  const invitation = looksLikeToken(token) ? findInvitation.get(hashInvitationToken(token)) : undefined;
  if (!invitation) return send(res, 404, { error: 'unknown token' });

  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return send(res, 400, { error: 'malformed JSON' });
  }
  const request = saveRequestSchema.safeParse(body);
  if (!request.success) return send(res, 400, { error: 'bad request' });
  const now = Date.now();
  if (invitation.status !== 'open' || (invitation.closesAt !== null && invitation.closesAt <= now)) {
    return send(res, 409, { error: 'closed', reason: 'closed' });
  }
  const questionnaire = questionnaireFor(invitation.editionId);
  const parsed = (request.data.submit ? questionnaire.submit : questionnaire.draft).safeParse(request.data.answers);
  if (!parsed.success) return send(res, 422, { errors: problemsByQuestion(parsed.error.issues) });

  const result = save.immediate({
    ...invitation,
    definition: questionnaire.definition,
    rows: answersToRows(questionnaire.definition, parsed.data),
    submit: request.data.submit,
    version: request.data.version,
    now,
  });
  if (result.stale) return send(res, 409, { error: 'stale', reason: 'stale' });
  send(res, 200, { response: result.response });
}

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    try {
      handle(req, res, Buffer.concat(chunks).toString('utf8'));
    } catch (error) {
      console.error(error);
      send(res, 500, { error: 'internal error' });
    }
  });
});
server.keepAliveTimeout = 65_000;
server.listen(port, '127.0.0.1', () => console.log(`bare server on http://127.0.0.1:${port}`));

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    server.close(() => {
      sqlite.close();
      process.exit(0);
    });
    server.closeAllConnections();
  });
}
