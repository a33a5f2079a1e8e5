/**
 * The demo's legal documents, published: on the province, the national documents that
 * govern government portals (with the relations the law states: Nghị định 42/2022/NĐ-CP
 * replaced Nghị định 43/2011/NĐ-CP) and a few plans and decisions of UBND tỉnh Quảng
 * Trị; on Cam Lộ, two district documents. National entries keep to facts of record:
 * a date or signer that is not certain is left empty rather than invented. Provincial
 * and district numbers and titles are generic examples.
 */
import type { Kysely } from 'kysely';
import type { DocumentInput } from '../contract/documents.js';
import type { Database } from '../db/schema.js';
import { documentColumns } from '../documents/document-editing.js';
import { insertDocument, replaceDocumentLinks } from '../documents/documents.repo.js';
import type { DocumentRelation } from '../documents/document-kinds.js';
import type { Site } from '../sites/index.js';
import { slugify } from '../text/index.js';

type Demo = Omit<DocumentInput, 'links' | 'attachmentIds' | 'bodyHtml'> & { key: string; links?: { to: string; relation: DocumentRelation }[] };

const PROVINCE: Demo[] = [
  {
    key: 'luat-104', number: '104/2016/QH13', type: 'luat', issuer: 'Quốc hội', signer: 'Nguyễn Thị Kim Ngân', issuedOn: '2016-04-06', effectiveOn: '2018-07-01',
    field: 'hanh-chinh', summary: 'Luật Tiếp cận thông tin', validity: 'in_force',
  },
  {
    key: 'nd-43', number: '43/2011/NĐ-CP', type: 'nghi-dinh', issuer: 'Chính phủ', signer: '', issuedOn: '2011-06-13', effectiveOn: null,
    field: 'cong-nghe-thong-tin',
    summary: 'Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến trên trang thông tin điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước',
    validity: 'replaced',
  },
  {
    key: 'tt-32', number: '32/2017/TT-BTTTT', type: 'thong-tu', issuer: 'Bộ Thông tin và Truyền thông', signer: '', issuedOn: '2017-11-15', effectiveOn: null,
    field: 'cong-nghe-thong-tin',
    summary: 'Quy định về việc cung cấp dịch vụ công trực tuyến và bảo đảm khả năng truy cập thuận tiện đối với trang thông tin điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước',
    validity: 'expired',
  },
  {
    key: 'nd-42', number: '42/2022/NĐ-CP', type: 'nghi-dinh', issuer: 'Chính phủ', signer: 'Vũ Đức Đam', issuedOn: '2022-06-24', effectiveOn: '2022-08-01',
    field: 'cong-nghe-thong-tin',
    summary: 'Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng',
    validity: 'in_force',
    links: [{ to: 'nd-43', relation: 'replaces' }, { to: 'tt-32', relation: 'replaces' }],
  },
  {
    key: 'qt-kh-cds', number: '25/KH-UBND', type: 'ke-hoach', issuer: 'UBND tỉnh Quảng Trị', signer: '', issuedOn: '2025-02-10', effectiveOn: '2025-02-10',
    field: 'cong-nghe-thong-tin', summary: 'Kế hoạch chuyển đổi số tỉnh Quảng Trị năm 2025', validity: 'in_force',
  },
  {
    key: 'qt-qd-cong', number: '1520/QĐ-UBND', type: 'quyet-dinh', issuer: 'UBND tỉnh Quảng Trị', signer: '', issuedOn: '2024-07-05', effectiveOn: '2024-07-05',
    field: 'hanh-chinh', summary: 'Ban hành Quy chế hoạt động của Cổng thông tin điện tử tỉnh Quảng Trị', validity: 'in_force',
  },
  {
    key: 'qt-kh-cchc', number: '18/KH-UBND', type: 'ke-hoach', issuer: 'UBND tỉnh Quảng Trị', signer: '', issuedOn: '2025-01-20', effectiveOn: '2025-01-20',
    field: 'hanh-chinh', summary: 'Kế hoạch cải cách hành chính tỉnh Quảng Trị năm 2025', validity: 'in_force',
  },
];

const CAMLO: Demo[] = [
  {
    key: 'cl-kh-cchc', number: '12/KH-UBND', type: 'ke-hoach', issuer: 'UBND huyện Cam Lộ', signer: '', issuedOn: '2025-01-24', effectiveOn: '2025-01-24',
    field: 'hanh-chinh', summary: 'Kế hoạch cải cách hành chính huyện Cam Lộ năm 2025', validity: 'in_force',
  },
  {
    key: 'cl-qd-trang', number: '215/QĐ-UBND', type: 'quyet-dinh', issuer: 'UBND huyện Cam Lộ', signer: '', issuedOn: '2024-03-12', effectiveOn: '2024-03-12',
    field: 'cong-nghe-thong-tin', summary: 'Ban hành Quy chế quản lý, vận hành Cổng thông tin điện tử huyện Cam Lộ', validity: 'in_force',
  },
];

/** Documents by site slug. */
export const DEMO_DOCUMENTS: Readonly<Record<string, readonly Demo[]>> = { quangtri: PROVINCE, camlo: CAMLO };

/** Inserts the demo documents of the sites that have some, published on their issue day (08:00, Vietnam time). */
export async function seedDemoDocuments(trx: Kysely<Database>, sites: readonly Site[], stamp: string): Promise<number> {
  let count = 0;
  for (const site of sites) {
    const demos = DEMO_DOCUMENTS[site.slug] ?? [];
    const ids = new Map<string, number>();
    for (const d of demos) {
      const published = `${d.issuedOn}T01:00:00.000Z`;
      const row = await insertDocument(trx, {
        ...documentColumns({ ...d, bodyHtml: '', links: [], attachmentIds: [] }),
        site_id: site.id, slug: slugify(`${d.type.replace(/-/g, ' ')} ${d.number}`), status: 'published', published_at: published,
        created_at: stamp, updated_at: stamp, revision: 1, created_by: null, return_note: null,
      });
      ids.set(d.key, row.id);
      count += 1;
    }
    for (const d of demos) {
      const links = (d.links ?? []).flatMap((l) => {
        const target = ids.get(l.to);
        return target === undefined ? [] : [{ targetId: target, relation: l.relation }];
      });
      const id = ids.get(d.key);
      if (id !== undefined && links.length > 0) await replaceDocumentLinks(trx, id, links);
    }
  }
  return count;
}
