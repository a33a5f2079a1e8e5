/**
 * Vocabulary of "Văn hóa - Thể thao", "Giáo dục - Y tế" and "Quốc phòng - An ninh".
 * A few culture phrases deliberately spell "văn hoá" (old-style tone placement) beside
 * the usual "văn hóa": real portals mix both, and search must find either.
 */
import type { Topic } from './types.js';

export const CULTURE: Topic = {
  slots: {
    sport: ['bóng đá', 'bóng chuyền hơi', 'cầu lông', 'việt dã', 'kéo co, đẩy gậy', 'cờ tướng', 'bóng bàn'],
    festival: ['Lễ hội đua thuyền truyền thống', 'Lễ hội Cầu ngư', 'Ngày hội văn hóa các dân tộc Vân Kiều - Pa Kô', 'Hội thi ẩm thực truyền thống'],
  },
  stories: [
    {
      titles: ['Sôi nổi {festival} trên quê hương {placeName}', '{place} tổ chức {festival} năm {year}'],
      leads: ['{when}, {ubndFull} tổ chức {festival} nhằm giữ gìn, phát huy các giá trị văn hóa truyền thống của địa phương.'],
      openings: ['Không khí lễ hội diễn ra sôi nổi, thu hút hàng nghìn người dân và du khách đến cổ vũ, tham gia.'],
    },
    {
      titles: ['Khai mạc Giải {sport} {place} mở rộng năm {year}', 'Sôi nổi Giải {sport} các cơ quan, đơn vị {place} năm {year}'],
      leads: ['{when}, {cultureFull} phối hợp với {mediaFull} tổ chức khai mạc Giải {sport} năm {year}.'],
      openings: ['Giải đấu có sự tham gia của {#8-24} đội đến từ {subunits} và các cơ quan, đơn vị trên địa bàn.'],
    },
    {
      titles: [
        '{place} nâng cao chất lượng phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”',
        'Xây dựng môi trường văn hoá lành mạnh tại {unit}',
        'Công nhận {#20-80} khu dân cư văn hóa tiêu biểu tại {place}',
      ],
      leads: [
        'Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” tại {place} ngày càng đi vào chiều sâu, góp phần xây dựng con người, quê hương phát triển toàn diện.',
      ],
      openings: [
        'Năm {year}, toàn {kind} có {#80-95}% hộ gia đình đạt danh hiệu “Gia đình văn hóa”, {#70-90}% thôn, khu phố đạt danh hiệu văn hóa.',
      ],
    },
    {
      titles: ['Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa truyền thống tại {unit}', '{place} đón hàng nghìn lượt du khách trong {holiday}'],
      leads: [
        'Thời gian gần đây, {place} đã có nhiều giải pháp khai thác tiềm năng du lịch gắn với các di tích lịch sử và cảnh quan thiên nhiên.',
      ],
      openings: ['Các điểm đến như {sight} thu hút ngày càng đông du khách đến tham quan, tìm hiểu.'],
    },
    {
      titles: [
        'Tu bổ, tôn tạo di tích lịch sử cách mạng trên địa bàn {place}',
        'Phát huy giá trị các di tích lịch sử - văn hóa của {place}',
        'Giữ gìn, phát huy giá trị di sản văn hoá ở {place}',
      ],
      leads: ['Với hệ thống di tích lịch sử cách mạng dày đặc, {place} luôn chú trọng công tác bảo tồn, tôn tạo và phát huy giá trị di tích.'],
      openings: [
        'Nhiều di tích đã được xếp hạng và đầu tư tu bổ, trở thành địa chỉ đỏ giáo dục truyền thống cho thế hệ trẻ, trong đó có {relic}.',
      ],
    },
    {
      titles: ['Liên hoan văn nghệ quần chúng {place} năm {year}', 'Chương trình nghệ thuật {anniv}'],
      leads: ['{when}, {mediaFull} tổ chức chương trình văn nghệ với sự tham gia của các đội văn nghệ quần chúng đến từ {subunits}.'],
      openings: ['Các tiết mục ca, múa, nhạc được dàn dựng công phu, ca ngợi Đảng, Bác Hồ và vẻ đẹp quê hương, đất nước.'],
    },
    {
      titles: ['{place} hưởng ứng Ngày Sách và Văn hoá đọc Việt Nam năm {year}', 'Lan tỏa văn hóa đọc trong học sinh {place}'],
      leads: ['Nhằm khuyến khích phong trào đọc sách trong cộng đồng, {cultureFull} tổ chức nhiều hoạt động hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam.'],
      openings: ['Các hoạt động trưng bày, giới thiệu sách, thi kể chuyện theo sách thu hút đông đảo học sinh và người dân tham gia.'],
      months: [4],
    },
  ],
  sentences: [
    'Hoạt động văn hóa, văn nghệ, thể dục thể thao ở cơ sở ngày càng phát triển cả về số lượng và chất lượng.',
    'Hệ thống thiết chế văn hóa từ {kind} đến thôn, khu phố từng bước được đầu tư, đáp ứng nhu cầu sinh hoạt của nhân dân.',
    'Nhiều câu lạc bộ văn nghệ, thể thao được thành lập và duy trì hoạt động thường xuyên.',
    'Các giá trị văn hóa truyền thống được giữ gìn, phát huy, góp phần xây dựng nền văn hóa tiên tiến, đậm đà bản sắc dân tộc.',
    'Phong trào tập luyện thể dục thể thao quần chúng phát triển mạnh, thu hút đông đảo người dân ở mọi lứa tuổi.',
    'Việc thực hiện nếp sống văn minh trong việc cưới, việc tang và lễ hội có nhiều chuyển biến tích cực.',
    'Đây cũng là dịp để quảng bá hình ảnh quê hương, con người {place} đến với du khách gần xa.',
    'Công tác quản lý nhà nước về văn hóa, gia đình, thể thao và du lịch được tăng cường.',
    'Các vận động viên đã thi đấu với tinh thần đoàn kết, trung thực, cao thượng, mang đến những trận đấu hấp dẫn.',
    'Nhiều nghệ nhân cao tuổi tâm huyết truyền dạy các làn điệu dân ca, trò chơi dân gian cho thế hệ trẻ.',
    'Các em học sinh được tìm hiểu về lịch sử hào hùng của quê hương qua những hiện vật, tư liệu quý.',
  ],
  headings: ['Đời sống văn hóa tinh thần ngày càng phong phú', 'Giữ gìn bản sắc văn hoá truyền thống', 'Sân chơi bổ ích'],
  listIntros: ['Thời gian tới, ngành văn hóa {kind} tập trung thực hiện một số nhiệm vụ sau:'],
  listItems: [
    'Nâng cao chất lượng phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”',
    'Đầu tư, nâng cấp các thiết chế văn hóa, thể thao ở cơ sở',
    'Bảo tồn, phát huy giá trị các di tích lịch sử, văn hóa',
    'Tổ chức các giải thể thao, hội diễn văn nghệ quần chúng',
    'Đẩy mạnh quảng bá, xúc tiến du lịch',
    'Khôi phục các lễ hội, trò chơi dân gian truyền thống',
  ],
  closings: [
    'Kết thúc chương trình, Ban Tổ chức đã trao giải cho các tập thể, cá nhân đạt thành tích cao.',
    'Hoạt động góp phần làm phong phú đời sống văn hóa tinh thần của nhân dân, tạo không khí phấn khởi trên địa bàn.',
  ],
  sources: ['{cultureFull}', '{mediaFull}'],
};

