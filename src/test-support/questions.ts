/** A citizen's question row for tests that put one straight into the database. */
import crypto from 'node:crypto';
import type { NewQuestion } from '../db/schema.js';
import { makeTrackingCode } from '../questions/question-rules.js';

/** As the public form leaves it (received, with a fresh tracking code), with `over` on top. */
export function questionRow(siteId: number, over: Partial<NewQuestion> = {}): NewQuestion {
  const now = new Date().toISOString();
  return {
    site_id: siteId, kind: 'question', field: 'dat-dai', title: 'Câu hỏi kiểm thử', question_text: 'Nội dung câu hỏi.', asker_name: 'Người hỏi', asker_email: 'hoi@example.vn',
    tracking_code: makeTrackingCode((bound) => crypto.randomInt(bound)), received_at: now, deadline: '2030-01-01', status: 'received', updated_at: now,
    ...over,
  };
}
