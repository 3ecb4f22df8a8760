import messages from '@/messages/nl/monitoring.json';
import { renderResponseCurveSvg, type CurveMarker } from './chart';
import type { Figures } from './figures';
import { sizeClassName, type MonitoringPage } from './overview';
import type { MonitoringStatus } from './status';

/**
 * What the page shows, as JSON: the first render and every poll of the live
 * endpoint carry the same document, so the browser replaces figures and rows
 * without a reload. Dates as ISO text.
 */
export type LiveGroup = Figures & { key: string; label: string };
export type LiveLibrary = {
  invitationId: number;
  name: string;
  province: string;
  email: string;
  status: MonitoringStatus;
  pendingChanges: boolean;
  lastActivityAt: string | null;
  invitedAt: string;
  remindersSent: number;
  lastRemindedAt: string | null;
  linkShowable: boolean;
  timeline: { event: 'linkCreated' | 'invitationSent' | 'opened' | 'firstSaved' | 'lastSaved' | 'submitted' | 'reminded'; at: string }[];
};
export type LiveData = {
  updatedAt: string;
  phase: MonitoringPage['phase'];
  daysLeft: number | null;
  totals: Figures;
  byProvince: LiveGroup[];
  bySizeClass: LiveGroup[];
  matching: number;
  libraries: LiveLibrary[];
  chartSvg: string;
  previousEdition: string | null;
};

export function toLiveData(page: MonitoringPage, { now = new Date(), markers = [] }: { now?: Date; markers?: CurveMarker[] } = {}): LiveData {
  const iso = (date: Date | null) => date?.toISOString() ?? null;
  return {
    updatedAt: now.toISOString(),
    phase: page.phase,
    daysLeft: page.daysLeft,
    totals: page.totals,
    byProvince: page.byProvince.map((g) => ({ ...g, label: g.key })),
    bySizeClass: page.bySizeClass.map((g) => ({ ...g, key: g.key ?? '', label: sizeClassName(g.key, messages.monitoring.groups.unknownSizeClass) })),
    matching: page.matching,
    libraries: page.libraries.map((l) => {
      const timeline: LiveLibrary['timeline'] = [{ event: 'linkCreated', at: l.linkCreatedAt.toISOString() }];
      const add = (event: LiveLibrary['timeline'][number]['event'], at: Date | null) => at && timeline.push({ event, at: at.toISOString() });
      add('invitationSent', l.invitationSentAt);
      add('opened', l.firstOpenedAt);
      add('firstSaved', l.firstSavedAt);
      if (l.status === 'started' && l.lastActivityAt && l.firstSavedAt && l.lastActivityAt > l.firstSavedAt) add('lastSaved', l.lastActivityAt);
      add('submitted', l.submittedAt);
      add('reminded', l.lastRemindedAt);
      timeline.sort((a, b) => a.at.localeCompare(b.at));
      return {
        invitationId: l.invitationId,
        name: l.name,
        province: l.province,
        email: l.email,
        status: l.status,
        pendingChanges: l.pendingChanges,
        lastActivityAt: iso(l.lastActivityAt),
        invitedAt: l.invitedAt.toISOString(),
        remindersSent: l.remindersSent,
        lastRemindedAt: iso(l.lastRemindedAt),
        linkShowable: l.linkShowable,
        timeline,
      };
    }),
    chartSvg: renderResponseCurveSvg({ id: 'response-curve', current: page.curves.current, previous: page.curves.previous, markers }),
    previousEdition: page.curves.previous?.code ?? null,
  };
}
