/**
 * Demo citizens' questions for the province and Cam Lộ: six answered and published in
 * different fields (land, social insurance, procedures…), answered by the relevant
 * phòng (district) or sở (province), and two still waiting — one past its deadline.
 * The askers are invented; their details never appear on a public page.
 */
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, QuestionStatus } from '../db/schema.js';
import { sanitizeRichText } from '../html/sanitize.js';
import { makeTrackingCode } from '../questions/question-rules.js';
import { publicBodyHtml } from '../questions/questions.service.js';
import { insertQuestion } from '../questions/questions.repo.js';
import type { Site } from '../sites/index.js';
import { slugify } from '../text/index.js';
import { addWorkingDays, vietnamDay } from '../time/working-days.js';

/** The sites that get demo questions. */
export const DEMO_QUESTION_SITES: readonly string[] = ['quangtri', 'camlo'];

interface DemoQuestion {
  field: string;
  kind: 'question' | 'feedback';
  title: string;
  text: string;
  answer: string;
  /** Who answers: [a district's phòng, the province's sở]. */
  units: [string, string];
  asker: string;
  /** Days before `now` it was received, and working days it took to answer. */
  daysAgo: number;
  took: number;
}

const ANSWERED: readonly DemoQuestion[] = [
  {
    field: 'dat-dai', kind: 'question', asker: 'Lê Văn Hùng', daysAgo: 60, took: 9,
    title: 'Thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu',
    text: 'Gia đình tôi sử dụng thửa đất ở ổn định từ năm 1995, không có tranh chấp nhưng chưa được cấp giấy chứng nhận.\n\nXin hỏi hồ sơ đề nghị cấp giấy chứng nhận lần đầu gồm những giấy tờ gì và nộp ở đâu?',
    answer: '<p>Theo Luật Đất đai năm 2024 và Nghị định số 101/2024/NĐ-CP, hồ sơ gồm: đơn đăng ký đất đai, tài sản gắn liền với đất theo Mẫu số 04/ĐK; giấy tờ về quyền sử dụng đất (nếu có); giấy tờ về việc thực hiện nghĩa vụ tài chính (nếu có).</p><p>Ông nộp hồ sơ tại Bộ phận Một cửa hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia. Thời hạn giải quyết không quá 20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.</p>',
    units: ['Phòng Tài nguyên và Môi trường huyện', 'Sở Tài nguyên và Môi trường'],
  },
  {
    field: 'bao-hiem-xa-hoi', kind: 'question', asker: 'Nguyễn Thị Mai', daysAgo: 45, took: 6,
    title: 'Hưởng bảo hiểm xã hội một lần sau khi nghỉ việc',
    text: 'Tôi đã đóng bảo hiểm xã hội bắt buộc được 8 năm, nay nghỉ việc ở công ty may. Tôi có được rút bảo hiểm xã hội một lần không?',
    answer: '<p>Từ ngày 01/7/2025, Luật Bảo hiểm xã hội năm 2024 quy định người lao động tham gia bảo hiểm xã hội trước ngày 01/7/2025, sau 12 tháng không thuộc đối tượng tham gia bắt buộc, không tham gia tự nguyện và có thời gian đóng dưới 20 năm thì được hưởng bảo hiểm xã hội một lần nếu có yêu cầu.</p><p>Bà cân nhắc việc bảo lưu thời gian đóng để hưởng lương hưu sau này. Hồ sơ nộp tại cơ quan bảo hiểm xã hội nơi cư trú hoặc qua ứng dụng VssID.</p>',
    units: ['Bảo hiểm xã hội huyện', 'Bảo hiểm xã hội'],
  },
  {
    field: 'thu-tuc-hanh-chinh', kind: 'question', asker: 'Trần Quốc Bảo', daysAgo: 38, took: 3,
    title: 'Cấp bản sao trích lục khai sinh khi bị mất bản chính',
    text: 'Tôi bị mất giấy khai sinh bản chính. Xin hỏi tôi có thể xin cấp bản sao trích lục khai sinh ở đâu và mất bao lâu?',
    answer: '<p>Ông có thể yêu cầu cấp bản sao trích lục khai sinh tại Ủy ban nhân dân cấp xã nơi đã đăng ký khai sinh, hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia nếu việc khai sinh đã có trong Cơ sở dữ liệu hộ tịch điện tử.</p><p>Bản sao được cấp ngay trong ngày nếu nộp trước 15 giờ. Lệ phí theo quy định của Hội đồng nhân dân tỉnh.</p>',
    units: ['Phòng Tư pháp huyện', 'Sở Tư pháp'],
  },
  {
    field: 'chinh-sach-xa-hoi', kind: 'question', asker: 'Hoàng Thị Lan', daysAgo: 30, took: 11,
    title: 'Trợ cấp xã hội hằng tháng cho người cao tuổi',
    text: 'Mẹ tôi năm nay 80 tuổi, không có lương hưu hay trợ cấp bảo hiểm xã hội. Gia đình cần làm thủ tục gì để mẹ được hưởng trợ cấp hằng tháng?',
    answer: '<p>Theo Nghị định số 20/2021/NĐ-CP, người từ đủ 80 tuổi trở lên không có lương hưu, trợ cấp bảo hiểm xã hội hằng tháng thuộc đối tượng hưởng trợ cấp xã hội hằng tháng.</p><p>Gia đình nộp tờ khai theo Mẫu số 1a tại Ủy ban nhân dân xã nơi cư trú; Ủy ban nhân dân xã xét duyệt, niêm yết và chuyển hồ sơ để quyết định trợ cấp.</p>',
    units: ['Phòng Lao động - Thương binh và Xã hội huyện', 'Sở Lao động - Thương binh và Xã hội'],
  },
  {
    field: 'xay-dung', kind: 'feedback', asker: 'Phan Văn Tâm', daysAgo: 25, took: 8,
    title: 'Phản ánh đường giao thông nông thôn xuống cấp',
    text: 'Tuyến đường bê tông liên thôn dài khoảng 2 km bị sụt lún, nhiều ổ gà, mùa mưa đi lại rất khó khăn, nhất là học sinh đi học.\n\nĐề nghị cơ quan chức năng xem xét sửa chữa.',
    answer: '<p>Tiếp nhận phản ánh, đơn vị đã phối hợp với Ủy ban nhân dân xã kiểm tra hiện trường. Tuyến đường đã được đưa vào danh mục duy tu, sửa chữa năm nay từ nguồn vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới.</p><p>Trong thời gian chờ thi công, xã đã bố trí san lấp tạm các ổ gà và đặt biển cảnh báo.</p>',
    units: ['Phòng Kinh tế và Hạ tầng huyện', 'Sở Xây dựng'],
  },
  {
    field: 'giao-duc', kind: 'question', asker: 'Võ Thị Hạnh', daysAgo: 20, took: 5,
    title: 'Miễn học phí cho trẻ mầm non năm học mới',
    text: 'Con tôi học mẫu giáo 5 tuổi ở trường công lập. Xin hỏi năm học này con tôi có được miễn học phí không?',
    answer: '<p>Theo Nghị quyết của Quốc hội về miễn học phí, từ năm học 2025-2026 trẻ em mầm non, học sinh phổ thông học tại cơ sở giáo dục công lập được miễn học phí.</p><p>Gia đình không phải làm hồ sơ đề nghị; nhà trường thực hiện theo danh sách học sinh.</p>',
    units: ['Phòng Giáo dục và Đào tạo huyện', 'Sở Giáo dục và Đào tạo'],
  },
];

