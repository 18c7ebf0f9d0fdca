# ruff: noqa: E501  (prose sentences read better unwrapped)
"""Vietnamese vocabulary and templates for the simulated provincial catalogue.

Pure data. Everything is normalised to NFC once at import (see the end of the module), so the
generator never has to normalise per item. Templates use ``str.format`` slots filled by
``catalogue.py``: {tinh} {huyen} {xa} {thon} {tinh_khac} {nam} {thang} {ngay} {so} {so2} {cay}
{vatnuoi} {benh_cay} {benh_vn} {benh_nguoi} {bao} {cap} {giat} {gio} {coquan} {pt}.
"""

from __future__ import annotations

import unicodedata

PROVINCE = "Đắk Lắk"
PROVINCE_CODE = "66"
STATION = {
    "code": "DTT-24343",
    "name": "Đài truyền thanh xã Phú Lộc",
    "commune_code": "24343",
    "province_code": PROVINCE_CODE,
}

DISTRICTS = [
    "Buôn Đôn", "Cư M'gar", "Ea H'leo", "Ea Kar", "Ea Súp", "Krông Ana", "Krông Bông",
    "Krông Búk", "Krông Năng", "Krông Pắc", "Lắk", "M'Đrắk", "Cư Kuin",
]
COMMUNES = [
    "Phú Lộc", "Đức Phổ", "Đắk Liêng", "Đắk Phơi", "Đắk Nuê", "Ea Tu", "Hòa Thắng", "Đông Hòa",
    "Krông Jing", "Ea Đar", "Ea Drông", "Cư Pơng", "Ea Hiao", "Dliê Ya", "Phú Xuân",
    "Tam Giang", "Ea Kly", "Hòa Đông", "Đray Bhăng", "Ea Phê", "Đoàn Kết", "Ea Tóh",
]
VILLAGES = [
    "thôn 1", "thôn 2", "thôn 3", "thôn 5", "thôn 7", "thôn 9", "thôn 11", "buôn Đôn",
    "buôn Trí", "buôn Ea Sim", "thôn Đoàn Kết", "thôn Tân Lập", "thôn Đồng Tâm",
    "buôn K'Mrơng Prông", "thôn Đắk Hà", "thôn Điện Bàn",
]
OTHER_PROVINCES = [
    "Đồng Nai", "Điện Biên", "Đà Nẵng", "Đắk Nông", "Đồng Tháp", "Lâm Đồng", "Bình Định",
    "Quảng Ngãi", "Gia Lai", "Kon Tum", "Phú Yên", "Khánh Hòa", "Quảng Nam", "Thừa Thiên Huế",
    "Quảng Bình", "Hà Tĩnh", "Nghệ An", "Thanh Hóa", "Lào Cai", "Yên Bái", "Hà Giang",
    "Cao Bằng", "Sóc Trăng", "Trà Vinh", "Hải Dương", "Nam Định",
]
CROPS = ["cà phê", "hồ tiêu", "lúa", "sầu riêng", "ngô", "sắn", "điều", "bơ", "mắc ca"]
LIVESTOCK = ["lợn", "gà", "bò", "trâu", "vịt", "dê"]
CROP_PESTS = [
    "rệp sáp", "bệnh vàng lá", "sâu keo mùa thu", "rầy nâu", "bệnh khảm lá sắn",
    "bệnh chết nhanh, chết chậm", "bọ xít muỗi",
]
ANIMAL_DISEASES = [
    "dịch tả lợn châu Phi", "cúm gia cầm A/H5N1", "bệnh viêm da nổi cục", "bệnh lở mồm long móng",
    "bệnh dại",
]
HUMAN_DISEASES = ["sốt xuất huyết", "tay chân miệng", "bạch hầu", "sởi", "cúm A", "ho gà"]
STORM_NAMES = [
    "Yagi", "Trà Mi", "Kalmaegi", "Noru", "Molave", "Wipha", "Bualoi", "Ragasa", "Kajiki",
    "Doksuri", "Saola",
]

ISSUERS = {
    "central": [
        "Bộ Thông tin và Truyền thông", "Bộ Nông nghiệp và Môi trường", "Bộ Y tế",
        "Ban Chỉ đạo quốc gia về phòng thủ dân sự", "Đài Tiếng nói Việt Nam",
        "Thông tấn xã Việt Nam", "Bộ Công an", "Trung tâm Dự báo khí tượng thủy văn quốc gia",
        "Hội đồng bầu cử quốc gia",
    ],
    "province": [
        "Sở Thông tin và Truyền thông tỉnh Đắk Lắk", "Sở Văn hóa, Thể thao và Du lịch",
        "Sở Y tế tỉnh Đắk Lắk", "Sở Nông nghiệp và Môi trường tỉnh Đắk Lắk",
        "Ban Chỉ huy Phòng thủ dân sự tỉnh", "Đài Phát thanh và Truyền hình Đắk Lắk",
        "Công an tỉnh Đắk Lắk", "Ủy ban bầu cử tỉnh Đắk Lắk", "Chi cục Kiểm lâm tỉnh",
        "Bảo hiểm xã hội tỉnh Đắk Lắk", "Đài Khí tượng thủy văn tỉnh Đắk Lắk",
    ],
    "district": [
        "UBND huyện {huyen}", "Trung tâm Văn hóa – Thông tin và Thể thao huyện {huyen}",
        "Phòng Nông nghiệp huyện {huyen}", "Trung tâm Y tế huyện {huyen}",
        "Công an huyện {huyen}", "Ban Chỉ huy Quân sự huyện {huyen}",
    ],
}

