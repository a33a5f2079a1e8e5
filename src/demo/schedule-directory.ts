/**
 * The demo's leaders' schedule, directory and English pages for the province and Cam Lộ:
 * this week's and last week's schedule (meetings of the chairman and vice-chairmen of the
 * People's Committee at places of the province or district), about ten officials with
 * work phones (area code 0233) and @quangtri.gov.vn addresses, and the English
 * introduction, organisation and contact pages. Names are generic; nothing is a real person.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { sanitizeRichText } from '../html/sanitize.js';
import { escapeHtml } from '../search/highlight.js';
import { insertPage } from '../pages/index.js';
import { insertScheduleWeek, replaceScheduleEntries } from '../schedule/schedule.repo.js';
import type { Site } from '../sites/index.js';
import { daysOfIsoWeek, formatIsoWeek, shiftIsoWeek, vietnamIsoWeek } from '../time/iso-week.js';

interface Official {
  name: string;
  position: string;
  unit: string;
  phone: string;
  email: string;
}

interface Meeting {
  time: [string, string | null];
  leaders: string;
  content: string;
  place: string;
  attendees: string;
}

interface DemoPlace {
  /** "UBND tỉnh" / "UBND huyện" */
  committee: string;
  officials: Official[];
  meetings: Meeting[];
  english: { introduction: string[]; organisation: string[]; contact: string[] };
}

