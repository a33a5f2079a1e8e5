/**
 * Synthetic legal documents of a site: plans, decisions and directives of its people's
 * committee, numbered the Vietnamese way ("125/KH-UBND"), issued over the last ten years.
 * Pure and seeded, like the articles.
 */
import type { DocumentInput } from '../contract/documents.js';
import { createRng, hashSeed } from '../demo/generator/index.js';
import type { DocumentField, DocumentType } from '../documents/document-kinds.js';
import { YEARS_OF_ARCHIVE, type BatchSpec, type SynthSite } from './articles.js';
import { DOCUMENT_SUBJECTS } from './vocabulary.js';

/** Types a local people's committee issues, with the letters of their number. */
const LOCAL_TYPES: ReadonlyArray<{ type: DocumentType; code: string }> = [
  { type: 'ke-hoach', code: 'KH' },
  { type: 'quyet-dinh', code: 'QĐ' },
  { type: 'chi-thi', code: 'CT' },
  { type: 'thong-bao', code: 'TB' },
  { type: 'cong-van', code: 'UBND-VP' },
];

const FIELD_BY_WORD: ReadonlyArray<[string, DocumentField]> = [
  ['nông thôn', 'nong-nghiep'],
  ['cải cách', 'hanh-chinh'],
  ['chuyển đổi số', 'cong-nghe-thong-tin'],
  ['đầu tư', 'tai-chinh'],
  ['đất', 'tai-nguyen-moi-truong'],
  ['nhập ngũ', 'quoc-phong-an-ninh'],
  ['thiên tai', 'quoc-phong-an-ninh'],
];

export interface SynthDocument {
  readonly input: DocumentInput;
  /** ISO instant: the morning of its issue day, Vietnam time. */
  readonly publishedAt: string;
}

const DAY_MS = 86_400_000;
/** First words of an agency's own name: it issues in that name, not as a people's committee. */
const AGENCY_WORDS = ['Sở', 'Ban', 'Thanh tra', 'Văn phòng', 'Trung tâm', 'Đài', 'Bảo hiểm', 'Liên minh'];

/** The issuer as its documents name it: "UBND huyện Cam Lộ", "Sở Y tế". */
export function issuerOf(site: SynthSite): string {
  const short = site.shortName;
  return AGENCY_WORDS.some((word) => short.startsWith(`${word} `)) ? short : `UBND ${short.charAt(0).toLocaleLowerCase('vi')}${short.slice(1)}`;
}

export function synthesizeDocuments(site: SynthSite, spec: BatchSpec): SynthDocument[] {
  const rng = createRng(hashSeed(spec.seed, site.slug, 'documents', spec.batch));
  const issuer = issuerOf(site);
  const out: SynthDocument[] = [];
  for (let i = 0; i < spec.count; i++) {
    const issued = new Date(spec.now.getTime() - rng.int(0, YEARS_OF_ARCHIVE * 365) * DAY_MS);
    const day = issued.toISOString().slice(0, 10);
    const year = Number(day.slice(0, 4));
    const kind = rng.pick(LOCAL_TYPES);
    const summary = rng.pick(DOCUMENT_SUBJECTS).replace('{năm}', String(year));
    const field = FIELD_BY_WORD.find(([word]) => summary.includes(word))?.[1] ?? 'hanh-chinh';
    const number = kind.type === 'cong-van' ? `${rng.int(1, 4999)}/${kind.code}` : `${rng.int(1, 4999)}/${kind.code}-UBND`;
    out.push({
      input: {
        number,
        type: kind.type,
        issuer,
        signer: '',
        issuedOn: day,
        effectiveOn: kind.type === 'thong-bao' ? null : day,
        field,
        summary,
        validity: year < spec.now.getUTCFullYear() - 3 && rng.chance(0.3) ? 'expired' : 'in_force',
        bodyHtml: '',
        links: [],
        attachmentIds: [],
      },
      publishedAt: `${day}T01:00:00.000Z`,
    });
  }
  return out;
}
