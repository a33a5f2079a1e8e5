/**
 * Vocabulary of the "Tin tức - Sự kiện" and "Chỉ đạo điều hành" categories: ceremonies,
 * visits and mass organisations; directives, meetings and storm warnings.
 * Written for this project; placeholders are explained in template.ts.
 */
import type { Topic } from './types.js';

const YOUTH_LEADS = ['{when}, {youthFull} tổ chức lễ ra quân với nhiều hoạt động tình nguyện thiết thực tại {unit}.'];
const YOUTH_OPENINGS = [
  'Các đoàn viên, thanh niên đã tham gia dọn vệ sinh môi trường, trồng cây xanh, sửa chữa đường giao thông nông thôn và thăm hỏi gia đình chính sách.',
];

export const NEWS: Topic = {
  slots: {
    giftTargetLong: ['các gia đình chính sách, người có công và hộ nghèo', 'các hộ gia đình có hoàn cảnh khó khăn'],
    bloodUnits: ['{#150-450}'],
  },
  stories: [
    {
      titles: ['{place} long trọng {anniv}', '{place} mít tinh {anniv}', 'Long trọng tổ chức lễ {anniv}'],
      leads: [
        '{when}, {party}, HĐND, UBND, Ủy ban MTTQ Việt Nam {kind} tổ chức lễ mít tinh trọng thể {annivFull}.',
        '{when}, {ubndFull} phối hợp với các cơ quan, đơn vị tổ chức lễ {annivFull}.',
      ],
      openings: [
        'Dự buổi lễ có các đồng chí lãnh đạo {kind} qua các thời kỳ, đại diện các phòng, ban, ngành, đoàn thể, lực lượng vũ trang và đông đảo cán bộ, nhân dân trên địa bàn.',
        'Trong không khí trang nghiêm, các đại biểu đã ôn lại truyền thống vẻ vang, những mốc son lịch sử gắn liền với ngày kỷ niệm.',
      ],
    },
    {
      titles: ['{place} tặng quà {giftTarget} nhân dịp {giftOccasion}', 'Trao {#100-500} suất quà {giftOccasion} cho {giftTarget}'],
      leads: ['{when}, đoàn công tác do đồng chí {leader} dẫn đầu đã đến thăm, tặng quà {giftTargetLong} tại {unit}.'],
      openings: [
        'Tại các gia đình, đồng chí {leader} ân cần thăm hỏi tình hình sức khỏe, đời sống và gửi lời chúc tốt đẹp nhất đến các gia đình.',
        'Mỗi suất quà gồm tiền mặt và nhu yếu phẩm trị giá {#3-9}00.000 đồng, được trích từ nguồn ngân sách và các nguồn vận động hợp pháp.',
      ],
    },
    {
      titles: ['{massOrg} {review} công tác {period}', '{massOrg} triển khai nhiệm vụ trọng tâm {nextPeriod}'],
      leads: ['{when}, {massOrg} tổ chức hội nghị {review} công tác {period}, triển khai nhiệm vụ {nextPeriod}.'],
      openings: [
        'Thời gian qua, {massOrg} đã bám sát chương trình công tác, đổi mới nội dung, phương thức hoạt động, hướng mạnh về cơ sở.',
        'Các phong trào thi đua, cuộc vận động được triển khai sâu rộng, thu hút đông đảo hội viên, đoàn viên tham gia.',
      ],
    },
    {
      titles: [
        '{place} phát động Tháng hành động vì bình đẳng giới năm {year}',
        'Mít tinh hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa bạo lực giới',
      ],
      leads: [
        '{when}, {ubnd} phối hợp với {womenFull} tổ chức lễ mít tinh hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm {year}.',
      ],
      openings: [
        'Hoạt động nhằm nâng cao nhận thức của cộng đồng về quyền bình đẳng giữa nam và nữ, tạo cơ hội để phụ nữ và trẻ em gái phát huy khả năng của mình.',
        'Sau lễ mít tinh, các đại biểu đã tham gia diễu hành cổ động tuyên truyền về bình đẳng giới trên các tuyến đường chính.',
      ],
      months: [11, 12],
    },
    {
      titles: [
        'Ngày hội Hiến máu tình nguyện {place} năm {year} tiếp nhận {bloodUnits} đơn vị máu',
        'Hàng trăm đoàn viên, thanh niên {place} tham gia hiến máu tình nguyện',
      ],
      leads: [
        '{when}, Ban Chỉ đạo vận động hiến máu tình nguyện {kind} phối hợp với Bệnh viện Đa khoa tỉnh tổ chức Ngày hội Hiến máu tình nguyện năm {year}.',
      ],
      openings: [
        'Ngay từ sáng sớm, đông đảo cán bộ, đoàn viên thanh niên, lực lượng vũ trang và người dân đã có mặt để đăng ký, khám sàng lọc và hiến máu.',
        'Kết thúc ngày hội, Ban Tổ chức đã tiếp nhận {bloodUnits} đơn vị máu, góp phần bổ sung nguồn máu dự trữ phục vụ cấp cứu, điều trị.',
      ],
    },
    {
      titles: ['{youthFull} ra quân Tháng Thanh niên năm {year}'],
      leads: YOUTH_LEADS,
      openings: YOUTH_OPENINGS,
      months: [3],
    },
    {
      titles: ['Tuổi trẻ {place} ra quân chiến dịch Thanh niên tình nguyện hè {year}'],
      leads: YOUTH_LEADS,
      openings: YOUTH_OPENINGS,
      months: [6, 7],
    },
    {
      titles: ['Lãnh đạo {kind} làm việc với {unit} về tình hình phát triển kinh tế - xã hội', '{leader} thăm và làm việc tại {unit}'],
      leads: [
        '{when}, đoàn công tác do đồng chí {leader} làm trưởng đoàn đã có buổi làm việc với {unit} về tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng, an ninh.',
      ],
      openings: [
        'Báo cáo tại buổi làm việc, lãnh đạo {unit} cho biết, từ đầu năm đến nay, địa phương đã triển khai đồng bộ các nhiệm vụ, giải pháp đề ra.',
      ],
    },
  ],
  sentences: [
    'Các hoạt động được tổ chức trang trọng, tiết kiệm, thiết thực và hiệu quả, đúng với tinh thần chỉ đạo của cấp trên.',
    'Dịp này, {ubnd} đã tặng Giấy khen cho {#5-20} tập thể và {#10-40} cá nhân có thành tích xuất sắc.',
    'Nhiều hoạt động hướng về cơ sở đã được tổ chức, mang lại niềm vui cho người dân và các gia đình có hoàn cảnh khó khăn.',
    'Công tác đền ơn đáp nghĩa luôn được cấp ủy, chính quyền và các tầng lớp nhân dân {place} đặc biệt quan tâm.',
    'Các hội, đoàn thể đã phát huy tốt vai trò tập hợp, đoàn kết hội viên, tích cực tham gia các phong trào thi đua yêu nước.',
    'Lực lượng đoàn viên, thanh niên luôn đi đầu trong các hoạt động tình nguyện vì cộng đồng.',
    'Đây là dịp để giáo dục truyền thống cách mạng, lòng yêu nước cho thế hệ trẻ.',
    'Mỗi hoạt động đều được chuẩn bị chu đáo, bảo đảm an toàn và tạo được ấn tượng tốt đẹp trong nhân dân.',
    'Phát biểu tại buổi lễ, đồng chí {leader} ghi nhận và biểu dương những đóng góp của các tập thể, cá nhân trong thời gian qua.',
    'Nhân dịp này, nhiều doanh nghiệp, nhà hảo tâm đã trao tặng quà, học bổng cho các gia đình và học sinh có hoàn cảnh khó khăn.',
    'Trước đó, đoàn đại biểu đã đến dâng hương tưởng niệm các anh hùng liệt sĩ tại các nghĩa trang liệt sĩ trên địa bàn.',
  ],
  headings: ['Nhiều hoạt động ý nghĩa', 'Phát huy truyền thống, đoàn kết vượt khó', 'Hướng về cơ sở'],
  listIntros: [
    'Trong thời gian tới, các cơ quan, đơn vị tập trung thực hiện tốt một số nội dung sau:',
    'Theo kế hoạch, chuỗi hoạt động gồm các nội dung chính sau:',
  ],
  listItems: [
    'Tiếp tục tuyên truyền sâu rộng về ý nghĩa lịch sử của các ngày lễ lớn của dân tộc',
    'Thăm hỏi, động viên các gia đình chính sách, người có công với cách mạng',
    'Tổ chức các hoạt động văn hóa, văn nghệ, thể dục thể thao chào mừng',
    'Phát động phong trào thi đua lập thành tích trong các cơ quan, đơn vị',
    'Huy động nguồn lực xã hội hóa để hỗ trợ các hộ gia đình khó khăn',
    'Biểu dương, khen thưởng kịp thời các tập thể, cá nhân tiêu biểu',
    'Đẩy mạnh phong trào đền ơn đáp nghĩa, uống nước nhớ nguồn',
  ],
  closings: [
    'Phát biểu kết luận, đồng chí {leader} đề nghị các cơ quan, đơn vị tiếp tục phát huy truyền thống, đoàn kết, nỗ lực hoàn thành tốt nhiệm vụ được giao.',
    'Chương trình khép lại trong không khí ấm áp, để lại nhiều cảm xúc cho đại biểu và người dân tham dự.',
    'Các hoạt động sẽ tiếp tục được duy trì, nhân rộng trong thời gian tới.',
  ],
  sources: ['{ubndFull}', '{partyFull}', '{mediaFull}'],
};