const PROVINCE: DemoPlace = {
  committee: 'UBND tỉnh',
  officials: [
    { name: 'Nguyễn Văn Hòa', position: 'Chủ tịch', unit: 'Lãnh đạo UBND tỉnh', phone: '0233 3852 101', email: 'nvhoa@quangtri.gov.vn' },
    { name: 'Lê Thị Thu Hà', position: 'Phó Chủ tịch', unit: 'Lãnh đạo UBND tỉnh', phone: '0233 3852 102', email: 'ltthha@quangtri.gov.vn' },
    { name: 'Trần Quốc Bảo', position: 'Phó Chủ tịch', unit: 'Lãnh đạo UBND tỉnh', phone: '0233 3852 103', email: 'tqbao@quangtri.gov.vn' },
    { name: 'Hoàng Minh Tuấn', position: 'Chánh Văn phòng', unit: 'Văn phòng UBND tỉnh', phone: '0233 3852 110', email: 'hmtuan@quangtri.gov.vn' },
    { name: 'Phan Thị Lan', position: 'Phó Chánh Văn phòng', unit: 'Văn phòng UBND tỉnh', phone: '0233 3852 111', email: 'ptlan@quangtri.gov.vn' },
    { name: 'Võ Đức Thắng', position: 'Trưởng phòng Tổng hợp', unit: 'Văn phòng UBND tỉnh', phone: '0233 3852 115', email: 'vdthang@quangtri.gov.vn' },
    { name: 'Đặng Văn Long', position: 'Giám đốc', unit: 'Sở Kế hoạch và Đầu tư', phone: '0233 3852 420', email: 'dvlong@quangtri.gov.vn' },
    { name: 'Ngô Thị Mai', position: 'Phó Giám đốc', unit: 'Sở Kế hoạch và Đầu tư', phone: '0233 3852 421', email: 'ntmai@quangtri.gov.vn' },
    { name: 'Bùi Quang Vinh', position: 'Giám đốc', unit: 'Sở Thông tin và Truyền thông', phone: '0233 3550 555', email: 'bqvinh@quangtri.gov.vn' },
    { name: 'Lương Thị Hạnh', position: 'Trưởng phòng Thông tin - Báo chí - Xuất bản', unit: 'Sở Thông tin và Truyền thông', phone: '0233 3550 556', email: 'lthanh@quangtri.gov.vn' },
  ],
  meetings: [
    { time: ['07:30', '11:00'], leaders: 'Chủ tịch UBND tỉnh Nguyễn Văn Hòa', content: 'Giao ban lãnh đạo UBND tỉnh đầu tuần', place: 'Phòng họp số 1, UBND tỉnh (45 Hùng Vương, Đông Hà)', attendees: 'Các Phó Chủ tịch UBND tỉnh, Chánh Văn phòng UBND tỉnh' },
    { time: ['14:00', '17:00'], leaders: 'Phó Chủ tịch UBND tỉnh Lê Thị Thu Hà', content: 'Làm việc với Sở Giáo dục và Đào tạo về chuẩn bị năm học mới', place: 'Phòng họp số 2, UBND tỉnh', attendees: 'Lãnh đạo Sở Giáo dục và Đào tạo, Sở Tài chính' },
    { time: ['08:00', null], leaders: 'Phó Chủ tịch UBND tỉnh Trần Quốc Bảo', content: 'Kiểm tra tiến độ dự án Khu kinh tế Đông Nam Quảng Trị', place: 'Huyện Hải Lăng', attendees: 'Ban Quản lý Khu kinh tế tỉnh, UBND huyện Hải Lăng' },
    { time: ['08:00', '11:30'], leaders: 'Chủ tịch UBND tỉnh Nguyễn Văn Hòa', content: 'Họp UBND tỉnh thường kỳ', place: 'Hội trường UBND tỉnh', attendees: 'Thành viên UBND tỉnh, Thủ trưởng các sở, ban, ngành' },
    { time: ['14:00', null], leaders: 'Chủ tịch UBND tỉnh Nguyễn Văn Hòa', content: 'Tiếp công dân định kỳ', place: 'Trụ sở Tiếp công dân tỉnh', attendees: 'Thanh tra tỉnh, Ban Tiếp công dân tỉnh' },
    { time: ['07:30', null], leaders: 'Phó Chủ tịch UBND tỉnh Lê Thị Thu Hà', content: 'Thăm và làm việc tại huyện Hướng Hóa về chương trình mục tiêu quốc gia', place: 'Huyện Hướng Hóa', attendees: 'Ban Dân tộc tỉnh, UBND huyện Hướng Hóa' },
    { time: ['09:00', '11:00'], leaders: 'Phó Chủ tịch UBND tỉnh Trần Quốc Bảo', content: 'Họp Ban Chỉ đạo chuyển đổi số tỉnh', place: 'Phòng họp trực tuyến, UBND tỉnh', attendees: 'Sở Thông tin và Truyền thông, các sở, ngành liên quan' },
    { time: ['14:00', '16:30'], leaders: 'Chủ tịch UBND tỉnh Nguyễn Văn Hòa', content: 'Làm việc với các nhà đầu tư dự án Cảng Mỹ Thủy', place: 'Phòng họp số 1, UBND tỉnh', attendees: 'Sở Kế hoạch và Đầu tư, Ban Quản lý Khu kinh tế tỉnh' },
    { time: ['08:00', null], leaders: 'Phó Chủ tịch UBND tỉnh Lê Thị Thu Hà', content: 'Dự Lễ khai mạc Hội thao cán bộ, công chức tỉnh', place: 'Nhà thi đấu tỉnh, Đông Hà', attendees: 'Sở Văn hóa, Thể thao và Du lịch' },
    { time: ['14:00', null], leaders: 'Lãnh đạo UBND tỉnh', content: 'Làm việc tại cơ quan', place: 'Trụ sở UBND tỉnh', attendees: '' },
  ],
  english: {
    introduction: [
      'Quang Tri is a coastal province of North Central Viet Nam, with Dong Ha City as its administrative centre. It borders Quang Binh to the north, Thua Thien Hue to the south and Laos to the west.',
      'This portal is the official channel of information of the Quang Tri Provincial People’s Committee: news, legal documents, public services and the work schedule of the provincial leaders.',
    ],
    organisation: [
      'The Provincial People’s Committee is led by its Chairman and Vice-Chairmen. Its Office, the provincial departments (such as Planning and Investment, Finance, Education and Training, Information and Communications) and the People’s Committees of the districts, towns and Dong Ha City carry out its work.',
    ],
    contact: ['Office of the Quang Tri Provincial People’s Committee', 'Address: 45 Hung Vuong Street, Dong Ha City, Quang Tri Province', 'Telephone: 0233 3852 110', 'Email: ubnd@quangtri.gov.vn'],
  },
};