# (code, name, parent_code): the tree served by GET /categories.
CATEGORIES: list[tuple[str, str, str | None]] = [
    ("CSPL", "Chính sách – pháp luật", None),
    ("CSPL-VB", "Văn bản pháp luật mới", "CSPL"),
    ("CSPL-TTHC", "Thủ tục hành chính, dịch vụ công", "CSPL"),
    ("CSPL-BH", "Bảo hiểm xã hội, bảo hiểm y tế", "CSPL"),
    ("CSPL-DD", "Đất đai, môi trường", "CSPL"),
    ("NN", "Nông nghiệp", None),
    ("NN-TT", "Trồng trọt, bảo vệ thực vật", "NN"),
    ("NN-CN", "Chăn nuôi, thú y", "NN"),
    ("NN-TL", "Thủy lợi, nước sạch", "NN"),
    ("NN-TTR", "Thị trường nông sản", "NN"),
    ("YT", "Y tế", None),
    ("YT-DB", "Phòng, chống dịch bệnh", "YT"),
    ("YT-TC", "Tiêm chủng mở rộng", "YT"),
    ("YT-ATTP", "An toàn thực phẩm", "YT"),
    ("ANTT", "An ninh trật tự", None),
    ("ANTT-GT", "An toàn giao thông", "ANTT"),
    ("ANTT-LD", "Phòng, chống lừa đảo và tội phạm", "ANTT"),
    ("ANTT-PCCC", "Phòng cháy, chữa cháy", "ANTT"),
    ("PCTT", "Phòng chống thiên tai", None),
    ("PCTT-BAO", "Bão, áp thấp nhiệt đới", "PCTT"),
    ("PCTT-LU", "Mưa lũ, lũ quét, sạt lở đất", "PCTT"),
    ("PCTT-HH", "Nắng nóng, hạn hán", "PCTT"),
    ("PCTT-CR", "Phòng cháy rừng", "PCTT"),
    ("BC", "Bầu cử", None),
    ("BC-DB", "Bầu cử đại biểu Quốc hội và HĐND các cấp", "BC"),
    ("BC-CT", "Cử tri, danh sách cử tri", "BC"),
    ("VHXH", "Văn hóa – xã hội", None),
    ("VHXH-NTM", "Xây dựng nông thôn mới", "VHXH"),
    ("VHXH-GD", "Giáo dục, đào tạo", "VHXH"),
    ("VHXH-DT", "Công tác dân tộc, tôn giáo", "VHXH"),
    ("VHXH-LH", "Lễ hội, thể thao, du lịch", "VHXH"),
    ("VHXH-LD", "Lao động, việc làm, an sinh xã hội", "VHXH"),
]

OPENINGS = [
    "Kính thưa bà con nhân dân!",
    "Thưa toàn thể bà con!",
    "Kính thưa quý vị và các bạn!",
    "Đài truyền thanh xã xin thông báo đến bà con nhân dân.",
    "Sau đây là bản tin của {coquan}.",
]
CLOSINGS = [
    "Đề nghị bà con nhân dân nghiêm túc thực hiện.",
    "Mọi thắc mắc xin liên hệ Ủy ban nhân dân xã trong giờ hành chính để được hướng dẫn.",
    "Đài truyền thanh xã sẽ tiếp tục thông tin để bà con được biết.",
    "Đề nghị trưởng thôn, buôn thông báo rộng rãi đến từng hộ gia đình.",
    "Bà con có thể tra cứu thêm thông tin trên Cổng thông tin điện tử của tỉnh.",
    "Trân trọng thông báo!",
]

