/**
 * Phrases any category may use, and the pen names of contributors. Each category's own
 * vocabulary lives in topics-*.ts and the place names in places.ts. All of it was written
 * for this project in the register of Vietnamese local-government news.
 */

/** Sentences that fit the body of an article on any topic. */
export const COMMON_SENTENCES: readonly string[] = [
  'Thời gian qua, được sự quan tâm lãnh đạo, chỉ đạo của {partyFull}, {ubnd}, cùng sự vào cuộc của cả hệ thống chính trị, công tác này đã có nhiều chuyển biến tích cực.',
  'Các phòng, ban, ngành, đoàn thể và {subunits} đã chủ động xây dựng kế hoạch, phân công nhiệm vụ cụ thể cho từng cán bộ, công chức.',
  'Công tác tuyên truyền được đẩy mạnh bằng nhiều hình thức như hệ thống loa truyền thanh, trang thông tin điện tử, mạng xã hội và các buổi sinh hoạt tại thôn, khu phố.',
  'Bên cạnh những kết quả đạt được, vẫn còn một số khó khăn, hạn chế như nguồn lực đầu tư còn hạn hẹp, sự phối hợp giữa một số cơ quan, đơn vị có lúc chưa đồng bộ.',
  'Nhiều địa phương đã có cách làm sáng tạo, phù hợp với điều kiện thực tế, tạo được sự đồng thuận cao trong nhân dân.',
  'Qua đó góp phần nâng cao nhận thức và trách nhiệm của cán bộ, đảng viên và các tầng lớp nhân dân trên địa bàn {place}.',
  'Tại {*unit}, chính quyền địa phương đã phối hợp với các đoàn thể tổ chức ra quân đồng loạt, thu hút đông đảo người dân tham gia.',
  'Đại diện lãnh đạo {*unit} cho biết, địa phương đã bám sát kế hoạch của cấp trên và triển khai nhiều giải pháp đồng bộ.',
  'Các đại biểu đã tập trung thảo luận, chỉ ra nguyên nhân của những tồn tại, hạn chế và đề xuất nhiều giải pháp thiết thực.',
  'Vai trò của người đứng đầu cấp ủy, chính quyền được phát huy, tạo sự chuyển biến rõ nét trong thực hiện nhiệm vụ.',
  'Công tác kiểm tra, giám sát được duy trì thường xuyên, kịp thời chấn chỉnh những thiếu sót phát sinh ở cơ sở.',
  'Việc huy động nguồn lực xã hội hóa được quan tâm, nhận được sự hưởng ứng của doanh nghiệp, nhà hảo tâm và con em quê hương đang sinh sống, làm việc xa quê.',
  'Đến nay, các chỉ tiêu đề ra cơ bản đạt và vượt kế hoạch, góp phần vào sự phát triển chung của {place}.',
  'Nhiều ý kiến đề nghị cấp trên quan tâm hỗ trợ thêm kinh phí, đào tạo, bồi dưỡng nâng cao năng lực cho đội ngũ cán bộ cơ sở.',
  'Người dân {*unit} phấn khởi khi những đổi thay trên quê hương ngày càng rõ nét.',
  'Đường làng, ngõ xóm được bê tông hóa, hệ thống điện chiếu sáng được lắp đặt, tạo diện mạo mới cho các khu dân cư.',
];

/** An optional second sentence of the sapo. */
export const LEAD_TAILS: readonly string[] = [
  'Đây là hoạt động thiết thực, góp phần thực hiện thắng lợi các mục tiêu đề ra trong năm {year}.',
  'Hoạt động nhận được sự quan tâm, hưởng ứng của đông đảo cán bộ và nhân dân trên địa bàn.',
  'Qua đó tạo sự lan tỏa sâu rộng trong các tầng lớp nhân dân {place}.',
];

/** The second sentence of the last paragraph. */
export const CLOSING_TAILS: readonly string[] = [
  'Mục tiêu là góp phần hoàn thành thắng lợi các chỉ tiêu phát triển kinh tế - xã hội của {place} trong năm {year}.',
  'Đồng thời, định kỳ báo cáo kết quả thực hiện về {office} để tổng hợp, theo dõi.',
  'Các đơn vị được giao nhiệm vụ cần chủ động nắm tình hình, kịp thời báo cáo những khó khăn, vướng mắc phát sinh.',
  'Qua đó tiếp tục củng cố niềm tin của nhân dân đối với cấp ủy, chính quyền địa phương.',
];

/** Pen names in the style of district news contributors. */
export const PEN_NAMES: readonly string[] = [
  'Minh Châu', 'Thanh Hà', 'Hoài Nam', 'Quang Hải', 'Thu Trang', 'Đức Việt', 'Ngọc Ánh', 'Đăng Khoa',
  'Phương Thảo', 'Hồng Nhung', 'Đình Phú', 'Khánh Linh', 'Văn Đức', 'Thùy Dương', 'Bảo Ngọc', 'Hữu Đạt',
  'Lê Hằng', 'Mai Lan', 'Trúc Đào', 'Anh Tuấn', 'Nguyên Vũ', 'Đoàn Hiếu', 'Hải Đăng', 'Diệu Linh',
  'Trần Tâm', 'Ngọc Đông', 'Thảo Vy', 'Quốc Đạt',
];
