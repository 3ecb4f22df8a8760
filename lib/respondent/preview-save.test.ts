import { describe, expect, it } from 'vitest';
import { notStartedResponse } from '@/lib/responses/queries';
import { answerInPreview } from './preview-save';

const notStarted = notStartedResponse();
const now = new Date('2031-03-01T10:00:00Z');

describe('a preview save', () => {
  it('turns a new response into a draft, then a submission, as the server would', () => {
    const draft = answerInPreview(notStarted, { answers: { VO_SAMENWERKING: 'JA' }, submit: false }, now);
    expect(draft).toEqual({ ...notStarted, status: 'draft', version: 1, answers: { VO_SAMENWERKING: 'JA' }, updatedAt: now.toISOString() });
    const sent = answerInPreview(draft, { answers: { VO_SAMENWERKING: 'NEE' }, submit: true }, now);
    expect(sent).toMatchObject({
      status: 'submitted',
      version: 2,
      submittedAnswers: { VO_SAMENWERKING: 'NEE' },
      submittedAt: now.toISOString(),
      pendingChanges: false,
    });
  });

  it('keeps changes after sending apart until they equal the sent answers again', () => {
    const sent = answerInPreview(notStarted, { answers: { VO_SAMENWERKING: 'NEE' }, submit: true }, now);
    const changed = answerInPreview(sent, { answers: { VO_SAMENWERKING: 'JA' }, submit: false }, now);
    expect(changed).toMatchObject({
      status: 'submitted',
      pendingChanges: true,
      answers: { VO_SAMENWERKING: 'JA' },
      submittedAnswers: { VO_SAMENWERKING: 'NEE' },
    });
    const undone = answerInPreview(changed, { answers: { VO_SAMENWERKING: 'NEE' }, submit: false }, now);
    expect(undone).toMatchObject({ pendingChanges: false, answers: { VO_SAMENWERKING: 'NEE' } });
  });
});
