/**
 * Publication times and the calendar words that depend on them. Vietnam has kept
 * UTC+7 without daylight saving since 1975, so local time is a fixed offset and no
 * time-zone database is needed here.
 */
import { VIETNAM_OFFSET_MS as VIETNAM_OFFSET } from '../../time/vietnam-time.js';
import type { Rng } from './random.js';
import type { Slots } from './types.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Editors publish between 06:00 and 21:00 local time. */
const FIRST_MINUTE = 6 * 60;
const LAST_MINUTE = 21 * 60;
/** > 1 skews ages towards 0: about 30% of articles fall in the newest sixth of the span. */
const RECENCY = 1.5;

/**
 * `count` distinct instants in (now − years, now], each on a whole minute between
 * 06:00 and 21:00 Vietnam time, oldest first. Denser towards `now`, so that a demo
 * portal's front page looks current while its archive still reaches back.
 */
export function spreadDates(rng: Rng, count: number, now: Date, years: number): Date[] {
  const end = now.getTime();
  const start = end - years * 365.2425 * DAY;
  const seen = new Set<number>();
  let attempts = 0;
  while (seen.size < count) {
    if (++attempts > count * 50 + 1000) {
      throw new Error(`cannot place ${count} distinct publication times in ${years} years`);
    }
    const age = Math.pow(rng.next(), RECENCY) * (end - start);
    const localDay = Math.floor((end - age + VIETNAM_OFFSET) / DAY);
    const minute = rng.int(FIRST_MINUTE, LAST_MINUTE - 1);
    const instant = localDay * DAY + minute * 60_000 - VIETNAM_OFFSET;
    if (instant <= start || instant > end || seen.has(instant)) continue;
    seen.add(instant);
  }
  return [...seen].sort((a, b) => a - b).map((t) => new Date(t));
}

export interface LocalDate {
  year: number;
  month: number;
  day: number;
  hour: number;
}

export function vietnamLocal(instant: Date | number): LocalDate {
  const local = new Date(new Date(instant).getTime() + VIETNAM_OFFSET);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate(), hour: local.getUTCHours() };
}

interface Anniversary {
  name: string;
  day: number;
  month: number;
  since: number;
}

const ANNIVERSARIES: readonly Anniversary[] = [
  { name: 'Ngày thành lập Đảng Cộng sản Việt Nam', day: 3, month: 2, since: 1930 },
  { name: 'Ngày Thầy thuốc Việt Nam', day: 27, month: 2, since: 1955 },
  { name: 'Ngày truyền thống Bộ đội Biên phòng', day: 3, month: 3, since: 1959 },
  { name: 'Ngày thành lập Đoàn TNCS Hồ Chí Minh', day: 26, month: 3, since: 1931 },
  { name: 'Ngày Giải phóng miền Nam, thống nhất đất nước', day: 30, month: 4, since: 1975 },
  { name: 'Ngày Giải phóng tỉnh Quảng Trị', day: 1, month: 5, since: 1972 },
  { name: 'Ngày sinh Chủ tịch Hồ Chí Minh', day: 19, month: 5, since: 1890 },
  { name: 'Ngày tái lập tỉnh Quảng Trị', day: 1, month: 7, since: 1989 },
  { name: 'Ngày Thương binh - Liệt sĩ', day: 27, month: 7, since: 1947 },
  { name: 'Ngày truyền thống Công an nhân dân', day: 19, month: 8, since: 1945 },
  { name: 'Cách mạng tháng Tám và Quốc khánh 2/9', day: 2, month: 9, since: 1945 },
  { name: 'Ngày truyền thống Hội Nông dân Việt Nam', day: 14, month: 10, since: 1930 },
  { name: 'Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam', day: 20, month: 10, since: 1930 },
  { name: 'Ngày truyền thống Mặt trận Tổ quốc Việt Nam', day: 18, month: 11, since: 1930 },
  { name: 'Ngày Nhà giáo Việt Nam', day: 20, month: 11, since: 1982 },
  { name: 'Ngày thành lập Quân đội nhân dân Việt Nam', day: 22, month: 12, since: 1944 },
];

/**
 * An anniversary falling from three days after to three weeks before the article, or
 * none: articles about a "lễ kỷ niệm" are only written around the day itself.
 */
function recentAnniversary(rng: Rng, at: LocalDate): { title: string; full: string } | null {
  const today = Date.UTC(at.year, at.month - 1, at.day);
  const recent = ANNIVERSARIES.map((a) => {
    let year = at.year;
    if (Date.UTC(year, a.month - 1, a.day) > today + 3 * DAY) year -= 1;
    return { a, year, age: today - Date.UTC(year, a.month - 1, a.day) };
  }).filter((d) => d.age <= 21 * DAY);
  if (recent.length === 0) return null;
  const { a, year } = rng.pick(recent);
  const title = `kỷ niệm ${year - a.since} năm ${a.name}`;
  return { title, full: `${title} (${a.day}/${a.month}/${a.since} - ${a.day}/${a.month}/${year})` };
}

