import { librarySizeClasses } from '@/db/schema';
import { sizeClassLabel } from '@/lib/libraries/messages';

/** The size classes as the form's select offers them. */
export function sizeClassOptions(): { value: string; label: string }[] {
  return librarySizeClasses.map((value) => ({ value, label: sizeClassLabel(value) }));
}
