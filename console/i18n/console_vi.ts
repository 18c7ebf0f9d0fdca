<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>DevicesPage</name>
    <message>
        <source>The commune&apos;s loudspeaker clusters and electronic bulletin boards: which ones are online, what they are playing, their volume and whether their clocks are right.</source>
        <translation>Các cụm loa và bảng tin điện tử công cộng của xã: cụm nào đang hoạt động, đang phát gì, âm lượng bao nhiêu và đồng hồ có chạy đúng giờ không.</translation>
    </message>
    <message>
        <source>You will be able to add a device, test it and change its volume.</source>
        <translation>Tại đây bạn sẽ có thể thêm thiết bị, phát thử và chỉnh âm lượng.</translation>
    </message>
</context>
<context>
    <name>EmergencyBanner</name>
    <message>
        <source>Open the item</source>
        <translation>Xem tin</translation>
    </message>
    <message>
        <source>Broadcast emergency…</source>
        <translation>Phát khẩn cấp…</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Đã biết</translation>
    </message>
    <message>
        <source>Hide this banner; the item stays in the library</source>
        <translation>Ẩn thông báo này; tin vẫn ở trong thư viện</translation>
    </message>
    <message>
        <source>EMERGENCY from the province: {title}</source>
        <translation>KHẨN CẤP từ tỉnh: {title}</translation>
    </message>
    <message>
        <source>EMERGENCY from the province ({count} items): {title}</source>
        <translation>KHẨN CẤP từ tỉnh ({count} tin): {title}</translation>
    </message>
