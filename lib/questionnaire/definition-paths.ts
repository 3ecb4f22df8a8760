import nl from '@/messages/nl/definition.json';
import { fieldName } from './definition-problems';
import { fillTemplate } from '@/lib/fill-template';

const where = nl.definition.where;

function fill(template: string, code: string): string {
  return fillTemplate(template, { code });
}

function child(node: unknown, key: string | number): unknown {
  return typeof node === 'object' && node !== null ? (node as Record<string | number, unknown>)[key] : undefined;
}

function codeOr(node: unknown, index: number): string {
  const code = child(node, 'code');
  return typeof code === 'string' && code ? code : String(index + 1);
}

/**
 * "Pagina SUCCESSEN_KNELPUNTEN › vraag TEVREDEN › antwoord ANDERS: de
 * antwoordtekst" for "pages.1.questions.0.options.9.label": where a problem
 * or change is, in words an admin recognises. Codes come from `definition`
 * (any JSON, also an invalid upload); positions are used where it has none.
 */
export function describePath(definition: unknown, path: string): string {
  const segments = path === '' ? [] : path.split('.');
  const parts: string[] = [];
  let node: unknown = definition;
  let i = 0;
  const levels: [string, string][] = [
    ['pages', where.page],
    ['questions', where.question],
    ['options', where.option],
  ];
  for (const [list, template] of levels) {
    if (segments[i] !== list || segments[i + 1] === undefined || !/^\d+$/.test(segments[i + 1])) break;
    const index = Number(segments[i + 1]);
    node = child(child(node, list), index);
    const label = fill(template, codeOr(node, index));
    parts.push(parts.length === 0 ? label : label.charAt(0).toLowerCase() + label.slice(1));
    i += 2;
  }
  const rest = segments.slice(i).join('.');
  const field = rest ? fieldName(rest) : '';
  const place = parts.length > 0 ? parts.join(' › ') : where.definition;
  return field ? `${place}: ${field}` : place;
}
