import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { libraries } from '@/db/schema';

/**
 * The library attributes results may be grouped (filtered) by: an explicit
 * allow-list, never "every column of libraries", because a column that tells
 * libraries apart (name, e-mail, id) would turn a filter into one library's
 * answers. Raw answers per library are the admins' export, not a filter.
 *
 * To add an attribute (a size class, say), give `libraries` the column and
 * list it here: it becomes a filter of the page and the API, and the minimum
 * group size below applies to its groups. Combining two attributes in one
 * request is another matter: then a province's figures minus those of its
 * larger libraries could isolate a small group, which the per-attribute
 * protection in `suppression.ts` does not cover. Think that through first.
 */
export const groupingAttributes = {
  province: libraries.province,
} as const satisfies Record<string, SQLiteColumn>;

export type GroupingAttribute = keyof typeof groupingAttributes;

export const groupingAttributeNames = Object.keys(groupingAttributes) as GroupingAttribute[];

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
