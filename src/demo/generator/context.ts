/**
 * What a site's articles need to know about the site: how it names itself in running
 * text ("huyện Cam Lộ"), what its organisations are called at its level of government
 * ("Phòng Giáo dục và Đào tạo huyện" for a district, "Sở Giáo dục và Đào tạo" for the
 * province), its communes, historic sites and sights. All of it becomes template slots.
 */
import { placeData } from './places.js';
import type { Slots } from './types.js';

export type Level = 'province' | 'district' | 'commune' | 'other';

export interface SiteContext {
  readonly level: Level;
  /** In running text: "huyện Cam Lộ", "thành phố Đông Hà", "tỉnh Quảng Trị". */
  readonly place: string;
  /** "Cam Lộ". */
  readonly placeName: string;
  /** The word organisations use: "huyện", "thành phố", "tỉnh", "xã". */
  readonly kind: string;
  readonly slots: Slots;
}

const KINDS: ReadonlyArray<{ prefix: string; level: Level; kind: string; party: string; youth: string }> = [
  { prefix: 'tỉnh ', level: 'province', kind: 'tỉnh', party: 'Tỉnh ủy', youth: 'Tỉnh đoàn' },
  { prefix: 'thành phố ', level: 'district', kind: 'thành phố', party: 'Thành ủy', youth: 'Thành đoàn' },
  { prefix: 'thị xã ', level: 'district', kind: 'thị xã', party: 'Thị ủy', youth: 'Thị đoàn' },
  // An island district's organisations still say "huyện": "Công an huyện Cồn Cỏ".
  { prefix: 'huyện đảo ', level: 'district', kind: 'huyện', party: 'Huyện ủy', youth: 'Huyện đoàn' },
  { prefix: 'huyện ', level: 'district', kind: 'huyện', party: 'Huyện ủy', youth: 'Huyện đoàn' },
  { prefix: 'thị trấn ', level: 'commune', kind: 'thị trấn', party: 'Đảng ủy thị trấn', youth: 'Đoàn Thanh niên thị trấn' },
  { prefix: 'phường ', level: 'commune', kind: 'phường', party: 'Đảng ủy phường', youth: 'Đoàn Thanh niên phường' },
  { prefix: 'xã ', level: 'commune', kind: 'xã', party: 'Đảng ủy xã', youth: 'Đoàn Thanh niên xã' },
];

/** "Huyện Cam Lộ" → "huyện Cam Lộ": only the administrative word is a common noun. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

type OrgKey =
  | 'ubnd' | 'hdnd' | 'party' | 'mttq' | 'women' | 'youth' | 'farmers' | 'veterans' | 'police'
  | 'military' | 'edu' | 'health' | 'agri' | 'culture' | 'media' | 'labour' | 'env' | 'interior'
  | 'finance' | 'justice' | 'disaster' | 'ntm' | 'office' | 'onestop';

/** Short names, as a site's own portal writes them about itself. */
function organisations(level: Level, k: string, party: string, youth: string): Record<OrgKey, string> {
  const common = {
    ubnd: `UBND ${k}`,
    hdnd: `HĐND ${k}`,
    party,
    mttq: `Ủy ban MTTQ Việt Nam ${k}`,
    women: `Hội Liên hiệp Phụ nữ ${k}`,
    youth,
    farmers: `Hội Nông dân ${k}`,
    veterans: `Hội Cựu chiến binh ${k}`,
    police: `Công an ${k}`,
  };
  if (level === 'province' || level === 'other') {
    return {
      ...common,
      military: 'Bộ Chỉ huy Quân sự tỉnh',
      edu: 'Sở Giáo dục và Đào tạo',
      health: 'Sở Y tế',
      agri: 'Sở Nông nghiệp và Phát triển nông thôn',
      culture: 'Sở Văn hóa, Thể thao và Du lịch',
      media: 'Sở Thông tin và Truyền thông',
      labour: 'Sở Lao động - Thương binh và Xã hội',
      env: 'Sở Tài nguyên và Môi trường',
      interior: 'Sở Nội vụ',
      finance: 'Sở Kế hoạch và Đầu tư',
      justice: 'Sở Tư pháp',
      disaster: 'Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh',
      ntm: 'Văn phòng Điều phối nông thôn mới tỉnh',
      office: 'Văn phòng UBND tỉnh',
      onestop: 'Trung tâm Phục vụ hành chính công tỉnh',
    };
  }
  if (level === 'commune') {
    return {
      ...common,
      military: `Ban Chỉ huy Quân sự ${k}`,
      edu: `Hội Khuyến học ${k}`,
      health: `Trạm Y tế ${k}`,
      agri: `Ban Nông nghiệp ${k}`,
      culture: `Ban Văn hóa - Xã hội ${k}`,
      media: `Đài Truyền thanh ${k}`,
      labour: `Ban Văn hóa - Xã hội ${k}`,
      env: `Ban Địa chính - Xây dựng ${k}`,
      interior: `Văn phòng UBND ${k}`,
      finance: `Ban Tài chính ${k}`,
      justice: `Ban Tư pháp - Hộ tịch ${k}`,
      disaster: `Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn ${k}`,
      ntm: `Ban Quản lý xây dựng nông thôn mới ${k}`,
      office: `Văn phòng UBND ${k}`,
      onestop: `Bộ phận Một cửa ${k}`,
    };
  }
  return {
    ...common,
    military: `Ban Chỉ huy Quân sự ${k}`,
    edu: `Phòng Giáo dục và Đào tạo ${k}`,
    health: `Trung tâm Y tế ${k}`,
    agri: k === 'thành phố' ? 'Phòng Kinh tế thành phố' : `Phòng Nông nghiệp và Phát triển nông thôn ${k}`,
    culture: `Phòng Văn hóa và Thông tin ${k}`,
    media: `Trung tâm Văn hóa - Thông tin - Thể thao ${k}`,
    labour: `Phòng Lao động - Thương binh và Xã hội ${k}`,
    env: `Phòng Tài nguyên và Môi trường ${k}`,
    interior: `Phòng Nội vụ ${k}`,
    finance: `Phòng Tài chính - Kế hoạch ${k}`,
    justice: `Phòng Tư pháp ${k}`,
    disaster: `Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn ${k}`,
    ntm: `Văn phòng Điều phối nông thôn mới ${k}`,
    office: `Văn phòng HĐND và UBND ${k}`,
    onestop: `Bộ phận Một cửa ${k}`,
  };
}

