import { toAmsterdamLocal } from '@/lib/editions/moments';

/** "2024-06-30 17:00" in Dutch time: sortable in a spreadsheet, unambiguous on the phone. Browser-safe. */
export function formatDutchMoment(date: Date | string | number): string {
  return toAmsterdamLocal(new Date(date)).replace('T', ' ');
}