</context>
<context>
    <name>EmergencyPage</name>
    <message>
        <source>For a storm, flood, fire or epidemic warning: one action stops what is playing everywhere and broadcasts the warning at once on every cluster and board.</source>
        <translation>Khi có cảnh báo bão, lũ, cháy hoặc dịch bệnh: chỉ một thao tác là dừng mọi nội dung đang phát và phát ngay bản tin cảnh báo trên tất cả các cụm loa và bảng tin.</translation>
    </message>
    <message>
        <source>Emergency messages never wait behind routine work, and every emergency broadcast is recorded in the log.</source>
        <translation>Tin khẩn cấp không bao giờ phải chờ sau các việc thường ngày, và mọi lần phát khẩn cấp đều được ghi vào nhật ký.</translation>
    </message>
    <message>
        <source>Emergency broadcast</source>
        <translation>Phát tin khẩn cấp</translation>
    </message>
    <message>
        <source>Pre-empts every programme, on every device, now.</source>
        <translation>Dừng mọi chương trình, trên mọi thiết bị, để phát ngay lập tức.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>First start</source>
        <translation>Khởi động lần đầu</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Chào mừng bạn</translation>
    </message>
    <message>
        <source>This is the first time the console is opened with this data folder. Create the administrator account: it can add the other users later.</source>
        <translation>Đây là lần đầu bảng điều khiển được mở với thư mục dữ liệu này. Hãy tạo tài khoản quản trị; sau đó tài khoản này có thể thêm những người dùng khác.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>&amp;Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <source>for example: admin</source>
        <translation>ví dụ: admin</translation>
    </message>
    <message>
        <source>for example: Nguyễn Văn An</source>
        <translation>ví dụ: Nguyễn Văn An</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Tạo tài khoản</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>The user name must not be empty or contain spaces.</source>
        <translation>Tên đăng nhập không được để trống hoặc chứa dấu cách.</translation>
    </message>
    <message>
        <source>The password must have at least {count} characters.</source>
        <translation>Mật khẩu phải có ít nhất {count} ký tự.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Please type them again.</source>
        <translation>Hai mật khẩu không giống nhau. Vui lòng nhập lại.</translation>
    </message>
    <message>
        <source>The account could not be created: {reason}</source>
        <translation>Không tạo được tài khoản: {reason}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Administrator</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Biên tập</translation>
    </message>
    <message>
        <source>Approving leader</source>
        <translation>Lãnh đạo duyệt</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Vận hành</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Chỉ xem</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Đã kết nối</translation>
    </message>
    <message>
        <source>Connection unstable</source>
        <translation>Kết nối chập chờn</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Mất kết nối</translation>
    </message>
    <message>
        <source>Connection unknown</source>
        <translation>Chưa rõ kết nối</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Khẩn cấp</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Ưu tiên</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Thông thường</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Chờ duyệt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Bị trả lại</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Đã lên lịch</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>The console is already open for this data folder. Use the window that is already open (look in the taskbar).</source>
        <translation>Bảng điều khiển đang được mở cho thư mục dữ liệu này. Hãy dùng cửa sổ đang mở (tìm trên thanh tác vụ).</translation>
    </message>
    <message>
        <source>This station&apos;s data was saved by a newer version of the console. Install the newer version; the data has not been changed.</source>
        <translation>Dữ liệu của đài đã được lưu bởi một phiên bản mới hơn của bảng điều khiển. Hãy cài phiên bản mới hơn; dữ liệu chưa bị thay đổi.</translation>
    </message>
    <message>
        <source>The station&apos;s data cannot be opened. Nothing has been changed. Ask your IT staff for help, and give them this message.</source>
        <translation>Không mở được dữ liệu của đài. Chưa có gì bị thay đổi. Hãy nhờ cán bộ kỹ thuật hỗ trợ và đưa cho họ thông báo này.</translation>
    </message>
    <message>
        <source>The console stopped because of an unexpected problem. The details are in the log file.</source>
        <translation>Bảng điều khiển đã dừng vì một sự cố ngoài dự kiến. Chi tiết được ghi trong tệp nhật ký.</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Everything that arrived from the province and everything made in the commune: bulletins, audio, video, images and text notices, newest first, with their priority.</source>
        <translation>Tất cả nội dung nhận từ tỉnh và nội dung do xã tự làm: bản tin, âm thanh, video, hình ảnh và thông báo dạng văn bản, mới nhất ở trên cùng, kèm mức độ ưu tiên.</translation>
    </message>
    <message>
        <source>You will be able to listen to, read and look at each item, and search in Vietnamese with or without accents: “dong nai” finds “Đồng Nai”.</source>
        <translation>Bạn sẽ có thể nghe, đọc và xem từng nội dung, và tìm kiếm tiếng Việt có dấu hoặc không dấu: gõ “dong nai” sẽ tìm thấy “Đồng Nai”.</translation>
    </message>
    <message>
        <source>Items past their validity date are marked and are never broadcast.</source>
        <translation>Nội dung đã hết hạn được đánh dấu và không bao giờ được phát.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Log in to the console</source>
        <translation>Đăng nhập bảng điều khiển</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Please enter your user name and password.</source>
        <translation>Vui lòng nhập tên đăng nhập và mật khẩu.</translation>
    </message>
    <message>
        <source>Wrong user name or password. Please try again.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu. Vui lòng thử lại.</translation>
    </message>
    <message>
        <source>Logging in failed: {reason}</source>
        <translation>Không đăng nhập được: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Các trang</translation>
    </message>
    <message>
        <source>Use the arrow keys, or Ctrl and a number, to change page.</source>
        <translation>Dùng các phím mũi tên, hoặc Ctrl và một số, để chuyển trang.</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Chữ to hơn</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Chữ nhỏ hơn</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>DEMO: a practice commune with simulated devices. Nothing here is broadcast.</source>
        <translation>DEMO: xã thử nghiệm với thiết bị giả lập. Không có nội dung nào ở đây được phát thật.</translation>
    </message>
    <message>
        <source>Commune Broadcast Console</source>
        <translation>Bảng điều khiển Đài truyền thanh</translation>
    </message>
    <message>
        <source>Commune Broadcast Console — {station}</source>
        <translation>Bảng điều khiển Đài truyền thanh — {station}</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Devices</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Khẩn cấp</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Thư viện</translation>
    </message>
    <message>
        <source>Outbox &amp; sync</source>
        <translation>Hộp thư đi &amp; đồng bộ</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Lịch phát</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Broadcast records</source>
        <translation>Nhật ký phát thanh</translation>
    </message>
    <message>
        <source>Periodic report</source>
        <translation>Báo cáo định kỳ</translation>
    </message>
    <message>
        <source>Item sent to the province</source>
        <translation>Tin gửi lên tỉnh</translation>
    </message>
    <message>
        <source>Device states</source>
        <translation>Trạng thái thiết bị</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Refused by the province</source>
        <translation>Bị tỉnh từ chối</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Provincial source system</source>
        <translation>Hệ thống thông tin nguồn của tỉnh</translation>
    </message>
    <message>
        <source>Synchronise now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <source>Send waiting messages again</source>
        <translation>Gửi lại các tin đang chờ</translation>
    </message>
    <message>
        <source>Source system account</source>
        <translation>Tài khoản hệ thống thông tin nguồn</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Địa chỉ máy chủ:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Log in and save</source>
        <translation>Đăng nhập và lưu</translation>
    </message>
    <message>
        <source>CA certificates:</source>
        <translation>Chứng chỉ CA:</translation>
    </message>
    <message>
        <source>Only for a provincial server with its own CA</source>
        <translation>Chỉ dùng khi máy chủ của tỉnh có CA riêng</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Only an administrator can change the account.</source>
        <translation>Chỉ quản trị viên mới được thay đổi tài khoản.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nội dung gửi</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Luồng</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Số lần thử</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>Lần thử tiếp</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Lỗi gần nhất</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>Chứng chỉ CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Tệp chứng chỉ (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Đang đọc…</translation>
    </message>
    <message>
        <source>never</source>
        <translation>chưa lần nào</translation>
    </message>
    <message>
        <source>Last complete synchronisation: {when}</source>
        <translation>Lần đồng bộ đầy đủ gần nhất: {when}</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs from the province&apos;s server by {minutes} minutes. Correct the clock: programmes would start at the wrong time.</source>
        <translation>Đồng hồ máy tính này lệch {minutes} phút so với máy chủ của tỉnh. Hãy chỉnh lại đồng hồ: nếu không, chương trình sẽ phát sai giờ.</translation>
    </message>
    <message>
        <source>{items} items in the library ({withdrawn} withdrawn by the province). Media: {ready} files ready, {waiting} waiting ({mb} MB), {failed} failed.</source>
        <translation>Thư viện có {items} tin ({withdrawn} tin tỉnh đã thu hồi). Tệp: {ready} tệp sẵn sàng, {waiting} tệp đang chờ tải ({mb} MB), {failed} tệp lỗi.</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Khẩn cấp</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Thường</translation>
    </message>
    <message>
        <source>Reading the catalogue…</source>
        <translation>Đang đọc danh mục tin…</translation>
    </message>
    <message>
        <source>Catalogue: {added} new, {updated} changed…</source>
        <translation>Danh mục: {added} tin mới, {updated} tin sửa đổi…</translation>
    </message>
    <message>
        <source>Media: {files} files, {mb} MB received…</source>
        <translation>Tệp: đã nhận {files} tệp, {mb} MB…</translation>
    </message>
    <message>
        <source>Done: {added} new, {updated} changed, {withdrawn} withdrawn, {files} files received in {seconds} s.</source>
        <translation>Xong: {added} tin mới, {updated} tin sửa đổi, {withdrawn} tin thu hồi, nhận {files} tệp trong {seconds} giây.</translation>
    </message>
    <message>
        <source>Fill in the address, user name and password.</source>
        <translation>Hãy điền địa chỉ, tên đăng nhập và mật khẩu.</translation>
    </message>
    <message>
        <source>Checking the account…</source>
        <translation>Đang kiểm tra tài khoản…</translation>
    </message>
    <message>
        <source>Logged in for {station}. Saved.</source>
        <translation>Đã đăng nhập cho {station}. Đã lưu.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This part of the console is being built.</source>
        <translation>Phần này của bảng điều khiển đang được xây dựng.</translation>
    </message>
</context>
<context>
    <name>ProgrammesPage</name>
    <message>
        <source>Build the programme for a broadcast slot: drag items in, put them in order, add the station jingle, turn a text notice into speech or record an announcement from the microphone.</source>
        <translation>Dựng chương trình cho một buổi phát: kéo nội dung vào, sắp xếp thứ tự, thêm nhạc hiệu của đài, chuyển thông báo văn bản thành giọng đọc hoặc thu âm thông báo từ micrô.</translation>
    </message>
    <message>
        <source>The total length is shown against the slot. Content made in the commune goes to the commune leader for approval before it can be broadcast.</source>
        <translation>Tổng thời lượng được so với thời lượng của buổi phát. Nội dung do xã tự làm phải được lãnh đạo xã duyệt trước khi phát.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports for the provincial Department of Culture: bulletins and hours broadcast, emergency broadcasts, clusters and boards in operation, and more.</source>
        <translation>Báo cáo gửi Sở Văn hóa, Thể thao và Du lịch: số bản tin và số giờ đã phát, số lần phát khẩn cấp, số cụm loa và bảng tin đang hoạt động, cùng các chỉ tiêu khác.</translation>
    </message>
    <message>
        <source>Choose a period (month, quarter, half-year, nine months or year), check the figures, fill in who prepared and who signs the report, and send it.</source>
        <translation>Chọn kỳ báo cáo (tháng, quý, 6 tháng, 9 tháng hoặc năm), kiểm tra số liệu, điền người lập biểu và thủ trưởng ký, rồi gửi báo cáo.</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>When each programme is broadcast: once, every day or on chosen weekdays, for a range of dates, to the whole commune or to chosen villages, clusters and boards.</source>
        <translation>Thời điểm phát từng chương trình: một lần, hằng ngày hoặc vào các thứ được chọn trong tuần, trong một khoảng ngày, cho cả xã hoặc cho các thôn, cụm loa và bảng tin được chọn.</translation>
    </message>
    <message>
        <source>Broadcasts outside the allowed hours (normally 05:30 to 21:00) are refused unless a leader allows them and gives a reason.</source>
        <translation>Buổi phát ngoài khung giờ cho phép (thường từ 05:30 đến 21:00) sẽ bị từ chối, trừ khi lãnh đạo cho phép và ghi rõ lý do.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Ngôn ngữ giao diện:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>The change applies at once and is remembered.</source>
        <translation>Thay đổi có hiệu lực ngay và được ghi nhớ.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <source>Larger (Ctrl +)</source>
        <translation>To hơn (Ctrl +)</translation>
    </message>
    <message>
        <source>Normal size</source>
        <translation>Cỡ bình thường</translation>
    </message>
    <message>
        <source>Current text size</source>
        <translation>Cỡ chữ hiện tại</translation>
    </message>
    <message>
        <source>Smaller (Ctrl -)</source>
        <translation>Nhỏ hơn (Ctrl -)</translation>
    </message>
    <message>
        <source>Text, buttons and lists grow together. Ctrl + and Ctrl - work on every page.</source>
        <translation>Chữ, nút bấm và danh sách cùng to lên hoặc nhỏ đi. Phím Ctrl + và Ctrl - dùng được ở mọi trang.</translation>
    </message>
    <message>
        <source>Station data</source>
        <translation>Dữ liệu của đài</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Thư mục dữ liệu:</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Mở thư mục dữ liệu</translation>
    </message>
    <message>
        <source>Open logs folder</source>
        <translation>Mở thư mục nhật ký</translation>
    </message>
    <message>
        <source>Passwords cannot be saved safely on this computer: they are kept only until the console closes. Ask your IT staff to check Windows Credential Manager.</source>
        <translation>Máy tính này không lưu được mật khẩu một cách an toàn: mật khẩu chỉ được giữ đến khi đóng bảng điều khiển. Hãy nhờ cán bộ kỹ thuật kiểm tra Windows Credential Manager.</translation>
    </message>
    <message>
        <source>The setting is used now but could not be saved: {reason}</source>
        <translation>Cài đặt đã được áp dụng nhưng không lưu được: {reason}</translation>
    </message>
    <message>
        <source>The folder could not be opened: {path}</source>
        <translation>Không mở được thư mục: {path}</translation>
    </message>
</context>
<context>
    <name>StationStatusBar</name>
    <message>
        <source>Connection to the province</source>
        <translation>Kết nối với tỉnh</translation>
    </message>
    <message>
        <source>Messages waiting to be sent</source>
        <translation>Tin đang chờ gửi</translation>
    </message>
    <message>
        <source>Last synchronisation</source>
        <translation>Lần đồng bộ gần nhất</translation>
    </message>
    <message>
        <source>Logged-in user</source>
        <translation>Người dùng đang đăng nhập</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>Status unavailable</source>
        <translation>Không đọc được trạng thái</translation>
    </message>
    <message>
        <source>Reading status…</source>
        <translation>Đang đọc trạng thái…</translation>
    </message>
    <message>
        <source>Connection to the provincial source system</source>
        <translation>Kết nối với hệ thống thông tin nguồn của tỉnh</translation>
    </message>
    <message>
        <source>Outbox: {count} (emergency: {emergency})</source>
        <translation>Hộp thư đi: {count} (khẩn cấp: {emergency})</translation>
    </message>
    <message>
        <source>Outbox: {count}</source>
        <translation>Hộp thư đi: {count}</translation>
    </message>
    <message>
        <source>Not synchronised yet</source>
        <translation>Chưa đồng bộ</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Đồng bộ lần cuối: {when}</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>{time} today</source>
        <translation>{time} hôm nay</translation>
    </message>
    <message>
        <source>{time} yesterday</source>
        <translation>{time} hôm qua</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Read today&apos;s overview again (F5)</source>
        <translation>Đọc lại tổng quan hôm nay (F5)</translation>
    </message>
    <message>
        <source>Today&apos;s programmes</source>
        <translation>Chương trình hôm nay</translation>
    </message>
    <message>
        <source>Loudspeaker clusters and boards</source>
        <translation>Cụm loa và bảng tin</translation>
    </message>
    <message>
        <source>New from the province since yesterday</source>
        <translation>Tin mới từ tỉnh kể từ hôm qua</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Đang chờ gửi</translation>
    </message>
    <message>
        <source>Could not read this: {reason}</source>
        <translation>Không đọc được: {reason}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>No programme is planned for today.</source>
        <translation>Hôm nay chưa có chương trình nào.</translation>
    </message>
    <message>
        <source>No loudspeaker cluster or board has been added yet.</source>
        <translation>Chưa có cụm loa hay bảng tin nào được thêm vào.</translation>
    </message>
    <message>
        <source>clusters online</source>
        <translation>cụm loa đang hoạt động</translation>
    </message>
    <message>
        <source>Boards online: {online} of {total}</source>
        <translation>Bảng tin đang hoạt động: {online} / {total}</translation>
    </message>
    <message>
        <source>Nothing new since yesterday.</source>
        <translation>Không có tin mới kể từ hôm qua.</translation>
    </message>
    <message>
        <source>New items: {count}</source>
        <translation>Tin mới: {count}</translation>
    </message>
    <message>
        <source>Emergency: {count}</source>
        <translation>Khẩn cấp: {count}</translation>
    </message>
    <message>
        <source>Nothing is waiting: everything has been sent.</source>
        <translation>Không có gì đang chờ: mọi thứ đã được gửi đi.</translation>
    </message>
    <message>
        <source>messages waiting for the connection</source>
        <translation>tin đang chờ có kết nối để gửi</translation>
    </message>
    <message>
        <source>of which emergency: {count}</source>
        <translation>trong đó khẩn cấp: {count}</translation>
    </message>
</context>
</TS>
