'use client';

import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { sameValue } from '@/lib/editions/structure';
import type { Definition } from '@/lib/questionnaire/definition';
import { saveDefinitionAction } from '../actions';
import { checkDraft, type EditorProblem } from '../model/check';
import { problemsByField } from '@/lib/questionnaire/types/editing/model/field-ids';
import { MAX_DEFINITION_CHARS } from '../model/limits';
import type { SavedChange } from '../save-state';
import { EditorContext, LOCKED_NOTE_ID, type AfterChange, type EditorContextValue } from '@/lib/questionnaire/types/editing/editor-context';
import { EditorSummary, SUMMARY_ID } from './editor-summary';
import { PagesEditor } from './pages-editor';
import { SaveOutcome } from './save-outcome';
import { sendDefinition } from './send-definition';
import { StaleNotice, STALE_ID } from './stale-notice';
import { StartPageEditor } from './start-page-editor';
import { TextSetting } from '@/lib/questionnaire/types/editing/text-setting';
import { useLeaveWarning } from './use-leave-warning';

type Props = { code: string; initial: Definition; version: string; locked: boolean };

const OUTCOME_ID = 'vl-opgeslagen';

/**
 * The whole definition in the browser's state, edited per page, question and
 * option. Saving checks it with the loader's schema first (model/check.ts)
 * and sends it only when that passes; the server checks it again, with the
 * lock of an open edition. Problems from either are shown at their fields and
 * listed above the form; after a failed save each change is checked again, so
 * a fixed field loses its message at once.
 */
export function DefinitionEditor({ code, initial, version: loadedVersion, locked }: Props) {
  const t = useTranslations('editor');
  const [definition, setDefinition] = useState(initial);
  const [saved, setSaved] = useState(initial);
  // The stored version these edits start from: a save over someone else's is refused.
  const [version, setVersion] = useState(loadedVersion);
  const [stale, setStale] = useState<string | null>(null);
  const [reloading, setReloading] = useState(false);
  const [checking, setChecking] = useState(false);
  const [serverProblems, setServerProblems] = useState<EditorProblem[]>([]);
  const [summary, setSummary] = useState<{ message?: string; problems: EditorProblem[] } | null>(null);
  const [outcome, setOutcome] = useState<SavedChange[] | null>(null);
  // Set with the change that re-renders; focused after that render.
  const focusRef = useRef<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [pending, startTransition] = useTransition();

  const live = useMemo(() => (checking ? checkDraft(definition) : null), [checking, definition]);
  const problems = useMemo(() => problemsByField([...(live && !live.ok ? live.problems : []), ...serverProblems]), [live, serverProblems]);
  const unsaved = definition !== saved && !sameValue(definition, saved);
  // Asked and answered in the stale notice already.
  useLeaveWarning(unsaved && !reloading);

  useEffect(() => {
    if (reloading) window.location.reload();
  }, [reloading]);

  useEffect(() => {
    if (focusRef.current === null) return;
    document.getElementById(focusRef.current)?.focus();
    focusRef.current = null;
  });

  const change = useCallback((update: (d: Definition) => Definition, after?: AfterChange) => {
    setDefinition(update);
    setOutcome(null);
    if (after?.focusId) focusRef.current = after.focusId;
    if (after?.announce) setAnnouncement(after.announce);
  }, []);
  const context = useMemo<EditorContextValue>(() => ({ definition, locked, problems, change }), [definition, locked, problems, change]);

  const refuse = (message: string | undefined, list: EditorProblem[]) => {
    setSummary({ message, problems: list });
    focusRef.current = SUMMARY_ID;
  };

  const save = () => {
    setChecking(true);
    setServerProblems([]);
    setOutcome(null);
    setStale(null);
    const checked = checkDraft(definition);
    if (!checked.ok) return refuse(undefined, checked.problems);
    const json = JSON.stringify(checked.definition);
    if (json.length > MAX_DEFINITION_CHARS) return refuse(t('tooLarge', { max: MAX_DEFINITION_CHARS / 1024 }), []);
    const sent = definition;
    startTransition(async () => {
      const result = await sendDefinition(saveDefinitionAction, code, version, json);
      if (result.ok) {
        setSaved(sent);
        setVersion(result.version);
        setChecking(false);
        setSummary(null);
        setOutcome(result.changes);
        focusRef.current = OUTCOME_ID;
        return;
      }
      if (result.stale) {
        setSummary(null);
        setStale(result.message ?? t('failed'));
        focusRef.current = STALE_ID;
        return;
      }
      const list = result.problems ?? [];
      setServerProblems(list);
      refuse(result.message ?? (list.length === 0 ? t('failed') : undefined), list);
    });
  };

  return (
    <EditorContext.Provider value={context}>
      <form
        className="staff-form editor-form"
        noValidate
        aria-labelledby="vl-vragenlijst"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        {stale && <StaleNotice code={code} message={stale} definition={definition} onReload={() => setReloading(true)} />}
        {summary && <EditorSummary message={summary.message} problems={summary.problems} />}
        {outcome && <SaveOutcome id={OUTCOME_ID} changes={outcome} locked={locked} />}
        {locked && (
          <div className="alert warning">
            <p>{t('lockedNote', { code })}</p>
            <p className="visually-hidden" id={LOCKED_NOTE_ID}>
              {t('lockedField')}
            </p>
          </div>
        )}
        <div className="card">
          <TextSetting path={['title']} label={t('questionnaireTitle')} />
        </div>
        <StartPageEditor />
        <PagesEditor />
        <p className="visually-hidden" role="status">
          {announcement}
        </p>
        <div className="editor-save-bar">
          <button type="submit" disabled={pending}>
            {pending ? t('saving') : t('save')}
          </button>
          {unsaved && <p className="editor-unsaved">{t('unsaved')}</p>}
        </div>
      </form>
    </EditorContext.Provider>
  );
}
