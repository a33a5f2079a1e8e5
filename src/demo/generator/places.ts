/**
 * Place names of Quảng Trị used by the demo: the communes, wards and towns of each
 * district-level unit (as they stood around 2022) and well-known places of each one.
 * Keyed by site slug; a site that is not listed gets neutral village names instead.
 */

export interface PlaceData {
  /** Lower units named in articles: "xã Cam Thủy", or districts for the province. */
  readonly units: readonly string[];
  /** How the lower units are named together: "các xã, thị trấn". */
  readonly subunits: string;
  readonly landmarks: readonly string[];
}

const xa = (...names: string[]): string[] => names.map((n) => `xã ${n}`);

const DISTRICTS = [
  'thành phố Đông Hà', 'thị xã Quảng Trị', 'huyện Vĩnh Linh', 'huyện Gio Linh', 'huyện Cam Lộ',
  'huyện Triệu Phong', 'huyện Hải Lăng', 'huyện Hướng Hóa', 'huyện Đakrông', 'huyện đảo Cồn Cỏ',
];

/** Places every portal of the province may mention. */
export const PROVINCE_LANDMARKS: readonly string[] = [
  'Thành cổ Quảng Trị',
  'Nghĩa trang liệt sĩ Quốc gia Trường Sơn',
  'Nghĩa trang liệt sĩ Quốc gia Đường 9',
  'Đôi bờ Hiền Lương - Bến Hải',
  'Địa đạo Vịnh Mốc',
  'Khu kinh tế Đông Nam Quảng Trị',
  'Cửa khẩu quốc tế Lao Bảo',
  'bãi tắm Cửa Tùng',
  'bãi biển Cửa Việt',
  'đảo Cồn Cỏ',
];