/** Who receives gifts, and on which occasion, by month; Tết months are filled in with the lunar year. */
const GIFTS: Readonly<Record<number, { occasion: string; target: string }>> = {
  1: { occasion: 'Tết Nguyên đán', target: 'gia đình chính sách, hộ nghèo' },
  2: { occasion: 'Tết Nguyên đán', target: 'gia đình chính sách, hộ nghèo' },
  3: { occasion: 'Ngày Quốc tế Phụ nữ 8/3', target: 'hội viên phụ nữ nghèo' },
  4: { occasion: 'Ngày Giải phóng miền Nam 30/4', target: 'cựu chiến binh, người có công' },
  5: { occasion: 'Ngày Quốc tế Thiếu nhi 1/6', target: 'trẻ em nghèo' },
  6: { occasion: 'Ngày Quốc tế Thiếu nhi 1/6', target: 'trẻ em nghèo' },
  7: { occasion: 'Ngày Thương binh - Liệt sĩ 27/7', target: 'người có công với cách mạng' },
  8: { occasion: 'Tết Trung thu', target: 'trẻ em có hoàn cảnh khó khăn' },
  9: { occasion: 'Tết Trung thu', target: 'trẻ em có hoàn cảnh khó khăn' },
  12: { occasion: 'Tết Nguyên đán', target: 'gia đình chính sách, hộ nghèo' },
};

const CAN = ['Canh', 'Tân', 'Nhâm', 'Quý', 'Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ'];
const CHI = ['Thân', 'Dậu', 'Tuất', 'Hợi', 'Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi'];

/** "Quý Mão 2023": the lunar year named by the sexagenary cycle. */
export function lunarYearName(year: number): string {
  return `${CAN[year % 10] ?? ''} ${CHI[year % 12] ?? ''} ${year}`;
}

/** Slots that follow the calendar: review periods, seasons, holidays, the event's day. */
export function timeSlots(rng: Rng, publishedAt: Date): Slots {
  const at = vietnamLocal(publishedAt);
  const { year, month: m } = at;
  // The event happened the same day or a day or two before it was written up.
  let back = rng.int(0, 2);
  if (back === 0 && at.hour < 11) back = 1;
  const event = vietnamLocal(publishedAt.getTime() - back * DAY);
  const part = back === 0 ? (at.hour >= 16 ? rng.pick(['sáng', 'chiều']) : 'sáng') : rng.pick(['sáng', 'chiều', 'ngày']);

  const review = m <= 2 || m === 12 ? 'tổng kết' : 'sơ kết';
  const period =
    m <= 2 ? `năm ${year - 1}` : m <= 5 ? `quý I năm ${year}` : m <= 8 ? `6 tháng đầu năm ${year}` : m <= 11 ? `9 tháng năm ${year}` : `năm ${year}`;
  const nextPeriod =
    m <= 2 ? `năm ${year}` : m <= 5 ? `quý II năm ${year}` : m <= 8 ? `6 tháng cuối năm ${year}` : m <= 11 ? `quý IV năm ${year}` : `năm ${year + 1}`;
  // Đông Xuân rice is sown around December and cut in April–May; Hè Thu is sown in May
  // and cut in August–September; winter months harvest the vụ Đông vegetables.
  const season = m >= 9 ? `vụ Đông Xuân ${year}-${year + 1}` : m <= 3 ? `vụ Đông Xuân ${year - 1}-${year}` : `vụ Hè Thu ${year}`;
  const harvest =
    m >= 3 && m <= 6 ? `lúa vụ Đông Xuân ${year - 1}-${year}` : m >= 7 && m <= 10 ? `lúa vụ Hè Thu ${year}` : `cây màu vụ Đông`;
  const schoolYear = m >= 8 ? `${year}-${year + 1}` : `${year - 1}-${year}`;
  const tet = `Tết Nguyên đán ${lunarYearName(m === 12 ? year + 1 : year)}`;
  const gift = GIFTS[m] ?? { occasion: 'Tháng cao điểm Vì người nghèo', target: 'hộ nghèo, hộ cận nghèo' };
  const giftOccasion = m === 12 || m <= 2 ? tet : gift.occasion;
  const holiday =
    m === 12 || m <= 2 ? `dịp ${tet}` : m <= 5 ? 'dịp nghỉ lễ 30/4 - 1/5' : m <= 8 ? 'mùa du lịch hè' : m === 9 ? 'dịp nghỉ lễ Quốc khánh 2/9' : 'những tháng cuối năm';
  const anniversary = recentAnniversary(rng, at);

  return {
    year: [String(year)],
    prevYear: [String(year - 1)],
    nextYear: [String(year + 1)],
    month: [`${m}/${year}`],
    review: [review],
    period: [period],
    nextPeriod: [nextPeriod],
    season: [season],
    harvest: [harvest],
    schoolYear: [schoolYear],
    tet: [tet],
    giftOccasion: [giftOccasion],
    giftTarget: [gift.target],
    holiday: [holiday],
    ...(anniversary ? { anniv: [anniversary.title], annivFull: [anniversary.full] } : {}),
    when: [`${part} ${event.day}/${event.month}`],
  };
}
