import { describe, expect, it } from 'vitest';
import { makeTrackingCode, normalizeTrackingCode, plainTextParagraphs, publicStage, responseStats, TRACKING_ALPHABET } from './question-rules.js';

describe('question rules', () => {
  it('make tracking codes easy to read aloud, and read them back however typed', () => {
    let i = 0;
    const code = makeTrackingCode(() => i++ % TRACKING_ALPHABET.length);
    expect(code).toBe('HD-23456789');
    expect(normalizeTrackingCode('hd-23456789')).toBe(code);
    expect(normalizeTrackingCode(' 2345 6789 ')).toBe(code);
    expect(normalizeTrackingCode('HD-2345678O')).toBeUndefined(); // O is not in the alphabet
    expect(normalizeTrackingCode('HD-234')).toBeUndefined();
    expect(normalizeTrackingCode('x'.repeat(100))).toBeUndefined();
  });

  it('tell the asker a stage, never that a question was taken for spam', () => {
    expect(publicStage('spam')).toBe('refused');
    expect(publicStage('assigned')).toBe('handling');
  });

  it('count received, answered and overdue, with median and average working days', () => {
    const stats = responseStats(
      [
        { status: 'published', receivedDay: '2026-12-07', answeredDay: '2026-12-09', deadline: '2026-12-28' },
        { status: 'answered', receivedDay: '2026-12-07', answeredDay: '2026-12-14', deadline: '2026-12-28' },
        { status: 'received', receivedDay: '2026-11-02', answeredDay: null, deadline: '2026-11-23' },
        { status: 'assigned', receivedDay: '2026-12-07', answeredDay: null, deadline: '2026-12-28' },
        { status: 'spam', receivedDay: '2026-11-02', answeredDay: null, deadline: '2026-11-23' },
      ],
      '2026-12-10',
    );
    expect(stats).toEqual({ received: 4, answered: 2, overdue: 1, medianDays: 3.5, averageDays: 3.5 });
    expect(responseStats([], '2026-12-10')).toEqual({ received: 0, answered: 0, overdue: 0, medianDays: null, averageDays: null });
  });

  it('split plain text into paragraphs, keeping line breaks inside', () => {
    expect(plainTextParagraphs('Một\r\nhai\n\n\n  Ba  \n')).toEqual(['Một\nhai', 'Ba']);
  });
});