# Leaf category code -> titles, body sentences, tags.
TOPICS: dict[str, dict[str, list[str]]] = {
    "CSPL-VB": {
        "titles": [
            "Những chính sách mới có hiệu lực từ tháng {thang}/{nam}",
            "Luật Đất đai sửa đổi: những điểm người dân cần biết",
            "Quy định mới về cấp căn cước cho người dưới 14 tuổi",
            "Tuyên truyền Luật Phòng, chống bạo lực gia đình tại {thon}",
            "Nghị định mới về xử phạt vi phạm hành chính trong lĩnh vực trồng trọt",
        ],
        "sentences": [
            "Từ ngày 1 tháng {thang} năm {nam}, nhiều chính sách mới liên quan trực tiếp đến đời sống người dân chính thức có hiệu lực.",
            "Theo quy định mới, người dân có thể thực hiện thủ tục trực tuyến mà không phải đến trụ sở Ủy ban nhân dân xã.",
            "Mức phạt đối với hành vi vi phạm được nâng lên từ {so} triệu đồng đến {so2} triệu đồng.",
            "Văn bản do {coquan} ban hành nhằm bảo đảm quyền và lợi ích hợp pháp của người dân.",
            "Các trường hợp đã nộp hồ sơ trước ngày văn bản có hiệu lực vẫn được giải quyết theo quy định cũ.",
            "Cán bộ tư pháp xã sẽ tổ chức buổi tuyên truyền tại nhà văn hóa {thon} vào {ngay}.",
        ],
        "tags": ["pháp luật", "chính sách mới"],
    },
    "CSPL-TTHC": {
        "titles": [
            "Hướng dẫn nộp hồ sơ trực tuyến trên Cổng dịch vụ công quốc gia",
            "Xã {xa} triển khai tổ công nghệ số cộng đồng",
            "Thông báo lịch tiếp công dân của Chủ tịch UBND xã tháng {thang}",
            "Đăng ký khai sinh, khai tử trực tuyến: nhanh chóng, không mất phí đi lại",
        ],
        "sentences": [
            "Người dân có thể dùng tài khoản định danh điện tử VNeID để đăng nhập Cổng dịch vụ công quốc gia.",
            "Tổ công nghệ số cộng đồng của {thon} sẵn sàng hỗ trợ bà con cài đặt và sử dụng ứng dụng.",
            "Thời gian giải quyết hồ sơ được rút ngắn còn {so} ngày làm việc.",
            "Bộ phận một cửa của Ủy ban nhân dân xã {xa} làm việc từ thứ Hai đến sáng thứ Bảy hằng tuần.",
            "Bà con lưu ý mang theo căn cước khi đến làm thủ tục.",
        ],
        "tags": ["dịch vụ công", "chuyển đổi số"],
    },
    "CSPL-BH": {
        "titles": [
            "Gia hạn thẻ bảo hiểm y tế hộ gia đình năm {nam}",
            "Bảo hiểm xã hội tự nguyện: chỗ dựa khi về già cho người lao động tự do",
            "Chi trả lương hưu, trợ cấp tháng {thang} qua tài khoản ngân hàng",
            "Học sinh, sinh viên tham gia bảo hiểm y tế bắt buộc",
        ],
        "sentences": [
            "Người tham gia bảo hiểm xã hội tự nguyện được Nhà nước hỗ trợ từ {pt} phần trăm mức đóng.",
            "Thẻ bảo hiểm y tế hộ gia đình hết hạn vào cuối tháng {thang}, bà con cần gia hạn sớm để không gián đoạn quyền lợi.",
            "Đại lý thu bảo hiểm tại {thon} sẽ đến tận nhà hướng dẫn bà con.",
            "Từ tháng {thang}, lương hưu được chi trả qua tài khoản cá nhân, bà con không phải xếp hàng chờ nhận.",
            "{coquan} khuyến cáo bà con không cung cấp mã OTP cho bất kỳ ai tự xưng là cán bộ bảo hiểm.",
        ],
        "tags": ["bảo hiểm", "an sinh"],
    },
    "CSPL-DD": {
        "titles": [
            "Thông báo thu hồi đất thực hiện dự án đường liên xã {xa}",
            "Lấy ý kiến nhân dân về quy hoạch sử dụng đất huyện {huyen} giai đoạn tới",
            "Xử lý nghiêm hành vi đổ rác thải, xác động vật xuống sông suối",
            "Hướng dẫn cấp giấy chứng nhận quyền sử dụng đất lần đầu",
        ],
        "sentences": [
            "Diện tích dự kiến thu hồi khoảng {so} héc-ta, thuộc địa bàn {thon}.",
            "Ý kiến góp ý của bà con gửi về Ủy ban nhân dân xã trước {ngay}.",
            "Phương án bồi thường, hỗ trợ tái định cư được niêm yết công khai tại nhà văn hóa thôn.",
            "Hành vi đổ xác động vật chết xuống nguồn nước có thể bị phạt đến {so2} triệu đồng.",
            "Hồ sơ cấp giấy chứng nhận lần đầu được tiếp nhận tại bộ phận một cửa của xã.",
        ],
        "tags": ["đất đai", "môi trường"],
    },
    "NN-TT": {
        "titles": [
            "Khuyến cáo phòng trừ {benh_cay} trên cây {cay}",
            "Lịch thời vụ gieo trồng vụ Hè Thu năm {nam} tại huyện {huyen}",
            "Kỹ thuật tái canh cây {cay} cho năng suất cao",
            "Mô hình trồng {cay} hữu cơ ở {thon} mang lại hiệu quả",
            "Cảnh báo {benh_cay} gây hại trên diện rộng tại {huyen}",
        ],
        "sentences": [
            "Theo Trạm Trồng trọt và Bảo vệ thực vật huyện {huyen}, {benh_cay} đã xuất hiện trên khoảng {so} héc-ta {cay}.",
            "Bà con cần thường xuyên thăm đồng, phát hiện sớm và phòng trừ kịp thời.",
            "Chỉ sử dụng thuốc bảo vệ thực vật có trong danh mục được phép, theo nguyên tắc bốn đúng.",
            "Khung lịch thời vụ được xây dựng dựa trên dự báo lượng mưa và nguồn nước tưới.",
            "Mô hình giúp giảm {pt} phần trăm chi phí phân bón hóa học so với canh tác truyền thống.",
            "Cán bộ khuyến nông sẽ hướng dẫn trực tiếp tại ruộng vườn của bà con vào {ngay}.",
            "Sau thu hoạch, bà con nên vệ sinh đồng ruộng, tiêu hủy tàn dư cây bệnh.",
        ],
        "tags": ["trồng trọt", "khuyến nông"],
    },
    "NN-CN": {
        "titles": [
            "Tiêm phòng vắc-xin cho đàn {vatnuoi} đợt {so} năm {nam}",
            "Chủ động phòng chống {benh_vn}",
            "Chăm sóc đàn {vatnuoi} trong mùa mưa rét",
            "Không mua bán, vận chuyển {vatnuoi} không rõ nguồn gốc",
        ],
        "sentences": [
            "Đợt tiêm phòng kéo dài từ nay đến hết tháng {thang}, miễn phí cho các hộ chăn nuôi nhỏ lẻ.",
            "Khi phát hiện {vatnuoi} ốm, chết bất thường, bà con báo ngay cho thú y viên {thon}.",
            "Tuyệt đối không vứt xác động vật ra môi trường, không giết mổ, bán chạy gia súc bệnh.",
            "Chuồng trại cần được che chắn kín gió, giữ khô ráo và phun tiêu độc khử trùng định kỳ.",
            "Toàn huyện {huyen} hiện có khoảng {so} nghìn con {vatnuoi} cần được tiêm phòng.",
        ],
        "tags": ["chăn nuôi", "thú y"],
    },
    "NN-TL": {
        "titles": [
            "Lịch xả nước hồ chứa phục vụ tưới tiêu vụ Đông Xuân",
            "Nạo vét kênh mương nội đồng tại {thon}",
            "Sử dụng nước sạch tiết kiệm trong mùa khô",
        ],
        "sentences": [
            "Công ty thủy lợi sẽ mở nước từ {ngay}, bà con chủ động chuẩn bị đất để gieo sạ.",
            "Xã huy động nhân dân ra quân nạo vét hơn {so} ki-lô-mét kênh mương nội đồng.",
            "Bà con không tự ý đắp đập, chặn dòng, lấy nước trái phép gây thiếu nước cho vùng hạ lưu.",
            "Công trình cấp nước tập trung của xã đang phục vụ khoảng {so} trăm hộ dân.",
        ],
        "tags": ["thủy lợi", "nước sạch"],
    },
    "NN-TTR": {
        "titles": [
            "Giá {cay} hôm nay tại {tinh} tăng nhẹ",
            "Bản tin thị trường nông sản tuần thứ {so} tháng {thang}",
            "Cảnh giác thương lái ép giá {cay} đầu vụ",
        ],
        "sentences": [
            "Giá {cay} tại các đại lý trên địa bàn tỉnh {tinh} dao động quanh mức {so2} nghìn đồng một ki-lô-gam.",
            "So với tuần trước, giá tăng khoảng {pt} phần trăm do nhu cầu xuất khẩu tăng.",
            "Bà con nên theo dõi thông tin giá cả trên kênh chính thống trước khi bán sản phẩm.",
            "Hợp tác xã nông nghiệp {xa} sẵn sàng thu mua theo hợp đồng bao tiêu sản phẩm.",
        ],
        "tags": ["giá cả", "thị trường"],
    },
    "YT-DB": {
        "titles": [
            "Chủ động phòng chống bệnh {benh_nguoi} trong mùa mưa",
            "Chiến dịch diệt lăng quăng, bọ gậy tại {thon}",
            "Khuyến cáo của Bộ Y tế về phòng bệnh {benh_nguoi}",
            "Huyện {huyen} ghi nhận {so} ca mắc {benh_nguoi} trong tuần",
        ],
        "sentences": [
            "Từ đầu năm đến nay, toàn tỉnh ghi nhận {so} trăm ca mắc {benh_nguoi}, tăng so với cùng kỳ.",
            "Bà con hãy đậy kín dụng cụ chứa nước, thả cá diệt lăng quăng và ngủ màn kể cả ban ngày.",
            "Khi có dấu hiệu sốt cao, mệt mỏi kéo dài, cần đến ngay trạm y tế xã để được khám và điều trị.",
            "Không tự ý dùng thuốc hạ sốt không rõ nguồn gốc, đặc biệt với trẻ nhỏ.",
            "Trạm y tế xã {xa} phối hợp với các thôn tổ chức phun hóa chất diệt muỗi vào {ngay}.",
        ],
        "tags": ["y tế", "dịch bệnh"],
    },
    "YT-TC": {
        "titles": [
            "Lịch tiêm chủng mở rộng tháng {thang} tại trạm y tế xã",
            "Tiêm vắc-xin sởi – rubella cho trẻ từ 1 đến 5 tuổi",
            "Đưa trẻ đi tiêm chủng đầy đủ, đúng lịch",
        ],
        "sentences": [
            "Buổi tiêm chủng được tổ chức vào sáng {ngay} tại trạm y tế xã {xa}.",
            "Cha mẹ nhớ mang theo sổ tiêm chủng hoặc ứng dụng sổ sức khỏe điện tử.",
            "Sau khi tiêm, trẻ cần được theo dõi tại trạm ít nhất 30 phút.",
            "Tỷ lệ tiêm chủng đầy đủ của xã hiện đạt {pt} phần trăm, cần tiếp tục nâng cao.",
        ],
        "tags": ["tiêm chủng", "trẻ em"],
    },
    "YT-ATTP": {
        "titles": [
            "Bảo đảm an toàn thực phẩm mùa lễ hội",
            "Cảnh báo ngộ độc do ăn nấm rừng",
            "Kiểm tra cơ sở kinh doanh thực phẩm tại chợ {xa}",
        ],
        "sentences": [
            "Tuyệt đối không ăn nấm rừng lạ, không rõ nguồn gốc.",
            "Đoàn kiểm tra liên ngành đã kiểm tra {so} cơ sở, nhắc nhở {so2} cơ sở vi phạm.",
            "Khi có biểu hiện đau bụng, nôn, tiêu chảy sau khi ăn, cần đến cơ sở y tế gần nhất.",
            "Người tiêu dùng nên chọn thực phẩm có nguồn gốc rõ ràng, còn hạn sử dụng.",
        ],
        "tags": ["an toàn thực phẩm"],
    },
    "ANTT-GT": {
        "titles": [
            "Đã uống rượu bia thì không lái xe",
            "Đội mũ bảo hiểm cho trẻ em khi ngồi trên xe máy",
            "Tình hình trật tự an toàn giao thông tháng {thang} trên địa bàn huyện {huyen}",
            "Cẩn trọng khi đi qua đoạn đèo đang thi công tại {huyen}",
        ],
        "sentences": [
            "Trong tháng {thang}, trên địa bàn huyện {huyen} xảy ra {so} vụ tai nạn giao thông.",
            "Phần lớn các vụ tai nạn do người điều khiển xe đã sử dụng rượu bia.",
            "Người ngồi trên xe máy, kể cả trẻ em, bắt buộc phải đội mũ bảo hiểm đạt chuẩn.",
            "Lực lượng cảnh sát giao thông tăng cường tuần tra, kiểm soát vào dịp cuối tuần.",
            "Phụ huynh không giao xe máy cho con em chưa đủ tuổi điều khiển.",
        ],
        "tags": ["giao thông"],
    },
    "ANTT-LD": {
        "titles": [
            "Cảnh giác thủ đoạn giả danh công an gọi điện lừa đảo",
            "Cảnh báo lừa đảo tuyển cộng tác viên bán hàng online",
            "Công an xã {xa} triệt phá tụ điểm đánh bạc",
            "Không cho mượn, bán tài khoản ngân hàng",
        ],
        "sentences": [
            "Gần đây xuất hiện tình trạng đối tượng giả danh cán bộ công an gọi điện yêu cầu chuyển tiền.",
            "Cơ quan công an không bao giờ làm việc với người dân qua điện thoại hay mạng xã hội.",
            "Bà con tuyệt đối không cung cấp mã OTP, mật khẩu ngân hàng cho bất kỳ ai.",
            "Trong tháng, công an huyện {huyen} tiếp nhận {so} đơn trình báo bị lừa đảo qua mạng.",
            "Khi nghi ngờ bị lừa đảo, hãy báo ngay cho công an xã hoặc gọi số 113.",
        ],
        "tags": ["lừa đảo", "an ninh mạng"],
    },
    "ANTT-PCCC": {
        "titles": [
            "Phòng cháy, chữa cháy tại khu dân cư trong mùa khô",
            "Hướng dẫn thoát nạn khi xảy ra cháy nhà ở",
            "Ra quân kiểm tra an toàn phòng cháy tại các cơ sở kinh doanh",
        ],
        "sentences": [
            "Mùa khô hanh, nguy cơ cháy nhà ở, kho xưởng tăng cao.",
            "Không câu mắc điện tùy tiện, không để xe máy sạc điện qua đêm trong nhà.",
            "Mỗi hộ gia đình nên trang bị bình chữa cháy và thường xuyên kiểm tra.",
            "Khi phát hiện cháy, gọi ngay số 114 và hô hoán mọi người cùng ứng cứu.",
        ],
        "tags": ["phòng cháy"],
    },
    "PCTT-BAO": {
        "titles": [
            "Tin dự báo áp thấp nhiệt đới trên Biển Đông",
            "Chủ động ứng phó với {bao}",
            "Khắc phục hậu quả sau {bao} tại các tỉnh miền Trung",
        ],
        "sentences": [
            "Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, {bao} có khả năng mạnh thêm trong 24 giờ tới.",
            "Các tỉnh từ {tinh_khac} đến Quảng Ngãi có mưa to đến rất to.",
            "Bà con kiểm tra, gia cố nhà cửa, chằng chống mái tôn, chặt tỉa cành cây gần nhà.",
            "Chuẩn bị lương thực, nước uống, thuốc men và đèn pin cho ít nhất ba ngày.",
            "Lực lượng xung kích của xã sẵn sàng hỗ trợ di dời người dân ở vùng trũng thấp.",
        ],
        "tags": ["bão", "thời tiết"],
    },
    "PCTT-LU": {
        "titles": [
            "Cảnh báo mưa lớn, nguy cơ lũ quét tại các huyện miền núi",
            "Di dời dân khỏi vùng có nguy cơ sạt lở đất tại {thon}",
            "Bản tin thủy văn: mực nước sông Krông Ana đang lên",
        ],
        "sentences": [
            "Lượng mưa trong 24 giờ qua tại huyện {huyen} phổ biến từ 100 đến 150 mi-li-mét.",
            "Các khu vực ven sông suối, sườn đồi có nguy cơ cao xảy ra lũ quét, sạt lở đất.",
            "Không qua lại ngầm tràn, đập tràn khi nước đang chảy xiết.",
            "Không vớt củi, đánh bắt cá trên sông suối khi có lũ.",
            "Ủy ban nhân dân xã đã bố trí {so} điểm tránh trú an toàn tại trường học và nhà văn hóa.",
        ],
        "tags": ["mưa lũ", "sạt lở"],
    },
    "PCTT-HH": {
        "titles": [
            "Nắng nóng gay gắt kéo dài, bà con chủ động nguồn nước tưới",
            "Phòng chống hạn hán cho cây {cay} mùa khô",
        ],
        "sentences": [
            "Nhiệt độ cao nhất trong ngày phổ biến từ 36 đến 38 độ C.",
            "Bà con nên tưới nước vào sáng sớm hoặc chiều tối để hạn chế bốc hơi.",
            "Hạn chế làm việc ngoài trời từ 11 giờ đến 15 giờ, uống đủ nước.",
            "Dự kiến khoảng {so} héc-ta {cay} có nguy cơ thiếu nước tưới.",
        ],
        "tags": ["nắng nóng", "hạn hán"],
    },
    "PCTT-CR": {
        "titles": [
            "Mùa khô: nâng cao ý thức phòng cháy rừng",
            "Cấp dự báo cháy rừng tại huyện {huyen} trong tuần",
        ],
        "sentences": [
            "Cấp dự báo cháy rừng tại nhiều khu vực đã lên cấp IV, cấp nguy hiểm.",
            "Nghiêm cấm đốt nương rẫy, đốt thực bì khi chưa được phép của chính quyền.",
            "Người vào rừng phải khai báo với tổ bảo vệ rừng và không mang theo vật dụng gây cháy.",
            "Kiểm lâm địa bàn phối hợp với thôn, buôn tổ chức tuần tra 24/24 giờ.",
        ],
        "tags": ["cháy rừng", "kiểm lâm"],
    },
    "BC-DB": {
        "titles": [
            "Tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp",
            "Ngày bầu cử là ngày hội của toàn dân",
            "Niêm yết danh sách người ứng cử đại biểu HĐND xã {xa}",
            "Hỏi – đáp về bầu cử: cử tri cần biết những gì?",
        ],
        "sentences": [
            "Cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026–2031 là sự kiện chính trị quan trọng của đất nước.",
            "Mỗi cử tri có quyền bỏ một phiếu bầu đại biểu Quốc hội và một phiếu bầu đại biểu Hội đồng nhân dân mỗi cấp.",
            "Danh sách người ứng cử được niêm yết tại trụ sở Ủy ban nhân dân xã và các khu vực bỏ phiếu.",
            "Cử tri thực hiện nguyên tắc bầu cử phổ thông, bình đẳng, trực tiếp và bỏ phiếu kín.",
            "Xã {xa} có {so} khu vực bỏ phiếu, mở cửa từ 7 giờ sáng.",
        ],
        "tags": ["bầu cử", "Quốc hội"],
    },
    "BC-CT": {
        "titles": [
            "Niêm yết danh sách cử tri tại các khu vực bỏ phiếu",
            "Cử tri kiểm tra tên mình trong danh sách cử tri",
        ],
        "sentences": [
            "Danh sách cử tri được niêm yết từ {ngay} tại nhà văn hóa các thôn, buôn.",
            "Nếu phát hiện sai sót, cử tri khiếu nại với Ủy ban nhân dân xã trong thời hạn quy định.",
            "Cử tri tạm trú từ 12 tháng trở lên được ghi tên vào danh sách cử tri nơi tạm trú.",
            "Toàn xã có khoảng {so} trăm cử tri đủ điều kiện bỏ phiếu.",
        ],
        "tags": ["bầu cử", "cử tri"],
    },
    "VHXH-NTM": {
        "titles": [
            "Xã {xa} đạt chuẩn nông thôn mới nâng cao",
            "{thon} bê tông hóa đường giao thông nông thôn",
            "Người dân hiến đất làm đường ở {thon}",
        ],
        "sentences": [
            "Sau {so} năm nỗ lực, xã {xa} đã hoàn thành 19 tiêu chí nông thôn mới nâng cao.",
            "Nhân dân tự nguyện hiến hơn {so} trăm mét vuông đất để mở rộng đường liên thôn.",
            "Thu nhập bình quân đầu người của xã đạt khoảng {so2} triệu đồng một năm.",
            "Phong trào chung tay xây dựng nông thôn mới được bà con hưởng ứng tích cực.",
        ],
        "tags": ["nông thôn mới"],
    },
    "VHXH-GD": {
        "titles": [
            "Tuyển sinh đầu cấp năm học {nam}–{nam1}",
            "Phòng chống đuối nước cho trẻ em dịp hè",
            "Trao học bổng cho học sinh nghèo vượt khó tại {huyen}",
        ],
        "sentences": [
            "Hồ sơ tuyển sinh vào lớp 1 và lớp 6 được nhận trực tuyến từ {ngay}.",
            "Cha mẹ cần quản lý chặt chẽ trẻ nhỏ, không để trẻ tắm sông, suối, ao hồ một mình.",
            "{so} suất học bổng đã được trao cho học sinh có hoàn cảnh khó khăn.",
            "Nhà trường phối hợp với gia đình dạy kỹ năng bơi an toàn cho học sinh.",
        ],
        "tags": ["giáo dục", "trẻ em"],
    },
    "VHXH-DT": {
        "titles": [
            "Chính sách hỗ trợ đồng bào dân tộc thiểu số vùng khó khăn",
            "Bảo tồn không gian văn hóa cồng chiêng Tây Nguyên tại {thon}",
            "Gương người uy tín trong đồng bào dân tộc thiểu số",
        ],
        "sentences": [
            "Chương trình mục tiêu quốc gia hỗ trợ nhà ở, đất sản xuất và nước sinh hoạt cho đồng bào.",
            "Đội cồng chiêng {thon} thường xuyên truyền dạy cho thế hệ trẻ.",
            "Già làng, người uy tín là cầu nối quan trọng giữa chính quyền và bà con.",
            "Năm {nam}, xã có {so} hộ được hỗ trợ chuyển đổi nghề.",
        ],
        "tags": ["dân tộc", "văn hóa"],
    },
    "VHXH-LH": {
        "titles": [
            "Lễ hội Cà phê Buôn Ma Thuột lần thứ {so}",
            "Giải bóng đá thiếu niên xã {xa} mở rộng năm {nam}",
            "Chương trình văn nghệ mừng Đảng, mừng Xuân tại {thon}",
        ],
        "sentences": [
            "Lễ hội diễn ra trong {so} ngày với nhiều hoạt động văn hóa, thể thao đặc sắc.",
            "Chương trình có sự tham gia của các đội văn nghệ quần chúng đến từ các thôn, buôn.",
            "Ban tổ chức kêu gọi bà con giữ gìn vệ sinh, trật tự trong suốt thời gian lễ hội.",
            "Giải đấu thu hút {so2} đội bóng tham gia, khai mạc vào {ngay}.",
        ],
        "tags": ["lễ hội", "thể thao"],
    },
    "VHXH-LD": {
        "titles": [
            "Phiên giao dịch việc làm lưu động tại huyện {huyen}",
            "Tuyển lao động đi làm việc có thời hạn ở nước ngoài: cảnh giác môi giới bất hợp pháp",
            "Chi trả trợ cấp xã hội tháng {thang} cho đối tượng bảo trợ",
        ],
        "sentences": [
            "Phiên giao dịch có {so} doanh nghiệp tham gia, cần tuyển hơn {so} trăm lao động.",
            "Người lao động chỉ nên đăng ký qua trung tâm dịch vụ việc làm và doanh nghiệp được cấp phép.",
            "Việc chi trả trợ cấp được thực hiện tại nhà văn hóa {thon} từ {ngay}.",
            "Người cao tuổi, người khuyết tật không đi lại được sẽ được cán bộ chi trả tận nhà.",
        ],
        "tags": ["việc làm", "an sinh"],
    },
}