const PLACES: Readonly<Record<string, PlaceData>> = {
  quangtri: {
    units: DISTRICTS,
    subunits: 'các huyện, thị xã, thành phố',
    landmarks: PROVINCE_LANDMARKS,
  },
  dongha: {
    units: ['Phường 1', 'Phường 2', 'Phường 3', 'Phường 4', 'Phường 5', 'phường Đông Giang', 'phường Đông Lễ', 'phường Đông Lương', 'phường Đông Thanh'],
    subunits: 'các phường',
    landmarks: ['Nghĩa trang liệt sĩ Quốc gia Đường 9', 'cầu Đông Hà', 'bờ sông Hiếu', 'Quốc lộ 9'],
  },
  thixaquangtri: {
    units: ['Phường 1', 'Phường 2', 'Phường 3', 'phường An Đôn', 'xã Hải Lệ'],
    subunits: 'các phường, xã',
    landmarks: ['Thành cổ Quảng Trị', 'bến thả hoa bờ sông Thạch Hãn', 'sông Thạch Hãn'],
  },
  vinhlinh: {
    units: [
      'thị trấn Hồ Xá', 'thị trấn Bến Quan', 'thị trấn Cửa Tùng',
      ...xa('Vĩnh Thái', 'Vĩnh Tú', 'Vĩnh Giang', 'Vĩnh Long', 'Vĩnh Hà', 'Vĩnh Khê', 'Vĩnh Lâm', 'Vĩnh Sơn', 'Vĩnh Thủy', 'Vĩnh Ô', 'Kim Thạch', 'Hiền Thành', 'Trung Nam'),
    ],
    subunits: 'các xã, thị trấn',
    landmarks: ['Địa đạo Vịnh Mốc', 'Đôi bờ Hiền Lương - Bến Hải', 'bãi tắm Cửa Tùng', 'sông Bến Hải'],
  },
  giolinh: {
    units: [
      'thị trấn Gio Linh', 'thị trấn Cửa Việt',
      ...xa('Gio Mỹ', 'Gio Hải', 'Gio Việt', 'Gio Sơn', 'Gio Quang', 'Gio Châu', 'Gio An', 'Gio Bình', 'Gio Mai', 'Trung Sơn', 'Trung Giang', 'Trung Hải', 'Linh Hải', 'Linh Trường', 'Phong Bình', 'Hải Thái'),
    ],
    subunits: 'các xã, thị trấn',
    landmarks: ['Nghĩa trang liệt sĩ Quốc gia Trường Sơn', 'Di tích Căn cứ Dốc Miếu', 'bãi biển Cửa Việt', 'cảng Cửa Việt'],
  },
  camlo: {
    units: ['thị trấn Cam Lộ', ...xa('Cam Thủy', 'Cam Hiếu', 'Cam Tuyền', 'Cam Thành', 'Cam Chính', 'Cam Nghĩa')],
    subunits: 'các xã, thị trấn',
    landmarks: ['Khu di tích Trụ sở Chính phủ Cách mạng lâm thời Cộng hòa miền Nam Việt Nam', 'Cụm công nghiệp Cam Hiếu', 'sông Hiếu', 'Quốc lộ 9'],
  },
  trieuphong: {
    units: [
      'thị trấn Ái Tử',
      ...xa('Triệu An', 'Triệu Vân', 'Triệu Phước', 'Triệu Độ', 'Triệu Trạch', 'Triệu Thuận', 'Triệu Đại', 'Triệu Hòa', 'Triệu Long', 'Triệu Tài', 'Triệu Trung', 'Triệu Ái', 'Triệu Thượng', 'Triệu Giang', 'Triệu Thành'),
    ],
    subunits: 'các xã, thị trấn',
    landmarks: ['Khu kinh tế Đông Nam Quảng Trị', 'sông Thạch Hãn', 'vùng cát ven biển Triệu Phong'],
  },
  hailang: {
    units: [
      'thị trấn Diên Sanh',
      ...xa('Hải An', 'Hải Ba', 'Hải Chánh', 'Hải Định', 'Hải Dương', 'Hải Hưng', 'Hải Khê', 'Hải Lâm', 'Hải Phong', 'Hải Phú', 'Hải Quế', 'Hải Quy', 'Hải Sơn', 'Hải Thượng', 'Hải Trường'),
    ],
    subunits: 'các xã, thị trấn',
    landmarks: ['Khu kinh tế Đông Nam Quảng Trị', 'vùng cát ven biển Hải Lăng', 'sông Ô Lâu'],
  },
  huonghoa: {
    units: [
      'thị trấn Khe Sanh', 'thị trấn Lao Bảo',
      ...xa('Hướng Phùng', 'Hướng Tân', 'Tân Hợp', 'Tân Liên', 'Tân Lập', 'Tân Long', 'Tân Thành', 'Hướng Lộc', 'Hướng Linh', 'Hướng Sơn', 'Hướng Việt', 'Hướng Lập', 'Húc', 'Thuận', 'Thanh', 'A Dơi', 'Ba Tầng', 'Xy', 'A Túc', 'Lìa'),
    ],
    subunits: 'các xã, thị trấn',
    landmarks: ['Cửa khẩu quốc tế Lao Bảo', 'Di tích Nhà đày Lao Bảo', 'Sân bay Tà Cơn', 'vùng cà phê Khe Sanh'],
  },
  dakrong: {
    units: [
      'thị trấn Krông Klang',
      ...xa('Mò Ó', 'Hướng Hiệp', 'Đakrông', 'Ba Nang', 'Tà Long', 'Húc Nghì', 'A Vao', 'Tà Rụt', 'A Bung', 'A Ngo', 'Ba Lòng', 'Hải Phúc', 'Triệu Nguyên'),
    ],
    subunits: 'các xã, thị trấn',
    landmarks: ['Cầu treo Đakrông', 'Khu bảo tồn thiên nhiên Đakrông', 'đường Hồ Chí Minh nhánh Tây'],
  },
  conco: {
    // The island district has no communes: articles speak of places on the island.
    units: ['đảo Cồn Cỏ', 'khu dân cư trên đảo'],
    subunits: 'các cơ quan, đơn vị trên đảo',
    landmarks: ['đảo Cồn Cỏ', 'âu neo đậu tàu thuyền Cồn Cỏ', 'vùng biển Cồn Cỏ'],
  },
};

/** Neutral names for a site this file does not know, rather than borrowing another's communes. */
const FALLBACK: PlaceData = {
  units: ['thôn 1', 'thôn 2', 'thôn 3', 'thôn 4', 'khu phố 1', 'khu phố 2'],
  subunits: 'các thôn, khu phố',
  landmarks: PROVINCE_LANDMARKS,
};

export function placeData(siteSlug: string): PlaceData {
  return PLACES[siteSlug] ?? FALLBACK;
}
