/**
 * Synthetic citizens' questions of a site: most answered and published, some still being
 * handled, received over the last ten years. The askers are invented; their details never
 * reach a public page. Pure and seeded; tracking codes come from the same seed.
 */
import type { QuestionStatus } from '../db/schema.js';
import { createRng, hashSeed } from '../demo/generator/index.js';
import { makeTrackingCode } from '../questions/question-rules.js';
import { YEARS_OF_ARCHIVE, type BatchSpec, type SynthSite } from './articles.js';
import { FAMILY_NAMES, GIVEN_NAMES, QUESTION_SUBJECTS } from './vocabulary.js';

export interface SynthQuestion {
  readonly kind: 'question' | 'feedback';
  readonly field: string;
  readonly title: string;
  readonly text: string;
  readonly askerName: string;
  readonly trackingCode: string;
  readonly receivedAt: string;
  /** Set when answered (published or not). */
  readonly answerHtml: string | null;
  readonly answeredAt: string | null;
  readonly status: Extract<QuestionStatus, 'published' | 'answered' | 'assigned' | 'received'>;
}

const DAY_MS = 86_400_000;

export function synthesizeQuestions(site: SynthSite, spec: BatchSpec): SynthQuestion[] {
  const rng = createRng(hashSeed(spec.seed, site.slug, 'questions', spec.batch));
  const out: SynthQuestion[] = [];
  for (let i = 0; i < spec.count; i++) {
    const subject = rng.pick(QUESTION_SUBJECTS);
    const received = new Date(spec.now.getTime() - rng.int(20, YEARS_OF_ARCHIVE * 365) * DAY_MS - rng.int(0, 86_399) * 1000);
    const answered = new Date(received.getTime() + rng.int(2, 15) * DAY_MS);
    const roll = rng.next();
    const status = roll < 0.8 ? 'published' : roll < 0.88 ? 'answered' : roll < 0.95 ? 'assigned' : 'received';
    const hasAnswer = status === 'published' || status === 'answered';
    out.push({
      kind: subject.title.startsWith('Phản ánh') ? 'feedback' : 'question',
      field: subject.field,
      title: subject.title,
      text: subject.text,
      askerName: `${rng.pick(FAMILY_NAMES)} ${rng.pick(GIVEN_NAMES)}`,
      trackingCode: makeTrackingCode((bound) => rng.int(0, bound - 1)),
      receivedAt: received.toISOString(),
      answerHtml: hasAnswer ? `<p>${subject.answer}</p>` : null,
      answeredAt: hasAnswer ? answered.toISOString() : null,
      status,
    });
  }
  return out;
}
