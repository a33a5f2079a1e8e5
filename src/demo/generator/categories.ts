/**
 * The categories of a demo portal, in menu order, each paired with the vocabulary its
 * articles are written from. The first two match the categories of the seed article's
 * portal; the rest are the usual sections of a Vietnamese local-government portal.
 */
import { ECONOMY, AGRICULTURE } from './topics-economy.js';
import { DIRECTION, NEWS } from './topics-news.js';
import { PARTY, REFORM } from './topics-party.js';
import { CULTURE, DEFENCE, EDUCATION_HEALTH } from './topics-society.js';
import type { Topic } from './types.js';

export interface DemoCategory {
  readonly slug: string;
  readonly name: string;
  readonly menuOrder: number;
  readonly description: string;
}

interface CategoryWithTopic extends DemoCategory {
  readonly topic: Topic;
  /** Relative share of articles: general news is the busiest section of every portal. */
  readonly weight: number;
}

const CATEGORIES: readonly CategoryWithTopic[] = [
  {
    slug: 'tin-tuc-su-kien',
    name: 'Tin tức - Sự kiện',
    menuOrder: 1,
    description: 'Tin hoạt động, sự kiện nổi bật của địa phương, các ngày lễ lớn và hoạt động của Mặt trận, đoàn thể.',
    topic: NEWS,
    weight: 3,
  },
  {
    slug: 'chi-dao-dieu-hanh',
    name: 'Chỉ đạo điều hành',
    menuOrder: 2,
    description: 'Văn bản, ý kiến chỉ đạo, điều hành của lãnh đạo chính quyền; phòng chống thiên tai, đầu tư công.',
    topic: DIRECTION,
    weight: 2,
  },
  {
    slug: 'kinh-te-xa-hoi',
    name: 'Kinh tế - Xã hội',
    menuOrder: 3,
    description: 'Tình hình kinh tế, đầu tư, ngân sách, giảm nghèo, an sinh xã hội, lao động việc làm và môi trường.',
    topic: ECONOMY,
    weight: 2,
  },
  {
    slug: 'nong-nghiep-nong-thon',
    name: 'Nông nghiệp - Nông thôn mới',
    menuOrder: 4,
    description: 'Sản xuất nông nghiệp, xây dựng nông thôn mới, chương trình OCOP và khắc phục hậu quả thiên tai.',
    topic: AGRICULTURE,
    weight: 2,
  },
  {
    slug: 'van-hoa-the-thao',
    name: 'Văn hóa - Thể thao',
    menuOrder: 5,
    description: 'Hoạt động văn hóa, văn nghệ, lễ hội, thể dục thể thao, du lịch và bảo tồn di tích.',
    topic: CULTURE,
    weight: 2,
  },
  {
    slug: 'giao-duc-y-te',
    name: 'Giáo dục - Y tế',
    menuOrder: 6,
    description: 'Giáo dục và đào tạo, khám chữa bệnh, tiêm chủng, phòng chống dịch bệnh và bảo hiểm y tế.',
    topic: EDUCATION_HEALTH,
    weight: 2,
  },
  {
    slug: 'quoc-phong-an-ninh',
    name: 'Quốc phòng - An ninh',
    menuOrder: 7,
    description: 'Công tác quân sự địa phương, diễn tập, tuyển quân, an ninh trật tự và an toàn giao thông.',
    topic: DEFENCE,
    weight: 1,
  },
  {
    slug: 'cai-cach-hanh-chinh',
    name: 'Cải cách hành chính',
    menuOrder: 8,
    description: 'Cải cách thủ tục hành chính, dịch vụ công trực tuyến, Bộ phận Một cửa và chuyển đổi số.',
    topic: REFORM,
    weight: 1,
  },
  {
    slug: 'xay-dung-dang',
    name: 'Xây dựng Đảng',
    menuOrder: 9,
    description: 'Công tác xây dựng Đảng, học tập nghị quyết, kiểm tra giám sát, dân vận và phát triển đảng viên.',
    topic: PARTY,
    weight: 1,
  },
];

/** The categories as a site stores them (without the generator's vocabulary). */
export const DEMO_CATEGORIES: readonly DemoCategory[] = CATEGORIES.map(({ slug, name, menuOrder, description }) => ({
  slug,
  name,
  menuOrder,
  description,
}));

/** @internal The generator's view: category, vocabulary and share of articles. */
export const CATEGORY_TOPICS: readonly CategoryWithTopic[] = CATEGORIES;
