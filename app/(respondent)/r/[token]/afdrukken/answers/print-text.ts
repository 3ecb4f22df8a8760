import type { getTranslations } from 'next-intl/server';

/** The printed questionnaire's text. */
export type PrintT = Awaited<ReturnType<typeof getTranslations<'respondent.printPage'>>>;