export const EDUCATION_HEALTH: Topic = {
  slots: {
    vaccine: ['vắc xin sởi - rubella', 'vắc xin phòng bại liệt', 'vắc xin phòng COVID-19', 'vắc xin uốn ván - bạch hầu'],
    disease: ['sốt xuất huyết', 'tay chân miệng', 'bệnh dại', 'cúm mùa'],
  },
  stories: [
    {
      titles: ['Hơn {#5-30}.000 học sinh {place} bước vào năm học mới {schoolYear}', 'Các trường học trên địa bàn {place} khai giảng năm học {schoolYear}'],
      leads: ['Trong không khí phấn khởi, các trường học trên địa bàn {place} đồng loạt tổ chức lễ khai giảng năm học {schoolYear}.'],
      openings: ['Đến dự lễ khai giảng có lãnh đạo {kind}, đại diện cấp ủy, chính quyền địa phương và đông đảo phụ huynh học sinh.'],
      months: [9],
    },
    {
      titles: ['{place} sẵn sàng cho kỳ thi tốt nghiệp trung học phổ thông năm {year}'],
      leads: ['Các điểm thi trên địa bàn {place} đã hoàn tất công tác chuẩn bị cho kỳ thi tốt nghiệp trung học phổ thông năm {year}.'],
      openings: ['Lực lượng công an, y tế, điện lực được phân công túc trực, bảo đảm an ninh, an toàn tuyệt đối cho kỳ thi.'],
      months: [6, 7],
    },
    {
      titles: ['{place} gặp mặt kỷ niệm Ngày Nhà giáo Việt Nam 20/11'],
      leads: ['{when}, {eduFull} tổ chức gặp mặt kỷ niệm Ngày Nhà giáo Việt Nam, tôn vinh những đóng góp của đội ngũ nhà giáo.'],
      openings: ['Nhân dịp này, {eduFull} đã khen thưởng các nhà giáo có nhiều đóng góp cho sự nghiệp giáo dục của địa phương.'],
      months: [11],
    },
    {
      titles: ['Tuyên dương giáo viên dạy giỏi, học sinh giỏi năm học {schoolYear}'],
      leads: ['{when}, {eduFull} tổ chức gặp mặt, tuyên dương các nhà giáo, học sinh đạt thành tích xuất sắc trong năm học {schoolYear}.'],
      openings: [
        'Năm học qua, ngành giáo dục {kind} có {#20-80} giáo viên đạt danh hiệu giáo viên dạy giỏi và {#30-150} học sinh đạt giải trong các kỳ thi học sinh giỏi.',
      ],
      months: [5, 6, 7, 8],
    },
    {
      titles: ['{healthFull} triển khai tiêm {vaccine} cho trẻ em', 'Đảm bảo an toàn tiêm chủng {vaccine} trên địa bàn {place}'],
      leads: ['Nhằm chủ động phòng ngừa dịch bệnh, {healthFull} đang phối hợp với các trạm y tế tổ chức tiêm {vaccine} cho trẻ em trong độ tuổi.'],
      openings: ['Trước khi tiêm, trẻ được khám sàng lọc kỹ lưỡng, sau tiêm được theo dõi tại chỗ ít nhất 30 phút theo đúng quy định.'],
    },
    {
      titles: ['Chủ động phòng, chống bệnh {disease} tại {unit}', '{place} tăng cường các biện pháp phòng, chống bệnh {disease}'],
      leads: ['Trước diễn biến phức tạp của bệnh {disease}, {healthFull} đã chỉ đạo các trạm y tế tăng cường giám sát, phát hiện sớm các ca bệnh.'],
      openings: ['Tại {unit}, lực lượng y tế phối hợp với các đoàn thể tổ chức chiến dịch vệ sinh môi trường, tuyên truyền đến từng hộ dân.'],
    },
    {
      titles: ['Khám bệnh, cấp thuốc miễn phí cho người cao tuổi tại {unit}', 'Khám sàng lọc, tư vấn sức khỏe cho hơn {#200-600} người dân {unit}'],
      leads: ['{when}, {healthFull} phối hợp với chính quyền {unit} tổ chức khám bệnh, tư vấn sức khỏe và cấp thuốc miễn phí cho người dân.'],
      openings: [
        'Các y, bác sĩ đã tận tình khám, tư vấn về các bệnh thường gặp như tăng huyết áp, đái tháo đường, bệnh về mắt và xương khớp.',
      ],
    },
    {
      titles: ['Đẩy mạnh phát triển bảo hiểm y tế toàn dân trên địa bàn {place}', '{place} phấn đấu tỷ lệ bao phủ bảo hiểm y tế đạt trên {#90-96}%'],
      leads: [
        'Thực hiện lộ trình bảo hiểm y tế toàn dân, {place} đã triển khai nhiều giải pháp nhằm mở rộng đối tượng tham gia, nhất là người lao động tự do và học sinh.',
      ],
      openings: ['Đến nay, tỷ lệ người dân tham gia bảo hiểm y tế trên địa bàn đạt khoảng {#88-96}% dân số.'],
    },
    {
      titles: ['{unit} có thêm trường học đạt chuẩn quốc gia', 'Nâng cao chất lượng giáo dục vùng khó khăn tại {place}'],
      leads: ['Thời gian qua, {place} đã quan tâm đầu tư cơ sở vật chất, trang thiết bị dạy học, từng bước nâng cao chất lượng giáo dục.'],
      openings: ['Nhiều phòng học kiên cố, nhà đa năng và thư viện thân thiện đã được xây dựng tại {unit}, tạo môi trường học tập khang trang cho học sinh.'],
    },
  ],
  sentences: [
    'Ngành giáo dục {kind} tiếp tục triển khai hiệu quả Chương trình giáo dục phổ thông mới, đổi mới phương pháp dạy và học.',
    'Tỷ lệ huy động trẻ em đến trường đúng độ tuổi đạt cao, công tác phổ cập giáo dục được duy trì vững chắc.',
    'Đội ngũ giáo viên cơ bản đủ về số lượng, đạt chuẩn về trình độ đào tạo, tâm huyết với nghề.',
    'Công tác khuyến học, khuyến tài được các địa phương, dòng họ quan tâm, tạo động lực cho học sinh vươn lên.',
    'Mạng lưới y tế cơ sở được củng cố, các trạm y tế đều có bác sĩ hoặc y sĩ phụ trách.',
    'Công tác khám, chữa bệnh ban đầu cho nhân dân được thực hiện tốt, hạn chế tình trạng vượt tuyến.',
    'Chương trình tiêm chủng mở rộng được duy trì, tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt trên {#90-98}%.',
    'Công tác tuyên truyền giáo dục sức khỏe được đẩy mạnh, nâng cao ý thức tự bảo vệ sức khỏe của người dân.',
    'Các cơ sở giáo dục đã chủ động phối hợp với trạm y tế kiểm tra sức khỏe định kỳ cho học sinh.',
    'Công tác kiểm tra an toàn thực phẩm tại các bếp ăn tập thể, trường học được tăng cường.',
    'Việc ứng dụng hồ sơ sức khỏe điện tử giúp người dân theo dõi, quản lý sức khỏe của bản thân thuận tiện hơn.',
  ],
  headings: ['Chăm lo sức khỏe nhân dân', 'Nâng cao chất lượng dạy và học', 'Đầu tư cơ sở vật chất'],
  listIntros: ['Để nâng cao chất lượng giáo dục và chăm sóc sức khỏe nhân dân, {place} tập trung vào các nội dung sau:'],
  listItems: [
    'Tiếp tục đổi mới căn bản, toàn diện giáo dục và đào tạo',
    'Tăng cường cơ sở vật chất, trang thiết bị dạy học',
    'Nâng cao chất lượng khám, chữa bệnh tại tuyến cơ sở',
    'Tiêm chủng đầy đủ, đúng lịch cho trẻ em',
    'Chủ động giám sát, phát hiện sớm và xử lý kịp thời các ổ dịch',
    'Mở rộng đối tượng tham gia bảo hiểm y tế',
    'Đẩy mạnh phong trào khuyến học, khuyến tài, xây dựng xã hội học tập',
  ],
  closings: [
    'Với sự quan tâm của cấp ủy, chính quyền và sự nỗ lực của đội ngũ giáo viên, y bác sĩ, sự nghiệp giáo dục và y tế của {place} tiếp tục có những bước phát triển vững chắc.',
    'Các đơn vị được yêu cầu tiếp tục theo dõi, đánh giá và kịp thời báo cáo kết quả thực hiện.',
  ],
  sources: ['{eduFull}', '{healthFull}'],
};

