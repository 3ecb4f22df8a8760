'use client';

import { useTranslations } from 'next-intl';
import { fieldIdOf } from './model/field-ids';
import { moveItem, removeItem } from './model/items';
import type { Path } from './model/paths';
import { useEditor } from './editor-context';

type ItemKind = 'page' | 'question' | 'option';

/** Element ids of an item's buttons, so focus can follow the item it moved. */
export const actionIds = {
  up: (itemPath: Path) => `${fieldIdOf(itemPath)}-omhoog`,
  down: (itemPath: Path) => `${fieldIdOf(itemPath)}-omlaag`,
  add: (listPath: Path) => `${fieldIdOf(listPath)}-toevoegen`,
};

type Props = {
  kind: ItemKind;
  listPath: Path;
  index: number;
  count: number;
  /** How announcements name the item ("Vraag TEVREDEN"). */
  name: string;
};

/**
 * Move up, move down and remove for a page, question or option. A button at
 * the end of its list stays focusable (aria-disabled), so focus is never
 * lost when an item arrives there; not shown once the structure is locked.
 */
export function ItemActions({ kind, listPath, index, count, name }: Props) {
  const t = useTranslations('editor');
  const { locked, change } = useEditor();
  if (locked) return null;
  const itemPath = [...listPath, index];
  const move = (delta: number) => {
    const target = index + delta;
    if (target < 0 || target >= count) return;
    const targetPath = [...listPath, target];
    change((d) => moveItem(d, listPath, index, delta), {
      focusId: delta < 0 ? actionIds.up(targetPath) : actionIds.down(targetPath),
      announce: t('announce.moved', { item: name, position: target + 1 }),
    });
  };
  const remove = () =>
    change((d) => removeItem(d, listPath, index), { focusId: actionIds.add(listPath), announce: t('announce.removed', { item: name }) });
  return (
    <div className="editor-item-actions">
      <button
        type="button"
        className="secondary small"
        id={actionIds.up(itemPath)}
        aria-disabled={index === 0 || undefined}
        onClick={() => move(-1)}
      >
        {t(`actions.${kind}Up`)}
      </button>
      <button
        type="button"
        className="secondary small"
        id={actionIds.down(itemPath)}
        aria-disabled={index === count - 1 || undefined}
        onClick={() => move(1)}
      >
        {t(`actions.${kind}Down`)}
      </button>
      <button type="button" className="secondary small" onClick={remove}>
        {t(`actions.${kind}Remove`)}
      </button>
    </div>
  );
}
