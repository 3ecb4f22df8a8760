import './respondent.css';

/** Respondents' pages: their own styles; the header with library and edition comes from the invitation layout. */
export default function RespondentLayout({ children }: { children: React.ReactNode }) {
  return <div className="respondent">{children}</div>;
}