# Emergency (khẩn cấp) bulletins: storm, flash flood, forest fire, epidemic.
EMERGENCIES: list[dict[str, object]] = [
    {
        "category": "PCTT-BAO",
        "titles": [
            "Khẩn cấp: {bao} sắp đổ bộ, di dời dân khỏi vùng nguy hiểm",
            "Công điện khẩn về ứng phó {bao}",
        ],
        "sentences": [
            "Hồi {gio} hôm nay, vị trí tâm {bao} cách bờ biển {tinh_khac} khoảng {so2} ki-lô-mét.",
            "Sức gió mạnh nhất vùng gần tâm bão mạnh cấp {cap}, giật cấp {giat}.",
            "Yêu cầu tàu thuyền không ra khơi, khẩn trương vào nơi tránh trú an toàn.",
            "Sơ tán ngay người dân ở nhà tạm, vùng trũng thấp, ven sông suối đến nơi an toàn trước {gio}.",
            "Lực lượng công an, quân sự, dân quân túc trực 24/24 giờ để ứng cứu.",
        ],
        "tags": ["bão", "khẩn cấp"],
    },
    {
        "category": "PCTT-LU",
        "titles": [
            "Khẩn cấp: cảnh báo lũ quét, sạt lở đất tại huyện {huyen}",
            "Khẩn: xả lũ hồ chứa, người dân hạ du khẩn trương sơ tán",
        ],
        "sentences": [
            "Mưa rất to trong đêm qua khiến mực nước các sông suối trên địa bàn huyện {huyen} lên nhanh.",
            "Nguy cơ rất cao xảy ra lũ quét và sạt lở đất tại {thon} và các khu vực lân cận.",
            "Hồ chứa sẽ xả lũ với lưu lượng {so2} mét khối mỗi giây từ {gio} hôm nay.",
            "Người dân tuyệt đối không qua lại các ngầm tràn, không ở lại trong nhà ven sườn đồi.",
            "Di chuyển người già, trẻ em đến điểm tránh trú tại trường học của xã ngay bây giờ.",
        ],
        "tags": ["lũ quét", "khẩn cấp"],
    },
    {
        "category": "PCTT-CR",
        "titles": [
            "Khẩn cấp: cháy rừng tại huyện {huyen}, huy động lực lượng ứng cứu",
            "Báo động cháy rừng cấp V – cấp cực kỳ nguy hiểm",
        ],
        "sentences": [
            "Vào lúc {gio} hôm nay, đám cháy bùng phát tại tiểu khu rừng giáp {thon}.",
            "Cấp dự báo cháy rừng đã lên cấp V, cấp cực kỳ nguy hiểm.",
            "Đề nghị lực lượng dân quân và thanh niên xung kích tập trung tại trụ sở Ủy ban nhân dân xã.",
            "Người dân tuyệt đối không đốt lửa trong rừng và ven rừng, không vào rừng khi chưa được phép.",
        ],
        "tags": ["cháy rừng", "khẩn cấp"],
    },
    {
        "category": "YT-DB",
        "titles": [
            "Khẩn: phát hiện ổ dịch {benh_nguoi} tại xã {xa}",
            "Khẩn cấp: ghi nhận ca bệnh {benh_nguoi} tại {thon}",
        ],
        "sentences": [
            "Trung tâm Y tế huyện {huyen} vừa xác nhận {so} ca mắc {benh_nguoi} tại {thon}.",
            "Ngành y tế đã khoanh vùng ổ dịch, xử lý môi trường và giám sát những người tiếp xúc gần.",
            "Người có biểu hiện sốt, ho, đau họng phải đến ngay trạm y tế xã, không tự điều trị tại nhà.",
            "Hạn chế tụ tập đông người tại khu vực ổ dịch cho đến khi có thông báo mới.",
        ],
        "tags": ["dịch bệnh", "khẩn cấp"],
    },
    {
        "category": "NN-CN",
        "titles": ["Khẩn cấp: {benh_vn} xuất hiện tại huyện {huyen}"],
        "sentences": [
            "Cơ quan thú y xác nhận {benh_vn} tại {so} hộ chăn nuôi ở {thon}.",
            "Nghiêm cấm vận chuyển, mua bán {vatnuoi} ra vào vùng dịch.",
            "Chốt kiểm dịch tạm thời được lập tại các ngả đường vào thôn.",
            "Các hộ chăn nuôi phun tiêu độc khử trùng chuồng trại hằng ngày.",
        ],
        "tags": ["dịch bệnh động vật", "khẩn cấp"],
    },
]

