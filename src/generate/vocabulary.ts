/**
 * Word lists for synthetic provincial data, in the register of Vietnamese local government:
 * place names for the district and commune portals, the province's departments (sở),
 * tags per category, and the subjects of legal documents and citizens' questions.
 * Article text itself comes from the demo generator's phrase lists (demo/generator).
 */

/** Syllable pairs of place names: "Vĩnh" + "Thủy" → "Vĩnh Thủy". */
export const PLACE_FIRST: readonly string[] = [
  'An', 'Bình', 'Cam', 'Hải', 'Gio', 'Triệu', 'Vĩnh', 'Hướng', 'Tân', 'Phú', 'Đông', 'Trung', 'Thanh', 'Hòa', 'Phong',
  'Mỹ', 'Quảng', 'Nghĩa', 'Thạch', 'Đức', 'Kim', 'Hiền', 'Linh', 'Long', 'Phước', 'Xuân', 'Hưng', 'Thuận', 'Ân', 'Lộc',
];

export const PLACE_SECOND: readonly string[] = [
  'Thủy', 'Hiếu', 'Thành', 'Chính', 'Nghĩa', 'Tuyền', 'Lâm', 'Sơn', 'Giang', 'Hà', 'Khê', 'Thái', 'Tú', 'Long', 'Hòa',
  'Phú', 'An', 'Lợi', 'Bình', 'Quang', 'Mai', 'Châu', 'Trạch', 'Độ', 'Vân', 'Phước', 'Hưng', 'Định', 'Lệ', 'Trường',
];

/** Departments of a provincial government, as their portals name them. */
export const DEPARTMENTS: readonly string[] = [
  'Sở Nội vụ', 'Sở Tư pháp', 'Sở Tài chính', 'Sở Công Thương', 'Sở Nông nghiệp và Môi trường', 'Sở Xây dựng',
  'Sở Giáo dục và Đào tạo', 'Sở Y tế', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Khoa học và Công nghệ',
  'Sở Dân tộc và Tôn giáo', 'Thanh tra tỉnh', 'Văn phòng UBND tỉnh', 'Ban Quản lý Khu kinh tế tỉnh',
  'Trung tâm Phục vụ hành chính công tỉnh', 'Đài Phát thanh và Truyền hình tỉnh', 'Bảo hiểm xã hội tỉnh',
  'Ban Dân tộc tỉnh', 'Sở Ngoại vụ', 'Liên minh Hợp tác xã tỉnh',
];

/** Tags editors attach, by category slug; "*" is for any category. */
export const TAGS_BY_CATEGORY: Readonly<Record<string, readonly string[]>> = {
  '*': ['chuyển đổi số', 'bình đẳng giới', 'cải cách hành chính', 'an sinh xã hội', 'giảm nghèo bền vững'],
  'tin-tuc-su-kien': ['kỷ niệm ngày lễ', 'Mặt trận Tổ quốc', 'hội nghị tổng kết', 'thăm và tặng quà'],
  'chi-dao-dieu-hanh': ['phòng chống thiên tai', 'đầu tư công', 'ủy ban nhân dân', 'giải ngân vốn'],
  'kinh-te-xa-hoi': ['thu ngân sách', 'doanh nghiệp', 'lao động việc làm', 'bảo vệ môi trường'],
  'nong-nghiep-nong-thon': ['nông thôn mới', 'OCOP', 'sản xuất vụ đông xuân', 'khuyến nông'],
  'van-hoa-the-thao': ['di tích lịch sử', 'du lịch', 'lễ hội truyền thống', 'thể thao quần chúng'],
  'giao-duc-y-te': ['tiêm chủng', 'bảo hiểm y tế', 'khuyến học', 'phòng chống dịch bệnh'],
  'quoc-phong-an-ninh': ['tuyển quân', 'an toàn giao thông', 'diễn tập khu vực phòng thủ', 'phòng cháy chữa cháy'],
  'cai-cach-hanh-chinh': ['dịch vụ công trực tuyến', 'Bộ phận Một cửa', 'thủ tục hành chính'],
  'xay-dung-dang': ['học tập nghị quyết', 'phát triển đảng viên', 'kiểm tra giám sát', 'dân vận khéo'],
};

/** What a local plan, decision or directive is about; "{năm}" is its year. */
export const DOCUMENT_SUBJECTS: readonly string[] = [
  'Kế hoạch thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm {năm}',
  'Kế hoạch cải cách hành chính năm {năm}',
  'Kế hoạch chuyển đổi số năm {năm}',
  'Kế hoạch thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm {năm}',
  'Phê duyệt danh mục dự án đầu tư công trung hạn giai đoạn {năm}',
  'Ban hành Quy chế tiếp công dân của Ủy ban nhân dân',
  'Về việc tăng cường công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm {năm}',
  'Kế hoạch tuyên truyền, phổ biến, giáo dục pháp luật năm {năm}',
  'Về việc giao chỉ tiêu tuyển chọn và gọi công dân nhập ngũ năm {năm}',
  'Kế hoạch triển khai Tháng hành động vì an toàn thực phẩm năm {năm}',
  'Phê duyệt kế hoạch sử dụng đất năm {năm}',
  'Kế hoạch thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm {năm}',
  'Về việc đẩy mạnh giải ngân vốn đầu tư công năm {năm}',
  'Kế hoạch tổ chức các hoạt động kỷ niệm các ngày lễ lớn năm {năm}',
  'Ban hành Quy chế làm việc của Ủy ban nhân dân nhiệm kỳ {năm}',
];

