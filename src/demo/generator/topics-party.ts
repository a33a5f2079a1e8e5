/**
 * Vocabulary of the "Xây dựng Đảng" and "Cải cách hành chính" categories; the latter
 * also carries digital transformation (chuyển đổi số), which portals file beside it.
 */
import type { Topic } from './types.js';

export const PARTY: Topic = {
  slots: {
    resolution: [
      'Nghị quyết Đại hội XIII của Đảng',
      'Nghị quyết Đại hội Đảng bộ {kind} nhiệm kỳ 2020 - 2025',
      'các nghị quyết, chỉ thị của Trung ương',
      'Chỉ thị 05-CT/TW của Bộ Chính trị',
    ],
    badge: ['30', '40', '45', '50', '55', '60', '65', '70', '75'],
    newMembers: ['{#40-150}'],
  },
  stories: [
    {
      titles: ['{partyFull} học tập, quán triệt {resolution}', 'Học tập, quán triệt và triển khai {resolution}'],
      leads: [
        '{when}, Ban Thường vụ {partyFull} tổ chức hội nghị nghiên cứu, học tập, quán triệt và triển khai thực hiện {resolution}.',
      ],
      openings: [
        'Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến đến các điểm cầu tại {subunits}, thu hút đông đảo cán bộ chủ chốt, đảng viên tham dự.',
      ],
    },
    {
      titles: ['{partyFull} trao Huy hiệu Đảng cho đảng viên lão thành', 'Trao Huy hiệu {badge} năm tuổi Đảng cho các đảng viên tại {unit}'],
      leads: ['{when}, {partyFull} tổ chức lễ trao Huy hiệu {badge} năm tuổi Đảng và các mốc tuổi Đảng khác cho {#10-60} đảng viên.'],
      openings: ['Đây là sự ghi nhận, tôn vinh những cống hiến của các đồng chí đảng viên đối với sự nghiệp cách mạng của Đảng và dân tộc.'],
    },
    {
      titles: [
        '{place} chú trọng công tác phát triển đảng viên trong đoàn viên, thanh niên',
        '{partyFull} kết nạp {newMembers} đảng viên mới trong năm {year}',
      ],
      leads: [
        'Xác định phát triển đảng viên là nhiệm vụ quan trọng, thường xuyên, thời gian qua {partyFull} đã chỉ đạo các tổ chức cơ sở đảng tạo nguồn, bồi dưỡng quần chúng ưu tú.',
      ],
      openings: [
        'Các chi bộ đã chủ động rà soát, lựa chọn quần chúng ưu tú là đoàn viên, thanh niên, người lao động tiêu biểu để giới thiệu học lớp nhận thức về Đảng.',
        'Trong năm {year}, toàn Đảng bộ đã kết nạp {newMembers} đảng viên mới, đạt và vượt chỉ tiêu đề ra.',
      ],
    },
    {
      titles: [
        'Ủy ban Kiểm tra {partyFull} {review} công tác {period}',
        'Nâng cao chất lượng công tác kiểm tra, giám sát của Đảng tại {place}',
      ],
      leads: [
        '{when}, Ủy ban Kiểm tra {partyFull} tổ chức hội nghị {review} công tác kiểm tra, giám sát và thi hành kỷ luật đảng {period}.',
      ],
      openings: ['Trong kỳ, cấp ủy, ủy ban kiểm tra các cấp đã tiến hành kiểm tra, giám sát {#20-80} tổ chức đảng và đảng viên theo kế hoạch.'],
    },
    {
      titles: [
        'Phong trào thi đua “Dân vận khéo” lan tỏa trên địa bàn {place}',
        '{place} biểu dương {#10-30} mô hình “Dân vận khéo” tiêu biểu năm {year}',
      ],
      leads: [
        'Phong trào thi đua “Dân vận khéo” tại {place} đã và đang phát huy hiệu quả, góp phần thực hiện thắng lợi nhiệm vụ chính trị của địa phương.',
      ],
      openings: ['Nhiều mô hình hay, cách làm sáng tạo đã xuất hiện ở {unit}, nhất là trong xây dựng nông thôn mới và đô thị văn minh.'],
    },
    {
      titles: [
        '{place} sơ kết thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị',
        'Lan tỏa những tấm gương điển hình học tập và làm theo Bác tại {place}',
      ],
      leads: [
        '{when}, Ban Thường vụ {partyFull} tổ chức hội nghị sơ kết việc thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.',
      ],
      openings: ['Qua triển khai, việc học tập và làm theo Bác đã trở thành việc làm thường xuyên, tự giác của cán bộ, đảng viên và nhân dân.'],
    },
  ],
  sentences: [
    'Công tác xây dựng, chỉnh đốn Đảng được chú trọng, năng lực lãnh đạo và sức chiến đấu của tổ chức cơ sở đảng ngày càng được nâng lên.',
    'Chất lượng sinh hoạt chi bộ có nhiều chuyển biến, nội dung sinh hoạt thiết thực, gắn với nhiệm vụ chính trị của từng địa phương.',
    'Đội ngũ cán bộ, đảng viên luôn giữ vững bản lĩnh chính trị, gương mẫu, đi đầu trong các phong trào thi đua.',
    'Công tác tuyên truyền, định hướng dư luận xã hội được quan tâm, kịp thời đấu tranh, phản bác các quan điểm sai trái, thù địch.',
    'Các cấp ủy đảng đã xây dựng chương trình hành động, kế hoạch cụ thể để đưa nghị quyết vào cuộc sống.',
    '{partyFull} luôn quan tâm công tác đào tạo, bồi dưỡng, quy hoạch đội ngũ cán bộ, nhất là cán bộ trẻ, cán bộ nữ.',
    'Việc thực hiện quy chế dân chủ ở cơ sở được đẩy mạnh, phát huy quyền làm chủ của nhân dân.',
    'Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội đã phát huy tốt vai trò giám sát và phản biện xã hội.',
    'Qua đánh giá, xếp loại chất lượng, phần lớn tổ chức cơ sở đảng đạt hoàn thành tốt nhiệm vụ trở lên.',
    'Nhiều đảng viên lão thành dù tuổi cao vẫn tích cực tham gia sinh hoạt, đóng góp ý kiến xây dựng Đảng bộ, chính quyền.',
  ],
  headings: ['Nâng cao năng lực lãnh đạo của tổ chức đảng', 'Đưa nghị quyết vào cuộc sống', 'Gương mẫu, đi đầu'],
  listIntros: ['Thời gian tới, {partyFull} tập trung lãnh đạo thực hiện tốt các nhiệm vụ trọng tâm sau:'],
  listItems: [
    'Tiếp tục đổi mới nội dung, phương thức lãnh đạo của cấp ủy đảng',
    'Nâng cao chất lượng sinh hoạt chi bộ, chú trọng sinh hoạt chuyên đề',
    'Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    'Tăng cường công tác kiểm tra, giám sát, kịp thời phát hiện và xử lý vi phạm',
    'Làm tốt công tác tạo nguồn và phát triển đảng viên mới',
    'Sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả',
    'Phát huy vai trò của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội',
  ],
  closings: [
    'Phát biểu chỉ đạo, đồng chí {leader} đề nghị các cấp ủy, chi bộ tiếp tục quán triệt sâu sắc, cụ thể hóa nghị quyết bằng các chương trình, kế hoạch sát với thực tế.',
    'Kết thúc hội nghị, các đại biểu thống nhất cao với các nội dung đề ra và cam kết triển khai thực hiện nghiêm túc.',
  ],
  sources: ['{partyFull}'],
};

