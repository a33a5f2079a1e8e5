/** What readers are told on the legal documents pages (/van-ban). */
export const documentsVi = {
  title: 'Văn bản',
  lead: 'Văn bản quy phạm pháp luật, văn bản chỉ đạo, điều hành do các cơ quan ban hành, cập nhật trên cổng thông tin.',
  filterName: 'Lọc văn bản',
  query: 'Số ký hiệu hoặc trích yếu',
  queryHint: 'Ví dụ: 42/2022/NĐ-CP, 42/2022, nd 42 hoặc từ trong trích yếu (có dấu hoặc không dấu).',
  type: 'Loại văn bản',
  issuer: 'Cơ quan ban hành',
  field: 'Lĩnh vực',
  year: 'Năm ban hành',
  validity: 'Hiệu lực',
  all: 'Tất cả',
  submit: 'Lọc văn bản',
  clear: 'Bỏ lọc',
  results: 'Danh sách văn bản',
  count: (n: number) => `${n.toLocaleString('vi-VN')} văn bản`,
  none: 'Không có văn bản nào phù hợp. Hãy bớt điều kiện lọc hoặc dùng từ khóa khác.',
  number: 'Số ký hiệu',
  issuedOn: 'Ngày ban hành',
  effectiveOn: 'Ngày hiệu lực',
  signer: 'Người ký',
  summary: 'Trích yếu',
  status: 'Tình trạng hiệu lực',
  related: 'Văn bản liên quan',
  files: 'Tệp đính kèm',
  fullText: 'Toàn văn',
  notSet: 'Chưa xác định',
  rss: 'Văn bản mới (RSS)',
  rssDescription: (site: string) => `Văn bản mới đăng trên ${site}`,
  documentTitle: (type: string, number: string) => `${type} ${number}`,
  fileSize: (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB` : `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('vi-VN')} KB`),
  bad: {
    type: 'Loại văn bản không có trong danh sách. Hãy chọn loại văn bản trong ô "Loại văn bản".',
    issuer: 'Cơ quan ban hành không hợp lệ. Hãy chọn cơ quan trong danh sách.',
    field: 'Lĩnh vực không có trong danh sách. Hãy chọn lĩnh vực trong ô "Lĩnh vực".',
    year: 'Năm ban hành không hợp lệ: hãy nhập năm gồm 4 chữ số, ví dụ 2022.',
    validity: 'Tình trạng hiệu lực không có trong danh sách.',
    query: 'Từ khóa không hợp lệ: hãy nhập một từ khóa duy nhất.',
    queryTooLong: (chars: number, words: number) => `Từ khóa quá dài: tối đa ${chars} ký tự và ${words} từ.`,
  },
} as const;

/** Type names as the file's MIME type says. */
export function fileTypeLabel(mime: string): string {
  if (mime === 'application/pdf') return 'PDF';
  if (mime.includes('wordprocessingml')) return 'DOCX';
  if (mime.includes('spreadsheetml')) return 'XLSX';
  return 'Tệp';
}
