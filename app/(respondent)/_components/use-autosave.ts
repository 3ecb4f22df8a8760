'use client';

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Answers } from '@/lib/questionnaire/visibility';
import { answerInPreview } from '@/lib/respondent/preview-save';
import type { CurrentResponse } from '@/lib/responses/queries';
import { putAnswers, type SaveOutcome } from './save-request';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed' | 'invalid';

const DEBOUNCE_MS = 800;

/*
 * A save sent while the page goes away (reload, closed tab) may reach the
 * server after the reloaded page has been rendered from the database. The
 * draft is therefore also kept in this tab's sessionStorage until a save is
 * acknowledged, and the reloaded form takes it back (takePendingDraft).
 */
const pendingKey = (token: string) => `enquete-pending-draft:${token}`;

function keepPendingDraft(token: string, version: number, answers: Answers) {
  try {
    sessionStorage.setItem(pendingKey(token), JSON.stringify({ version, answers }));
  } catch {
    // Storage full or disabled: the keepalive save alone has to do.
  }
}

function dropPendingDraft(token: string) {
  try {
    sessionStorage.removeItem(pendingKey(token));
  } catch {
    // As above.
  }
}

/**
 * The draft a previous page on this link sent as it went away, if the server
 * had not stored it yet when this page was rendered (same version as then).
 */
export function takePendingDraft(token: string | null, serverVersion: number): Answers | undefined {
  if (token === null) return undefined;
  try {
    const raw = sessionStorage.getItem(pendingKey(token));
    sessionStorage.removeItem(pendingKey(token));
    if (!raw) return undefined;
    const pending = JSON.parse(raw) as { version?: unknown; answers?: unknown };
    if (pending.version !== serverVersion || typeof pending.answers !== 'object' || pending.answers === null) return undefined;
    return pending.answers as Answers;
  } catch {
    return undefined;
  }
}

type Options = {
  /** The invitation's token; null in a preview, which sends nothing (lib/respondent/preview-save.ts answers instead). */
  token: string | null;
  initialResponse: CurrentResponse;
  /** Normalises answers so an unchanged form is recognised and not re-sent. */
  normalise: (answers: Answers) => Answers;
  /** The draft to save now, and the fields left out because they are invalid. */
  draft: () => { answers: Answers; invalidFields: string[] };
  onSaved: (response: CurrentResponse) => void;
  onStale: (response: CurrentResponse) => void;
  onClosed: () => void;
  onInvalid: (errors: { question: string; message: string }[]) => void;
};

/**
 * Saves drafts shortly after each change and on demand, one request at a
 * time, each carrying the version of the last save so a concurrent edit
 * through the same link is detected instead of overwritten.
 */
export function useAutosave(options: Options) {
  // The latest callbacks, for timers and listeners set up earlier.
  const optionsRef = useRef(options);
  useLayoutEffect(() => {
    optionsRef.current = options;
  });
  const versionRef = useRef(options.initialResponse.version);
  const lastSentRef = useRef(JSON.stringify(options.normalise(options.initialResponse.answers)));
  const timerRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const chainRef = useRef<Promise<unknown>>(Promise.resolve());
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [savedAt, setSavedAt] = useState<string | null>(options.initialResponse.updatedAt);
  // The server's last word on the response, for what depends on its state (changes pending or not).
  const [lastResponse, setLastResponse] = useState(options.initialResponse);
  const responseRef = useRef(options.initialResponse);

  const accept = useCallback((response: CurrentResponse) => {
    responseRef.current = response;
    versionRef.current = response.version;
    lastSentRef.current = JSON.stringify(optionsRef.current.normalise(response.answers));
    setSavedAt(response.updatedAt);
    setLastResponse(response);
  }, []);

  const handle = useCallback(
    (outcome: SaveOutcome, invalidFields: string[] = []) => {
      const o = optionsRef.current;
      switch (outcome.kind) {
        case 'saved':
          if (o.token !== null) dropPendingDraft(o.token);
          accept(outcome.response);
          setStatus(invalidFields.length > 0 ? 'invalid' : 'saved');
          o.onSaved(outcome.response);
          break;
        case 'stale':
          accept(outcome.response);
          setStatus('saved');
          o.onStale(outcome.response);
          break;
        case 'closed':
          setStatus('failed');
          o.onClosed();
          break;
        case 'invalid':
          setStatus('invalid');
          o.onInvalid(outcome.errors);
          break;
        case 'failed':
          setStatus('failed');
          break;
      }
    },
    [accept],
  );

  const request = useCallback((body: { answers: Answers; submit: boolean; version: number }, keepalive = false): Promise<SaveOutcome> => {
    const { token } = optionsRef.current;
    if (token === null) return Promise.resolve({ kind: 'saved', response: answerInPreview(responseRef.current, body) });
    return putAnswers(token, body, { keepalive });
  }, []);

  const saveDraft = useCallback(
    async (keepalive = false) => {
      const { answers, invalidFields } = optionsRef.current.draft();
      const payload = JSON.stringify(answers);
      if (payload === lastSentRef.current) {
        if (invalidFields.length > 0) setStatus('invalid');
        return;
      }
      setStatus('saving');
      const { token } = optionsRef.current;
      if (keepalive && token !== null) keepPendingDraft(token, versionRef.current, answers);
      const outcome = await request({ answers, submit: false, version: versionRef.current }, keepalive);
      // "Stale" because the same answers already arrived (the previous page's
      // parting save, restored here as well) is no conflict.
      if (outcome.kind === 'stale' && JSON.stringify(optionsRef.current.normalise(outcome.response.answers)) === payload) {
        handle({ kind: 'saved', response: outcome.response }, invalidFields);
        return;
      }
      handle(outcome, invalidFields);
    },
    [handle, request],
  );

  const enqueue = useCallback(<T>(task: () => Promise<T>): Promise<T> => {
    const next = chainRef.current.then(task, task);
    chainRef.current = next.catch(() => undefined);
    return next;
  }, []);

  /** Saves now (after any save in flight); resolves when done. */
  const flush = useCallback(
    (keepalive = false) => {
      clearTimeout(timerRef.current);
      timerRef.current = undefined;
      return enqueue(() => saveDraft(keepalive));
    },
    [enqueue, saveDraft],
  );

  const schedule = useCallback(() => {
    clearTimeout(timerRef.current);
    timerRef.current = setTimeout(() => void flush(), DEBOUNCE_MS);
  }, [flush]);

  /** Saves exactly these answers now, instead of what a pending draft save would send. */
  const send = useCallback(
    (answers: Answers, submit: boolean) => {
      clearTimeout(timerRef.current);
      timerRef.current = undefined;
      return enqueue(async () => {
        setStatus('saving');
        const outcome = await request({ answers, submit, version: versionRef.current });
        handle(outcome);
        return outcome;
      });
    },
    [enqueue, handle, request],
  );

  /** Sends the answers for good; the caller has validated them in submit mode. */
  const submit = useCallback((answers: Answers) => send(answers, true), [send]);

  /** Drops the changes to a submitted response: saving its submitted answers back clears them (docs/api.md). */
  const discardChanges = useCallback((submittedAnswers: Answers) => send(submittedAnswers, false), [send]);

  // A closed tab or a switch to another app: save what is pending right away.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush(true);
    };
    const onPageHide = () => void flush(true);
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      clearTimeout(timerRef.current);
    };
  }, [flush]);

  return { status, savedAt, response: lastResponse, schedule, flush, submit, discardChanges };
}
