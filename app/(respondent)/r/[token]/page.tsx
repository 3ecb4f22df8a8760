import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CHECK_STEP } from '@/lib/respondent/form-post-state';
import { loadInvitation } from '@/lib/respondent/load';
import { postedFormFromQuery } from '@/lib/respondent/posted-query';
import { NotOpenNotice } from '../../_components/not-open-notice';
import { QuestionnaireApp } from '../../_components/questionnaire-app';
import { StartPage } from '../../_components/start-page';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await loadInvitation((await params).token);
  // The token is in the URL: keep it out of Referer headers and search engines.
  return { title: loaded?.context.edition.title, referrer: 'no-referrer', robots: { index: false, follow: false } };
}

export default async function InvitationPage({ params, searchParams }: Props) {
  const { token } = await params;
  const loaded = await loadInvitation(token);
  if (!loaded) notFound();
  const query = await searchParams;
  const pagina = query.pagina;
  const page = Number(pagina);
  const { context, response, open, phase } = loaded;
  if (phase === 'draft' || phase === 'scheduled') return <NotOpenNotice opensAt={phase === 'scheduled' ? context.edition.opensAt : null} />;
  // A link not used yet starts with what the questionnaire is about; once started it goes straight on.
  if (open && response.status === 'not_started' && pagina === undefined) {
    return <StartPage definition={context.edition.definition} closesAt={context.edition.closesAt} startHref={`/r/${token}?pagina=1`} />;
  }
  return (
    <QuestionnaireApp
      token={token}
      definition={context.edition.definition}
      libraryName={context.library.name}
      editionTitle={context.edition.title}
      closesAt={context.edition.closesAt?.toISOString() ?? null}
      editionOpen={open}
      initialResponse={response}
      initialPage={Number.isInteger(page) && page > 0 ? page : 1}
      initialCheck={pagina === CHECK_STEP}
      posted={postedFormFromQuery({ definition: context.edition.definition, answers: response.answers, query })}
      pageRequested={pagina !== undefined}
    />
  );
}
