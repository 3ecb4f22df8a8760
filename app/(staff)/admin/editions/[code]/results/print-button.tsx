'use client';

/** Prints the results as shown, through the print stylesheet in results.css (no menu, filter or buttons). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="secondary" onClick={() => window.print()}>
      {label}
    </button>
  );
}
