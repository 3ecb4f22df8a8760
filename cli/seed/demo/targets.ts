/**
 * What the demo data is made of, as counts of libraries: the generator turns
 * these into individual questionnaires that obey the questionnaire's rules.
 * Percentages are never written here; they come out of the results
 * computation, which is how the demo reproduces the publication.
 */
export type EditionTargets = {
  edition: string;
  /** Submitted responses that answer "Ja" on the filter question. */
  cooperating: number;
  /** Submitted responses that answer "Nee". */
  notCooperating: number;
  /** Started but not submitted. */
  drafts: number;
  /** Option counts per choice question, among the cooperating libraries. */
  choices: Record<string, Record<string, number>>;
  /** Sums to spread over the libraries that answer a number question. */
  numbers: Record<string, { answered: number; total: number; step?: number }>;
};

// Enough libraries that every e2e spec gets its own not-started slots (notStartedLink).
export const demoLibraryCount = 200;

export const demoTargets: EditionTargets[] = [
  {
    edition: '2021-2022',
    cooperating: 118,
    notCooperating: 14,
    drafts: 0,
    choices: {
      TEVREDEN: {
        SAMENWERKING_SCHOLEN: 80,
        EXPERTISE_BIBLIOTHEEK: 50,
        AANBOD_CURRICULUM: 30,
        LEESBEVORDERING: 30,
        MEDIAWIJSHEID: 28,
        BELEIDSPRIORITEIT_BIBLIOTHEEK: 21,
        COLLECTIE_OP_SCHOOL: 20,
        PERSONELE_BEZETTING: 10,
        FINANCIERING: 8,
        ANDERS: 4,
      },
      KNELPUNTEN: {
        GEEN_KNELPUNTEN: 4,
        PERSONELE_BEZETTING: 53,
        BORGING: 50,
        BELEIDSPRIORITEIT_ONDERWIJS: 38,
        CONTACTPERSOON_SCHOOL: 32,
        FINANCIERING: 30,
        LESROOSTER: 30,
        BELEIDSPRIORITEIT_BIBLIOTHEEK: 25,
        EXPERTISE_BIBLIOTHEEK: 10,
        ANDERS: 5,
      },
    },
    numbers: {},
  },
  {
    edition: '2022-2023',
    cooperating: 122,
    notCooperating: 12,
    drafts: 8,
    choices: {
      TEVREDEN: {
        SAMENWERKING_SCHOLEN: 85,
        EXPERTISE_BIBLIOTHEEK: 55,
        BELEIDSPRIORITEIT_BIBLIOTHEEK: 33,
        AANBOD_CURRICULUM: 30,
        LEESBEVORDERING: 28,
        MEDIAWIJSHEID: 25,
        COLLECTIE_OP_SCHOOL: 18,
        PERSONELE_BEZETTING: 12,
        FINANCIERING: 6,
        ANDERS: 5,
      },
      KNELPUNTEN: {
        GEEN_KNELPUNTEN: 2,
        PERSONELE_BEZETTING: 70,
        BORGING: 52,
        BELEIDSPRIORITEIT_ONDERWIJS: 36,
        FINANCIERING: 36,
        CONTACTPERSOON_SCHOOL: 30,
        LESROOSTER: 28,
        BELEIDSPRIORITEIT_BIBLIOTHEEK: 20,
        EXPERTISE_BIBLIOTHEEK: 12,
        ANDERS: 6,
      },
      // Among those who picked FINANCIERING as a bottleneck.
      FINANCIERING_MINDER_SCHOLEN: { JA: 18, NEE: 18 },
      PERSONEELSUREN_ONTWIKKELING: { TOEGENOMEN: 58, GELIJK_GEBLEVEN: 45, AFGENOMEN: 9 },
    },
    numbers: {
      SCHOOLLOCATIES_WERKGEBIED: { answered: 110, total: 1838 },
      SCHOOLLOCATIES_SAMENWERKING: { answered: 110, total: 919 },
      UREN_PER_WEEK: { answered: 101, total: 1480, step: 0.5 },
    },
  },
];
