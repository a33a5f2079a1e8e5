/**
 * Vocabulary of the "Kinh tế - Xã hội" category (budget, investment, poverty reduction,
 * jobs, environment) and of "Nông nghiệp - Nông thôn mới" (crops, new rural areas,
 * livestock health, OCOP products, recovery after floods).
 */
import type { Topic } from './types.js';

export const ECONOMY: Topic = {
  slots: {
    project: [
      'tuyến đường giao thông liên xã',
      'cầu bê tông cốt thép',
      'trụ sở làm việc',
      'chợ nông thôn',
      'hệ thống thoát nước',
      'khu tái định cư',
      'tuyến đường ven sông',
      'nhà văn hóa cộng đồng',
    ],
    budgetShare: ['{#55-98}'],
    houses: ['{#10-60}'],
  },
  stories: [
    {
      titles: ['{place} thu ngân sách {period} đạt {budgetShare}% dự toán', 'Nhiều giải pháp tăng thu ngân sách nhà nước trên địa bàn {place}'],
      leads: ['Theo báo cáo của {financeFull}, tổng thu ngân sách nhà nước trên địa bàn {period} ước đạt {budgetShare}% dự toán giao.'],
      openings: ['Các khoản thu từ thuế, phí, lệ phí và tiền sử dụng đất đều có mức tăng khá so với cùng kỳ.'],
    },
    {
      titles: ['Khởi công xây dựng {project} tại {unit}', '{place} khởi công {project} phục vụ dân sinh'],
      leads: ['{when}, {ubndFull} tổ chức lễ khởi công công trình {project} tại {unit} với tổng mức đầu tư hơn {#5-60} tỷ đồng.'],
      openings: ['Công trình được đầu tư từ nguồn vốn ngân sách và các nguồn vốn hợp pháp khác, dự kiến hoàn thành trong năm {nextYear}.'],
    },
    {
      titles: ['Khánh thành, đưa vào sử dụng {project} tại {unit}', '{unit} đưa vào sử dụng {project} phục vụ người dân'],
      leads: ['{when}, {ubnd} phối hợp với chính quyền {unit} tổ chức lễ khánh thành, đưa vào sử dụng công trình {project}.'],
      openings: [
        'Công trình hoàn thành đúng tiến độ, bảo đảm chất lượng kỹ thuật, góp phần hoàn thiện hạ tầng và tạo thuận lợi cho người dân đi lại, sinh hoạt.',
      ],
    },
    {
      titles: ['Bàn giao nhà Đại đoàn kết cho hộ nghèo tại {unit}', '{mttq} hỗ trợ xây dựng {houses} nhà Đại đoàn kết cho hộ nghèo'],
      leads: [
        '{when}, {mttqFull} phối hợp với chính quyền {unit} tổ chức bàn giao nhà Đại đoàn kết cho các hộ nghèo, hộ có hoàn cảnh khó khăn về nhà ở.',
      ],
      openings: [
        'Mỗi ngôi nhà được hỗ trợ từ {#40-80} triệu đồng từ Quỹ Vì người nghèo, cùng với sự đóng góp ngày công của bà con lối xóm.',
        'Từ đầu năm đến nay, toàn {kind} đã hỗ trợ xây mới và sửa chữa {houses} nhà Đại đoàn kết.',
      ],
    },
    {
      titles: ['{place} phấn đấu giảm tỷ lệ hộ nghèo đa chiều trong năm {year}', 'Hiệu quả từ các chính sách hỗ trợ giảm nghèo bền vững tại {place}'],
      leads: [
        'Thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững, {place} đã triển khai đồng bộ nhiều giải pháp, giúp hàng trăm hộ dân vươn lên thoát nghèo.',
      ],
      openings: ['Theo kết quả rà soát, tỷ lệ hộ nghèo đa chiều trên địa bàn giảm còn {#3-9},{#1-9}%, hộ cận nghèo còn {#4-9},{#1-9}%.'],
    },
    {
      titles: [
        'Tư vấn, giới thiệu việc làm và xuất khẩu lao động cho thanh niên {place}',
        '{place} giải quyết việc làm mới cho hơn {#300-2000} lao động',
      ],
      leads: [
        '{when}, {labourFull} phối hợp với Trung tâm Dịch vụ việc làm tỉnh tổ chức phiên tư vấn, giới thiệu việc làm và xuất khẩu lao động.',
      ],
      openings: [
        'Tại phiên tư vấn, người lao động được cung cấp thông tin về thị trường lao động, các ngành nghề đang có nhu cầu tuyển dụng và chính sách hỗ trợ vay vốn.',
      ],
    },
    {
      titles: ['Ra quân tổng vệ sinh môi trường, thu gom rác thải nhựa tại {unit}', '{place} chung tay chống rác thải nhựa, bảo vệ môi trường'],
      leads: ['{when}, {ubnd} phối hợp với {youthFull} tổ chức lễ ra quân tổng vệ sinh môi trường, hưởng ứng phong trào chống rác thải nhựa.'],
      openings: [
        'Hàng trăm cán bộ, đoàn viên và người dân đã tham gia thu gom rác thải, phát quang bụi rậm, khơi thông cống rãnh tại các tuyến đường chính.',
      ],
    },
    {
      titles: ['{ubndFull} gặp mặt, đối thoại với doanh nghiệp, hợp tác xã năm {year}', 'Tháo gỡ khó khăn cho doanh nghiệp trên địa bàn {place}'],
      leads: ['{when}, {ubndFull} tổ chức hội nghị gặp mặt, đối thoại với các doanh nghiệp, hợp tác xã và hộ kinh doanh trên địa bàn.'],
      openings: [
        'Tại hội nghị, các doanh nghiệp đã phản ánh nhiều khó khăn, vướng mắc liên quan đến mặt bằng sản xuất, thủ tục đất đai và tiếp cận nguồn vốn.',
      ],
    },
  ],
  sentences: [
    'Tổng giá trị sản xuất các ngành kinh tế trên địa bàn ước tăng {#5-9},{#1-9}% so với cùng kỳ năm trước.',
    'Hoạt động thương mại, dịch vụ diễn ra sôi động, hàng hóa phong phú, giá cả cơ bản ổn định.',
    'Hạ tầng giao thông, điện, nước sạch tiếp tục được quan tâm đầu tư, từng bước đáp ứng yêu cầu phát triển.',
    'Chương trình mục tiêu quốc gia giảm nghèo bền vững được triển khai đồng bộ, đúng đối tượng, công khai, minh bạch.',
    'Các chính sách an sinh xã hội được thực hiện đầy đủ, kịp thời, không để ai bị bỏ lại phía sau.',
    'Công tác quản lý tài nguyên, bảo vệ môi trường được tăng cường, tình trạng khai thác cát, sạn trái phép cơ bản được kiểm soát.',
    'Nhiều doanh nghiệp đã mạnh dạn đầu tư mở rộng sản xuất, tạo việc làm ổn định cho hàng trăm lao động địa phương.',
    '{place} tiếp tục cải thiện môi trường đầu tư, kinh doanh, tạo điều kiện để doanh nghiệp yên tâm gắn bó lâu dài.',
    'Nguồn vốn vay ưu đãi từ Ngân hàng Chính sách xã hội đã giúp nhiều hộ gia đình có điều kiện phát triển sản xuất, vươn lên thoát nghèo.',
    'Việc phân loại rác thải tại nguồn bước đầu được người dân đồng tình, hưởng ứng.',
    'Công tác giải phóng mặt bằng các dự án trọng điểm được tập trung chỉ đạo quyết liệt.',
  ],
  headings: ['Tạo động lực cho phát triển', 'Chăm lo an sinh xã hội', 'Cải thiện môi trường đầu tư'],
  listIntros: ['Để hoàn thành các chỉ tiêu kinh tế - xã hội năm {year}, {place} tập trung vào một số giải pháp sau:'],
  listItems: [
    'Đẩy mạnh thu hút đầu tư, tháo gỡ khó khăn cho doanh nghiệp và hợp tác xã',
    'Tăng cường quản lý thu, chống thất thu ngân sách nhà nước',
    'Ưu tiên nguồn lực cho các công trình hạ tầng thiết yếu',
    'Thực hiện đầy đủ, kịp thời các chính sách an sinh xã hội',
    'Hỗ trợ người lao động tiếp cận các chương trình đào tạo nghề, giải quyết việc làm',
    'Xử lý nghiêm các hành vi vi phạm pháp luật về đất đai, môi trường',
    'Phát triển thương mại, dịch vụ gắn với tiềm năng du lịch của địa phương',
  ],
  closings: [
    'Thời gian tới, {place} tiếp tục tập trung các nguồn lực, phấn đấu hoàn thành và vượt các chỉ tiêu kinh tế - xã hội đề ra.',
    '{ubnd} giao các cơ quan chuyên môn tiếp tục theo dõi, hướng dẫn và kịp thời tháo gỡ khó khăn phát sinh.',
  ],
  sources: ['{ubndFull}', '{financeFull}', '{labourFull}', '{envFull}'],
};

