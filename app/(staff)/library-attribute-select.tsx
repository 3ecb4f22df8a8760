import type { ComponentProps } from 'react';

/** A province (its name is its label) or a size class (`{ value: 'klein', label: 'klein' }` from sizeClassOptions). */
export type AttributeOption = string | { value: string; label: string };

/**
 * The one select of a library's province or size class, for the staff pages'
 * filters (results, export, monitoring, the register's search) and the
 * library form alike: an empty first option that means "all" or "none",
 * then the values in the order given. Everything else a select takes (id,
 * name, defaultValue, required, aria-*) passes through, so each form keeps
 * its own label, hint and error beside it. No hooks: it renders in server
 * and client components alike.
 */
export function LibraryAttributeSelect({
  options,
  emptyLabel,
  ...select
}: { options: readonly AttributeOption[]; emptyLabel: string } & ComponentProps<'select'>) {
  return (
    <select {...select}>
      <option value="">{emptyLabel}</option>
      {options.map((option) => {
        const { value, label } = typeof option === 'string' ? { value: option, label: option } : option;
        return (
          <option key={value} value={value}>
            {label}
          </option>
        );
      })}
    </select>
  );
}