export const DIRECTION: Topic = {
  slots: {
    storm: ['bão số {#3-9}', 'áp thấp nhiệt đới', 'đợt mưa lớn diện rộng', 'đợt không khí lạnh tăng cường', 'nguy cơ lũ quét, sạt lở đất'],
    plan: [
      'phòng, chống thiên tai',
      'phát triển kinh tế - xã hội',
      'phòng cháy, chữa cháy rừng',
      'thu ngân sách nhà nước',
      'bảo đảm an toàn thực phẩm',
      'chỉnh trang đô thị',
      'phát triển sản xuất nông nghiệp',
    ],
  },
  stories: [
    {
      titles: [
        '{ubnd} chỉ đạo khẩn trương ứng phó với {storm}',
        'Chủ động ứng phó với {storm} trên địa bàn {place}',
        'Công điện khẩn của {ubnd} về ứng phó với {storm}',
      ],
      leads: [
        'Trước diễn biến phức tạp của {storm}, {ubndFull} đã ban hành công điện yêu cầu các cơ quan, đơn vị và {subunits} chủ động triển khai các biện pháp ứng phó.',
      ],
      openings: [
        'Theo đó, {ubnd} yêu cầu các địa phương theo dõi chặt chẽ diễn biến thời tiết, thông báo kịp thời đến từng hộ dân.',
        'Các địa phương thực hiện nghiêm phương châm “bốn tại chỗ”, rà soát các khu vực xung yếu, sẵn sàng di dời người dân đến nơi an toàn.',
      ],
      // Storms and floods reach central Vietnam from September to the new year.
      months: [9, 10, 11, 12, 1],
    },
    {
      titles: [
        'Chủ tịch {ubnd} yêu cầu đẩy nhanh tiến độ giải ngân vốn đầu tư công năm {year}',
        'Quyết liệt các giải pháp giải ngân vốn đầu tư công trên địa bàn {place}',
      ],
      leads: ['{when}, {ubndFull} tổ chức hội nghị kiểm điểm tiến độ thực hiện và giải ngân kế hoạch vốn đầu tư công năm {year}.'],
      openings: ['Theo báo cáo, đến nay tỷ lệ giải ngân vốn đầu tư công của {place} đạt khoảng {#40-85}% kế hoạch vốn được giao.'],
    },
    {
      titles: ['{ubndFull} họp phiên thường kỳ tháng {month}', '{ubndFull} đánh giá tình hình kinh tế - xã hội {period}'],
      leads: [
        '{when}, {ubndFull} tổ chức phiên họp thường kỳ nhằm đánh giá tình hình kinh tế - xã hội, quốc phòng - an ninh và triển khai nhiệm vụ trong thời gian tới.',
      ],
      openings: ['Nhìn chung, tình hình kinh tế - xã hội trên địa bàn tiếp tục ổn định, nhiều chỉ tiêu đạt khá so với cùng kỳ năm trước.'],
    },
    {
      titles: [
        'Chủ tịch {ubndFull} tiếp công dân định kỳ tháng {month}',
        'Lãnh đạo {place} đối thoại với người dân về công tác bồi thường, giải phóng mặt bằng',
      ],
      leads: ['{when}, đồng chí Chủ tịch {ubndFull} đã chủ trì buổi tiếp công dân, đối thoại để lắng nghe ý kiến, kiến nghị của người dân.'],
      openings: [
        'Tại buổi tiếp, các công dân đến từ {unit} đã trình bày các nội dung liên quan đến đất đai, chế độ chính sách và đầu tư xây dựng hạ tầng.',
      ],
    },
    {
      titles: [
        'Tăng cường các biện pháp cấp bách phòng cháy, chữa cháy rừng trên địa bàn {place}',
        '{ubnd} chỉ đạo phòng cháy, chữa cháy rừng trong mùa khô năm {year}',
      ],
      leads: [
        'Nhằm chủ động phòng ngừa nguy cơ cháy rừng trong những tháng nắng nóng, {ubndFull} vừa ban hành văn bản chỉ đạo các cơ quan, đơn vị và {subunits} triển khai quyết liệt các biện pháp cấp bách.',
      ],
      openings: ['Chủ rừng và các hộ nhận khoán bảo vệ rừng được yêu cầu tăng cường tuần tra, canh gác tại các khu vực trọng điểm dễ xảy ra cháy.'],
      months: [4, 5, 6, 7, 8],
    },
    {
      titles: ['{ubndFull} ban hành kế hoạch {plan} năm {year}', 'Triển khai kế hoạch {plan} năm {year} trên địa bàn {place}'],
      leads: ['{ubndFull} vừa ban hành kế hoạch {plan} năm {year} với nhiều mục tiêu, nhiệm vụ cụ thể.'],
      openings: ['Kế hoạch xác định rõ trách nhiệm của từng cơ quan, đơn vị, gắn với lộ trình và thời hạn hoàn thành cụ thể.'],
    },
  ],
  sentences: [
    '{ubnd} yêu cầu thủ trưởng các cơ quan, đơn vị nghiêm túc triển khai thực hiện, chịu trách nhiệm trước Chủ tịch UBND {kind} nếu để chậm trễ.',
    'Các phòng, ban chuyên môn được giao theo dõi, đôn đốc và định kỳ báo cáo kết quả thực hiện về {office}.',
    'Người đứng đầu các cơ quan, đơn vị phải trực tiếp chỉ đạo, xử lý dứt điểm các vướng mắc thuộc thẩm quyền.',
    'Đối với những nội dung vượt thẩm quyền, các đơn vị kịp thời tham mưu, đề xuất {ubnd} xem xét, giải quyết.',
    'Công tác phối hợp giữa các ngành và {subunits} cần được tăng cường, tránh tình trạng đùn đẩy trách nhiệm.',
    '{ubnd} sẽ tổ chức kiểm tra, đánh giá kết quả thực hiện, làm cơ sở để xem xét thi đua, khen thưởng cuối năm.',
    'Lực lượng xung kích tại các thôn, khu phố được yêu cầu túc trực, sẵn sàng hỗ trợ người dân khi có tình huống xảy ra.',
    'Tổng vốn đầu tư công được giao trong năm {year} là hơn {#40-300} tỷ đồng, tập trung cho các công trình giao thông, thủy lợi và trường học.',
    'Các chủ đầu tư được yêu cầu tăng cường nhân lực, máy móc, thi công “ba ca, bốn kíp” để đẩy nhanh tiến độ.',
    'Tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn được giữ vững.',
    'Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn các cấp được kiện toàn, phân công nhiệm vụ cụ thể cho từng thành viên.',
  ],
  headings: ['Yêu cầu vào cuộc quyết liệt', 'Phân công rõ trách nhiệm', 'Nhiều giải pháp đồng bộ'],
  listIntros: [
    'Để thực hiện tốt nhiệm vụ, {ubnd} yêu cầu các cơ quan, đơn vị tập trung một số nội dung sau:',
    'Theo chỉ đạo, các cơ quan, đơn vị và {subunits} cần thực hiện ngay một số nhiệm vụ sau:',
  ],
  listItems: [
    'Rà soát, bổ sung phương án ứng phó phù hợp với tình hình thực tế của địa phương',
    'Phân công cán bộ trực ban 24/24 giờ, kịp thời báo cáo các tình huống phát sinh',
    'Đẩy nhanh tiến độ các công trình, dự án trọng điểm, nhất là các dự án chuyển tiếp',
    'Tăng cường kiểm tra, đôn đốc, xử lý nghiêm các trường hợp vi phạm',
    'Chuẩn bị đầy đủ vật tư, phương tiện theo phương châm “bốn tại chỗ”',
    'Công khai thông tin để người dân biết, giám sát và cùng thực hiện',
    'Định kỳ hằng tháng báo cáo kết quả thực hiện về {office}',
  ],
  closings: [
    'Chủ tịch {ubndFull} yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện, không để xảy ra tình trạng chậm trễ, né tránh trách nhiệm.',
    'Kết luận buổi làm việc, đồng chí {leader} ghi nhận những cố gắng của các đơn vị, đồng thời chỉ ra những tồn tại cần khắc phục ngay.',
  ],
  sources: ['{ubndFull}', '{officeFull}'],
};