/** Questions citizens send, with the field they file them under (questions/fields.ts). */
export const QUESTION_SUBJECTS: ReadonlyArray<{ field: string; title: string; text: string; answer: string }> = [
  {
    field: 'dat-dai',
    title: 'Thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu',
    text: 'Gia đình tôi sử dụng thửa đất ở ổn định nhiều năm, không có tranh chấp nhưng chưa được cấp giấy chứng nhận. Xin hỏi hồ sơ gồm những gì và nộp ở đâu?',
    answer: 'Hồ sơ gồm đơn đăng ký đất đai theo mẫu và giấy tờ về quyền sử dụng đất (nếu có), nộp tại Bộ phận Một cửa hoặc trên Cổng Dịch vụ công quốc gia.',
  },
  {
    field: 'bao-hiem-xa-hoi',
    title: 'Hưởng bảo hiểm xã hội một lần sau khi nghỉ việc',
    text: 'Tôi đã đóng bảo hiểm xã hội bắt buộc được 8 năm, nay nghỉ việc. Tôi có được hưởng bảo hiểm xã hội một lần không?',
    answer: 'Người lao động đủ điều kiện theo Luật Bảo hiểm xã hội được hưởng một lần nếu có yêu cầu; nên cân nhắc bảo lưu thời gian đóng để hưởng lương hưu.',
  },
  {
    field: 'thu-tuc-hanh-chinh',
    title: 'Cấp bản sao trích lục khai sinh khi bị mất bản chính',
    text: 'Tôi bị mất giấy khai sinh bản chính. Xin hỏi tôi có thể xin cấp bản sao trích lục khai sinh ở đâu?',
    answer: 'Ông có thể yêu cầu tại Ủy ban nhân dân cấp xã nơi đã đăng ký khai sinh hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia.',
  },
  {
    field: 'chinh-sach-xa-hoi',
    title: 'Trợ cấp xã hội hằng tháng cho người cao tuổi',
    text: 'Mẹ tôi năm nay 80 tuổi, không có lương hưu. Gia đình cần làm thủ tục gì để mẹ được hưởng trợ cấp hằng tháng?',
    answer: 'Gia đình nộp tờ khai theo mẫu tại Ủy ban nhân dân xã nơi cư trú; Ủy ban nhân dân xã xét duyệt, niêm yết và đề nghị quyết định trợ cấp.',
  },
  {
    field: 'xay-dung',
    title: 'Phản ánh đường giao thông nông thôn xuống cấp',
    text: 'Tuyến đường bê tông liên thôn bị sụt lún, nhiều ổ gà, mùa mưa đi lại rất khó khăn. Đề nghị cơ quan chức năng xem xét sửa chữa.',
    answer: 'Tuyến đường đã được đưa vào danh mục duy tu, sửa chữa từ nguồn vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới.',
  },
  {
    field: 'giao-duc',
    title: 'Miễn học phí cho trẻ mầm non năm học mới',
    text: 'Con tôi học mẫu giáo 5 tuổi ở trường công lập. Xin hỏi năm học này con tôi có được miễn học phí không?',
    answer: 'Trẻ em mầm non học tại cơ sở giáo dục công lập được miễn học phí; gia đình không phải làm hồ sơ đề nghị.',
  },
  {
    field: 'lao-dong-viec-lam',
    title: 'Hỗ trợ học nghề cho lao động nông thôn',
    text: 'Tôi làm nông, muốn học nghề sửa chữa máy nông nghiệp thì có được hỗ trợ học phí không?',
    answer: 'Lao động nông thôn được hỗ trợ chi phí đào tạo nghề trình độ sơ cấp; đăng ký tại Phòng Lao động - Thương binh và Xã hội.',
  },
  {
    field: 'tai-nguyen-moi-truong',
    title: 'Phản ánh khói bụi từ lò đốt rác gần khu dân cư',
    text: 'Lò đốt rác của thôn hoạt động vào buổi tối, khói bay vào nhà dân gây khó thở. Đề nghị kiểm tra, xử lý.',
    answer: 'Đơn vị đã kiểm tra, yêu cầu điều chỉnh thời gian đốt và lắp thiết bị xử lý khói; sẽ giám sát định kỳ.',
  },
];

/** Given and family names of the people who ask. */
export const FAMILY_NAMES: readonly string[] = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô'];
export const GIVEN_NAMES: readonly string[] = ['Văn Hùng', 'Thị Mai', 'Quốc Bảo', 'Thị Lan', 'Văn Tâm', 'Thị Hạnh', 'Minh Quân', 'Thị Thu', 'Đức Anh', 'Ngọc Hà'];