/** "Trung tâm Y tế huyện" → "Trung tâm Y tế huyện Cam Lộ"; "Sở Y tế" → "Sở Y tế tỉnh Quảng Trị". */
function fullName(short: string, level: Level, place: string, placeName: string): string {
  if (level === 'other') return short;
  return /(tỉnh|huyện|thành phố|thị xã|xã|phường|thị trấn|ủy|đoàn)$/u.test(short)
    ? `${short} ${placeName}`
    : `${short} ${place}`;
}

export function siteContext(siteSlug: string, siteShortName: string): SiteContext {
  const shortName = siteShortName.normalize('NFC').trim();
  const lowered = lowerFirst(shortName);
  const match = KINDS.find((k) => lowered.startsWith(k.prefix));
  const level: Level = match?.level ?? 'other';
  const place = match ? lowered : shortName;
  const placeName = match ? lowered.slice(match.prefix.length) : place;
  const kind = match?.kind ?? 'tỉnh';
  const orgs = organisations(level, kind, match?.party ?? `Đảng ủy ${place}`, match?.youth ?? 'Tỉnh đoàn');
  if (level === 'other') {
    orgs.ubnd = place;
  }
  const data = placeData(siteSlug);

  const slots: Record<string, readonly string[]> = {
    place: [place],
    placeName: [placeName],
    kind: [kind],
    province: ['tỉnh Quảng Trị'],
    unit: data.units,
    // Only communes and rural districts can be recognised as "nông thôn mới"; wards and
    // towns cannot, so a site without any simply has no such stories.
    ruralUnit: data.units.filter((u) => /^(xã|thôn|huyện) /u.test(u) && !u.startsWith('huyện đảo')),
    subunits: [data.subunits],
    relic: data.relics,
    sight: data.sights,
    leader: [
      `Chủ tịch UBND ${kind}`,
      `Phó Chủ tịch UBND ${kind}`,
      `Bí thư ${orgs.party}`,
      `Phó Bí thư Thường trực ${orgs.party}`,
      `Chủ tịch HĐND ${kind}`,
    ],
    massOrg: ['{mttqFull}', '{womenFull}', '{youthFull}', '{farmersFull}', '{veteransFull}'],
  };
  for (const [key, short] of Object.entries(orgs)) {
    slots[key] = [short];
    slots[`${key}Full`] = [fullName(short, level, place, placeName)];
  }
  return { level, place, placeName, kind, slots };
}
