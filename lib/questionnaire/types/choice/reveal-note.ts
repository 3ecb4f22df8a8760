'use client';

import { useState, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import type { ChoiceQuestion } from '@/lib/questionnaire/definition';

/**
 * The sentence announcing that a tick revealed questions under an option or
 * took them away ("Er is een vraag bijgekomen onder 'Financiering'."), and
 * a way to clear it at the next tick. Nothing is said on the first render.
 */
export function useRevealNote(question: ChoiceQuestion, shown: ReadonlyMap<string, ReactNode[]> | undefined): [string, () => void] {
  const t = useTranslations('respondent.choiceChange');
  const now = new Map([...(shown ?? [])].map(([code, nodes]) => [code, nodes.length] as const).filter(([, count]) => count > 0));
  const key = [...now].map(([code, count]) => `${code}=${count}`).join(',');
  const [state, setState] = useState({ key, counts: now, note: '' });
  if (state.key !== key) {
    // Adjusting state while rendering (react.dev "storing information from previous renders"): no effect, no extra paint.
    const label = (code: string) => question.options.find((o) => o.code === code)?.label ?? code;
    const more = [...now].filter(([code, count]) => count > (state.counts.get(code) ?? 0));
    const fewer = [...state.counts].filter(([code, count]) => count > (now.get(code) ?? 0));
    const note = [
      ...more.map(([code, count]) => t('revealed', { count: count - (state.counts.get(code) ?? 0), label: label(code) })),
      ...fewer.map(([code, count]) => t('hidden', { count: count - (now.get(code) ?? 0), label: label(code) })),
    ].join(' ');
    setState({ key, counts: now, note });
  }
  const clear = () => setState((s) => ({ ...s, note: '' }));
  return [state.note, clear];
}