const DIGITAL_OPENINGS = [
  'Các tổ công nghệ số cộng đồng tại {unit} đã đến từng hộ gia đình hướng dẫn cài đặt ứng dụng, tạo tài khoản định danh điện tử và thanh toán không dùng tiền mặt.',
];

export const REFORM: Topic = {
  slots: {
    onlineShare: ['{#40-85}'],
  },
  stories: [
    {
      titles: [
        '{place} đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình',
        'Tỷ lệ hồ sơ trực tuyến tại {place} đạt {onlineShare}% trong {period}',
      ],
      leads: [
        'Thời gian qua, {place} đã tích cực cung cấp dịch vụ công trực tuyến, tạo thuận lợi cho người dân và doanh nghiệp trong giải quyết thủ tục hành chính.',
      ],
      openings: [
        'Các thủ tục hành chính đủ điều kiện đều đã được cung cấp trực tuyến trên Cổng Dịch vụ công quốc gia và Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.',
        'Trong {period}, tỷ lệ hồ sơ được tiếp nhận trực tuyến đạt {onlineShare}%, tăng mạnh so với cùng kỳ.',
      ],
    },
    {
      titles: ['{onestop} đổi mới phong cách phục vụ người dân', 'Nâng cao chất lượng hoạt động của Bộ phận Một cửa tại {subunits}'],
      leads: ['{onestopFull} đã có nhiều đổi mới trong phong cách phục vụ, được người dân và doanh nghiệp đánh giá cao.'],
      openings: [
        'Cán bộ, công chức tại {onestop} luôn niềm nở, tận tình hướng dẫn người dân kê khai hồ sơ, không để xảy ra tình trạng gây phiền hà, sách nhiễu.',
      ],
    },
    {
      titles: ['{place} hưởng ứng Ngày Chuyển đổi số quốc gia 10/10'],
      leads: [
        'Hưởng ứng Ngày Chuyển đổi số quốc gia, {place} đã tổ chức nhiều hoạt động thiết thực nhằm đưa các nền tảng số đến gần hơn với người dân.',
      ],
      openings: DIGITAL_OPENINGS,
      months: [10],
    },
    {
      titles: ['Tổ công nghệ số cộng đồng giúp người dân {unit} tiếp cận dịch vụ số', 'Đẩy mạnh chuyển đổi số trong cơ quan nhà nước tại {place}'],
      leads: ['Thời gian qua, {place} đã đẩy mạnh chuyển đổi số, đưa các nền tảng số đến gần hơn với người dân và doanh nghiệp.'],
      openings: DIGITAL_OPENINGS,
    },
    {
      titles: [
        'Kiểm tra công tác cải cách hành chính tại {unit} năm {year}',
        '{ubnd} kiểm tra công vụ, cải cách hành chính tại các cơ quan, đơn vị',
      ],
      leads: ['{when}, đoàn kiểm tra cải cách hành chính của {kind} do {interiorFull} chủ trì đã tiến hành kiểm tra tại {unit}.'],
      openings: [
        'Đoàn đã kiểm tra việc niêm yết công khai thủ tục hành chính, việc giải quyết hồ sơ đúng hạn và việc số hóa kết quả giải quyết thủ tục hành chính.',
      ],
    },
    {
      titles: [
        'Tập huấn kỹ năng chuyển đổi số cho cán bộ, công chức {place}',
        'Bồi dưỡng kỹ năng sử dụng chữ ký số cho đội ngũ cán bộ cơ sở',
      ],
      leads: ['{when}, {ubndFull} phối hợp với Viễn thông Quảng Trị tổ chức lớp tập huấn kỹ năng chuyển đổi số cho cán bộ, công chức.'],
      openings: [
        'Học viên được hướng dẫn sử dụng hệ thống quản lý văn bản và điều hành, chữ ký số, cũng như các kỹ năng bảo đảm an toàn thông tin trên không gian mạng.',
      ],
    },
    {
      titles: [
        '{place} đẩy nhanh tiến độ triển khai Đề án 06 của Chính phủ',
        'Triển khai Đề án 06 về phát triển ứng dụng dữ liệu dân cư tại {place}',
      ],
      leads: [
        'Thực hiện Đề án 06 của Chính phủ về phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử, {place} đã triển khai nhiều giải pháp đồng bộ.',
      ],
      openings: [
        'Lực lượng công an phối hợp với các ngành tổ chức cấp căn cước công dân, kích hoạt tài khoản định danh điện tử cho người dân tại {unit}.',
      ],
    },
    {
      titles: [
        'Nâng cao chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính',
        '{place} cải thiện chỉ số cải cách hành chính năm {year}',
      ],
      leads: [
        'Xác định cải cách hành chính là khâu đột phá, thời gian qua {place} đã tập trung chỉ đạo quyết liệt nhằm nâng cao sự hài lòng của người dân, doanh nghiệp.',
      ],
      openings: [
        'Kết quả khảo sát cho thấy đa số người dân hài lòng với thái độ phục vụ và thời gian giải quyết thủ tục hành chính tại {onestop}.',
      ],
    },
  ],
  sentences: [
    'Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng và trước hạn đạt trên {#95-99}%.',
    'Việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính được thực hiện nghiêm túc theo quy định.',
    'Hệ thống quản lý văn bản và điều hành được sử dụng thông suốt từ {kind} đến cơ sở, giảm đáng kể văn bản giấy.',
    'Người dân có thể nộp hồ sơ, theo dõi tiến độ và nhận kết quả ngay tại nhà thông qua dịch vụ bưu chính công ích.',
    'Công tác rà soát, đơn giản hóa thủ tục hành chính được thực hiện thường xuyên, cắt giảm nhiều giấy tờ không cần thiết.',
    'Kỷ luật, kỷ cương hành chính được siết chặt, tinh thần trách nhiệm của đội ngũ cán bộ, công chức được nâng lên.',
    'Hạ tầng công nghệ thông tin tại các cơ quan, đơn vị từng bước được đầu tư đồng bộ.',
    'Nhiều người dân, nhất là người cao tuổi, đã biết sử dụng điện thoại thông minh để thực hiện dịch vụ công trực tuyến.',
    'Thanh toán không dùng tiền mặt được khuyến khích áp dụng trong thu phí, lệ phí và chi trả an sinh xã hội.',
    'Công tác bảo đảm an toàn, an ninh thông tin được quan tâm, không để xảy ra sự cố nghiêm trọng.',
    'Cổng thông tin điện tử {kind} thường xuyên cập nhật thông tin chỉ đạo, điều hành và thủ tục hành chính để người dân tra cứu.',
  ],
  headings: ['Lấy người dân, doanh nghiệp làm trung tâm', 'Chuyển đổi số từ cơ sở', 'Minh bạch, hiệu quả'],
  listIntros: ['Để nâng cao hiệu quả cải cách hành chính và chuyển đổi số, {ubnd} đề ra một số nhiệm vụ trọng tâm sau:'],
  listItems: [
    'Tăng tỷ lệ hồ sơ trực tuyến toàn trình, nhất là các thủ tục có số lượng hồ sơ lớn',
    'Đẩy mạnh số hóa hồ sơ, kết quả giải quyết thủ tục hành chính',
    'Tăng cường sử dụng chữ ký số trong xử lý văn bản',
    'Phát huy vai trò của tổ công nghệ số cộng đồng',
    'Công khai, minh bạch thủ tục hành chính tại nơi tiếp nhận và trên Cổng thông tin điện tử',
    'Xử lý nghiêm cán bộ, công chức có hành vi gây phiền hà cho người dân',
  ],
  closings: [
    'Cải cách hành chính và chuyển đổi số tiếp tục được {place} xác định là nhiệm vụ trọng tâm, xuyên suốt trong thời gian tới.',
    '{ubnd} yêu cầu các cơ quan, đơn vị tiếp tục nâng cao chất lượng phục vụ, lấy sự hài lòng của người dân làm thước đo hiệu quả công việc.',
  ],
  sources: ['{ubndFull}', '{interiorFull}', '{officeFull}'],
};