# BCP 47 tag -> how a Vietnamese listener names the language.
MINORITY_LANGUAGES: dict[str, str] = {
    "km": "tiếng Khmer",
    "cjm": "tiếng Chăm",
    "hnj": "tiếng H'Mông",
    "ede": "tiếng Ê Đê",
    "jra": "tiếng Gia Rai",
    "bdq": "tiếng Ba Na",
    "tyz": "tiếng Tày",
}

STREAMS = [
    ("vov1", "Tiếp sóng chương trình thời sự Đài Tiếng nói Việt Nam"),
    ("dak-lak-fm", "Tiếp sóng bản tin Đài Phát thanh và Truyền hình Đắk Lắk"),
    ("vov4-ede", "Tiếp sóng chương trình tiếng Ê Đê của VOV4"),
]

# Spoken by espeak-ng to make the audio pool (the clip contents are not tied to titles).
SPEECH_LINES = [
    "Đài truyền thanh xã Phú Lộc xin kính chào bà con.",
    "Sau đây là bản tin nông nghiệp của tỉnh Đắk Lắk.",
    "Bà con theo dõi thời tiết, chủ động phòng chống bão lũ.",
    "Đề nghị bà con đưa trẻ đi tiêm chủng đầy đủ, đúng lịch.",
    "Cảnh giác với các cuộc gọi giả danh cán bộ công an để lừa đảo.",
    "Không đốt nương rẫy trong mùa khô, phòng chống cháy rừng.",
    "Cuộc bầu cử đại biểu Quốc hội và Hội đồng nhân dân các cấp là ngày hội của toàn dân.",
    "Giá cà phê hôm nay tăng nhẹ tại các đại lý trong tỉnh.",
    "Đã uống rượu bia thì không lái xe.",
    "Xin cảm ơn bà con đã lắng nghe. Hẹn gặp lại trong chương trình sau.",
    "Tin khẩn cấp: bão đang tiến vào đất liền, bà con khẩn trương sơ tán.",
    "Chủ động phòng chống dịch sốt xuất huyết, diệt lăng quăng, bọ gậy.",
]

