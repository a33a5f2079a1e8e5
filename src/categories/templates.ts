/**
 * The usual menu of a Vietnamese local-government portal, per kind of site: the
 * categories a new site starts with (and the demo system's portals use). Pure data;
 * each entry names a category once, so the demo generator and the site templates
 * share the wording.
 */
import type { SiteKind } from '../db/schema.js';

export interface CategoryTemplate {
  readonly slug: string;
  readonly name: string;
  readonly description: string;
}

const entry = (slug: string, name: string, description: string): CategoryTemplate => ({ slug, name, description });

/** Every category a template can hold, by slug. */
export const STANDARD_CATEGORIES = {
  'tin-tuc-su-kien': entry(
    'tin-tuc-su-kien',
    'Tin tức - Sự kiện',
    'Tin hoạt động, sự kiện nổi bật của địa phương, các ngày lễ lớn và hoạt động của Mặt trận, đoàn thể.',
  ),
  'chi-dao-dieu-hanh': entry(
    'chi-dao-dieu-hanh',
    'Chỉ đạo điều hành',
    'Văn bản, ý kiến chỉ đạo, điều hành của lãnh đạo chính quyền; phòng chống thiên tai, đầu tư công.',
  ),
  'thong-bao': entry('thong-bao', 'Thông báo', 'Thông báo, thông cáo báo chí, lịch tiếp công dân và các thông tin cần công khai.'),
  'kinh-te-xa-hoi': entry(
    'kinh-te-xa-hoi',
    'Kinh tế - Xã hội',
    'Tình hình kinh tế, đầu tư, ngân sách, giảm nghèo, an sinh xã hội, lao động việc làm và môi trường.',
  ),
  'nong-nghiep-nong-thon': entry(
    'nong-nghiep-nong-thon',
    'Nông nghiệp - Nông thôn mới',
    'Sản xuất nông nghiệp, xây dựng nông thôn mới, chương trình OCOP và khắc phục hậu quả thiên tai.',
  ),
  'van-hoa-the-thao': entry('van-hoa-the-thao', 'Văn hóa - Thể thao', 'Hoạt động văn hóa, văn nghệ, lễ hội, thể dục thể thao, du lịch và bảo tồn di tích.'),
  'giao-duc-y-te': entry('giao-duc-y-te', 'Giáo dục - Y tế', 'Giáo dục và đào tạo, khám chữa bệnh, tiêm chủng, phòng chống dịch bệnh và bảo hiểm y tế.'),
  'quoc-phong-an-ninh': entry(
    'quoc-phong-an-ninh',
    'Quốc phòng - An ninh',
    'Công tác quân sự địa phương, diễn tập, tuyển quân, an ninh trật tự và an toàn giao thông.',
  ),
  'cai-cach-hanh-chinh': entry(
    'cai-cach-hanh-chinh',
    'Cải cách hành chính',
    'Cải cách thủ tục hành chính, dịch vụ công trực tuyến, Bộ phận Một cửa và chuyển đổi số.',
  ),
  'xay-dung-dang': entry(
    'xay-dung-dang',
    'Xây dựng Đảng',
    'Công tác xây dựng Đảng, học tập nghị quyết, kiểm tra giám sát, dân vận và phát triển đảng viên.',
  ),
  'hoat-dong-chuyen-nganh': entry(
    'hoat-dong-chuyen-nganh',
    'Hoạt động chuyên ngành',
    'Hoạt động quản lý nhà nước trong lĩnh vực của cơ quan, chương trình, đề án và kết quả thực hiện.',
  ),
  'thong-tin-tuyen-truyen': entry(
    'thong-tin-tuyen-truyen',
    'Thông tin tuyên truyền',
    'Phổ biến, giáo dục pháp luật và tuyên truyền chủ trương, chính sách đến người dân, doanh nghiệp.',
  ),
} as const satisfies Record<string, CategoryTemplate>;

export type StandardCategorySlug = keyof typeof STANDARD_CATEGORIES;

/** A province's or a district's portal: the full menu. */
const LOCAL_GOVERNMENT: readonly StandardCategorySlug[] = [
  'tin-tuc-su-kien',
  'chi-dao-dieu-hanh',
  'thong-bao',
  'kinh-te-xa-hoi',
  'nong-nghiep-nong-thon',
  'van-hoa-the-thao',
  'giao-duc-y-te',
  'quoc-phong-an-ninh',
  'cai-cach-hanh-chinh',
  'xay-dung-dang',
];

const TEMPLATE_SLUGS: Readonly<Record<SiteKind, readonly StandardCategorySlug[]>> = {
  province: LOCAL_GOVERNMENT,
  district: LOCAL_GOVERNMENT,
  department: ['tin-tuc-su-kien', 'chi-dao-dieu-hanh', 'thong-bao', 'hoat-dong-chuyen-nganh', 'cai-cach-hanh-chinh', 'thong-tin-tuyen-truyen'],
  commune: ['tin-tuc-su-kien', 'thong-bao', 'kinh-te-xa-hoi', 'van-hoa-the-thao', 'cai-cach-hanh-chinh'],
  other: ['tin-tuc-su-kien', 'thong-bao'],
};

/** The categories a new site of this kind starts with, in menu order (from 1). */
export function categoryTemplate(kind: SiteKind): readonly (CategoryTemplate & { readonly menuOrder: number })[] {
  return TEMPLATE_SLUGS[kind].map((slug, index) => ({ ...STANDARD_CATEGORIES[slug], menuOrder: index + 1 }));
}