const CAM_LO: DemoPlace = {
  committee: 'UBND huyện',
  officials: [
    { name: 'Hồ Văn Nam', position: 'Chủ tịch', unit: 'Lãnh đạo UBND huyện', phone: '0233 3871 101', email: 'hvnam.camlo@quangtri.gov.vn' },
    { name: 'Nguyễn Thị Hương', position: 'Phó Chủ tịch', unit: 'Lãnh đạo UBND huyện', phone: '0233 3871 102', email: 'nthuong.camlo@quangtri.gov.vn' },
    { name: 'Lê Đình Phúc', position: 'Phó Chủ tịch', unit: 'Lãnh đạo UBND huyện', phone: '0233 3871 103', email: 'ldphuc.camlo@quangtri.gov.vn' },
    { name: 'Trần Văn Dũng', position: 'Chánh Văn phòng', unit: 'Văn phòng HĐND và UBND huyện', phone: '0233 3871 544', email: 'tvdung.camlo@quangtri.gov.vn' },
    { name: 'Phạm Thị Ngọc', position: 'Phó Chánh Văn phòng', unit: 'Văn phòng HĐND và UBND huyện', phone: '0233 3871 545', email: 'ptngoc.camlo@quangtri.gov.vn' },
    { name: 'Võ Văn Thành', position: 'Trưởng phòng', unit: 'Phòng Tài chính - Kế hoạch', phone: '0233 3871 210', email: 'vvthanh.camlo@quangtri.gov.vn' },
    { name: 'Đoàn Thị Hoa', position: 'Phó Trưởng phòng', unit: 'Phòng Tài chính - Kế hoạch', phone: '0233 3871 211', email: 'dthoa.camlo@quangtri.gov.vn' },
    { name: 'Nguyễn Hữu Lợi', position: 'Trưởng phòng', unit: 'Phòng Nông nghiệp và Phát triển nông thôn', phone: '0233 3871 230', email: 'nhloi.camlo@quangtri.gov.vn' },
    { name: 'Lê Thị Bích', position: 'Trưởng phòng', unit: 'Phòng Văn hóa và Thông tin', phone: '0233 3871 250', email: 'ltbich.camlo@quangtri.gov.vn' },
    { name: 'Hoàng Văn Sơn', position: 'Phó Trưởng phòng', unit: 'Phòng Văn hóa và Thông tin', phone: '0233 3871 251', email: 'hvson.camlo@quangtri.gov.vn' },
  ],
  meetings: [
    { time: ['07:30', '09:30'], leaders: 'Chủ tịch UBND huyện Hồ Văn Nam', content: 'Giao ban lãnh đạo UBND huyện', place: 'Phòng họp UBND huyện, thị trấn Cam Lộ', attendees: 'Các Phó Chủ tịch UBND huyện, Chánh Văn phòng HĐND và UBND huyện' },
    { time: ['14:00', '16:30'], leaders: 'Phó Chủ tịch UBND huyện Nguyễn Thị Hương', content: 'Làm việc với xã Cam Thành về xây dựng nông thôn mới nâng cao', place: 'UBND xã Cam Thành', attendees: 'Phòng Nông nghiệp và Phát triển nông thôn, Văn phòng Điều phối nông thôn mới huyện' },
    { time: ['08:00', null], leaders: 'Phó Chủ tịch UBND huyện Lê Đình Phúc', content: 'Kiểm tra tiến độ thi công đường giao thông liên xã Cam Hiếu - Cam Tuyền', place: 'Xã Cam Hiếu, xã Cam Tuyền', attendees: 'Ban Quản lý dự án đầu tư xây dựng huyện, Phòng Kinh tế và Hạ tầng' },
    { time: ['08:00', '11:00'], leaders: 'Chủ tịch UBND huyện Hồ Văn Nam', content: 'Họp UBND huyện thường kỳ tháng', place: 'Hội trường UBND huyện', attendees: 'Thành viên UBND huyện, Trưởng các phòng, ban, ngành' },
    { time: ['14:00', null], leaders: 'Chủ tịch UBND huyện Hồ Văn Nam', content: 'Tiếp công dân định kỳ', place: 'Trụ sở Tiếp công dân huyện', attendees: 'Thanh tra huyện, Văn phòng HĐND và UBND huyện' },
    { time: ['07:30', null], leaders: 'Phó Chủ tịch UBND huyện Nguyễn Thị Hương', content: 'Dự Ngày hội Đại đoàn kết toàn dân tộc tại khu dân cư', place: 'Thôn Tân Hiếu, xã Cam Hiếu', attendees: 'Ủy ban MTTQ Việt Nam huyện' },
    { time: ['09:00', '11:00'], leaders: 'Phó Chủ tịch UBND huyện Lê Đình Phúc', content: 'Họp Hội đồng bồi thường, hỗ trợ và tái định cư dự án Cụm công nghiệp Cam Hiếu', place: 'Phòng họp UBND huyện', attendees: 'Phòng Tài nguyên và Môi trường, UBND xã Cam Hiếu' },
    { time: ['14:00', '16:00'], leaders: 'Chủ tịch UBND huyện Hồ Văn Nam', content: 'Làm việc với Phòng Tài chính - Kế hoạch về dự toán ngân sách năm sau', place: 'Phòng họp UBND huyện', attendees: 'Phòng Tài chính - Kế hoạch, Chi cục Thuế khu vực' },
    { time: ['08:00', null], leaders: 'Phó Chủ tịch UBND huyện Nguyễn Thị Hương', content: 'Kiểm tra công tác chuẩn bị vụ Đông Xuân', place: 'Xã Cam Thủy, xã Cam Tuyền', attendees: 'Trung tâm Dịch vụ nông nghiệp huyện' },
    { time: ['14:00', null], leaders: 'Lãnh đạo UBND huyện', content: 'Làm việc tại cơ quan', place: 'Trụ sở UBND huyện', attendees: '' },
  ],
  english: {
    introduction: [
      'Cam Lo is a district of Quang Tri Province, west of Dong Ha City along National Road 9. Its centre is Cam Lo town; its land of hills and river plains is known for pepper, rubber and the historic Cam Lo market.',
      'This portal is the official channel of information of the Cam Lo District People’s Committee.',
    ],
    organisation: [
      'The District People’s Committee is led by its Chairman and two Vice-Chairmen. Its specialised offices include the Office of the People’s Council and People’s Committee, the Finance and Planning Office, the Agriculture and Rural Development Office and the Culture and Information Office; the communes and Cam Lo town have their own People’s Committees.',
    ],
    contact: ['Cam Lo District People’s Committee', 'Address: Cam Lo town, Cam Lo District, Quang Tri Province', 'Telephone: 0233 3871 544', 'Email: ubndcamlo@quangtri.gov.vn'],
  },
};

