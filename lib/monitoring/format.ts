/** "2024-06-30 17:00" in Dutch time: sortable in a spreadsheet, unambiguous on the phone. Browser-safe. */
const format = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

export function formatDutchMoment(date: Date | string | number): string {
  const parts = Object.fromEntries(format.formatToParts(new Date(date)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}
