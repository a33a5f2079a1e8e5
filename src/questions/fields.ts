/**
 * The fields (lĩnh vực) a citizen files a question under: a fixed list, each with the
 * slug used in addresses (`/hoi-dap?linh-vuc=dat-dai`) and storage. Pure data.
 */
export const QUESTION_FIELDS = [
  { slug: 'dat-dai', name: 'Đất đai' },
  { slug: 'xay-dung', name: 'Xây dựng, quy hoạch' },
  { slug: 'bao-hiem-xa-hoi', name: 'Bảo hiểm xã hội, bảo hiểm y tế' },
  { slug: 'lao-dong-viec-lam', name: 'Lao động, việc làm' },
  { slug: 'chinh-sach-xa-hoi', name: 'Chính sách xã hội, người có công' },
  { slug: 'thu-tuc-hanh-chinh', name: 'Thủ tục hành chính' },
  { slug: 'giao-duc', name: 'Giáo dục, đào tạo' },
  { slug: 'y-te', name: 'Y tế' },
  { slug: 'tai-nguyen-moi-truong', name: 'Tài nguyên, môi trường' },
  { slug: 'giao-thong', name: 'Giao thông, vận tải' },
  { slug: 'thue-tai-chinh', name: 'Thuế, tài chính' },
  { slug: 'khac', name: 'Lĩnh vực khác' },
] as const;

export type QuestionFieldSlug = (typeof QUESTION_FIELDS)[number]['slug'];

export const QUESTION_FIELD_SLUGS = QUESTION_FIELDS.map((f) => f.slug) as [QuestionFieldSlug, ...QuestionFieldSlug[]];

export function isQuestionField(value: string): value is QuestionFieldSlug {
  return QUESTION_FIELDS.some((f) => f.slug === value);
}

export function fieldName(slug: string): string {
  return QUESTION_FIELDS.find((f) => f.slug === slug)?.name ?? slug;
}
