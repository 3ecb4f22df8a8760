import type { FreeText } from '@/lib/results/free-texts';
import './free-texts.css';

/** Texts with the library that wrote each: the library as the term, its text as the description. */
export function FreeTextItems({ texts }: { texts: FreeText[] }) {
  return (
    <dl className="free-text-list">
      {texts.map((item, i) => (
        <div key={i}>
          <dt>{item.library}</dt>
          <dd>{item.text}</dd>
        </div>
      ))}
    </dl>
  );
}
