import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { loadInvitation } from '@/lib/respondent/load';
import { QuestionnaireApp } from '../../_components/questionnaire-app';
import { NotOpenYet } from './not-open-yet';

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
  if (loaded.context.edition.status === 'draft') return <NotOpenYet />;
  const page = Number((await searchParams).pagina);
  const { context, response, open } = loaded;
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
    />
  );
}
