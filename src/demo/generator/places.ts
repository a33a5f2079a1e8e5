/**
 * Place names of Quảng Trị used by the demo: the communes, wards and towns of each
 * district-level unit (as they stood around 2022), its historic sites and the places
 * visitors go. Keyed by site slug; a site that is not listed gets neutral village names
 * rather than another district's communes.
 */

export interface PlaceData {
  /** Lower units named in articles: "xã Cam Thủy", or districts for the province. */
  readonly units: readonly string[];
  /** How the lower units are named together: "các xã, thị trấn". */
  readonly subunits: string;
  /** Historic sites (di tích), for heritage stories. */
  readonly relics: readonly string[];
  /** Places visitors go, for tourism stories. */
  readonly sights: readonly string[];
}

const xa = (...names: string[]): string[] => names.map((n) => `xã ${n}`);

const DISTRICTS = [
  'thành phố Đông Hà', 'thị xã Quảng Trị', 'huyện Vĩnh Linh', 'huyện Gio Linh', 'huyện Cam Lộ',
  'huyện Triệu Phong', 'huyện Hải Lăng', 'huyện Hướng Hóa', 'huyện Đakrông', 'huyện đảo Cồn Cỏ',
];

const PROVINCE_RELICS = [
  'Thành cổ Quảng Trị',
  'Nghĩa trang liệt sĩ Quốc gia Trường Sơn',
  'Nghĩa trang liệt sĩ Quốc gia Đường 9',
  'Đôi bờ Hiền Lương - Bến Hải',
  'Địa đạo Vịnh Mốc',
];

const PROVINCE_SIGHTS = [...PROVINCE_RELICS, 'Cửa khẩu quốc tế Lao Bảo', 'bãi tắm Cửa Tùng', 'bãi biển Cửa Việt', 'đảo Cồn Cỏ'];