const DEMO_PLACES: Readonly<Record<string, DemoPlace>> = { quangtri: PROVINCE, camlo: CAM_LO };

const paragraphs = (lines: readonly string[]) => sanitizeRichText(lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n'));

/** Two meetings a weekday and one on Saturday morning, drawn in turn from the place's list. */
function weekEntries(place: DemoPlace, days: readonly string[], shift: number) {
  const slots = [0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5];
  return slots.map((dayIndex, i) => {
    const m = place.meetings[(i + shift) % place.meetings.length]!;
    // A meeting keeps its own hours when they fall in its slot's half of the day; else it starts at the slot's usual hour.
    const afternoon = i % 2 === 1;
    const fits = (m.time[0] >= '12:00') === afternoon;
    const [start, end] = fits ? m.time : [afternoon ? '14:00' : '08:00', null];
    return {
      day: days[dayIndex]!, start_time: start, end_time: end, leaders: m.leaders, content: m.content, place: m.place,
      chair: m.leaders.startsWith('Lãnh đạo') ? '' : m.leaders, attendees: m.attendees, notes: '',
    };
  });
}

export async function seedScheduleAndDirectory(trx: Kysely<Database>, sites: readonly Site[], now: Date): Promise<void> {
  const stamp = now.toISOString();
  for (const site of sites) {
    const place = DEMO_PLACES[site.slug];
    if (place === undefined) continue;
    const thisWeek = vietnamIsoWeek(now);
    for (const [offset, week] of [[0, thisWeek], [1, shiftIsoWeek(thisWeek, -1)]] as const) {
      const row = await insertScheduleWeek(trx, { siteId: site.id, isoWeek: formatIsoWeek(week), createdBy: null, now: stamp, status: 'published', publishedAt: stamp });
      await replaceScheduleEntries(trx, row.id, weekEntries(place, daysOfIsoWeek(week), offset * 3));
    }
    for (const [i, o] of place.officials.entries()) {
      await trx.insertInto('directory_entries').values({ site_id: site.id, ...o, sort_order: i + 1, visible: 1, created_at: stamp, updated_at: stamp }).execute();
    }
    const english = [
      { slug: 'introduction', title: 'Introduction', lines: place.english.introduction, order: 201 },
      { slug: 'organisation', title: 'Organisation', lines: place.english.organisation, order: 202 },
      { slug: 'contact', title: 'Contact', lines: place.english.contact, order: 203 },
    ];
    for (const e of english) {
      await insertPage(trx, {
        site_id: site.id, slug: e.slug, title: e.title, body_html: paragraphs(e.lines), status: 'published', menu_order: e.order, in_menu: 0,
        published_at: stamp, created_at: stamp, updated_at: stamp, language: 'en', description: e.lines[0]?.slice(0, 160) ?? '',
      });
    }
  }
}