export const DEFENCE: Topic = {
  slots: {
    recruits: ['{#100-400}'],
  },
  stories: [
    {
      titles: ['{place} diễn tập khu vực phòng thủ năm {year}', 'Diễn tập khu vực phòng thủ {place} năm {year} thành công tốt đẹp'],
      leads: ['{when}, {place} tổ chức thành công cuộc diễn tập khu vực phòng thủ năm {year} với sự tham gia của các lực lượng trên địa bàn.'],
      openings: [
        'Cuộc diễn tập nhằm nâng cao năng lực lãnh đạo, chỉ đạo, điều hành của cấp ủy, chính quyền trong chuyển địa phương sang trạng thái quốc phòng.',
      ],
    },
    {
      titles: ['{unit} diễn tập chiến đấu phòng thủ năm {year}', 'Diễn tập chiến đấu phòng thủ tại {unit} đạt kết quả tốt'],
      leads: ['{when}, dưới sự chỉ đạo của {militaryFull}, {unit} đã tổ chức thành công cuộc diễn tập chiến đấu phòng thủ năm {year}.'],
      openings: ['Cuộc diễn tập diễn ra qua hai giai đoạn, với sự tham gia của lực lượng dân quân, công an và các đoàn thể tại địa phương.'],
    },
    {
      titles: ['{place} tổ chức lễ giao nhận quân năm {year}', '{recruits} thanh niên {place} lên đường nhập ngũ năm {year}'],
      leads: ['{when}, Hội đồng Nghĩa vụ quân sự {kind} tổ chức lễ giao nhận quân năm {year}, tiễn {recruits} thanh niên ưu tú lên đường nhập ngũ.'],
      openings: ['Các tân binh đã được khám tuyển kỹ lưỡng, đảm bảo đúng quy trình, công khai, dân chủ, công bằng.'],
      months: [2, 3],
    },
    {
      titles: ['{policeFull} ra quân trấn áp tội phạm {holiday}', 'Bảo đảm an ninh trật tự {holiday} trên địa bàn {place}'],
      leads: ['{when}, {policeFull} tổ chức lễ ra quân cao điểm tấn công, trấn áp các loại tội phạm, bảo đảm an ninh trật tự {holiday}.'],
      openings: ['Lực lượng công an tăng cường tuần tra, kiểm soát tại các địa bàn trọng điểm, kiên quyết xử lý các hành vi vi phạm pháp luật.'],
    },
    {
      titles: [
        'Tăng cường bảo đảm trật tự an toàn giao thông {holiday}',
        '{policeFull} xử lý hơn {#200-900} trường hợp vi phạm trật tự an toàn giao thông',
      ],
      leads: ['Nhằm kéo giảm tai nạn giao thông, lực lượng cảnh sát giao thông {policeFull} đã tăng cường tuần tra, kiểm soát trên các tuyến đường trọng điểm.'],
      openings: ['Các lỗi vi phạm chủ yếu là điều khiển phương tiện khi có nồng độ cồn, chạy quá tốc độ quy định và không đội mũ bảo hiểm.'],
    },
    {
      titles: ['Ngày hội Toàn dân bảo vệ an ninh Tổ quốc tại {unit}', 'Sôi nổi Ngày hội Toàn dân bảo vệ an ninh Tổ quốc năm {year}'],
      leads: ['{when}, {unit} tổ chức Ngày hội Toàn dân bảo vệ an ninh Tổ quốc năm {year} với sự tham gia của đông đảo nhân dân.'],
      openings: ['Ngày hội là dịp biểu dương những tập thể, cá nhân có thành tích xuất sắc trong phong trào Toàn dân bảo vệ an ninh Tổ quốc.'],
      months: [8, 9],
    },
    {
      titles: ['{militaryFull} khai mạc huấn luyện dân quân năm {year}', 'Nâng cao chất lượng huấn luyện lực lượng dân quân tự vệ tại {place}'],
      leads: ['{when}, {militaryFull} tổ chức khai mạc huấn luyện lực lượng dân quân năm {year}.'],
      openings: ['Nội dung huấn luyện gồm chính trị, điều lệnh, kỹ thuật, chiến thuật và các bài bắn đạn thật.'],
    },
    {
      titles: ['Tuyên truyền phòng, chống ma túy cho học sinh trên địa bàn {place}', 'Tăng cường giáo dục phòng, chống ma túy trong trường học tại {place}'],
      leads: ['Nhằm nâng cao nhận thức về tác hại của ma túy, {policeFull} phối hợp với {eduFull} tổ chức tuyên truyền cho học sinh.'],
      openings: [
        'Tại buổi tuyên truyền, học sinh được cung cấp kiến thức về các loại ma túy, thủ đoạn lôi kéo của các đối tượng và kỹ năng tự phòng tránh.',
      ],
    },
  ],
  sentences: [
    'Tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn {place} cơ bản ổn định, không để xảy ra tình huống bất ngờ.',
    'Lực lượng vũ trang {kind} luôn duy trì nghiêm chế độ trực sẵn sàng chiến đấu, chủ động nắm chắc tình hình.',
    'Công tác giáo dục quốc phòng và an ninh cho các đối tượng được triển khai đúng kế hoạch.',
    'Phong trào Toàn dân bảo vệ an ninh Tổ quốc tiếp tục phát triển sâu rộng, nhiều mô hình tự quản về an ninh trật tự hoạt động hiệu quả.',
    'Lực lượng dân quân tự vệ được xây dựng vững mạnh, rộng khắp, thực hiện tốt nhiệm vụ tại địa phương.',
    '{police} đã phối hợp chặt chẽ với các lực lượng chức năng, kịp thời phát hiện, xử lý nhiều vụ việc phức tạp.',
    'Công tác tuyển chọn và gọi công dân nhập ngũ đảm bảo chỉ tiêu, chất lượng, đúng luật.',
    'Tai nạn giao thông được kéo giảm trên cả ba tiêu chí so với cùng kỳ năm trước.',
    'Việc cấp căn cước công dân và định danh điện tử được đẩy mạnh, phục vụ tốt nhu cầu của người dân.',
    'Các lực lượng phối hợp tốt trong công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ.',
    'Công tác chính sách hậu phương quân đội được quan tâm, động viên thanh niên yên tâm thực hiện nghĩa vụ.',
  ],
  headings: ['Giữ vững thế trận quốc phòng toàn dân', 'Bảo đảm an ninh trật tự ở cơ sở', 'Sẵn sàng trong mọi tình huống'],
  listIntros: ['Thời gian tới, các lực lượng chức năng tập trung thực hiện tốt các nhiệm vụ trọng tâm sau:'],
  listItems: [
    'Nắm chắc tình hình, chủ động xử lý các tình huống ngay từ cơ sở',
    'Duy trì nghiêm chế độ trực sẵn sàng chiến đấu',
    'Đẩy mạnh tuyên truyền, vận động nhân dân tham gia phòng, chống tội phạm',
    'Tăng cường tuần tra, kiểm soát, xử lý nghiêm vi phạm trật tự an toàn giao thông',
    'Nâng cao chất lượng huấn luyện lực lượng dân quân tự vệ',
    'Xây dựng và nhân rộng các mô hình tự quản về an ninh trật tự',
  ],
  closings: [
    'Phát biểu chỉ đạo, đồng chí {leader} đề nghị các lực lượng tiếp tục phát huy tinh thần trách nhiệm, góp phần xây dựng {place} ngày càng vững mạnh.',
    'Kết quả này góp phần giữ vững ổn định chính trị, tạo môi trường thuận lợi cho phát triển kinh tế - xã hội của địa phương.',
  ],
  sources: ['{militaryFull}', '{policeFull}', '{ubndFull}'],
};
