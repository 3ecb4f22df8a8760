import messages from '@/messages/nl/monitoring.json';
import { renderResponseCurveSvg, type CurveMarker } from './chart';
import type { Figures } from './figures';
import { mailKindLabel, type MailEvent } from './mail-events';
import { sizeClassName, type MonitoringPage } from './overview';
import type { MonitoringStatus } from './status';

/**
 * What the page shows, as JSON: the first render and every poll of the live
 * endpoint carry the same document, so the browser replaces figures and rows
 * without a reload. Dates as ISO text.
 */
export type LiveGroup = Figures & { key: string; label: string };
type LiveLibrary = {
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
  timeline: TimelineEntry[];
};
type TimelineEntry =
  | { event: 'linkCreated' | 'invitationSent' | 'opened' | 'firstSaved' | 'lastSaved' | 'submitted' | 'reminded'; at: string }
  /** A message of the outbox with its delivery result; `detail` is the server's reply or why it was skipped, in words. */
  | { event: 'mail'; at: string; kind: string; result: MailEvent['result']; detail: string | null };
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
  /** The same curve drawn for a phone's width; the page shows the one that fits. */
  chartSvgNarrow: string;
  previousEdition: string | null;
};

export function toLiveData(
  page: MonitoringPage,
  {
    now = new Date(),
    markers = [],
    mailEvents = new Map(),
  }: { now?: Date; markers?: CurveMarker[]; mailEvents?: Map<number, MailEvent[]> } = {},
): LiveData {
  const iso = (date: Date | null) => date?.toISOString() ?? null;
  return {
    updatedAt: now.toISOString(),
    phase: page.phase,
    daysLeft: page.daysLeft,
    totals: page.totals,
    byProvince: page.byProvince.map((g) => ({ ...g, label: g.key })),
    bySizeClass: page.bySizeClass.map((g) => ({
      ...g,
      key: g.key ?? '',
      label: sizeClassName(g.key, messages.monitoring.groups.unknownSizeClass),
    })),
    matching: page.matching,
    libraries: page.libraries.map((l) => {
      const timeline: TimelineEntry[] = [{ event: 'linkCreated', at: l.linkCreatedAt.toISOString() }];
      const add = (event: Exclude<TimelineEntry['event'], 'mail'>, at: Date | null) => at && timeline.push({ event, at: at.toISOString() });
      const mails = mailEvents.get(l.libraryId) ?? [];
      // A mail the outbox sent is shown as itself; the invitation's own dates cover mail sent before the outbox kept it.
      const mailed = (kind: MailEvent['kind']) => mails.some((m) => m.kind === kind && m.result === 'sent');
      if (!mailed('invitation')) add('invitationSent', l.invitationSentAt);
      add('opened', l.firstOpenedAt);
      add('firstSaved', l.firstSavedAt);
      if (l.status === 'started' && l.lastActivityAt && l.firstSavedAt && l.lastActivityAt > l.firstSavedAt)
        add('lastSaved', l.lastActivityAt);
      add('submitted', l.submittedAt);
      if (!mailed('reminder')) add('reminded', l.lastRemindedAt);
      for (const m of mails)
        timeline.push({ event: 'mail', at: m.at.toISOString(), kind: mailKindLabel(m.kind), result: m.result, detail: m.detail });
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
    chartSvgNarrow: renderResponseCurveSvg({
      id: 'response-curve-narrow',
      current: page.curves.current,
      previous: page.curves.previous,
      markers,
      layout: 'narrow',
    }),
    previousEdition: page.curves.previous?.code ?? null,
  };
}
