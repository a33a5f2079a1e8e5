/**
 * The fixed lists of a legal document: its type (*loại văn bản*), its field (*lĩnh
 * vực*) and its validity (*hiệu lực*), each with the slug the public filter uses in
 * the URL and the label readers see. Pure data and lookups, no I/O.
 */

export const DOCUMENT_TYPES = {
  luat: 'Luật',
  'nghi-quyet': 'Nghị quyết',
  'nghi-dinh': 'Nghị định',
  'thong-tu': 'Thông tư',
  'quyet-dinh': 'Quyết định',
  'chi-thi': 'Chỉ thị',
  'ke-hoach': 'Kế hoạch',
  'huong-dan': 'Hướng dẫn',
  'cong-van': 'Công văn',
  'thong-bao': 'Thông báo',
  khac: 'Văn bản khác',
} as const;
export type DocumentType = keyof typeof DOCUMENT_TYPES;

export const DOCUMENT_FIELDS = {
  'cong-nghe-thong-tin': 'Công nghệ thông tin, chuyển đổi số',
  'hanh-chinh': 'Hành chính, cải cách hành chính',
  'tai-chinh': 'Tài chính, ngân sách',
  'tai-nguyen-moi-truong': 'Tài nguyên, môi trường, đất đai',
  'xay-dung-giao-thong': 'Xây dựng, giao thông',
  'nong-nghiep': 'Nông nghiệp, nông thôn',
  'giao-duc': 'Giáo dục, đào tạo',
  'y-te': 'Y tế',
  'van-hoa-xa-hoi': 'Văn hóa, xã hội',
  'quoc-phong-an-ninh': 'Quốc phòng, an ninh',
  khac: 'Lĩnh vực khác',
} as const;
export type DocumentField = keyof typeof DOCUMENT_FIELDS;

/** Stored values of validity, with their URL slug and label. */
export const DOCUMENT_VALIDITY = {
  in_force: { slug: 'con-hieu-luc', label: 'Còn hiệu lực' },
  amended: { slug: 'duoc-sua-doi', label: 'Được sửa đổi, bổ sung' },
  replaced: { slug: 'bi-thay-the', label: 'Bị thay thế' },
  expired: { slug: 'het-hieu-luc', label: 'Hết hiệu lực' },
} as const;
export type DocumentValidity = keyof typeof DOCUMENT_VALIDITY;

/** How one document acts on another: it replaces it, or it amends and supplements it. */
export const DOCUMENT_RELATIONS = {
  replaces: { forward: 'Thay thế văn bản', backward: 'Bị thay thế bởi' },
  amends: { forward: 'Sửa đổi, bổ sung văn bản', backward: 'Được sửa đổi, bổ sung bởi' },
} as const;
export type DocumentRelation = keyof typeof DOCUMENT_RELATIONS;

const keys = <T extends object>(o: T) => Object.keys(o) as (keyof T)[];

export const DOCUMENT_TYPE_SLUGS = keys(DOCUMENT_TYPES) as [DocumentType, ...DocumentType[]];
export const DOCUMENT_FIELD_SLUGS = keys(DOCUMENT_FIELDS) as [DocumentField, ...DocumentField[]];
export const DOCUMENT_VALIDITY_VALUES = keys(DOCUMENT_VALIDITY) as [DocumentValidity, ...DocumentValidity[]];
export const DOCUMENT_RELATION_VALUES = keys(DOCUMENT_RELATIONS) as [DocumentRelation, ...DocumentRelation[]];

export function isDocumentType(value: string): value is DocumentType {
  return Object.hasOwn(DOCUMENT_TYPES, value);
}

export function isDocumentField(value: string): value is DocumentField {
  return Object.hasOwn(DOCUMENT_FIELDS, value);
}

/** The validity whose URL slug this is, if any. */
export function validityOfSlug(slug: string): DocumentValidity | undefined {
  return DOCUMENT_VALIDITY_VALUES.find((v) => DOCUMENT_VALIDITY[v].slug === slug);
}

/** The title stored beside the summary (for lists and the search index): "Nghị định 42/2022/NĐ-CP: Quy định …". */
export function documentTitle(type: DocumentType, number: string, summary: string): string {
  return `${DOCUMENT_TYPES[type]} ${number}: ${summary}`;
}