export const AGRICULTURE: Topic = {
  slots: {
    model: [
      'trồng lúa hữu cơ',
      'trồng rau an toàn trong nhà lưới',
      'nuôi tôm trên cát',
      'trồng hồ tiêu',
      'chăn nuôi bò lai',
      'nuôi cá nước ngọt',
      'trồng cây dược liệu',
      'trồng cây ăn quả có múi',
      'nuôi gà thả vườn',
    ],
    ocop: ['{#2-6}'],
  },
  stories: [
    {
      titles: [
        '{ruralUnit} đón Bằng công nhận đạt chuẩn nông thôn mới',
        '{ruralUnit} đạt chuẩn nông thôn mới nâng cao năm {year}',
        'Đổi thay ở {ruralUnit} sau chặng đường xây dựng nông thôn mới',
      ],
      leads: ['{when}, {ubnd} tổ chức lễ đón nhận Bằng công nhận {ruralUnit} đạt chuẩn nông thôn mới.'],
      openings: [
        'Sau nhiều năm nỗ lực, với sự chung sức của cả hệ thống chính trị và nhân dân, {ruralUnit} đã hoàn thành các tiêu chí nông thôn mới theo quy định.',
      ],
    },
    {
      titles: ['Nông dân {place} ra quân sản xuất {season}', 'Đảm bảo nước tưới cho {season} trên địa bàn {place}'],
      leads: ['Để đảm bảo khung thời vụ, {agriFull} đã hướng dẫn nông dân {subunits} khẩn trương làm đất, gieo cấy {season}.'],
      openings: ['Toàn {kind} phấn đấu gieo cấy hơn {#1500-6000} ha lúa, trong đó diện tích lúa chất lượng cao chiếm tỷ lệ ngày càng lớn.'],
    },
    {
      titles: ['{place} thu hoạch {harvest}, năng suất ước đạt {#52-62} tạ/ha', 'Nông dân {unit} phấn khởi thu hoạch {harvest}'],
      leads: ['Những ngày này, nông dân {place} đang tập trung thu hoạch {harvest} với năng suất khá cao.'],
      openings: ['Theo {agriFull}, nhờ áp dụng đồng bộ các biện pháp kỹ thuật và thời tiết thuận lợi, năng suất tăng so với vụ trước.'],
    },
    {
      titles: ['Hiệu quả từ mô hình {model} tại {unit}', 'Nhân rộng mô hình {model} trên địa bàn {place}'],
      leads: ['Mô hình {model} tại {unit} đang mang lại hiệu quả kinh tế rõ rệt, mở ra hướng đi mới cho nông dân địa phương.'],
      openings: ['Với sự hỗ trợ về giống, kỹ thuật từ {agriFull}, các hộ tham gia mô hình đã mạnh dạn chuyển đổi phương thức sản xuất.'],
    },
    {
      titles: [
        'Chủ động phòng, chống bệnh dịch tả lợn châu Phi trên địa bàn {place}',
        '{place} tiêm phòng vắc xin lở mồm long móng cho đàn gia súc',
      ],
      leads: ['Trước nguy cơ dịch bệnh trên đàn vật nuôi, {agriFull} đã chủ động tham mưu triển khai nhiều biện pháp phòng, chống.'],
      openings: ['Công tác tiêm phòng, tiêu độc khử trùng chuồng trại được triển khai đồng loạt tại {subunits}.'],
    },
    {
      titles: ['{place} có thêm {ocop} sản phẩm đạt chuẩn OCOP năm {year}', 'Phát triển sản phẩm OCOP gắn với thế mạnh của {place}'],
      leads: [
        'Chương trình Mỗi xã một sản phẩm (OCOP) tại {place} đang được triển khai hiệu quả, góp phần nâng cao giá trị nông sản địa phương.',
      ],
      openings: [
        'Năm {year}, {place} có thêm {ocop} sản phẩm được công nhận đạt chuẩn OCOP, nâng tổng số sản phẩm của địa phương lên hơn {#10-40} sản phẩm.',
        'Các sản phẩm được công nhận đều có nguồn gốc rõ ràng, bao bì, nhãn mác đẹp và đáp ứng yêu cầu về an toàn thực phẩm.',
      ],
    },
    {
      titles: ['Nông dân {place} khẩn trương khôi phục sản xuất sau mưa lũ', 'Khắc phục hậu quả mưa lũ, sớm ổn định đời sống người dân {unit}'],
      leads: ['Ngay sau khi nước lũ rút, chính quyền và nông dân {place} đã khẩn trương khắc phục hậu quả, khôi phục sản xuất.'],
      openings: ['Đợt mưa lũ vừa qua đã làm ngập úng nhiều diện tích hoa màu, sạt lở một số tuyến kênh mương nội đồng tại {unit}.'],
      months: [10, 11, 12],
    },
  ],
  sentences: [
    'Chương trình mục tiêu quốc gia xây dựng nông thôn mới tiếp tục được triển khai đồng bộ, diện mạo nông thôn ngày càng khởi sắc.',
    'Hệ thống giao thông nông thôn, kênh mương nội đồng được đầu tư, nâng cấp, tạo thuận lợi cho sản xuất và đi lại của người dân.',
    'Nông dân đã tích cực chuyển đổi cơ cấu cây trồng, đưa các giống mới có năng suất, chất lượng cao vào sản xuất.',
    'Việc ứng dụng cơ giới hóa trong khâu làm đất, gieo sạ và thu hoạch giúp giảm chi phí, tăng hiệu quả kinh tế.',
    '{farmersFull} đã phối hợp tổ chức nhiều lớp tập huấn chuyển giao khoa học kỹ thuật cho hội viên.',
    'Thu nhập bình quân đầu người ở khu vực nông thôn tăng khá, đời sống vật chất và tinh thần của người dân được cải thiện.',
    'Công tác bảo vệ và phát triển rừng được chú trọng, diện tích rừng trồng gỗ lớn ngày càng tăng.',
    'Cán bộ khuyến nông thường xuyên bám đồng ruộng, hướng dẫn bà con phòng trừ sâu bệnh kịp thời.',
    'Nhiều hợp tác xã đã liên kết với doanh nghiệp để bao tiêu sản phẩm, giúp nông dân yên tâm sản xuất.',
    'Phong trào hiến đất, góp công làm đường giao thông nông thôn được bà con đồng tình hưởng ứng.',
    'Các hộ chăn nuôi được hướng dẫn thực hiện các biện pháp an toàn sinh học, không giấu dịch, không bán chạy gia súc, gia cầm bị bệnh.',
  ],
  headings: ['Diện mạo nông thôn đổi mới', 'Chuyển đổi tư duy sản xuất', 'Nâng cao thu nhập cho nông dân'],
  listIntros: [
    'Để nâng cao hiệu quả sản xuất, {agri} khuyến cáo nông dân thực hiện tốt một số nội dung sau:',
    'Thời gian tới, {place} tập trung triển khai các giải pháp trọng tâm sau:',
  ],
  listItems: [
    'Gieo cấy tập trung, đúng khung lịch thời vụ đã được khuyến cáo',
    'Sử dụng giống xác nhận, giống có năng suất, chất lượng cao',
    'Thường xuyên thăm đồng, phát hiện và phòng trừ sâu bệnh kịp thời',
    'Đẩy mạnh liên kết sản xuất theo chuỗi giá trị',
    'Duy trì và nâng cao chất lượng các tiêu chí nông thôn mới đã đạt',
    'Tiêm phòng đầy đủ cho đàn gia súc, gia cầm',
    'Phát triển các sản phẩm OCOP có lợi thế của địa phương',
  ],
  closings: [
    'Thời gian tới, {place} tiếp tục đẩy mạnh tái cơ cấu ngành nông nghiệp theo hướng nâng cao giá trị gia tăng và phát triển bền vững.',
    'Ngành nông nghiệp {kind} sẽ tiếp tục đồng hành, hỗ trợ nông dân trong suốt quá trình sản xuất.',
  ],
  sources: ['{agriFull}', '{ntmFull}', '{farmersFull}', '{ubndFull}'],
};