const PLACES: Readonly<Record<string, PlaceData>> = {
  quangtri: {
    units: DISTRICTS,
    subunits: 'các huyện, thị xã, thành phố',
    relics: PROVINCE_RELICS,
    sights: PROVINCE_SIGHTS,
  },
  dongha: {
    units: ['Phường 1', 'Phường 2', 'Phường 3', 'Phường 4', 'Phường 5', 'phường Đông Giang', 'phường Đông Lễ', 'phường Đông Lương', 'phường Đông Thanh'],
    subunits: 'các phường',
    relics: ['Nghĩa trang liệt sĩ Quốc gia Đường 9'],
    sights: ['Nghĩa trang liệt sĩ Quốc gia Đường 9', 'bờ sông Hiếu'],
  },
  thixaquangtri: {
    units: ['Phường 1', 'Phường 2', 'Phường 3', 'phường An Đôn', 'xã Hải Lệ'],
    subunits: 'các phường, xã',
    relics: ['Thành cổ Quảng Trị', 'bến thả hoa bờ sông Thạch Hãn'],
    sights: ['Thành cổ Quảng Trị', 'bến thả hoa bờ sông Thạch Hãn', 'sông Thạch Hãn'],
  },
  vinhlinh: {
    units: [
      'thị trấn Hồ Xá', 'thị trấn Bến Quan', 'thị trấn Cửa Tùng',
      ...xa('Vĩnh Thái', 'Vĩnh Tú', 'Vĩnh Giang', 'Vĩnh Long', 'Vĩnh Hà', 'Vĩnh Khê', 'Vĩnh Lâm', 'Vĩnh Sơn', 'Vĩnh Thủy', 'Vĩnh Ô', 'Kim Thạch', 'Hiền Thành', 'Trung Nam'),
    ],
    subunits: 'các xã, thị trấn',
    relics: ['Địa đạo Vịnh Mốc', 'Đôi bờ Hiền Lương - Bến Hải'],
    sights: ['Địa đạo Vịnh Mốc', 'Đôi bờ Hiền Lương - Bến Hải', 'bãi tắm Cửa Tùng'],
  },
  giolinh: {
    units: [
      'thị trấn Gio Linh', 'thị trấn Cửa Việt',
      ...xa('Gio Mỹ', 'Gio Hải', 'Gio Việt', 'Gio Sơn', 'Gio Quang', 'Gio Châu', 'Gio An', 'Gio Bình', 'Gio Mai', 'Trung Sơn', 'Trung Giang', 'Trung Hải', 'Linh Hải', 'Linh Trường', 'Phong Bình', 'Hải Thái'),
    ],
    subunits: 'các xã, thị trấn',
    relics: ['Nghĩa trang liệt sĩ Quốc gia Trường Sơn', 'Di tích Căn cứ Dốc Miếu'],
    sights: ['Nghĩa trang liệt sĩ Quốc gia Trường Sơn', 'Di tích Căn cứ Dốc Miếu', 'bãi biển Cửa Việt'],
  },
  camlo: {
    units: ['thị trấn Cam Lộ', ...xa('Cam Thủy', 'Cam Hiếu', 'Cam Tuyền', 'Cam Thành', 'Cam Chính', 'Cam Nghĩa')],
    subunits: 'các xã, thị trấn',
    relics: ['Khu di tích Trụ sở Chính phủ Cách mạng lâm thời Cộng hòa miền Nam Việt Nam'],
    sights: ['Khu di tích Trụ sở Chính phủ Cách mạng lâm thời Cộng hòa miền Nam Việt Nam', 'bờ sông Hiếu'],
  },
  trieuphong: {
    units: [
      'thị trấn Ái Tử',
      ...xa('Triệu An', 'Triệu Vân', 'Triệu Phước', 'Triệu Độ', 'Triệu Trạch', 'Triệu Thuận', 'Triệu Đại', 'Triệu Hòa', 'Triệu Long', 'Triệu Tài', 'Triệu Trung', 'Triệu Ái', 'Triệu Thượng', 'Triệu Giang', 'Triệu Thành'),
    ],
    subunits: 'các xã, thị trấn',
    relics: ['Khu lưu niệm Tổng Bí thư Lê Duẩn'],
    sights: ['Khu lưu niệm Tổng Bí thư Lê Duẩn', 'sông Thạch Hãn'],
  },
  hailang: {
    units: [
      'thị trấn Diên Sanh',
      ...xa('Hải An', 'Hải Ba', 'Hải Chánh', 'Hải Định', 'Hải Dương', 'Hải Hưng', 'Hải Khê', 'Hải Lâm', 'Hải Phong', 'Hải Phú', 'Hải Quế', 'Hải Quy', 'Hải Sơn', 'Hải Thượng', 'Hải Trường'),
    ],
    subunits: 'các xã, thị trấn',
    relics: ['Nghĩa trang liệt sĩ huyện Hải Lăng'],
    sights: ['bãi biển Mỹ Thủy', 'sông Ô Lâu'],
  },
  huonghoa: {
    units: [
      'thị trấn Khe Sanh', 'thị trấn Lao Bảo',
      ...xa('Hướng Phùng', 'Hướng Tân', 'Tân Hợp', 'Tân Liên', 'Tân Lập', 'Tân Long', 'Tân Thành', 'Hướng Lộc', 'Hướng Linh', 'Hướng Sơn', 'Hướng Việt', 'Hướng Lập', 'Húc', 'Thuận', 'Thanh', 'A Dơi', 'Ba Tầng', 'Xy', 'A Túc', 'Lìa'),
    ],
    subunits: 'các xã, thị trấn',
    relics: ['Di tích Nhà đày Lao Bảo', 'Sân bay Tà Cơn'],
    sights: ['Di tích Nhà đày Lao Bảo', 'Sân bay Tà Cơn', 'Cửa khẩu quốc tế Lao Bảo', 'vùng cà phê Khe Sanh'],
  },
  dakrong: {
    units: [
      'thị trấn Krông Klang',
      ...xa('Mò Ó', 'Hướng Hiệp', 'Đakrông', 'Ba Nang', 'Tà Long', 'Húc Nghì', 'A Vao', 'Tà Rụt', 'A Bung', 'A Ngo', 'Ba Lòng', 'Hải Phúc', 'Triệu Nguyên'),
    ],
    subunits: 'các xã, thị trấn',
    relics: ['Cầu treo Đakrông'],
    sights: ['Cầu treo Đakrông', 'Khu bảo tồn thiên nhiên Đakrông', 'đường Hồ Chí Minh nhánh Tây'],
  },
  conco: {
    // The island district has no communes: articles speak of places on the island.
    units: ['đảo Cồn Cỏ', 'khu dân cư trên đảo'],
    subunits: 'các cơ quan, đơn vị trên đảo',
    relics: ['Di tích lịch sử đảo Cồn Cỏ'],
    sights: ['đảo Cồn Cỏ', 'vùng biển Cồn Cỏ'],
  },
};

const FALLBACK: PlaceData = {
  units: ['thôn 1', 'thôn 2', 'thôn 3', 'thôn 4', 'khu phố 1', 'khu phố 2'],
  subunits: 'các thôn, khu phố',
  relics: PROVINCE_RELICS,
  sights: PROVINCE_SIGHTS,
};

export function placeData(siteSlug: string): PlaceData {
  return PLACES[siteSlug] ?? FALLBACK;
}