const WAITING: readonly (Omit<DemoQuestion, 'answer' | 'took'> & { status: QuestionStatus })[] = [
  {
    field: 'lao-dong-viec-lam', kind: 'question', asker: 'Đặng Minh Quân', daysAgo: 40, status: 'assigned',
    title: 'Hỗ trợ học nghề cho lao động nông thôn',
    text: 'Tôi 35 tuổi, làm nông. Tôi muốn học nghề sửa chữa máy nông nghiệp thì có được hỗ trợ học phí không?',
    units: ['Phòng Lao động - Thương binh và Xã hội huyện', 'Sở Lao động - Thương binh và Xã hội'],
  },
  {
    field: 'tai-nguyen-moi-truong', kind: 'feedback', asker: 'Bùi Thị Thu', daysAgo: 2, status: 'received',
    title: 'Phản ánh khói bụi từ lò đốt rác gần khu dân cư',
    text: 'Lò đốt rác của thôn hoạt động vào buổi tối, khói bay vào nhà dân gây khó thở. Đề nghị kiểm tra, xử lý.',
    units: ['Phòng Tài nguyên và Môi trường huyện', 'Sở Tài nguyên và Môi trường'],
  },
];

const DAY_MS = 86_400_000;

/** The unit of the site: a district's phòng carries the district's name; the province's sở is the province's. */
function unitOf(units: [string, string], site: Site): string {
  if (site.kind === 'province') return `${units[1]} tỉnh Quảng Trị`;
  const place = site.shortName.replace(/^Huyện /, '');
  return `${units[0]} ${place}`;
}

export async function seedDemoQuestions(db: Kysely<Database>, sites: readonly Site[], now: Date): Promise<number> {
  let count = 0;
  const code = () => makeTrackingCode((bound) => crypto.randomInt(bound));
  for (const site of sites.filter((s) => DEMO_QUESTION_SITES.includes(s.slug))) {
    for (const q of ANSWERED) {
      const received = new Date(now.getTime() - q.daysAgo * DAY_MS);
      const answeredDay = addWorkingDays(vietnamDay(received), q.took);
      const answeredAt = new Date(`${answeredDay}T09:30:00+07:00`).toISOString();
      const answer = sanitizeRichText(q.answer);
      await insertQuestion(db, {
        site_id: site.id, kind: q.kind, field: q.field, title: q.title, question_text: q.text,
        asker_name: q.asker, asker_email: null, asker_phone: '0233 3500 000', asker_address: null,
        tracking_code: code(), received_at: received.toISOString(), deadline: addWorkingDays(vietnamDay(received), 15),
        assigned_unit: unitOf(q.units, site), assignee: null, answer_html: answer, answered_at: answeredAt, answered_by: null,
        status: 'published', status_note: null, published_at: answeredAt, slug: slugify(q.title, 100),
        body_html: publicBodyHtml({ question_text: q.text, answer_html: answer }), updated_at: answeredAt,
      });
      count += 1;
    }
    for (const q of WAITING) {
      const received = new Date(now.getTime() - q.daysAgo * DAY_MS);
      await insertQuestion(db, {
        site_id: site.id, kind: q.kind, field: q.field, title: q.title, question_text: q.text,
        asker_name: q.asker, asker_email: null, asker_phone: '0233 3500 000', asker_address: null,
        tracking_code: code(), received_at: received.toISOString(), deadline: addWorkingDays(vietnamDay(received), 15),
        assigned_unit: q.status === 'assigned' ? unitOf(q.units, site) : null, assignee: null,
        status: q.status, updated_at: received.toISOString(),
      });
      count += 1;
    }
  }
  return count;
}
