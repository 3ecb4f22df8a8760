import { loadInvitation } from '@/lib/respondent/load';
import { RespondentHeader } from '../../_components/respondent-header';

type Props = { children: React.ReactNode; params: Promise<{ token: string }> };

export default async function InvitationLayout({ children, params }: Props) {
  const { token } = await params;
  const loaded = await loadInvitation(token);
  return (
    <>
      <RespondentHeader identity={loaded && { libraryName: loaded.context.library.name, editionTitle: loaded.context.edition.title }} />
      <main id="main" className="container narrow">
        {children}
      </main>
    </>
  );
}