# Display names a client must never use as paths (when SimulatorConfig.edge_cases is on).
HOSTILE_FILE_NAMES = [
    "../../../../etc/passwd.mp3",
    "..\\..\\Windows\\System32\\ban tin.mp3",
    "CON.mp3",
    "bản tin/ngày 1:2.mp3",
    "   .mp3",
    "tin\u0000rác.mp3",
    "C:\\Users\\Public\\tin.mp3",
]


def _nfc(value: object) -> object:
    """Recursively NFC-normalise strings in nested lists/dicts/tuples."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_nfc(v) for v in value)
    if isinstance(value, dict):
        return {k: _nfc(v) for k, v in value.items()}
    return value


for _name in (
    "DISTRICTS", "COMMUNES", "VILLAGES", "OTHER_PROVINCES", "CROPS", "LIVESTOCK", "CROP_PESTS",
    "ANIMAL_DISEASES", "HUMAN_DISEASES", "ISSUERS", "CATEGORIES", "OPENINGS", "CLOSINGS",
    "TOPICS", "EMERGENCIES", "MINORITY_LANGUAGES", "STREAMS", "SPEECH_LINES", "STATION",
):
    globals()[_name] = _nfc(globals()[_name])
PROVINCE = unicodedata.normalize("NFC", PROVINCE)
