import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { libraries } from '@/db/schema';

/**
 * The library attributes results may be grouped (filtered) by: an explicit
 * allow-list, never "every column of libraries", because a column that tells
 * libraries apart (name, e-mail, id) would turn a filter into one library's
 * answers. Raw answers per library are the admins' export, not a filter.
 *
 * To add an attribute, give `libraries` the column and list it here: it
 * becomes a filter of the page and the API, and the minimum group size below
 * applies to its groups, each attribute's groups decided among themselves
 * (`suppression.ts`). A library without a value (a size class not known) is in
 * no selectable group but in the whole edition's figures, so it counts as a
 * group of its own there: the whole minus the classes on show is its figures.
 *
 * One attribute per request (filters.ts refuses two): "Utrecht and large"
 * would make every cell of the cross table a group of its own, and most cells
 * are small. Separate requests for a province and a size class can still nest
 * (a province whose libraries are all small but two); the cross table decides
 * those once for every request (suppression.ts, differences.ts), which holds
 * for two attributes: a third needs another check.
 */
export const groupingAttributes = {
  province: libraries.province,
  sizeClass: libraries.sizeClass,
} as const satisfies Record<string, SQLiteColumn>;

export type GroupingAttribute = keyof typeof groupingAttributes;

export const groupingAttributeNames = Object.keys(groupingAttributes) as GroupingAttribute[];

/** What one request's filter selects: one value of one grouping attribute, or the whole edition (null). */
export type Group = { attribute: GroupingAttribute; value: string } | null;

export function isGroupingAttribute(name: string): name is GroupingAttribute {
  return Object.hasOwn(groupingAttributes, name);
}

/**
 * A group with fewer submitted responses than this shows no figures. With the
 * group's members known (who is in which province is no secret), a group of
 * one shows that library's answers outright, and a group of two to four lets
 * anyone who knows some of the libraries' answers work out the rest. Five is
 * a common floor for publishing figures about small groups, and the whole
 * publication (base 122) is far above it.
 */
export const MINIMUM_GROUP_SIZE = 5;
