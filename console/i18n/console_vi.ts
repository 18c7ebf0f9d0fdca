<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About the console</source>
            <translation>Giới thiệu bảng điều khiển</translation>
        </message>
        <message>
            <source>Commune Broadcast Console</source>
            <translation>Bảng điều khiển Đài truyền thanh</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>Phiên bản {version}</translation>
        </message>
        <message>
            <source>For commune radio stations: bulletins from the province, programmes, loudspeaker clusters and public boards, working on when the connection is down. Free software under the MIT licence: you may use, copy, change and hand it on, keeping the licence notice. It comes without any warranty.</source>
            <translation>Dành cho đài truyền thanh cấp xã: nhận tin bài từ tỉnh, lập chương trình, phát ra cụm loa và bảng tin điện tử công cộng, vẫn làm việc được khi mất kết nối. Phần mềm tự do theo giấy phép MIT: được dùng, sao chép, sửa đổi và chuyển cho người khác, miễn là giữ nguyên thông báo giấy phép. Phần mềm không kèm bất kỳ bảo đảm nào.</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Giới thiệu</translation>
        </message>
        <message>
            <source>Licence (MIT)</source>
            <translation>Giấy phép (MIT)</translation>
        </message>
        <message>
            <source>Third-party software</source>
            <translation>Phần mềm của bên thứ ba</translation>
        </message>
        <message>
            <source>Full licence text:</source>
            <translation>Toàn văn giấy phép:</translation>
        </message>
    </context>
    <context>
        <name>AccountsSection</name>
        <message>
            <source>My account</source>
            <translation>Tài khoản của tôi</translation>
        </message>
        <message>
            <source>Signed in as {name} ({role}).</source>
            <translation>Đang đăng nhập: {name} ({role}).</translation>
        </message>
        <message>
            <source>Change my password…</source>
            <translation>Đổi mật khẩu của tôi…</translation>
        </message>
        <message>
            <source>People who use this console</source>
            <translation>Những người dùng bảng điều khiển này</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Tên đăng nhập</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Vai trò</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Last sign-in</source>
            <translation>Đăng nhập lần cuối</translation>
        </message>
        <message>
            <source>Add an account…</source>
            <translation>Thêm tài khoản…</translation>
        </message>
        <message>
            <source>Change role…</source>
            <translation>Đổi vai trò…</translation>
        </message>
        <message>
            <source>Reset password…</source>
            <translation>Đặt lại mật khẩu…</translation>
        </message>
        <message>
            <source>Locking the console</source>
            <translation>Khóa bảng điều khiển</translation>
        </message>
        <message>
            <source>Lock the console after</source>
            <translation>Khóa bảng điều khiển sau</translation>
        </message>
        <message>
            <source> min without use</source>
            <translation> phút không dùng</translation>
        </message>
        <message>
            <source>never</source>
            <translation>chưa lần nào</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <source>A locked console shows the sign-in screen; emergencies from the province still show at once. Ctrl+L locks it at any time.</source>
            <translation>Khi bị khóa, bảng điều khiển hiện màn hình đăng nhập; tin khẩn cấp từ tỉnh vẫn hiện ngay. Bấm Ctrl+L để khóa bất cứ lúc nào.</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>Đã vô hiệu hóa</translation>
        </message>
        <message>
            <source>Locked until {time}</source>
            <translation>Bị khóa đến {time}</translation>
        </message>
        <message>
            <source>Must choose a password</source>
            <translation>Phải đặt mật khẩu mới</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Đang dùng</translation>
        </message>
        <message>
            <source>Enable again</source>
            <translation>Cho dùng lại</translation>
        </message>
        <message>
            <source>Disable…</source>
            <translation>Vô hiệu hóa…</translation>
        </message>
        <message>
            <source>Your password was changed.</source>
            <translation>Đã đổi mật khẩu của bạn.</translation>
        </message>
        <message>
            <source>The account {name} was created.</source>
            <translation>Đã tạo tài khoản {name}.</translation>
        </message>
        <message>
            <source>{name} is now: {role}.</source>
            <translation>{name} giờ có vai trò: {role}.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Give {name} a new one-time password? The current password stops working at once, and a lock after wrong passwords is lifted.</source>
            <translation>Cấp cho {name} một mật khẩu dùng một lần mới? Mật khẩu hiện tại hết hiệu lực ngay, và tài khoản được mở khóa nếu đang bị khóa vì nhập sai mật khẩu.</translation>
        </message>
        <message>
            <source>Reset the password</source>
            <translation>Đặt lại mật khẩu</translation>
        </message>
        <message>
            <source>{name} can sign in again.</source>
            <translation>{name} đã đăng nhập lại được.</translation>
        </message>
        <message>
            <source>{name} can no longer sign in.</source>
            <translation>{name} không đăng nhập được nữa.</translation>
        </message>
        <message>
            <source>Disable the account {name}? {name} can no longer sign in. The account is kept, with its history; it can be enabled again.</source>
            <translation>Vô hiệu hóa tài khoản {name}? {name} sẽ không đăng nhập được nữa. Tài khoản vẫn được giữ lại cùng lịch sử thao tác và có thể cho dùng lại.</translation>
        </message>
        <message>
            <source>Disable</source>
            <translation>Vô hiệu hóa</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Đã lưu.</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesTab</name>
        <message>
            <source>Record an activity…</source>
            <translation>Ghi hoạt động…</translation>
        </message>
        <message>
            <source>A meeting, house visits, the mobile loudspeaker or a post in a village's Zalo group, with the people reached</source>
            <translation>Họp dân, đến từng hộ, loa lưu động hay bài đăng trong nhóm Zalo của thôn, kèm số người được tuyên truyền</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Sửa…</translation>
        </message>
        <message>
            <source>Correct the chosen activity (also: double-click it)</source>
            <translation>Sửa hoạt động đang chọn (hoặc nhấp đúp vào nó)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>Thôn, ấp</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Hình thức</translation>
        </message>
        <message>
            <source>People reached</source>
            <translation>Số người nghe</translation>
        </message>
        <message>
            <source>Theme of the plan</source>
            <translation>Chủ đề trong kế hoạch</translation>
        </message>
        <message>
            <source>What about</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <source>(the whole commune)</source>
            <translation>(toàn xã)</translation>
        </message>
        <message>
            <source>The activity is recorded.</source>
            <translation>Đã ghi hoạt động.</translation>
        </message>
        <message>
            <source>The activity is corrected.</source>
            <translation>Đã sửa hoạt động.</translation>
        </message>
        <message>
            <source>The activity is deleted.</source>
            <translation>Đã xóa hoạt động.</translation>
        </message>
        <message>
            <source>Delete activity</source>
            <translation>Xóa hoạt động</translation>
        </message>
        <message>
            <source>Delete the activity of {day} ({kind}, {people} people reached)? The plan and the reports no longer count it.</source>
            <translation>Xóa hoạt động ngày {day} ({kind}, {people} người được tuyên truyền)? Kế hoạch và báo cáo sẽ không còn tính hoạt động này.</translation>
        </message>
        <message>
            <source>No activity of the team recorded in the last {days} days.</source>
            <translation>Chưa ghi hoạt động nào của tổ trong {days} ngày qua.</translation>
        </message>
        <message>
            <source>“Record an activity…” records a meeting, house visits, the mobile loudspeaker or a post in a village's Zalo group, with the people reached: the plan and the reports count it.</source>
            <translation>Bấm “Ghi hoạt động…” để ghi một buổi họp, đến từng hộ, loa lưu động hoặc bài đăng trong nhóm Zalo của thôn, cùng số người nghe: kế hoạch và báo cáo sẽ tính hoạt động đó.</translation>
        </message>
    </context>
    <context>
        <name>ActivityDialog</name>
        <message>
            <source>Record an activity of the team</source>
            <translation>Ghi hoạt động của tổ tuyên truyền</translation>
        </message>
        <message>
            <source>Correct an activity of the team</source>
            <translation>Sửa hoạt động của tổ tuyên truyền</translation>
        </message>
        <message>
            <source>(the whole commune)</source>
            <translation>(toàn xã)</translation>
        </message>
        <message>
            <source>e.g. Meeting on the new-style countryside</source>
            <translation>ví dụ: Họp dân về xây dựng nông thôn mới</translation>
        </message>
        <message>
            <source>Day:</source>
            <translation>Ngày:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Hình thức:</translation>
        </message>
        <message>
            <source>Village:</source>
            <translation>Thôn, ấp:</translation>
        </message>
        <message>
            <source>People reached:</source>
            <translation>Số người nghe:</translation>
        </message>
        <message>
            <source>Theme of the plan:</source>
            <translation>Chủ đề trong kế hoạch:</translation>
        </message>
        <message>
            <source>What about:</source>
            <translation>Nội dung:</translation>
        </message>
        <message>
            <source>Propagandists who took part:</source>
            <translation>Tuyên truyền viên tham gia:</translation>
        </message>
        <message>
            <source>(no theme of the plan)</source>
            <translation>(không thuộc chủ đề nào)</translation>
        </message>
    </context>
    <context>
        <name>AddUserDialog</name>
        <message>
            <source>New account</source>
            <translation>Tài khoản mới</translation>
        </message>
        <message>
            <source>Add a person who uses the console</source>
            <translation>Thêm người dùng bảng điều khiển</translation>
        </message>
        <message>
            <source>The console makes a one-time password for the new account and shows it once. The person chooses their own password at the first sign-in.</source>
            <translation>Bảng điều khiển tạo một mật khẩu dùng một lần cho tài khoản mới và chỉ hiện một lần. Người dùng tự đặt mật khẩu riêng khi đăng nhập lần đầu.</translation>
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
            <source>&amp;Role:</source>
            <translation>&amp;Vai trò:</translation>
        </message>
        <message>
            <source>for example: vanhanh1</source>
            <translation>ví dụ: vanhanh1</translation>
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
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>The user name must not be empty or contain spaces.</source>
            <translation>Tên đăng nhập không được để trống hoặc chứa dấu cách.</translation>
        </message>
    </context>
    <context>
        <name>ApproverDialog</name>
        <message>
            <source>Approval by a leader</source>
            <translation>Lãnh đạo duyệt</translation>
        </message>
        <message>
            <source>Only a leader (approver) may approve “{name}”. The leader signs in here for this approval only; you stay signed in.</source>
            <translation>Chỉ lãnh đạo (người duyệt) mới được duyệt “{name}”. Lãnh đạo đăng nhập tại đây chỉ cho lần duyệt này; bạn vẫn giữ phiên làm việc của mình.</translation>
        </message>
        <message>
            <source>Leader's &amp;user name</source>
            <translation>&amp;Tên đăng nhập của lãnh đạo</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>&amp;Mật khẩu</translation>
        </message>
        <message>
            <source>&amp;Reason for quiet hours</source>
            <translation>&amp;Lý do phát trong giờ yên tĩnh</translation>
        </message>
        <message>
            <source>Why it must play in quiet hours</source>
            <translation>Vì sao phải phát trong giờ yên tĩnh</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Duyệt</translation>
        </message>
    </context>
    <context>
        <name>AuditNames</name>
        <message>
            <source>Programme</source>
            <translation>Chương trình</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Bản tin</translation>
        </message>
        <message>
            <source>Plan theme</source>
            <translation>Chủ đề kế hoạch</translation>
        </message>
        <message>
            <source>Propagandist</source>
            <translation>Tuyên truyền viên</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Lớp tập huấn</translation>
        </message>
        <message>
            <source>Team activity</source>
            <translation>Hoạt động tuyên truyền</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Tài khoản</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Thiết bị</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Các thiết bị</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Báo cáo</translation>
        </message>
        <message>
            <source>the console (automatic)</source>
            <translation>phần mềm (tự động)</translation>
        </message>
        <message>
            <source>live update feed</source>
            <translation>kênh cập nhật trực tiếp</translation>
        </message>
        <message>
            <source>programme templates</source>
            <translation>mẫu chương trình</translation>
        </message>
        <message>
            <source>speech voices</source>
            <translation>giọng đọc</translation>
        </message>
        <message>
            <source>Accounts and sign-in</source>
            <translation>Tài khoản và đăng nhập</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Cài đặt</translation>
        </message>
        <message>
            <source>Source system</source>
            <translation>Hệ thống thông tin nguồn</translation>
        </message>
        <message>
            <source>Programmes</source>
            <translation>Chương trình</translation>
        </message>
        <message>
            <source>Emergencies</source>
            <translation>Khẩn cấp</translation>
        </message>
        <message>
            <source>Emergency</source>
            <translation>Tin khẩn cấp</translation>
        </message>
        <message>
            <source>Device commands</source>
            <translation>Lệnh cho thiết bị</translation>
        </message>
        <message>
            <source>Device lists</source>
            <translation>Danh sách thiết bị</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Thư viện</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Báo cáo</translation>
        </message>
        <message>
            <source>Items sent to the province</source>
            <translation>Tin, bài gửi lên tỉnh</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Cơ sở dữ liệu</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sao lưu</translation>
        </message>
        <message>
            <source>Items on the air</source>
            <translation>Duyệt tin lên sóng</translation>
        </message>
        <message>
            <source>Files on this PC</source>
            <translation>Tệp trên máy này</translation>
        </message>
        <message>
            <source>Annual plan</source>
            <translation>Kế hoạch năm</translation>
        </message>
        <message>
            <source>Play logs of the devices</source>
            <translation>Nhật ký phát của thiết bị</translation>
        </message>
        <message>
            <source>Syncs</source>
            <translation>Đồng bộ</translation>
        </message>
        <message>
            <source>Propaganda team</source>
            <translation>Tổ tuyên truyền</translation>
        </message>
        <message>
            <source>Zalo OA</source>
            <translation>Zalo OA</translation>
        </message>
        <message>
            <source>Anniversaries and themes</source>
            <translation>Ngày kỷ niệm và chủ đề</translation>
        </message>
        <message>
            <source>Account created</source>
            <translation>Tạo tài khoản</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>Đăng nhập</translation>
        </message>
        <message>
            <source>Wrong password</source>
            <translation>Nhập sai mật khẩu</translation>
        </message>
        <message>
            <source>Account locked after wrong passwords</source>
            <translation>Khóa tài khoản vì nhập sai mật khẩu nhiều lần</translation>
        </message>
        <message>
            <source>Password changed</source>
            <translation>Đổi mật khẩu</translation>
        </message>
        <message>
            <source>Password reset (one-time password)</source>
            <translation>Đặt lại mật khẩu (mật khẩu dùng một lần)</translation>
        </message>
        <message>
            <source>Role changed</source>
            <translation>Đổi vai trò</translation>
        </message>
        <message>
            <source>Account disabled</source>
            <translation>Vô hiệu hóa tài khoản</translation>
        </message>
        <message>
            <source>Account enabled</source>
            <translation>Cho dùng lại tài khoản</translation>
        </message>
        <message>
            <source>Setting changed</source>
            <translation>Đổi cài đặt</translation>
        </message>
        <message>
            <source>Certificate checks switched</source>
            <translation>Bật/tắt kiểm tra chứng chỉ</translation>
        </message>
        <message>
            <source>Source-system account set</source>
            <translation>Đặt tài khoản hệ thống nguồn</translation>
        </message>
        <message>
            <source>Source system moved to a new address</source>
            <translation>Hệ thống nguồn chuyển sang địa chỉ mới</translation>
        </message>
        <message>
            <source>Programme created</source>
            <translation>Tạo chương trình</translation>
        </message>
        <message>
            <source>Programme sent for approval</source>
            <translation>Gửi chương trình để duyệt</translation>
        </message>
        <message>
            <source>Programme approved</source>
            <translation>Duyệt chương trình</translation>
        </message>
        <message>
            <source>Programme sent back</source>
            <translation>Trả lại chương trình</translation>
        </message>
        <message>
            <source>Programme scheduled</source>
            <translation>Xếp lịch chương trình</translation>
        </message>
        <message>
            <source>Programme could not be scheduled</source>
            <translation>Không xếp lịch được chương trình</translation>
        </message>
        <message>
            <source>Programme sent to the devices</source>
            <translation>Gửi chương trình tới thiết bị</translation>
        </message>
        <message>
            <source>Quiet hours overridden</source>
            <translation>Cho phát ngoài giờ cho phép</translation>
        </message>
        <message>
            <source>Programme back to draft</source>
            <translation>Chương trình trở về bản nháp</translation>
        </message>
        <message>
            <source>Emergency broadcast started</source>
            <translation>Bắt đầu phát khẩn cấp</translation>
        </message>
        <message>
            <source>Emergency broadcast stopped</source>
            <translation>Dừng phát khẩn cấp</translation>
        </message>
        <message>
            <source>Emergency recording made</source>
            <translation>Ghi âm tin khẩn cấp</translation>
        </message>
        <message>
            <source>Device volume set</source>
            <translation>Chỉnh âm lượng thiết bị</translation>
        </message>
        <message>
            <source>Device stopped</source>
            <translation>Dừng thiết bị</translation>
        </message>
        <message>
            <source>Played now on devices</source>
            <translation>Phát ngay trên thiết bị</translation>
        </message>
        <message>
            <source>Live speaking started</source>
            <translation>Bắt đầu nói trực tiếp</translation>
        </message>
        <message>
            <source>Live speaking ended</source>
            <translation>Kết thúc nói trực tiếp</translation>
        </message>
        <message>
            <source>FM station relayed</source>
            <translation>Tiếp sóng đài FM</translation>
        </message>
        <message>
            <source>Device list imported</source>
            <translation>Nhập danh sách thiết bị</translation>
        </message>
        <message>
            <source>Files added to the library</source>
            <translation>Tệp đã thêm vào thư viện</translation>
        </message>
        <message>
            <source>Library item edited</source>
            <translation>Sửa tin trong thư viện</translation>
        </message>
        <message>
            <source>Library filter saved</source>
            <translation>Lưu bộ lọc thư viện</translation>
        </message>
        <message>
            <source>Library filter deleted</source>
            <translation>Xóa bộ lọc thư viện</translation>
        </message>
        <message>
            <source>Report made</source>
            <translation>Lập báo cáo</translation>
        </message>
        <message>
            <source>Report edited</source>
            <translation>Sửa báo cáo</translation>
        </message>
        <message>
            <source>Report figures refreshed</source>
            <translation>Cập nhật số liệu báo cáo</translation>
        </message>
        <message>
            <source>Report approved</source>
            <translation>Duyệt báo cáo</translation>
        </message>
        <message>
            <source>Report reopened</source>
            <translation>Mở lại báo cáo</translation>
        </message>
        <message>
            <source>Report sent to the province</source>
            <translation>Gửi báo cáo lên tỉnh</translation>
        </message>
        <message>
            <source>Item sent to the province</source>
            <translation>Tin gửi lên tỉnh</translation>
        </message>
        <message>
            <source>Database restored from a backup</source>
            <translation>Khôi phục cơ sở dữ liệu từ bản sao lưu</translation>
        </message>
        <message>
            <source>Second backup place chosen</source>
            <translation>Chọn nơi sao lưu thứ hai</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>Sao lưu dữ liệu</translation>
        </message>
        <message>
            <source>Emergency started on devices</source>
            <translation>Phát khẩn cấp trên thiết bị</translation>
        </message>
        <message>
            <source>Played on devices in quiet hours</source>
            <translation>Phát trên thiết bị trong giờ yên tĩnh</translation>
        </message>
        <message>
            <source>A device played something not sent from here</source>
            <translation>Thiết bị phát nội dung không do đài gửi</translation>
        </message>
        <message>
            <source>Unexpected playing acknowledged</source>
            <translation>Đã xác nhận thiết bị phát ngoài lịch</translation>
        </message>
        <message>
            <source>Commune item approved for the air</source>
            <translation>Duyệt tin của xã để phát</translation>
        </message>
        <message>
            <source>Withdrawn items taken out of programmes</source>
            <translation>Gỡ tin bị thu hồi khỏi chương trình</translation>
        </message>
        <message>
            <source>File kept on this PC</source>
            <translation>Giữ tệp trên máy này</translation>
        </message>
        <message>
            <source>File no longer kept on this PC</source>
            <translation>Thôi giữ tệp trên máy này</translation>
        </message>
        <message>
            <source>Old files removed from this PC</source>
            <translation>Xóa tệp cũ khỏi máy này</translation>
        </message>
        <message>
            <source>Annual plan imported</source>
            <translation>Nhập kế hoạch năm</translation>
        </message>
        <message>
            <source>Plan theme saved</source>
            <translation>Lưu chủ đề kế hoạch</translation>
        </message>
        <message>
            <source>Plan theme deleted</source>
            <translation>Xóa chủ đề kế hoạch</translation>
        </message>
        <message>
            <source>Play logs collected from the devices</source>
            <translation>Thu nhật ký phát từ thiết bị</translation>
        </message>
        <message>
            <source>Leader signed in here to approve</source>
            <translation>Lãnh đạo đăng nhập tại máy này để duyệt</translation>
        </message>
        <message>
            <source>Programme deleted</source>
            <translation>Xóa chương trình</translation>
        </message>
        <message>
            <source>Programme copied</source>
            <translation>Sao chép chương trình</translation>
        </message>
        <message>
            <source>Programme made from a template</source>
            <translation>Tạo chương trình từ mẫu</translation>
        </message>
        <message>
            <source>Programme saved as a template</source>
            <translation>Lưu chương trình thành mẫu</translation>
        </message>
        <message>
            <source>Station jingle added to the templates</source>
            <translation>Thêm nhạc hiệu của đài vào các mẫu</translation>
        </message>
        <message>
            <source>Programme taken off the air</source>
            <translation>Rút chương trình khỏi lịch phát</translation>
        </message>
        <message>
            <source>Data budget changed</source>
            <translation>Đổi hạn mức dữ liệu</translation>
        </message>
        <message>
            <source>Default targets changed</source>
            <translation>Đổi nơi phát mặc định</translation>
        </message>
        <message>
            <source>Room for files on this PC changed</source>
            <translation>Đổi dung lượng dành cho tệp trên máy này</translation>
        </message>
        <message>
            <source>Reading voice changed</source>
            <translation>Đổi giọng đọc</translation>
        </message>
        <message>
            <source>Synced with the source system</source>
            <translation>Đồng bộ với hệ thống nguồn</translation>
        </message>
        <message>
            <source>Team activity recorded</source>
            <translation>Ghi hoạt động của tổ</translation>
        </message>
        <message>
            <source>Team activity corrected</source>
            <translation>Sửa hoạt động của tổ</translation>
        </message>
        <message>
            <source>Team activity deleted</source>
            <translation>Xóa hoạt động của tổ</translation>
        </message>
        <message>
            <source>Team list imported</source>
            <translation>Nhập danh sách tổ tuyên truyền</translation>
        </message>
        <message>
            <source>Propagandist saved</source>
            <translation>Lưu tuyên truyền viên</translation>
        </message>
        <message>
            <source>Training recorded</source>
            <translation>Ghi buổi tập huấn</translation>
        </message>
        <message>
            <source>Training corrected</source>
            <translation>Sửa buổi tập huấn</translation>
        </message>
        <message>
            <source>Training deleted</source>
            <translation>Xóa buổi tập huấn</translation>
        </message>
        <message>
            <source>Zalo OA connected</source>
            <translation>Kết nối Zalo OA</translation>
        </message>
        <message>
            <source>Zalo OA disconnected</source>
            <translation>Ngắt kết nối Zalo OA</translation>
        </message>
        <message>
            <source>Article published on Zalo OA</source>
            <translation>Đăng bài lên Zalo OA</translation>
        </message>
        <message>
            <source>Zalo OA article sent again</source>
            <translation>Gửi lại bài lên Zalo OA</translation>
        </message>
        <message>
            <source>Anniversary or theme saved</source>
            <translation>Lưu ngày kỷ niệm, chủ đề</translation>
        </message>
        <message>
            <source>Anniversary or theme deleted</source>
            <translation>Xóa ngày kỷ niệm, chủ đề</translation>
        </message>
        <message>
            <source>before</source>
            <translation>trước</translation>
        </message>
        <message>
            <source>after</source>
            <translation>sau</translation>
        </message>
        <message>
            <source>role</source>
            <translation>vai trò</translation>
        </message>
        <message>
            <source>attempt</source>
            <translation>lần thứ</translation>
        </message>
        <message>
            <source>wrong passwords</source>
            <translation>số lần sai mật khẩu</translation>
        </message>
        <message>
            <source>until</source>
            <translation>đến</translation>
        </message>
        <message>
            <source>while locked</source>
            <translation>khi đang khóa</translation>
        </message>
        <message>
            <source>no such account</source>
            <translation>không có tài khoản này</translation>
        </message>
        <message>
            <source>first administrator</source>
            <translation>quản trị viên đầu tiên</translation>
        </message>
        <message>
            <source>one-time password</source>
            <translation>mật khẩu dùng một lần</translation>
        </message>
        <message>
            <source>replaced a one-time password</source>
            <translation>thay mật khẩu dùng một lần</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>lý do</translation>
        </message>
        <message>
            <source>version</source>
            <translation>phiên bản</translation>
        </message>
        <message>
            <source>targets</source>
            <translation>nơi phát</translation>
        </message>
        <message>
            <source>messages queued</source>
            <translation>số tin đưa vào hộp thư đi</translation>
        </message>
        <message>
            <source>from</source>
            <translation>từ</translation>
        </message>
        <message>
            <source>to</source>
            <translation>sang</translation>
        </message>
        <message>
            <source>period</source>
            <translation>kỳ</translation>
        </message>
        <message>
            <source>station</source>
            <translation>đài</translation>
        </message>
        <message>
            <source>account</source>
            <translation>tài khoản</translation>
        </message>
        <message>
            <source>source</source>
            <translation>nguồn</translation>
        </message>
        <message>
            <source>title</source>
            <translation>tiêu đề</translation>
        </message>
        <message>
            <source>name</source>
            <translation>tên</translation>
        </message>
        <message>
            <source>previous address</source>
            <translation>địa chỉ cũ</translation>
        </message>
        <message>
            <source>file links moved</source>
            <translation>số liên kết tệp đã chuyển</translation>
        </message>
        <message>
            <source>added</source>
            <translation>thêm</translation>
        </message>
        <message>
            <source>updated</source>
            <translation>cập nhật</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>thu hồi</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>bỏ</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>không đổi</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>đã nhập</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>bị từ chối</translation>
        </message>
        <message>
            <source>files</source>
            <translation>tệp</translation>
        </message>
        <message>
            <source>sent from the outbox</source>
            <translation>gửi từ hộp thư đi</translation>
        </message>
        <message>
            <source>result</source>
            <translation>kết quả</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>tự động</translation>
        </message>
        <message>
            <source>after (MB)</source>
            <translation>sau (MB)</translation>
        </message>
        <message>
            <source>before (MB)</source>
            <translation>trước (MB)</translation>
        </message>
        <message>
            <source>at</source>
            <translation>lúc</translation>
        </message>
        <message>
            <source>attendees</source>
            <translation>người dự</translation>
        </message>
        <message>
            <source>who took part</source>
            <translation>người tham gia</translation>
        </message>
        <message>
            <source>people reached</source>
            <translation>số người nghe</translation>
        </message>
        <message>
            <source>place</source>
            <translation>địa điểm</translation>
        </message>
        <message>
            <source>theme of the plan</source>
            <translation>chủ đề kế hoạch</translation>
        </message>
        <message>
            <source>village</source>
            <translation>thôn</translation>
        </message>
        <message>
            <source>backup</source>
            <translation>bản sao lưu</translation>
        </message>
        <message>
            <source>because</source>
            <translation>vì</translation>
        </message>
        <message>
            <source>collected</source>
            <translation>đã thu</translation>
        </message>
        <message>
            <source>item sent</source>
            <translation>tin đã gửi</translation>
        </message>
        <message>
            <source>correction</source>
            <translation>đính chính</translation>
        </message>
        <message>
            <source>day</source>
            <translation>ngày</translation>
        </message>
        <message>
            <source>month</source>
            <translation>tháng</translation>
        </message>
        <message>
            <source>year</source>
            <translation>năm</translation>
        </message>
        <message>
            <source>length (s)</source>
            <translation>độ dài (giây)</translation>
        </message>
        <message>
            <source>on air (s)</source>
            <translation>thời gian phát (giây)</translation>
        </message>
        <message>
            <source>frequency (MHz)</source>
            <translation>tần số (MHz)</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>số phút</translation>
        </message>
        <message>
            <source>sound dropped (50 ms pieces)</source>
            <translation>tiếng bị mất (đoạn 50 ms)</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>lỗi</translation>
        </message>
        <message>
            <source>fields</source>
            <translation>mục</translation>
        </message>
        <message>
            <source>file</source>
            <translation>tệp</translation>
        </message>
        <message>
            <source>folder</source>
            <translation>thư mục</translation>
        </message>
        <message>
            <source>bytes freed</source>
            <translation>số byte giải phóng</translation>
        </message>
        <message>
            <source>limit (bytes)</source>
            <translation>giới hạn (byte)</translation>
        </message>
        <message>
            <source>size (bytes)</source>
            <translation>kích thước (byte)</translation>
        </message>
        <message>
            <source>inferred</source>
            <translation>suy ra</translation>
        </message>
        <message>
            <source>nothing new</source>
            <translation>không có gì mới</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>chờ gửi</translation>
        </message>
        <message>
            <source>item</source>
            <translation>tin</translation>
        </message>
        <message>
            <source>items</source>
            <translation>các tin</translation>
        </message>
        <message>
            <source>titles</source>
            <translation>tiêu đề</translation>
        </message>
        <message>
            <source>entries</source>
            <translation>số mục</translation>
        </message>
        <message>
            <source>back to approval</source>
            <translation>phải duyệt lại</translation>
        </message>
        <message>
            <source>devices</source>
            <translation>thiết bị</translation>
        </message>
        <message>
            <source>jingle</source>
            <translation>nhạc hiệu</translation>
        </message>
        <message>
            <source>kept aside</source>
            <translation>bản cũ giữ lại</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>loại</translation>
        </message>
        <message>
            <source>lane</source>
            <translation>luồng</translation>
        </message>
        <message>
            <source>new</source>
            <translation>mới</translation>
        </message>
        <message>
            <source>new messages</source>
            <translation>lệnh mới</translation>
        </message>
        <message>
            <source>people</source>
            <translation>số người</translation>
        </message>
        <message>
            <source>playing</source>
            <translation>đang phát</translation>
        </message>
        <message>
            <source>quiet hours overridden</source>
            <translation>phát trong giờ yên tĩnh</translation>
        </message>
        <message>
            <source>recorded by</source>
            <translation>người ghi âm</translation>
        </message>
        <message>
            <source>asked by</source>
            <translation>người đề nghị</translation>
        </message>
        <message>
            <source>revision</source>
            <translation>phiên bản</translation>
        </message>
        <message>
            <source>database version</source>
            <translation>phiên bản cơ sở dữ liệu</translation>
        </message>
        <message>
            <source>server</source>
            <translation>máy chủ</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>since</source>
            <translation>từ</translation>
        </message>
        <message>
            <source>filter</source>
            <translation>bộ lọc</translation>
        </message>
        <message>
            <source>starts at</source>
            <translation>bắt đầu lúc</translation>
        </message>
        <message>
            <source>template</source>
            <translation>mẫu</translation>
        </message>
        <message>
            <source>text</source>
            <translation>nội dung</translation>
        </message>
        <message>
            <source>checked against</source>
            <translation>đối chiếu với</translation>
        </message>
        <message>
            <source>comment</source>
            <translation>ý kiến</translation>
        </message>
        <message>
            <source>made in the commune</source>
            <translation>nội dung do xã làm</translation>
        </message>
        <message>
            <source>volume</source>
            <translation>âm lượng</translation>
        </message>
        <message>
            <source>pinned certificate</source>
            <translation>chứng chỉ đã ghim</translation>
        </message>
        <message>
            <source>password re-stored</source>
            <translation>lưu lại mật khẩu</translation>
        </message>
        <message>
            <source>complete</source>
            <translation>đầy đủ</translation>
        </message>
        <message>
            <source>partial</source>
            <translation>một phần</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>có</translation>
        </message>
        <message>
            <source>no</source>
            <translation>không</translation>
        </message>
    </context>
    <context>
        <name>AuditSection</name>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Người:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Loại:</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Từ</translation>
        </message>
        <message>
            <source>to</source>
            <translation>đến</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Thời điểm</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Ai</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Thao tác</translation>
        </message>
        <message>
            <source>On what</source>
            <translation>Đối tượng</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Chi tiết</translation>
        </message>
        <message>
            <source>Show older entries</source>
            <translation>Xem các mục cũ hơn</translation>
        </message>
        <message>
            <source>Export to Excel (XLSX)…</source>
            <translation>Xuất ra Excel (XLSX)…</translation>
        </message>
        <message>
            <source>everyone</source>
            <translation>mọi người</translation>
        </message>
        <message>
            <source>everything</source>
            <translation>mọi loại</translation>
        </message>
        <message>
            <source>{shown} of {total} entries</source>
            <translation>{shown} trên {total} mục</translation>
        </message>
        <message>
            <source>Export the audit log</source>
            <translation>Xuất nhật ký thao tác</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Bảng tính Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>{count} entries saved in {path}.</source>
            <translation>Đã lưu {count} mục vào {path}.</translation>
        </message>
    </context>
    <context>
        <name>BackupBox</name>
        <message>
            <source>Backups</source>
            <translation>Sao lưu</translation>
        </message>
        <message>
            <source>Second place:</source>
            <translation>Nơi thứ hai:</translation>
        </message>
        <message>
            <source>Choose folder…</source>
            <translation>Chọn thư mục…</translation>
        </message>
        <message>
            <source>A USB drive or a network folder. Every day the console copies the station there and checks the copy; the last 7 days and 4 weeks are kept.</source>
            <translation>Ổ USB hoặc thư mục mạng. Mỗi ngày phần mềm chép dữ liệu của đài sang đó và kiểm tra bản sao; giữ lại 7 ngày và 4 tuần gần nhất.</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Sao lưu ngay</translation>
        </message>
        <message>
            <source>Restore from a backup…</source>
            <translation>Khôi phục từ bản sao lưu…</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Đang đọc…</translation>
        </message>
        <message>
            <source>none chosen</source>
            <translation>chưa chọn</translation>
        </message>
        <message>
            <source>Every day the console copies the station there and checks the copy. Kept: one a day for 7 days, one a week for 4 weeks.</source>
            <translation>Mỗi ngày phần mềm chép dữ liệu của đài sang đó và kiểm tra bản sao. Giữ lại: mỗi ngày một bản trong 7 ngày, mỗi tuần một bản trong 4 tuần.</translation>
        </message>
        <message>
            <source>A backup of the server is put back with: commune-console restore --backup FILE (close the console on every PC of the station first).</source>
            <translation>Bản sao lưu của máy chủ được khôi phục bằng lệnh: commune-console restore --backup TỆP (đóng bàn điều khiển trên mọi máy của đài trước).</translation>
        </message>
        <message>
            <source>Last backup there: {last}</source>
            <translation>Lần sao lưu gần nhất ở đó: {last}</translation>
        </message>
        <message>
            <source>The last attempt failed: {reason}</source>
            <translation>Lần sao lưu vừa rồi không thành công: {reason}</translation>
        </message>
        <message>
            <source>This PC keeps the station in its own database file: each backup is a checked copy of that file.</source>
            <translation>Máy này giữ dữ liệu của đài trong tệp cơ sở dữ liệu riêng: mỗi bản sao lưu là một bản sao đã kiểm tra của tệp đó.</translation>
        </message>
        <message>
            <source>This station's data is on its PostgreSQL server, and this PC has no pg_dump: no backup is made here. Install the PostgreSQL client tools (on Windows, the 'Command Line Tools' of the PostgreSQL installer) or let another PC of the station make them.</source>
            <translation>Dữ liệu của đài nằm trên máy chủ PostgreSQL, nhưng máy này không có pg_dump: máy này không sao lưu được. Hãy cài bộ công cụ dòng lệnh của PostgreSQL (trên Windows là 'Command Line Tools' của bộ cài PostgreSQL) hoặc để một máy khác của đài sao lưu.</translation>
        </message>
        <message>
            <source>This station's data is on its PostgreSQL server: each backup is a pg_dump of the server's database, read back whole before it is kept. Put one back with: commune-console restore --backup FILE</source>
            <translation>Dữ liệu của đài nằm trên máy chủ PostgreSQL: mỗi bản sao lưu là một tệp pg_dump của cơ sở dữ liệu trên máy chủ, được đọc lại trọn vẹn trước khi giữ. Khôi phục bằng lệnh: commune-console restore --backup TỆP</translation>
        </message>
        <message>
            <source>Where to keep the backups</source>
            <translation>Nơi giữ các bản sao lưu</translation>
        </message>
        <message>
            <source>Writing and checking the backup…</source>
            <translation>Đang ghi và kiểm tra bản sao lưu…</translation>
        </message>
        <message>
            <source>The backup was not put back. Close the console and start it again to restore, or ask your IT staff (commune-console restore).</source>
            <translation>Bản sao lưu chưa được khôi phục. Hãy đóng phần mềm rồi mở lại để khôi phục, hoặc nhờ cán bộ tin học (commune-console restore).</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>never</source>
            <translation>chưa có</translation>
        </message>
        <message>
            <source>Backup drive missing</source>
            <translation>Không thấy ổ sao lưu</translation>
        </message>
        <message>
            <source>Backup overdue</source>
            <translation>Đã lâu chưa sao lưu</translation>
        </message>
        <message>
            <source>No backup of the server</source>
            <translation>Máy chủ chưa được sao lưu</translation>
        </message>
        <message>
            <source>The station's backups are only on this computer's disk. Choose a USB drive or a network folder in Settings (Backups): the console copies the station there every day.</source>
            <translation>Các bản sao lưu của đài chỉ nằm trên ổ đĩa của máy này. Hãy chọn một ổ USB hoặc thư mục mạng trong Cài đặt (Sao lưu): mỗi ngày phần mềm sẽ chép dữ liệu của đài sang đó.</translation>
        </message>
        <message>
            <source>The backup folder {folder} is not there: plug the USB drive in or reconnect the network folder. Last backup there: {last}.</source>
            <translation>Không thấy thư mục sao lưu {folder}: hãy cắm ổ USB hoặc kết nối lại thư mục mạng. Lần sao lưu gần nhất ở đó: {last}.</translation>
        </message>
        <message>
            <source>No backup of the station's server database is made on this computer: it has no pg_dump. Install the PostgreSQL client tools (on Windows, the 'Command Line Tools' of the PostgreSQL installer). Last backup in {folder}: {last}.</source>
            <translation>Máy tính này không sao lưu được cơ sở dữ liệu trên máy chủ của đài: máy không có pg_dump. Hãy cài bộ công cụ dòng lệnh của PostgreSQL (trên Windows là 'Command Line Tools' của bộ cài PostgreSQL). Bản sao lưu gần nhất trong {folder}: {last}.</translation>
        </message>
        <message>
            <source>No backup has been written to {folder} yet.</source>
            <translation>Chưa có bản sao lưu nào được ghi vào {folder}.</translation>
        </message>
        <message>
            <source>The last backup in {folder} is more than 7 days old ({last}).</source>
            <translation>Bản sao lưu gần nhất trong {folder} đã cũ hơn 7 ngày ({last}).</translation>
        </message>
    </context>
    <context>
        <name>BroadcastLog</name>
        <message>
            <source>Started</source>
            <translation>Bắt đầu</translation>
        </message>
        <message>
            <source>Cluster or board</source>
            <translation>Cụm loa, bảng tin</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>Thôn, ấp</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tiêu đề</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Mức ưu tiên</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Kết quả</translation>
        </message>
        <message>
            <source>Played</source>
            <translation>Đã phát</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Lĩnh vực</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Nguồn ghi nhận</translation>
        </message>
        <message>
            <source>This device keeps no play log: the play was inferred from its status while the item was due.</source>
            <extracomment>the count for the current filter arrived: number of entries reading failed; the argument is the reason</extracomment>
            <translation>Thiết bị này không lưu nhật ký phát: lượt phát được suy ra từ trạng thái của thiết bị vào giờ phát theo lịch.</translation>
        </message>
    </context>
    <context>
        <name>BroadcastSection</name>
        <message>
            <source>Quiet hours</source>
            <translation>Giờ được phát</translation>
        </message>
        <message>
            <source>&amp;Earliest start:</source>
            <translation>Bắt đầu &amp;sớm nhất:</translation>
        </message>
        <message>
            <source>&amp;Latest end:</source>
            <translation>Kết thúc &amp;muộn nhất:</translation>
        </message>
        <message>
            <source>Outside these hours only emergencies play, unless a leader overrides the quiet hours for a programme with a written reason.</source>
            <translation>Ngoài khung giờ này chỉ phát tin khẩn cấp, trừ khi lãnh đạo cho phép một chương trình phát ngoài giờ và ghi rõ lý do.</translation>
        </message>
        <message>
            <source>How long</source>
            <translation>Thời lượng</translation>
        </message>
        <message>
            <source>Longest &amp;programme:</source>
            <translation>Chương trình &amp;dài nhất:</translation>
        </message>
        <message>
            <source>&amp;Daily limit:</source>
            <translation>Tối đa &amp;mỗi ngày:</translation>
        </message>
        <message>
            <source> min</source>
            <translation> phút</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>không giới hạn</translation>
        </message>
        <message>
            <source>Defaults</source>
            <translation>Mặc định</translation>
        </message>
        <message>
            <source>Device &amp;volume:</source>
            <translation>Â&amp;m lượng thiết bị:</translation>
        </message>
        <message>
            <source>New programmes &amp;go to:</source>
            <translation>Chương trình mới &amp;phát tới:</translation>
        </message>
        <message>
            <source>&amp;Loudness target:</source>
            <translation>Độ &amp;to chuẩn:</translation>
        </message>
        <message>
            <source>the whole commune</source>
            <translation>toàn xã</translation>
        </message>
        <message>
            <source>these villages or devices:</source>
            <translation>các thôn hoặc thiết bị sau:</translation>
        </message>
        <message>
            <source>village:Thôn 1, cl-001</source>
            <translation>village:Thôn 1, cl-001</translation>
        </message>
        <message>
            <source>The volume is offered first when setting a device's volume. The loudness target evens out the programmes (-16 LUFS suits loudspeakers).</source>
            <translation>Âm lượng này được gợi ý trước khi chỉnh âm lượng một thiết bị. Độ to chuẩn giúp các chương trình nghe đều nhau (-16 LUFS hợp với loa ngoài trời).</translation>
        </message>
        <message>
            <source>Save the rules</source>
            <translation>Lưu quy định</translation>
        </message>
        <message>
            <source>Saved. The programme checks use the new rules from now on.</source>
            <translation>Đã lưu. Việc kiểm tra chương trình dùng quy định mới ngay từ bây giờ.</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Không có gì thay đổi.</translation>
        </message>
    </context>
    <context>
        <name>CampaignDialog</name>
        <message>
            <source>Anniversaries and themes</source>
            <translation>Ngày kỷ niệm và chủ đề</translation>
        </message>
        <message>
            <source>Anniversaries, political events and monthly themes</source>
            <translation>Ngày kỷ niệm, sự kiện chính trị và chủ đề tháng</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Cấp</translation>
        </message>
        <message>
            <source>Theme tag</source>
            <translation>Thẻ chủ đề</translation>
        </message>
        <message>
            <source>Event on a day</source>
            <translation>Sự kiện trong một ngày</translation>
        </message>
        <message>
            <source>Theme for the month</source>
            <translation>Chủ đề của tháng</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>Day / month</source>
            <translation>Ngày / tháng</translation>
        </message>
        <message>
            <source>only in the year</source>
            <translation>chỉ trong năm</translation>
        </message>
        <message>
            <source>For dates of the lunar calendar (Tết, Giỗ Tổ), which move every year</source>
            <translation>Dùng cho ngày âm lịch (Tết, Giỗ Tổ), mỗi năm rơi vào một ngày khác</translation>
        </message>
        <message>
            <source>Items with this tag are suggested near the date (empty: from the name)</source>
            <translation>Tin bài có thẻ này được gợi ý khi gần đến ngày (để trống: lấy theo tên)</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Thêm mới</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>National dates are built in and cannot be changed</source>
            <translation>Các ngày lễ trung ương có sẵn, không sửa được</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Đã lưu.</translation>
        </message>
        <message>
            <source>Delete “{name}”?</source>
            <translation>Xóa “{name}”?</translation>
        </message>
        <message>
            <source>Deleted.</source>
            <translation>Đã xóa.</translation>
        </message>
    </context>
    <context>
        <name>Campaigns</name>
        <message>
            <source>National</source>
            <translation>Trung ương</translation>
        </message>
        <message>
            <source>Provincial</source>
            <translation>Tỉnh</translation>
        </message>
        <message>
            <source>Local</source>
            <translation>Địa phương</translation>
        </message>
        <message>
            <source>All of month {month}</source>
            <translation>Cả tháng {month}</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Change password</source>
            <translation>Đổi mật khẩu</translation>
        </message>
        <message>
            <source>Choose your own password</source>
            <translation>Đặt mật khẩu riêng của bạn</translation>
        </message>
        <message>
            <source>You signed in with a one-time password. Choose a password only you know; the one-time password stops working.</source>
            <translation>Bạn vừa đăng nhập bằng mật khẩu dùng một lần. Hãy đặt một mật khẩu chỉ mình bạn biết; mật khẩu dùng một lần sẽ hết hiệu lực.</translation>
        </message>
        <message>
            <source>Change the password of {name}</source>
            <translation>Đổi mật khẩu của {name}</translation>
        </message>
        <message>
            <source>Type your current password, then the new one twice.</source>
            <translation>Nhập mật khẩu hiện tại, rồi nhập mật khẩu mới hai lần.</translation>
        </message>
        <message>
            <source>&amp;Current password:</source>
            <translation>Mật khẩu &amp;hiện tại:</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>Mật khẩu &amp;mới:</translation>
        </message>
        <message>
            <source>New password &amp;again:</source>
            <translation>Nhập &amp;lại mật khẩu mới:</translation>
        </message>
        <message>
            <source>at least {count} characters</source>
            <translation>ít nhất {count} ký tự</translation>
        </message>
        <message>
            <source>Save the password</source>
            <translation>Lưu mật khẩu</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>The password must not be the user name.</source>
            <translation>Mật khẩu không được trùng với tên đăng nhập.</translation>
        </message>
        <message>
            <source>The password must have at least {count} characters.</source>
            <translation>Mật khẩu phải có ít nhất {count} ký tự.</translation>
        </message>
        <message>
            <source>The two passwords are not the same. Please type them again.</source>
            <translation>Hai mật khẩu không giống nhau. Vui lòng nhập lại.</translation>
        </message>
    </context>
    <context>
        <name>ChannelLabels</name>
        <message>
            <source>Meeting</source>
            <translation>Họp dân</translation>
        </message>
        <message>
            <source>House visits</source>
            <translation>Đến từng hộ gia đình</translation>
        </message>
        <message>
            <source>Mobile loudspeaker</source>
            <translation>Loa lưu động</translation>
        </message>
        <message>
            <source>Zalo group post</source>
            <translation>Đăng trong nhóm Zalo</translation>
        </message>
        <message>
            <source>Loudspeaker airings</source>
            <translation>Lượt phát trên loa</translation>
        </message>
        <message>
            <source>Board days</source>
            <translation>Ngày trên bảng tin</translation>
        </message>
        <message>
            <source>Zalo articles</source>
            <translation>Bài trên Zalo OA</translation>
        </message>
        <message>
            <source>Team activities</source>
            <translation>Hoạt động của tổ</translation>
        </message>
        <message>
            <source>Zalo views</source>
            <translation>Lượt xem Zalo</translation>
        </message>
        <message>
            <source>People reached</source>
            <translation>Người được tuyên truyền</translation>
        </message>
        <message>
            <source>Trainings</source>
            <translation>Tập huấn</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation>Đang chờ gửi</translation>
        </message>
        <message>
            <source>Being published</source>
            <translation>Đang đăng</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Đã đăng</translation>
        </message>
        <message>
            <source>Being removed</source>
            <translation>Đang gỡ</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Đã gỡ</translation>
        </message>
        <message>
            <source>Not published (withdrawn)</source>
            <translation>Không đăng (tin đã bị thu hồi)</translation>
        </message>
        <message>
            <source>Refused by Zalo</source>
            <translation>Zalo từ chối</translation>
        </message>
        <message>
            <source>done</source>
            <translation>hoàn thành</translation>
        </message>
        <message>
            <source>not done yet</source>
            <translation>chưa hoàn thành</translation>
        </message>
        <message>
            <source>no plan</source>
            <translation>không có kế hoạch</translation>
        </message>
        <message>
            <source>Month {n}</source>
            <translation>Tháng {n}</translation>
        </message>
        <message>
            <source>Quarter {n}</source>
            <translation>Quý {n}</translation>
        </message>
        <message>
            <source>First half of the year</source>
            <translation>6 tháng đầu năm</translation>
        </message>
        <message>
            <source>Second half of the year</source>
            <translation>6 tháng cuối năm</translation>
        </message>
        <message>
            <source>Nine months</source>
            <translation>9 tháng</translation>
        </message>
        <message>
            <source>Whole year</source>
            <translation>Cả năm</translation>
        </message>
        <message>
            <source>Loudspeakers</source>
            <translation>Loa</translation>
        </message>
        <message>
            <source>Boards (days)</source>
            <translation>Bảng tin (ngày)</translation>
        </message>
        <message>
            <source>Zalo</source>
            <translation>Zalo</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Tổ tuyên truyền</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Người nghe</translation>
        </message>
    </context>
    <context>
        <name>Checks</name>
        <message>
            <source>its file is not in the media cache yet</source>
            <translation>tệp của mục này chưa có trong bộ nhớ đệm</translation>
        </message>
        <message>
            <source>the item is no longer in the library</source>
            <translation>tin bài không còn trong thư viện</translation>
        </message>
        <message>
            <source>the item has no sound ({kind})</source>
            <translation>tin bài không có âm thanh ({kind})</translation>
        </message>
        <message>
            <source>its audio has not been downloaded yet (sync when the link is up)</source>
            <translation>âm thanh chưa được tải về (hãy đồng bộ khi có mạng)</translation>
        </message>
        <message>
            <source>the entry has no audio</source>
            <translation>mục này không có âm thanh</translation>
        </message>
        <message>
            <source>its picture has not been downloaded yet (sync when the link is up)</source>
            <translation>hình ảnh chưa được tải về (hãy đồng bộ khi có mạng)</translation>
        </message>
        <message>
            <source>entry {n} “{title}”</source>
            <translation>mục {n} “{title}”</translation>
        </message>
        <message>
            <source>quiet hours: it would play {start}–{end}, outside the allowed {first}–{last}</source>
            <translation>giờ yên tĩnh: chương trình sẽ phát {start}–{end}, ngoài khung giờ cho phép {first}–{last}</translation>
        </message>
        <message>
            <source>(allowed by {by}: {why})</source>
            <translation>(được {by} cho phép: {why})</translation>
        </message>
        <message>
            <source>the programme has nothing in it</source>
            <translation>chương trình chưa có nội dung</translation>
        </message>
        <message>
            <source>the programme has no start time</source>
            <translation>chương trình chưa có giờ phát</translation>
        </message>
        <message>
            <source>{entry} was withdrawn by the province</source>
            <translation>{entry} đã bị tỉnh thu hồi</translation>
        </message>
        <message>
            <source>{entry} was made in the commune</source>
            <translation>{entry} do xã tự làm</translation>
        </message>
        <message>
            <source>{entry} was not reviewed by the province's editorial board</source>
            <translation>{entry} chưa được ban biên tập của tỉnh duyệt</translation>
        </message>
        <message>
            <source>{entry} is text and no speech engine is installed</source>
            <translation>{entry} là văn bản nhưng chưa cài bộ đọc văn bản</translation>
        </message>
        <message>
            <source>{entry} is a picture and the programme goes to no bulletin board</source>
            <translation>{entry} là hình ảnh nhưng chương trình không phát tới bảng tin nào</translation>
        </message>
        <message>
            <source>{entry} is a relay, and a relay goes in a programme of its own</source>
            <translation>{entry} là tiếp sóng; tiếp sóng phải là một chương trình riêng</translation>
        </message>
        <message>
            <source>none of its loudspeakers can relay a stream at a set time</source>
            <translation>không cụm loa nào của chương trình tiếp sóng được theo giờ</translation>
        </message>
        <message>
            <source>{entry} is a relay without a length</source>
            <translation>{entry} là tiếp sóng nhưng chưa có thời lượng</translation>
        </message>
        <message>
            <source>{entry} is valid only until {until} but would play on {when}</source>
            <translation>{entry} chỉ có hiệu lực đến {until} nhưng sẽ phát lúc {when}</translation>
        </message>
        <message>
            <source>{entry} may be broadcast only from {since} but would play on {when}</source>
            <translation>{entry} chỉ được phát từ {since} nhưng sẽ phát lúc {when}</translation>
        </message>
        <message>
            <source>it lasts {length}, longer than the station's limit of {limit}</source>
            <translation>chương trình dài {length}, quá giới hạn {limit} của đài</translation>
        </message>
        <message>
            <source>on {day} the station would broadcast {total}, more than its daily limit of {limit}</source>
            <translation>ngày {day} đài sẽ phát {total}, vượt mức tối đa mỗi ngày là {limit}</translation>
        </message>
        <message>
            <source>it lasts {length}, {over} more than its slot</source>
            <translation>chương trình dài {length}, quá khung giờ {over}</translation>
        </message>
        <message>
            <source>all clusters</source>
            <translation>tất cả cụm loa</translation>
        </message>
        <message>
            <source>it overlaps “{other}” ({start}–{end}) on {targets}</source>
            <translation>trùng giờ với “{other}” ({start}–{end}) trên {targets}</translation>
        </message>
        <message>
            <source>{targets} cannot relay a stream at a set time and will not get it</source>
            <translation>{targets} không tiếp sóng được theo giờ nên sẽ không nhận chương trình này</translation>
        </message>
        <message>
            <source>“{title}” is asked for {asked} airing(s) this week; the schedule gives it {covered}</source>
            <translation>“{title}” được yêu cầu phát {asked} buổi trong tuần; lịch hiện chỉ có {covered}</translation>
        </message>
        <message>
            <source>it is not approved (it is {status})</source>
            <translation>chương trình chưa được duyệt (đang ở trạng thái {status})</translation>
        </message>
        <message>
            <source>move it between {first} and {last}, or have a leader override the quiet hours with a written reason</source>
            <translation>dời chương trình vào khoảng {first}–{last}, hoặc đề nghị lãnh đạo cho phép phát trong giờ yên tĩnh kèm lý do bằng văn bản</translation>
        </message>
        <message>
            <source>add items to it</source>
            <translation>thêm tin bài vào chương trình</translation>
        </message>
        <message>
            <source>give it a date and time or a schedule</source>
            <translation>đặt ngày giờ phát hoặc lịch phát</translation>
        </message>
        <message>
            <source>remove it from the programme</source>
            <translation>bỏ mục này khỏi chương trình</translation>
        </message>
        <message>
            <source>remove it, or end the schedule before it expires</source>
            <translation>bỏ mục này, hoặc kết thúc lịch phát trước khi hết hiệu lực</translation>
        </message>
        <message>
            <source>remove it or move the programme later</source>
            <translation>bỏ mục này hoặc dời chương trình muộn hơn</translation>
        </message>
        <message>
            <source>a leader must approve the programme before air</source>
            <translation>lãnh đạo phải duyệt chương trình trước khi phát</translation>
        </message>
        <message>
            <source>listen to it before approving</source>
            <translation>nghe lại trước khi duyệt</translation>
        </message>
        <message>
            <source>sync the media, or remove the entry</source>
            <translation>đồng bộ tệp âm thanh, hoặc bỏ mục này</translation>
        </message>
        <message>
            <source>send the programme to a board too, or remove the picture</source>
            <translation>chọn thêm bảng tin làm nơi phát, hoặc bỏ hình ảnh ra</translation>
        </message>
        <message>
            <source>install espeak-ng or a Vietnamese voice; the text can still go to the boards</source>
            <translation>cài espeak-ng hoặc giọng đọc tiếng Việt; văn bản vẫn có thể đưa lên bảng tin</translation>
        </message>
        <message>
            <source>remove or trim entries, or split it into two programmes</source>
            <translation>bỏ bớt hoặc cắt ngắn các mục, hoặc tách thành hai chương trình</translation>
        </message>
        <message>
            <source>remove or trim entries</source>
            <translation>bỏ bớt hoặc cắt ngắn các mục</translation>
        </message>
        <message>
            <source>shorten it, move it to another day, or drop another programme that day</source>
            <translation>rút ngắn chương trình, chuyển sang ngày khác, hoặc bỏ bớt một chương trình khác trong ngày đó</translation>
        </message>
        <message>
            <source>move one of them, or send them to different clusters</source>
            <translation>dời một trong hai chương trình, hoặc phát tới các cụm loa khác nhau</translation>
        </message>
        <message>
            <source>a leader must approve it</source>
            <translation>lãnh đạo phải duyệt</translation>
        </message>
        <message>
            <source>add it to more programmes, or schedule this one more often</source>
            <translation>thêm vào các chương trình khác, hoặc phát chương trình này thường hơn</translation>
        </message>
        <message>
            <source>move the other entries to another programme</source>
            <translation>chuyển các mục khác sang chương trình khác</translation>
        </message>
        <message>
            <source>remove it and add the relay with its minutes (Relay…)</source>
            <translation>bỏ mục này ra rồi thêm lại bằng nút Tiếp sóng…, ghi số phút</translation>
        </message>
        <message>
            <source>send it to clusters behind a vendor gateway or to this computer's speakers, which can</source>
            <translation>gửi tới các cụm loa qua cổng điều khiển (gateway) hoặc loa của máy tính này, là những nơi tiếp sóng được</translation>
        </message>
    </context>
    <context>
        <name>ChooseBackupPage</name>
        <message>
            <source>Choose a backup</source>
            <translation>Chọn bản sao lưu</translation>
        </message>
        <message>
            <source>The newest is at the top. Backups on a USB drive or a network folder survive a broken computer.</source>
            <translation>Bản mới nhất ở trên cùng. Bản sao lưu trên ổ USB hoặc thư mục mạng vẫn còn khi máy tính bị hỏng.</translation>
        </message>
        <message>
            <source>The backup folder (USB / network)</source>
            <translation>Thư mục sao lưu (USB / mạng)</translation>
        </message>
        <message>
            <source>This computer's backups</source>
            <translation>Bản sao lưu trên máy này</translation>
        </message>
        <message>
            <source>Another folder…</source>
            <translation>Thư mục khác…</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Bản sao lưu</translation>
        </message>
        <message>
            <source>Folder: {folder}</source>
            <translation>Thư mục: {folder}</translation>
        </message>
        <message>
            <source>{date} · {kind} · {size}</source>
            <translation>{date} · {kind} · {size}</translation>
        </message>
        <message>
            <source>There is no backup in this folder.</source>
            <translation>Thư mục này không có bản sao lưu nào.</translation>
        </message>
        <message>
            <source>The folder with the backups</source>
            <translation>Thư mục chứa các bản sao lưu</translation>
        </message>
    </context>
    <context>
        <name>ConfirmPage</name>
        <message>
            <source>Restore and restart</source>
            <translation>Khôi phục và khởi động lại</translation>
        </message>
        <message>
            <source>The console will close the station, put this backup in its place and start again; everyone signs in again. The current database is kept aside and comes back if the restored one does not open. What was entered after the backup was saved must be entered again.</source>
            <translation>Phần mềm sẽ đóng dữ liệu của đài, đặt bản sao lưu này vào thay và khởi động lại; mọi người đăng nhập lại. Cơ sở dữ liệu hiện tại được giữ riêng và sẽ được đặt lại nếu bản khôi phục không mở được. Những gì nhập sau thời điểm sao lưu phải nhập lại.</translation>
        </message>
        <message>
            <source>Only an administrator may put a backup back.</source>
            <translation>Chỉ quản trị viên mới được khôi phục bản sao lưu.</translation>
        </message>
        <message>
            <source>Administrator:</source>
            <translation>Quản trị viên:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Mật khẩu:</translation>
        </message>
    </context>
    <context>
        <name>ContentsPage</name>
        <message>
            <source>What the backup holds</source>
            <translation>Nội dung bản sao lưu</translation>
        </message>
        <message>
            <source>The file is checked in full (it is not changed).</source>
            <translation>Tệp được kiểm tra toàn bộ (không bị thay đổi).</translation>
        </message>
        <message>
            <source>Checking the backup…</source>
            <translation>Đang kiểm tra bản sao lưu…</translation>
        </message>
        <message>
            <source>Backup of {date}</source>
            <translation>Bản sao lưu lúc {date}</translation>
        </message>
        <message>
            <source>{items} items, {programmes} programmes, {users} users. The check found the file whole.</source>
            <translation>{items} tin bài, {programmes} chương trình, {users} người dùng. Kiểm tra cho thấy tệp còn nguyên vẹn.</translation>
        </message>
        <message>
            <source>This backup is damaged and cannot be put back: {reason}</source>
            <translation>Bản sao lưu này bị hỏng, không khôi phục được: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ContributionsTab</name>
        <message>
            <source>Items made in the commune can be sent to the province's source system. The province reviews them and may publish them for other communes.</source>
            <extracomment>an item was queued for the province (its `ContributionView`)</extracomment>
            <translation>Tin, bài do xã tự sản xuất có thể gửi lên Hệ thống thông tin nguồn của tỉnh. Tỉnh sẽ xem xét và có thể đăng cho các xã khác cùng dùng.</translation>
        </message>
        <message>
            <source>Item made in the commune:</source>
            <translation>Tin, bài của xã:</translation>
        </message>
        <message>
            <source>Send to the province</source>
            <translation>Gửi lên tỉnh</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Tin, bài</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Ngày gửi</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Cập nhật lần cuối</translation>
        </message>
        <message>
            <source>No items made in the commune yet (import them in the Library)</source>
            <translation>Xã chưa có tin, bài tự sản xuất (hãy nhập vào Thư viện)</translation>
        </message>
        <message>
            <source>"{title}" is queued for the province.</source>
            <translation>Đã đưa "{title}" vào hộp thư đi để gửi lên tỉnh.</translation>
        </message>
    </context>
    <context>
        <name>DataBudgetBox</name>
        <message>
            <source>Mobile data</source>
            <translation>Dữ liệu di động</translation>
        </message>
        <message>
            <source>Daily data budget</source>
            <translation>Hạn mức dữ liệu mỗi ngày</translation>
        </message>
        <message>
            <source>Emergencies and the catalogue always come. Then the media of priority items and of programmes of the next 48 hours, then the rest, newest first, until the day's budget is used.</source>
            <translation>Tin khẩn cấp và danh mục luôn được tải. Sau đó là tệp của tin ưu tiên và của chương trình phát trong 48 giờ tới, rồi đến phần còn lại, mới nhất trước, cho đến khi dùng hết hạn mức của ngày.</translation>
        </message>
        <message>
            <source>Preset:</source>
            <translation>Mức có sẵn:</translation>
        </message>
        <message>
            <source>3G ({mb} MB a day)</source>
            <translation>3G ({mb} MB mỗi ngày)</translation>
        </message>
        <message>
            <source>My own figures</source>
            <translation>Số liệu riêng</translation>
        </message>
        <message>
            <source>MB per day:</source>
            <translation>MB mỗi ngày:</translation>
        </message>
        <message>
            <source>This link is metered</source>
            <translation>Đường truyền này tính phí theo dung lượng</translation>
        </message>
        <message>
            <source>On a metered link, videos and large files are downloaded only when someone asks for them in the library, or when a programme of the next 48 hours needs them.</source>
            <translation>Trên đường truyền tính phí theo dung lượng, video và tệp lớn chỉ được tải khi có người yêu cầu trong thư viện, hoặc khi một chương trình trong 48 giờ tới cần đến.</translation>
        </message>
        <message>
            <source>Large files from:</source>
            <translation>Tệp lớn từ:</translation>
        </message>
        <message>
            <source>Save data settings</source>
            <translation>Lưu cài đặt dữ liệu</translation>
        </message>
        <message>
            <source>The data budget could not be read: {reason}</source>
            <translation>Không đọc được hạn mức dữ liệu: {reason}</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Đang đọc…</translation>
        </message>
        <message>
            <source>Used today: {used} (no daily budget).</source>
            <translation>Đã dùng hôm nay: {used} (không giới hạn theo ngày).</translation>
        </message>
        <message>
            <source>Used today: {used} of {limit} ({left} left).</source>
            <translation>Đã dùng hôm nay: {used} trên {limit} (còn {left}).</translation>
        </message>
        <message>
            <source>{mb} for emergencies, outside the budget</source>
            <translation>{mb} cho tin khẩn cấp, ngoài hạn mức</translation>
        </message>
        <message>
            <source>today's budget is used: only emergencies and the catalogue come until tomorrow</source>
            <translation>đã dùng hết hạn mức hôm nay: đến ngày mai chỉ tải tin khẩn cấp và danh mục</translation>
        </message>
        <message>
            <source>videos and files over {mb} MB wait for someone to ask for them</source>
            <translation>video và tệp trên {mb} MB chờ đến khi có người yêu cầu</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Đã lưu.</translation>
        </message>
        <message>
            <source>No change.</source>
            <translation>Không có gì thay đổi.</translation>
        </message>
    </context>
    <context>
        <name>DatabaseChoiceDialog</name>
        <message>
            <source>First start</source>
            <translation>Khởi động lần đầu</translation>
        </message>
        <message>
            <source>Where does this station keep its data?</source>
            <translation>Đài lưu dữ liệu ở đâu?</translation>
        </message>
        <message>
            <source>A station with one PC keeps everything on this PC. When the station has several PCs (the operator's and the leader's), they all connect to the station's database server.</source>
            <translation>Đài chỉ có một máy thì lưu mọi thứ trên máy này. Khi đài có nhiều máy (máy của người vận hành và máy của lãnh đạo), tất cả cùng kết nối tới máy chủ cơ sở dữ liệu của đài.</translation>
        </message>
        <message>
            <source>&amp;This PC only</source>
            <translation>&amp;Chỉ máy này</translation>
        </message>
        <message>
            <source>&amp;Connect to the station's server</source>
            <translation>&amp;Kết nối máy chủ của đài</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Máy chủ:</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>&amp;Cổng:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>Cơ sở &amp;dữ liệu:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Tài khoản:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>Mật &amp;khẩu:</translation>
        </message>
        <message>
            <source>for example: 192.168.1.10</source>
            <translation>ví dụ: 192.168.1.10</translation>
        </message>
        <message>
            <source>for example: xa_an_binh</source>
            <translation>ví dụ: xa_an_binh</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Tiếp tục</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Thoát</translation>
        </message>
        <message>
            <source>Fill in the server, the database and the user.</source>
            <translation>Hãy điền máy chủ, cơ sở dữ liệu và tài khoản.</translation>
        </message>
        <message>
            <source>Connecting to the server…</source>
            <translation>Đang kết nối tới máy chủ…</translation>
        </message>
        <message>
            <source>Cannot connect to the server: {reason}</source>
            <translation>Không kết nối được tới máy chủ: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Details</name>
        <message>
            <source>position {n}</source>
            <translation>vị trí {n}</translation>
        </message>
        <message>
            <source>Revision {n}</source>
            <translation>Phiên bản {n}</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tiêu đề</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Mức ưu tiên</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Chuyên mục</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Cơ quan ban hành</translation>
        </message>
        <message>
            <source>Comes from</source>
            <translation>Nguồn</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Thẻ</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Phát hành</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Hiệu lực từ</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Hiệu lực đến</translation>
        </message>
        <message>
            <source>Validity now</source>
            <translation>Hiệu lực hiện tại</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Duyệt</translation>
        </message>
        <message>
            <source>Made in the commune: needs the leader's approval</source>
            <translation>Do xã làm: cần lãnh đạo duyệt</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Kênh phát</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Thời lượng</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Phiên bản</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Nhận lúc</translation>
        </message>
        <message>
            <source>Changed at the source</source>
            <translation>Sửa tại nguồn lúc</translation>
        </message>
        <message>
            <source>Identifier</source>
            <translation>Mã</translation>
        </message>
        <message>
            <source>Stream</source>
            <translation>Luồng phát</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Đã thu hồi</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>có</translation>
        </message>
        <message>
            <source>Requested airings</source>
            <translation>Giờ phát đề nghị</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Tệp</translation>
        </message>
        <message>
            <source>No files.</source>
            <translation>Không có tệp.</translation>
        </message>
        <message>
            <source>Where it is used</source>
            <translation>Được dùng ở đâu</translation>
        </message>
        <message>
            <source>no time set</source>
            <translation>chưa đặt giờ</translation>
        </message>
        <message>
            <source>Not used in any programme yet.</source>
            <translation>Chưa dùng trong chương trình nào.</translation>
        </message>
        <message>
            <source>Revisions seen</source>
            <translation>Các phiên bản đã nhận</translation>
        </message>
        <message>
            <source>None recorded.</source>
            <translation>Chưa ghi nhận phiên bản nào.</translation>
        </message>
    </context>
    <context>
        <name>Devices</name>
        <message>
            <source>Map of the devices</source>
            <translation>Bản đồ thiết bị</translation>
        </message>
        <message>
            <source>No device has coordinates in the list.</source>
            <translation>Chưa thiết bị nào có tọa độ trong danh sách.</translation>
        </message>
        <message>
            <source>Volume {volume}/10</source>
            <translation>Âm lượng {volume}/10</translation>
        </message>
        <message>
            <source>Playing: {title}</source>
            <translation>Đang phát: {title}</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Hoạt động</translation>
        </message>
        <message>
            <source>Playing</source>
            <translation>Đang phát</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Mất kết nối</translation>
        </message>
        <message>
            <source>Fault</source>
            <translation>Lỗi</translation>
        </message>
        <message>
            <source>Not checked yet</source>
            <translation>Chưa kiểm tra</translation>
        </message>
        <message>
            <source>Switched off in the list</source>
            <translation>Đã tắt trong danh sách</translation>
        </message>
        <message>
            <source>Waiting to send</source>
            <translation>Đang chờ gửi</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Đang gửi</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Đã nhận</translation>
        </message>
        <message>
            <source>Not delivered</source>
            <translation>Không gửi được</translation>
        </message>
        <message>
            <source>Bulletin board</source>
            <translation>Bảng tin điện tử</translation>
        </message>
        <message>
            <source>Internet radio stream</source>
            <translation>Luồng phát thanh Internet</translation>
        </message>
        <message>
            <source>This computer's loudspeaker</source>
            <translation>Loa của máy tính này</translation>
        </message>
        <message>
            <source>Loudspeaker cluster</source>
            <translation>Cụm loa</translation>
        </message>
        <message>
            <source>Played something not sent!</source>
            <translation>Phát nội dung không do đài gửi!</translation>
        </message>
        <message>
            <source>Key sent unencrypted</source>
            <translation>Khóa gửi không mã hóa</translation>
        </message>
        <message>
            <source>No authentication</source>
            <translation>Không xác thực</translation>
        </message>
        <message>
            <source>Since {time} it has played something the console did not send: {what}</source>
            <translation>Từ {time}, cụm loa đang phát nội dung không do đài gửi: {what}</translation>
        </message>
        <message>
            <source>the gateway does not say what</source>
            <translation>bộ điều khiển không cho biết là gì</translation>
        </message>
        <message>
            <source>Its key or password is sent unencrypted (http://): anyone on the network can read it. Use https:// for this device.</source>
            <translation>Khóa hoặc mật khẩu của thiết bị được gửi không mã hóa (http://): bất kỳ ai trong mạng cũng đọc được. Hãy dùng https:// cho thiết bị này.</translation>
        </message>
        <message>
            <source>No authentication: its gateway takes commands from anyone on the commune network. The console watches what it plays and raises an alarm; keep the gateway on a network of its own (see the guide).</source>
            <translation>Không xác thực: bộ điều khiển của cụm loa nhận lệnh từ bất kỳ ai trong mạng của xã. Bảng điều khiển theo dõi nội dung cụm loa phát và báo động; hãy đặt bộ điều khiển trong một mạng riêng (xem hướng dẫn).</translation>
        </message>
        <message>
            <source>{name} ({when}): {state}</source>
            <translation>{name} ({when}): {state}</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>Thôn/ấp</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Âm lượng</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Liên lạc lần cuối</translation>
        </message>
        <message>
            <source>Firmware</source>
            <translation>Phần mềm thiết bị</translation>
        </message>
        <message>
            <source>Next programme</source>
            <translation>Sắp phát</translation>
        </message>
        <message>
            <source>Latest delivery</source>
            <translation>Gửi gần nhất</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>Bảo mật</translation>
        </message>
    </context>
    <context>
        <name>DevicesPage</name>
        <message>
            <source>Check now</source>
            <translation>Kiểm tra ngay</translation>
        </message>
        <message>
            <source>Ask every device how it is, now</source>
            <translation>Hỏi trạng thái mọi thiết bị ngay bây giờ</translation>
        </message>
        <message>
            <source>Volume…</source>
            <translation>Âm lượng…</translation>
        </message>
        <message>
            <source>Stop playing</source>
            <translation>Dừng phát</translation>
        </message>
        <message>
            <source>Play now…</source>
            <translation>Phát ngay…</translation>
        </message>
        <message>
            <source>FM relay…</source>
            <translation>Tiếp sóng FM…</translation>
        </message>
        <message>
            <source>The chosen clusters play an FM station from their own receiver, for a set time</source>
            <translation>Các cụm loa đã chọn phát một đài FM từ máy thu của chính chúng, trong một khoảng thời gian</translation>
        </message>
        <message>
            <source>Speak live…</source>
            <translation>Nói trực tiếp…</translation>
        </message>
        <message>
            <source>Speak into the microphone: on air at once through the station's stream</source>
            <translation>Nói vào micrô: phát ngay trên luồng phát của đài</translation>
        </message>
        <message>
            <source>Import list…</source>
            <translation>Nhập danh sách…</translation>
        </message>
        <message>
            <source>Import the Department's device list (CSV or Excel)</source>
            <translation>Nhập danh sách thiết bị do Sở cung cấp (CSV hoặc Excel)</translation>
        </message>
        <message>
            <source>Export list…</source>
            <translation>Xuất danh sách…</translation>
        </message>
        <message>
            <source>Acknowledge</source>
            <translation>Đã biết</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Thiết bị</translation>
        </message>
        <message>
            <source>Right-click here to choose the columns</source>
            <translation>Bấm chuột phải vào đây để chọn các cột</translation>
        </message>
        <message>
            <source>No device is registered yet. Import the list the Department gave you.</source>
            <translation>Chưa có thiết bị nào. Hãy nhập danh sách do Sở cung cấp.</translation>
        </message>
        <message>
            <source>{clusters} clusters and {boards} boards: {online} online, {playing} playing, {offline} offline, {fault} with a fault.</source>
            <translation>{clusters} cụm loa và {boards} bảng tin: {online} hoạt động, {playing} đang phát, {offline} mất kết nối, {fault} bị lỗi.</translation>
        </message>
        <message>
            <source>Checked at {time}.</source>
            <translation>Kiểm tra lúc {time}.</translation>
        </message>
        <message>
            <source>{count} selected</source>
            <translation>Đã chọn {count}</translation>
        </message>
        <message>
            <source>Click a device on the map or in the list to see its programmes.</source>
            <translation>Bấm vào một thiết bị trên bản đồ hoặc trong danh sách để xem các chương trình của nó.</translation>
        </message>
        <message>
            <source>last seen {when}</source>
            <translation>liên lạc lần cuối {when}</translation>
        </message>
        <message>
            <source>Playing: {title}</source>
            <translation>Đang phát: {title}</translation>
        </message>
        <message>
            <source>No programme has been sent here yet.</source>
            <translation>Chưa có chương trình nào được gửi tới thiết bị này.</translation>
        </message>
        <message>
            <source>{name} ({village}) stopped answering at {time}: {state}</source>
            <translation>{name} ({village}) không phản hồi từ {time}: {state}</translation>
        </message>
        <message>
            <source>{name} ({village}) is playing something the console did not send (since {time}). Someone on the commune network may be using it.</source>
            <translation>{name} ({village}) đang phát nội dung không do đài gửi (từ {time}). Có thể ai đó trong mạng của xã đang điều khiển cụm loa.</translation>
        </message>
        <message>
            <source>ALARM: {count} device(s) need you</source>
            <translation>BÁO ĐỘNG: {count} thiết bị cần bạn kiểm tra</translation>
        </message>
        <message>
            <source>The source system's password is sent unencrypted to {url}: anyone on the network can read it. Ask the province for its https:// address.</source>
            <translation>Mật khẩu hệ thống thông tin nguồn được gửi không mã hóa tới {url}: bất kỳ ai trong mạng cũng đọc được. Hãy hỏi tỉnh địa chỉ https:// của hệ thống.</translation>
        </message>
        <message>
            <source>Asking every device…</source>
            <translation>Đang hỏi từng thiết bị…</translation>
        </message>
        <message>
            <source>{command}: {done} of {count} device(s) acknowledged.</source>
            <translation>{command}: {done}/{count} thiết bị đã nhận lệnh.</translation>
        </message>
        <message>
            <source>{name} did not take the command: {detail}</source>
            <translation>{name} không nhận lệnh: {detail}</translation>
        </message>
        <message>
            <source>{name}: still waiting (the device will get it when it answers)</source>
            <translation>{name}: đang chờ (thiết bị sẽ nhận khi có kết nối lại)</translation>
        </message>
        <message>
            <source>Volume {volume}/10</source>
            <translation>Âm lượng {volume}/10</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Dừng phát</translation>
        </message>
        <message>
            <source>Play now</source>
            <translation>Phát ngay</translation>
        </message>
        <message>
            <source>Volume cannot be set from here on {names}: their controller takes no volume command. Set it at the controller.</source>
            <translation>Không chỉnh được âm lượng của {names} từ máy này: bộ điều khiển của chúng không có lệnh chỉnh âm lượng. Hãy chỉnh tại bộ điều khiển.</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Âm lượng</translation>
        </message>
        <message>
            <source>Volume for {count} device(s), 0 (silent) to 10:</source>
            <translation>Âm lượng cho {count} thiết bị, từ 0 (tắt tiếng) đến 10:</translation>
        </message>
        <message>
            <source>{imported} imported, {updated} updated, {rejected} rejected.</source>
            <translation>Đã thêm {imported}, cập nhật {updated}, từ chối {rejected}.</translation>
        </message>
        <message>
            <source>Line {line}: {reason}</source>
            <translation>Dòng {line}: {reason}</translation>
        </message>
        <message>
            <source>{count} devices written to {file} (device keys are not exported).</source>
            <translation>Đã ghi {count} thiết bị vào {file} (không xuất khóa thiết bị).</translation>
        </message>
        <message>
            <source>Import the device list</source>
            <translation>Nhập danh sách thiết bị</translation>
        </message>
        <message>
            <source>Device lists (*.csv *.xlsx)</source>
            <translation>Danh sách thiết bị (*.csv *.xlsx)</translation>
        </message>
        <message>
            <source>Export the device list</source>
            <translation>Xuất danh sách thiết bị</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Tệp CSV (*.csv)</translation>
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
            <source>What to broadcast</source>
            <translation>Nội dung phát</translation>
        </message>
        <message>
            <source>An item from the library</source>
            <translation>Một tin bài trong thư viện</translation>
        </message>
        <message>
            <source>Emergency items come first, marked ⚠</source>
            <translation>Tin khẩn cấp được xếp trước, có dấu ⚠</translation>
        </message>
        <message>
            <source>A message typed now</source>
            <translation>Soạn thông báo ngay</translation>
        </message>
        <message>
            <source>Clusters read it out with the computer voice; boards show the text</source>
            <translation>Cụm loa đọc bằng giọng máy; bảng tin hiển thị nội dung chữ</translation>
        </message>
        <message>
            <source>For example: Bão số 3 đổ bộ trong đêm nay, bà con không ra khơi…</source>
            <translation>Ví dụ: Bão số 3 đổ bộ trong đêm nay, bà con không ra khơi…</translation>
        </message>
        <message>
            <source>Record a message…</source>
            <translation>Ghi âm thông báo…</translation>
        </message>
        <message>
            <source>Record from the microphone; the recording is kept in the library and chosen here</source>
            <translation>Ghi âm từ micrô; bản ghi được lưu vào thư viện và được chọn tại đây</translation>
        </message>
        <message>
            <source>Find in the library…</source>
            <translation>Tìm trong thư viện…</translation>
        </message>
        <message>
            <source>Search the whole library by words of the title or text, with or without accents</source>
            <translation>Tìm trong cả thư viện theo từ trong tên hoặc nội dung, gõ có dấu hay không dấu đều được</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Phát tới</translation>
        </message>
        <message>
            <source>Every loudspeaker cluster and bulletin board</source>
            <translation>Tất cả cụm loa và bảng tin</translation>
        </message>
        <message>
            <source>Only those ticked below</source>
            <translation>Chỉ những nơi được đánh dấu dưới đây</translation>
        </message>
        <message>
            <source>Tick villages, or single devices in a village</source>
            <translation>Đánh dấu cả thôn, ấp hoặc từng thiết bị trong thôn, ấp</translation>
        </message>
        <message>
            <source>Broadcast emergency</source>
            <translation>Phát khẩn cấp</translation>
        </message>
        <message>
            <source>Stops what is playing and broadcasts this now, after you confirm</source>
            <translation>Dừng nội dung đang phát và phát ngay tin này, sau khi bạn xác nhận</translation>
        </message>
        <message>
            <source>End emergency</source>
            <translation>Kết thúc khẩn cấp</translation>
        </message>
        <message>
            <source>Every device goes back to its normal schedule</source>
            <translation>Mọi thiết bị trở lại lịch phát thường ngày</translation>
        </message>
        <message>
            <source>Acknowledgements</source>
            <translation>Xác nhận từ thiết bị</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Thiết bị</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>Thôn/ấp</translation>
        </message>
        <message>
            <source>Emergency</source>
            <translation>Khẩn cấp</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Trở lại lịch</translation>
        </message>
        <message>
            <source>Your role cannot start or end an emergency broadcast. Ask an operator or the station leader.</source>
            <translation>Vai trò của bạn không được bắt đầu hay kết thúc phát khẩn cấp. Hãy nhờ cán bộ vận hành hoặc lãnh đạo đài.</translation>
        </message>
        <message>
            <source>— choose an item —</source>
            <translation>— chọn một tin —</translation>
        </message>
        <message>
            <source>No village</source>
            <translation>Chưa có thôn/ấp</translation>
        </message>
        <message>
            <source>EMERGENCY ON AIR since {time}: {title}</source>
            <translation>ĐANG PHÁT KHẨN CẤP từ {time}: {title}</translation>
        </message>
        <message>
            <source>{acked} of {count} devices acknowledged. Routine programmes are suspended until you end the emergency.</source>
            <translation>{acked}/{count} thiết bị đã xác nhận. Chương trình thường ngày tạm dừng cho tới khi bạn kết thúc khẩn cấp.</translation>
        </message>
        <message>
            <source>Emergency broadcast</source>
            <translation>Phát tin khẩn cấp</translation>
        </message>
        <message>
            <source>Pre-empts every programme, on every device, now.</source>
            <translation>Dừng mọi chương trình, trên mọi thiết bị, để phát ngay lập tức.</translation>
        </message>
        <message>
            <source>No emergency has been broadcast yet.</source>
            <translation>Chưa phát khẩn cấp lần nào.</translation>
        </message>
        <message>
            <source>“{title}”: {acked} of {count} acknowledged.</source>
            <translation>“{title}”: {acked}/{count} thiết bị đã xác nhận.</translation>
        </message>
        <message>
            <source>Last emergency, ended: “{title}”. {restored} of {count} devices back on their schedule.</source>
            <translation>Lần khẩn cấp gần nhất, đã kết thúc: “{title}”. {restored}/{count} thiết bị đã trở lại lịch phát.</translation>
        </message>
        <message>
            <source>Type the message first.</source>
            <translation>Hãy soạn nội dung thông báo trước.</translation>
        </message>
        <message>
            <source>Choose an item first.</source>
            <translation>Hãy chọn một tin bài trước.</translation>
        </message>
        <message>
            <source>Tick at least one village or device.</source>
            <translation>Hãy đánh dấu ít nhất một thôn/ấp hoặc thiết bị.</translation>
        </message>
        <message>
            <source>every loudspeaker cluster and bulletin board ({count})</source>
            <translation>tất cả cụm loa và bảng tin ({count})</translation>
        </message>
        <message>
            <source>{count} chosen device(s)</source>
            <translation>{count} thiết bị đã chọn</translation>
        </message>
        <message>
            <source> and {count} more</source>
            <translation> và {count} thiết bị khác</translation>
        </message>
        <message>
            <source>as long as the message takes to read</source>
            <translation>bằng thời gian đọc hết thông báo</translation>
        </message>
        <message>
            <source>This stops what is playing on {where} and broadcasts now:

“{title}”

The emergency stays on until you end it. Continue?</source>
            <translation>Thao tác này dừng nội dung đang phát trên {where} và phát ngay:

“{title}”

Tình trạng khẩn cấp kéo dài cho tới khi bạn kết thúc. Tiếp tục?</translation>
        </message>
        <message>
            <source>Devices: {names}
Length: {length}
At: {hour} on {day}</source>
            <translation>Thiết bị: {names}
Thời lượng: {length}
Lúc: {hour} ngày {day}</translation>
        </message>
        <message>
            <source>Broadcast now</source>
            <translation>Phát ngay</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Starting the emergency…</source>
            <translation>Đang bắt đầu phát khẩn cấp…</translation>
        </message>
        <message>
            <source>Emergency started. Acknowledgements arrive on the right.</source>
            <translation>Đã bắt đầu phát khẩn cấp. Xác nhận của thiết bị hiện ở bên phải.</translation>
        </message>
        <message>
            <source>End the emergency? Every device goes back to its normal schedule.</source>
            <translation>Kết thúc phát khẩn cấp? Mọi thiết bị sẽ trở lại lịch phát thường ngày.</translation>
        </message>
        <message>
            <source>Emergency ended. Devices return to their schedule.</source>
            <translation>Đã kết thúc khẩn cấp. Các thiết bị trở lại lịch phát.</translation>
        </message>
    </context>
    <context>
        <name>EntryDialog</name>
        <message>
            <source>Entry: gain, fades and cut</source>
            <translation>Mục phát: âm lượng, vào/ra dần và cắt</translation>
        </message>
        <message>
            <source>Starts at (cue &amp;in)</source>
            <translation>Bắt đầu từ (điểm &amp;vào)</translation>
        </message>
        <message>
            <source>Ends at (cue &amp;out)</source>
            <translation>Kết thúc ở (điểm &amp;ra)</translation>
        </message>
        <message>
            <source>&amp;Gain</source>
            <translation>Âm &amp;lượng</translation>
        </message>
        <message>
            <source>Fade i&amp;n</source>
            <translation>&amp;Vào dần</translation>
        </message>
        <message>
            <source>Fade ou&amp;t</source>
            <translation>&amp;Ra dần</translation>
        </message>
        <message>
            <source>Play from here</source>
            <translation>Nghe từ đây</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Dừng</translation>
        </message>
        <message>
            <source>Reading the sound…</source>
            <translation>Đang đọc âm thanh…</translation>
        </message>
        <message>
            <source>Drag the green marks to cut the start and the end; click to place the red line, then play from there.</source>
            <translation>Kéo hai vạch xanh để cắt đầu và cuối; bấm để đặt vạch đỏ rồi nghe từ đó.</translation>
        </message>
        <message>
            <source>Plays for {length}</source>
            <translation>Phát trong {length}</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>it is {now}, in quiet hours (sound is allowed from {first} to {last}): a leader must allow this play with a written reason</source>
            <translation>Bây giờ là {now}, trong giờ yên tĩnh (chỉ được phát từ {first} đến {last}): lãnh đạo phải cho phép lần phát này và ghi rõ lý do</translation>
        </message>
        <message>
            <source>write the reason for playing during quiet hours (at least {count} characters)</source>
            <translation>hãy ghi lý do phát trong giờ yên tĩnh (ít nhất {count} ký tự)</translation>
        </message>
        <message>
            <source>“{title}” was withdrawn by the province; it cannot go on air</source>
            <translation>“{title}” đã bị tỉnh thu hồi, không được phát</translation>
        </message>
        <message>
            <source>“{title}” may be broadcast only until {until}</source>
            <translation>“{title}” chỉ được phát đến {until}</translation>
        </message>
        <message>
            <source>“{title}” may be broadcast only from {since}</source>
            <translation>“{title}” chỉ được phát từ {since}</translation>
        </message>
        <message>
            <source>“{title}” was made in the commune and a leader has not approved it yet</source>
            <translation>“{title}” do xã tự làm và lãnh đạo chưa duyệt</translation>
        </message>
        <message>
            <source>the sound of file {sha} could not be brought to the station's loudness: {reason}</source>
            <translation>không chuẩn hóa được âm lượng của tệp {sha}: {reason}</translation>
        </message>
        <message>
            <source>Stopped.</source>
            <translation>Đã dừng.</translation>
        </message>
        <message>
            <source>Your role ({role}) may not do this. Ask the station's administrator or leader.</source>
            <translation>Vai trò của bạn ({role}) không được làm việc này. Hãy nhờ quản trị viên hoặc lãnh đạo của đài.</translation>
        </message>
        <message>
            <source>Access to {path} was refused. Check the folder's permissions, or whether the drive is write-protected.</source>
            <translation>Không được phép truy cập {path}. Hãy kiểm tra quyền của thư mục, hoặc ổ đĩa có đang bị khóa ghi không.</translation>
        </message>
        <message>
            <source>{path} was not found: a drive unplugged, or a folder renamed or deleted?</source>
            <translation>Không tìm thấy {path}: ổ đĩa đã bị rút ra, hoặc thư mục đã bị đổi tên hay xóa?</translation>
        </message>
        <message>
            <source>The disk holding {path} is full.</source>
            <translation>Ổ đĩa chứa {path} đã đầy.</translation>
        </message>
        <message>
            <source>The file could not be read or written: {reason}</source>
            <translation>Không đọc hoặc ghi được tệp: {reason}</translation>
        </message>
        <message>
            <source>A theme needs a title.</source>
            <translation>Chủ đề cần có tên.</translation>
        </message>
        <message>
            <source>Planned counts are whole numbers from 0 to 100000.</source>
            <translation>Số lượng kế hoạch là số nguyên từ 0 đến 100000.</translation>
        </message>
        <message>
            <source>There is no plan theme {id}.</source>
            <translation>Không có chủ đề {id} trong kế hoạch.</translation>
        </message>
        <message>
            <source>The plan's year must be between 2000 and 2100.</source>
            <translation>Năm của kế hoạch phải từ 2000 đến 2100.</translation>
        </message>
        <message>
            <source>A plan's period is a month, a quarter, a half-year, nine months or the year ({reason}).</source>
            <translation>Kỳ của kế hoạch là một tháng, một quý, sáu tháng, chín tháng hoặc cả năm ({reason}).</translation>
        </message>
        <message>
            <source>The file {name} does not say the plan's year: write it in the title (KẾ HOẠCH … NĂM 2026) or a Năm cell.</source>
            <translation>Tệp {name} không ghi năm của kế hoạch: hãy ghi năm vào tiêu đề (KẾ HOẠCH … NĂM 2026) hoặc vào ô Năm.</translation>
        </message>
        <message>
            <source>Line {line}: {period} is not a period (write Tháng 1 to Tháng 12, Quý I to Quý IV, 6 tháng đầu năm, 6 tháng cuối năm, 9 tháng or Cả năm).</source>
            <translation>Dòng {line}: {period} không phải là thời gian hợp lệ (ghi Tháng 1 đến Tháng 12, Quý I đến Quý IV, 6 tháng đầu năm, 6 tháng cuối năm, 9 tháng hoặc Cả năm).</translation>
        </message>
        <message>
            <source>Line {line}: {column} must be a whole number from 0 to 100000, not {value}.</source>
            <translation>Dòng {line}: cột {column} phải là số nguyên từ 0 đến 100000, không phải {value}.</translation>
        </message>
        <message>
            <source>Line {line}: the theme {title} is already planned for {period}.</source>
            <translation>Dòng {line}: chủ đề {title} đã có trong kế hoạch {period}.</translation>
        </message>
        <message>
            <source>The file {name} has no theme to import.</source>
            <translation>Tệp {name} không có chủ đề nào để nhập.</translation>
        </message>
        <message>
            <source>The file {name} is not an Excel workbook (.xlsx).</source>
            <translation>Tệp {name} không phải là tệp Excel (.xlsx).</translation>
        </message>
        <message>
            <source>The file {name} has no table with the column {column}.</source>
            <translation>Tệp {name} không có bảng nào có cột {column}.</translation>
        </message>
        <message>
            <source>Unknown kind of activity {kind}.</source>
            <translation>Không có hình thức hoạt động {kind}.</translation>
        </message>
        <message>
            <source>The day {day} has not come yet.</source>
            <translation>Ngày {day} chưa đến.</translation>
        </message>
        <message>
            <source>The number of people reached must be 0 to 100000.</source>
            <translation>Số người được tuyên truyền phải từ 0 đến 100000.</translation>
        </message>
        <message>
            <source>There is no village {id}.</source>
            <translation>Không có thôn, ấp {id}.</translation>
        </message>
        <message>
            <source>There is no activity {id}.</source>
            <translation>Không có hoạt động {id}.</translation>
        </message>
        <message>
            <source>There is no training {id}.</source>
            <translation>Không có buổi tập huấn {id}.</translation>
        </message>
        <message>
            <source>A training needs a title.</source>
            <translation>Buổi tập huấn cần có tên.</translation>
        </message>
        <message>
            <source>There is no propagandist {id}.</source>
            <translation>Không có tuyên truyền viên {id}.</translation>
        </message>
        <message>
            <source>A propagandist needs a name.</source>
            <translation>Tuyên truyền viên cần có họ tên.</translation>
        </message>
        <message>
            <source>The phone number {phone} is not a Vietnamese phone number (9 to 11 digits).</source>
            <translation>Số điện thoại {phone} không phải là số điện thoại Việt Nam (9 đến 11 chữ số).</translation>
        </message>
        <message>
            <source>There is no village {village} in the station's list.</source>
            <translation>Không có thôn, ấp {village} trong danh sách của đài.</translation>
        </message>
        <message>
            <source>Line {line}: the name is empty.</source>
            <translation>Dòng {line}: chưa có họ tên.</translation>
        </message>
        <message>
            <source>Line {line}: there is no village {village} in the station's list.</source>
            <translation>Dòng {line}: không có thôn, ấp {village} trong danh sách của đài.</translation>
        </message>
        <message>
            <source>Line {line}: the phone number {phone} is not a Vietnamese phone number.</source>
            <translation>Dòng {line}: số điện thoại {phone} không phải là số điện thoại Việt Nam.</translation>
        </message>
        <message>
            <source>The Zalo OA is not connected: connect it in Settings first.</source>
            <translation>Chưa kết nối trang Zalo OA: hãy kết nối trong Cài đặt trước.</translation>
        </message>
        <message>
            <source>Zalo no longer accepts this station's refresh token, so nothing is published and no figures are read. Open the Zalo developer console (developers.zalo.me), make a new refresh token for the OA and paste it in Settings, Zalo OA.</source>
            <translation>Zalo không còn nhận mã làm mới (refresh token) của đài, nên không đăng được bài và không đọc được số liệu. Hãy mở trang Zalo cho nhà phát triển (developers.zalo.me), tạo mã làm mới mới cho trang OA rồi dán vào Cài đặt, mục Zalo OA.</translation>
        </message>
        <message>
            <source>Zalo could not be reached at {server}. Check the network and try again.</source>
            <translation>Không kết nối được với Zalo tại {server}. Hãy kiểm tra mạng rồi thử lại.</translation>
        </message>
        <message>
            <source>Zalo refused the app id, secret key or refresh token ({reason}). Copy them again from the Zalo developer console.</source>
            <translation>Zalo không nhận mã ứng dụng, khóa bí mật hoặc mã làm mới ({reason}). Hãy sao chép lại từ trang Zalo cho nhà phát triển.</translation>
        </message>
        <message>
            <source>The Zalo address must start with http:// or https://: {server}</source>
            <translation>Địa chỉ Zalo phải bắt đầu bằng http:// hoặc https://: {server}</translation>
        </message>
        <message>
            <source>Give the app id, the secret key and the refresh token from the Zalo developer console.</source>
            <translation>Hãy nhập mã ứng dụng, khóa bí mật và mã làm mới lấy từ trang Zalo cho nhà phát triển.</translation>
        </message>
        <message>
            <source>There is no bulletin {item_id}.</source>
            <translation>Không có tin, bài {item_id}.</translation>
        </message>
        <message>
            <source>The bulletin {item_id} was withdrawn by the source and cannot be published.</source>
            <translation>Tin {item_id} đã bị hệ thống nguồn thu hồi nên không đăng được.</translation>
        </message>
        <message>
            <source>A relayed stream cannot be published as an article.</source>
            <translation>Không thể đăng chương trình tiếp sóng thành bài viết.</translation>
        </message>
        <message>
            <source>The programme {id} has no library items to publish.</source>
            <translation>Chương trình {id} không có tin, bài nào trong thư viện để đăng.</translation>
        </message>
        <message>
            <source>The article waits in the outbox and goes out when Zalo can be reached.</source>
            <translation>Bài viết đang chờ trong hộp thư đi và sẽ được đăng khi kết nối được với Zalo.</translation>
        </message>
        <message>
            <source>the source system keeps answering that more changes follow but sends the same cursor back ({pages} pages in a row): the pull stopped and keeps what it stored</source>
            <translation>hệ thống nguồn cứ báo còn thay đổi nhưng gửi lại đúng con trỏ cũ ({pages} trang liên tiếp): đã dừng tải danh mục, những gì đã nhận vẫn được giữ</translation>
        </message>
        <message>
            <source>the source system sent a change cursor that goes back to an earlier one (page {pages}): the pull stopped and keeps what it stored</source>
            <translation>hệ thống nguồn gửi con trỏ thay đổi quay lùi về một con trỏ trước đó (trang {pages}): đã dừng tải danh mục, những gì đã nhận vẫn được giữ</translation>
        </message>
        <message>
            <source>the source system sent {pages} pages in a row with nothing new: the pull stopped and keeps what it stored</source>
            <translation>hệ thống nguồn gửi {pages} trang liên tiếp không có gì mới: đã dừng tải danh mục, những gì đã nhận vẫn được giữ</translation>
        </message>
        <message>
            <source>the pull stopped after {pages} pages; the next sync goes on from there</source>
            <translation>đã dừng tải danh mục sau {pages} trang; lần đồng bộ sau sẽ tải tiếp từ đó</translation>
        </message>
        <message>
            <source>the answer from {path} is larger than {limit} MiB: refused</source>
            <translation>câu trả lời từ {path} lớn hơn {limit} MiB: đã từ chối</translation>
        </message>
        <message>
            <source>the answer from {path} is coded as {coding}, which was not asked for: refused</source>
            <translation>câu trả lời từ {path} được mã hóa kiểu {coding}, kiểu không được yêu cầu: đã từ chối</translation>
        </message>
        <message>
            <source>the compressed answer from {path} is damaged: refused</source>
            <translation>câu trả lời nén từ {path} bị hỏng: đã từ chối</translation>
        </message>
        <message>
            <source>the answer from {path} expands past {limit} MiB: refused</source>
            <translation>câu trả lời từ {path} khi giải nén vượt quá {limit} MiB: đã từ chối</translation>
        </message>
        <message>
            <source>the compressed answer from {path} expands more than {ratio} times: refused</source>
            <translation>câu trả lời nén từ {path} giải nén ra lớn hơn {ratio} lần: đã từ chối</translation>
        </message>
        <message>
            <source>the answer from {path} is not valid UTF-8: refused</source>
            <translation>câu trả lời từ {path} không phải UTF-8 hợp lệ: đã từ chối</translation>
        </message>
        <message>
            <source>the answer from {path} is not JSON: refused</source>
            <translation>câu trả lời từ {path} không phải JSON: đã từ chối</translation>
        </message>
        <message>
            <source>the change feed's answer does not follow the contract: refused</source>
            <translation>câu trả lời của nguồn thay đổi không đúng hợp đồng giao tiếp: đã từ chối</translation>
        </message>
        <message>
            <source>A size must be between {low} and {high} MB.</source>
            <translation>Dung lượng phải từ {low} đến {high} MB.</translation>
        </message>
        <message>
            <source>No such data budget preset: {name}</source>
            <translation>Không có mức hạn mức dữ liệu: {name}</translation>
        </message>
        <message>
            <source>refused: {reason}</source>
            <translation>bị từ chối: {reason}</translation>
        </message>
        <message>
            <source>cannot read the backup {file}: {reason}</source>
            <translation>không đọc được bản sao lưu {file}: {reason}</translation>
        </message>
        <message>
            <source>cannot restore: {reason}</source>
            <translation>không khôi phục được: {reason}</translation>
        </message>
        <message>
            <source>wrong user name or password</source>
            <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
        </message>
        <message>
            <source>the restored database did not open ({reason}); the previous one is back in place</source>
            <translation>cơ sở dữ liệu khôi phục không mở được ({reason}); cơ sở dữ liệu trước đó đã được đặt lại</translation>
        </message>
        <message>
            <source>the folder {folder} does not exist</source>
            <translation>thư mục {folder} không tồn tại</translation>
        </message>
        <message>
            <source>the backup folder must be outside the data folder (another drive or a network folder)</source>
            <translation>thư mục sao lưu phải nằm ngoài thư mục dữ liệu (ổ đĩa khác hoặc thư mục mạng)</translation>
        </message>
        <message>
            <source>the backup folder {folder} is not there (is the USB drive plugged in, the network folder reachable?)</source>
            <translation>không thấy thư mục sao lưu {folder} (ổ USB đã cắm chưa, thư mục mạng có kết nối không?)</translation>
        </message>
        <message>
            <source>the backup was refused by its check: {reason}</source>
            <extracomment>the kinds of backup: a copy of this PC's SQLite file, or a pg_dump of the server</extracomment>
            <translation>bản sao lưu không qua được bước kiểm tra: {reason}</translation>
        </message>
        <message>
            <source>the backup could not be written to {folder}: {reason}</source>
            <translation>không ghi được bản sao lưu vào {folder}: {reason}</translation>
        </message>
        <message>
            <source>the backup folder {folder} cannot be written: {reason}</source>
            <translation>không ghi được vào thư mục sao lưu {folder}: {reason}</translation>
        </message>
        <message>
            <source>this station's database is on a PostgreSQL server and this PC has no {tool}: install the PostgreSQL client tools (on Windows, the 'Command Line Tools' of the PostgreSQL installer) or add their bin folder to PATH; no backup is made on this PC until then</source>
            <translation>cơ sở dữ liệu của đài nằm trên máy chủ PostgreSQL và máy này không có {tool}: hãy cài bộ công cụ dòng lệnh của PostgreSQL (trên Windows là 'Command Line Tools' của bộ cài PostgreSQL) hoặc thêm thư mục bin của chúng vào PATH; cho đến khi đó máy này không sao lưu</translation>
        </message>
        <message>
            <source>item {item} has no audio file in the media cache yet</source>
            <translation>Tin {item} chưa có tệp âm thanh trong bộ nhớ đệm.</translation>
        </message>
        <message>
            <source>user {username} ({role}) may not {action}</source>
            <translation>Người dùng {username} ({role}) không có quyền làm việc này ({action}).</translation>
        </message>
        <message>
            <source>the station's database is busy: another computer or task is writing to it. Try again in a moment</source>
            <translation>Cơ sở dữ liệu của đài đang bận: một máy hoặc một việc khác đang ghi vào đó. Hãy thử lại sau giây lát.</translation>
        </message>
        <message>
            <source>the disk holding the station's database is full: free some space, then try again</source>
            <translation>Ổ đĩa chứa cơ sở dữ liệu của đài đã đầy: hãy giải phóng bớt dung lượng rồi thử lại.</translation>
        </message>
        <message>
            <source>the station's database server refused the user name, the password or the database name ({reason})</source>
            <translation>Máy chủ cơ sở dữ liệu của đài không chấp nhận tên người dùng, mật khẩu hoặc tên cơ sở dữ liệu ({reason}).</translation>
        </message>
        <message>
            <source>the station's database server does not answer ({reason})</source>
            <translation>Máy chủ cơ sở dữ liệu của đài không trả lời ({reason}).</translation>
        </message>
        <message>
            <source>the station's database could not do this ({reason})</source>
            <translation>Cơ sở dữ liệu của đài không thực hiện được việc này ({reason}).</translation>
        </message>
        <message>
            <source>there is no item {item}</source>
            <translation>Không có tin {item}.</translation>
        </message>
        <message>
            <source>{count} file(s) could not be downloaded: {reason}</source>
            <translation>{count} tệp không tải về được: {reason}</translation>
        </message>
        <message>
            <source>a saved filter needs a name</source>
            <translation>Bộ lọc cần có tên để lưu.</translation>
        </message>
        <message>
            <source>there is no saved filter {id}</source>
            <translation>Không có bộ lọc đã lưu số {id}.</translation>
        </message>
        <message>
            <source>no item {item}</source>
            <translation>Không có tin {item}.</translation>
        </message>
        <message>
            <source>item {item} has no file in the media cache yet</source>
            <translation>Tin {item} chưa có tệp trong bộ nhớ đệm.</translation>
        </message>
        <message>
            <source>unknown or disabled target(s): {targets}</source>
            <translation>Thiết bị không có hoặc đang tắt: {targets}</translation>
        </message>
        <message>
            <source>there is no enabled cluster or board</source>
            <translation>Không có cụm loa hay bảng tin nào đang bật.</translation>
        </message>
        <message>
            <source>the volume of {targets} cannot be set from the console: their controller takes no volume command; set it at the controller</source>
            <translation>không chỉnh được âm lượng của {targets} từ máy này: bộ điều khiển của chúng không có lệnh chỉnh âm lượng; hãy chỉnh tại bộ điều khiển</translation>
        </message>
        <message>
            <source>{targets} cannot relay a stream: choose clusters behind a vendor gateway, this computer's speakers or an Icecast stream</source>
            <translation>{targets} không tiếp sóng được: hãy chọn các cụm loa qua cổng điều khiển (gateway), loa của máy tính này hoặc luồng Icecast</translation>
        </message>
        <message>
            <source>no item {id}</source>
            <translation>không có tin {id}</translation>
        </message>
        <message>
            <source>choose an item or type the message</source>
            <translation>Hãy chọn một tin hoặc nhập nội dung thông báo.</translation>
        </message>
        <message>
            <source>a relay cannot be the emergency message: choose an item with a sound file, or type the message</source>
            <translation>tiếp sóng không dùng làm tin khẩn cấp được: hãy chọn một tin có tệp âm thanh, hoặc gõ nội dung thông báo</translation>
        </message>
        <message>
            <source>no emergency is on</source>
            <translation>Hiện không có phát khẩn cấp nào.</translation>
        </message>
        <message>
            <source>play now needs a library item</source>
            <translation>Phát ngay cần một tin trong thư viện</translation>
        </message>
        <message>
            <source>unknown command {kind}</source>
            <translation>Lệnh không hợp lệ: {kind}</translation>
        </message>
        <message>
            <source>only items made in the commune are approved here; the province reviews its own</source>
            <translation>chỉ duyệt ở đây các tin do xã làm; tin của tỉnh do tỉnh duyệt</translation>
        </message>
        <message>
            <source>an item needs a title</source>
            <translation>Tin cần có tiêu đề.</translation>
        </message>
        <message>
            <source>unknown priority {priority}</source>
            <translation>Mức ưu tiên không hợp lệ: {priority}</translation>
        </message>
        <message>
            <source>not a language code: {code}</source>
            <translation>Không phải mã ngôn ngữ: {code}</translation>
        </message>
        <message>
            <source>validity times need a time zone</source>
            <translation>Thời hạn hiệu lực cần có múi giờ.</translation>
        </message>
        <message>
            <source>the item must become valid before it expires</source>
            <translation>Thời điểm bắt đầu hiệu lực phải trước thời điểm hết hạn.</translation>
        </message>
        <message>
            <source>only items made in the commune can be edited here</source>
            <translation>Ở đây chỉ sửa được tin do xã làm.</translation>
        </message>
        <message>
            <source>unknown category {code}</source>
            <translation>Chuyên mục không có: {code}</translation>
        </message>
        <message>
            <source>The cache limit must be between {low} and {high} GB.</source>
            <extracomment>a limit below this would evict what the next programme needs every day</extracomment>
            <translation>Giới hạn bộ nhớ đệm phải từ {low} đến {high} GB.</translation>
        </message>
        <message>
            <source>No such item: {item}</source>
            <translation>Không có tin bài: {item}</translation>
        </message>
        <message>
            <source>it cannot be submitted yet: {reasons}</source>
            <translation>Chưa thể gửi duyệt: {reasons}</translation>
        </message>
        <message>
            <source>a template is not submitted; make a programme from it</source>
            <translation>Mẫu chương trình không gửi duyệt được; hãy tạo một chương trình từ mẫu.</translation>
        </message>
        <message>
            <source>only a draft can be submitted (it is {status})</source>
            <translation>Chỉ gửi duyệt được bản nháp (chương trình đang ở trạng thái {status}).</translation>
        </message>
        <message>
            <source>say why it is rejected, so the editor can fix it</source>
            <translation>Hãy ghi lý do trả lại để biên tập viên sửa.</translation>
        </message>
        <message>
            <source>a programme that is {status} cannot be rejected</source>
            <translation>Không thể từ chối chương trình đang ở trạng thái {status}.</translation>
        </message>
        <message>
            <source>it cannot be approved: {reasons}</source>
            <translation>Chưa thể duyệt: {reasons}</translation>
        </message>
        <message>
            <source>a programme that is {status} cannot be approved</source>
            <translation>Không thể duyệt chương trình đang ở trạng thái {status}.</translation>
        </message>
        <message>
            <source>a template is not approved; make a programme from it</source>
            <translation>Mẫu chương trình không duyệt được; hãy tạo một chương trình từ mẫu.</translation>
        </message>
        <message>
            <source>only an approved programme can be scheduled (it is {status})</source>
            <translation>Chỉ xếp lịch được chương trình đã duyệt (chương trình đang ở trạng thái {status}).</translation>
        </message>
        <message>
            <source>an event needs a name</source>
            <translation>Sự kiện cần có tên.</translation>
        </message>
        <message>
            <source>only provincial and local events can be added</source>
            <translation>Chỉ thêm được sự kiện của tỉnh và của địa phương.</translation>
        </message>
        <message>
            <source>the month must be 1 to 12</source>
            <translation>Tháng phải từ 1 đến 12.</translation>
        </message>
        <message>
            <source>the year must be between 2000 and 2100</source>
            <translation>Năm phải từ 2000 đến 2100.</translation>
        </message>
        <message>
            <source>there is no {day}/{month}</source>
            <translation>Không có ngày {day}/{month}.</translation>
        </message>
        <message>
            <source>the calendar holds at most {count} own events</source>
            <translation>Lịch chỉ chứa tối đa {count} sự kiện riêng.</translation>
        </message>
        <message>
            <source>there is no such event (national ones cannot be deleted)</source>
            <translation>Không có sự kiện này (sự kiện toàn quốc không xóa được).</translation>
        </message>
        <message>
            <source>a programme needs a name</source>
            <translation>Chương trình cần có tên.</translation>
        </message>
        <message>
            <source>the start time needs a time zone</source>
            <translation>Giờ bắt đầu cần có múi giờ.</translation>
        </message>
        <message>
            <source>a speech entry needs the text to read</source>
            <translation>Mục đọc văn bản cần có nội dung để đọc.</translation>
        </message>
        <message>
            <source>that file is not in the media cache; import it first</source>
            <translation>Tệp đó chưa có trong bộ nhớ đệm; hãy thêm nó vào trước.</translation>
        </message>
        <message>
            <source>a stream relay needs an http(s) or rtsp URL</source>
            <translation>Mục tiếp sóng cần địa chỉ http(s) hoặc rtsp.</translation>
        </message>
        <message>
            <source>a stream relay needs a duration</source>
            <translation>Mục tiếp sóng cần có thời lượng.</translation>
        </message>
        <message>
            <source>a silence needs a duration</source>
            <translation>Khoảng lặng cần có thời lượng.</translation>
        </message>
        <message>
            <source>no such file: {path}</source>
            <translation>Không có tệp: {path}</translation>
        </message>
        <message>
            <source>{name} changed while it was being imported</source>
            <translation>Tệp {name} đã thay đổi trong lúc đang nhập.</translation>
        </message>
        <message>
            <source>the volume must be between -30 and +12 dB</source>
            <translation>Âm lượng phải từ -30 đến +12 dB.</translation>
        </message>
        <message>
            <source>the end cue must come after the start cue</source>
            <translation>Điểm kết thúc phải sau điểm bắt đầu.</translation>
        </message>
        <message>
            <source>a fade lasts 0 to 30 seconds</source>
            <translation>Thời gian tăng dần, giảm dần âm lượng từ 0 đến 30 giây.</translation>
        </message>
        <message>
            <source>the end cue is past the end of the audio ({length} s)</source>
            <translation>Điểm kết thúc nằm sau cuối đoạn âm thanh ({length} giây).</translation>
        </message>
        <message>
            <source>there is no item {id} in the library</source>
            <translation>Thư viện không có tin {id}.</translation>
        </message>
        <message>
            <source>item {id} was withdrawn by the province; it cannot air</source>
            <translation>Tin {id} đã bị tỉnh thu hồi; không được phát.</translation>
        </message>
        <message>
            <source>item {id} has no sound file on this computer yet</source>
            <translation>Tin {id} chưa có tệp âm thanh trên máy này.</translation>
        </message>
        <message>
            <source>the jingle is not in the media cache; import it first</source>
            <translation>Nhạc hiệu chưa có trong bộ nhớ đệm; hãy thêm nó vào trước.</translation>
        </message>
        <message>
            <source>only a draft can be deleted; withdraw a scheduled programme first (it is {status})</source>
            <translation>Chỉ xóa được bản nháp; chương trình đã xếp lịch phải rút lại trước (chương trình đang ở trạng thái {status}).</translation>
        </message>
        <message>
            <source>this programme has reached devices; withdraw it instead</source>
            <translation>Chương trình này đã được gửi tới thiết bị; hãy rút lại thay vì xóa.</translation>
        </message>
        <message>
            <source>only an approved or scheduled programme can be withdrawn (it is {status})</source>
            <translation>Chỉ rút lại được chương trình đã duyệt hoặc đã xếp lịch (chương trình đang ở trạng thái {status}).</translation>
        </message>
        <message>
            <source>a template needs a name</source>
            <translation>Mẫu chương trình cần có tên.</translation>
        </message>
        <message>
            <source>programme {id} is not a template</source>
            <translation>Chương trình {id} không phải là mẫu.</translation>
        </message>
        <message>
            <source>nothing was recorded</source>
            <translation>Chưa ghi âm được gì.</translation>
        </message>
        <message>
            <source>a recording needs a title</source>
            <translation>Bản ghi âm cần có tiêu đề.</translation>
        </message>
        <message>
            <source>the recording was not kept: {reason}</source>
            <translation>Bản ghi âm không được lưu: {reason}</translation>
        </message>
        <message>
            <source>{value} is not a date (YYYY-MM-DD)</source>
            <translation>{value} không phải là ngày (YYYY-MM-DD).</translation>
        </message>
        <message>
            <source>unknown repeat {repeat} (once, daily, weekdays, weekly or now)</source>
            <translation>Kiểu lặp lại không hợp lệ: {repeat} (once, daily, weekdays, weekly hoặc now).</translation>
        </message>
        <message>
            <source>say at what time of day it airs</source>
            <translation>Hãy chọn giờ phát trong ngày.</translation>
        </message>
        <message>
            <source>at most {count} start times a day</source>
            <translation>Tối đa {count} giờ phát trong một ngày.</translation>
        </message>
        <message>
            <source>choose at least one weekday</source>
            <translation>Hãy chọn ít nhất một ngày trong tuần.</translation>
        </message>
        <message>
            <source>weekdays are 1 (Monday) to 7 (Sunday)</source>
            <translation>Ngày trong tuần từ 1 (thứ Hai) đến 7 (Chủ nhật).</translation>
        </message>
        <message>
            <source>the date range ends before it starts</source>
            <translation>Ngày kết thúc đứng trước ngày bắt đầu.</translation>
        </message>
        <message>
            <source>replays: 1 to 10, with a non-negative interval</source>
            <translation>Số lần phát lại từ 1 đến 10, khoảng cách không được âm.</translation>
        </message>
        <message>
            <source>replays need an interval in minutes</source>
            <translation>Phát lại cần có khoảng cách tính bằng phút.</translation>
        </message>
        <message>
            <source>the programme has no schedule to move</source>
            <translation>Chương trình chưa có lịch để dời.</translation>
        </message>
        <message>
            <source>the programme does not air at {time}</source>
            <translation>Chương trình không phát lúc {time}.</translation>
        </message>
        <message>
            <source>a repeating series moves by its time of day; move one airing to change its day</source>
            <translation>Chuỗi phát lặp lại chỉ dời được giờ trong ngày; muốn đổi ngày, hãy dời từng lần phát.</translation>
        </message>
        <message>
            <source>this entry has no sound to trim ({reason})</source>
            <translation>Mục này không có âm thanh để cắt ({reason}).</translation>
        </message>
        <message>
            <source>choose at least one village, cluster or board</source>
            <translation>Hãy chọn ít nhất một thôn, cụm loa hoặc bảng tin.</translation>
        </message>
        <message>
            <source>there is no village {name}</source>
            <translation>Không có thôn {name}.</translation>
        </message>
        <message>
            <source>there is no target group {name}</source>
            <translation>Không có nhóm thiết bị {name}.</translation>
        </message>
        <message>
            <source>there is no cluster or board {id}</source>
            <translation>Không có cụm loa hay bảng tin {id}.</translation>
        </message>
        <message>
            <source>no programme {id}</source>
            <translation>Không có chương trình số {id}.</translation>
        </message>
        <message>
            <source>an unapproved programme cannot be pushed (programme {id} is {status})</source>
            <translation>Chương trình chưa được duyệt thì không gửi đi được (chương trình {id} đang ở trạng thái {status}).</translation>
        </message>
        <message>
            <source>the programme has no enabled cluster or board to go to</source>
            <translation>Chương trình không có cụm loa hay bảng tin nào đang bật để gửi tới.</translation>
        </message>
        <message>
            <source>programme {id} has no start time</source>
            <translation>Chương trình {id} chưa có giờ bắt đầu.</translation>
        </message>
        <message>
            <source>none of the programme's loudspeakers can relay a stream at a set time (clusters behind a vendor gateway and this computer's speakers can)</source>
            <translation>không cụm loa nào của chương trình tiếp sóng được theo giờ (các cụm loa qua cổng điều khiển của nhà cung cấp và loa của máy tính này thì được)</translation>
        </message>
        <message>
            <source>the programme has nothing to play (no file in any entry)</source>
            <translation>Chương trình không có gì để phát (không mục nào có tệp).</translation>
        </message>
        <message>
            <source>there is no programme {id}</source>
            <translation>không có chương trình {id}</translation>
        </message>
        <message>
            <source>programme {id} has no entry {entry}</source>
            <translation>Chương trình {id} không có mục {entry}.</translation>
        </message>
        <message>
            <source>not a date and time: “{text}” (write YYYY-MM-DD HH:MM)</source>
            <translation>“{text}” không phải ngày giờ (hãy viết YYYY-MM-DD HH:MM).</translation>
        </message>
        <message>
            <source>not a time of day: “{text}” (write HH:MM)</source>
            <translation>“{text}” không phải giờ trong ngày (hãy viết HH:MM).</translation>
        </message>
        <message>
            <source>no item {item} in the library</source>
            <translation>Thư viện không có tin {item}.</translation>
        </message>
        <message>
            <source>only items made in the commune can be contributed; this one came from the source system</source>
            <translation>Chỉ gửi lên tỉnh được tin do xã làm; tin này lấy từ hệ thống nguồn.</translation>
        </message>
        <message>
            <source>this item was withdrawn</source>
            <translation>Tin này đã bị thu hồi.</translation>
        </message>
        <message>
            <source>the item needs a title before it can be contributed</source>
            <translation>Tin cần có tiêu đề trước khi gửi lên tỉnh.</translation>
        </message>
        <message>
            <source>this item was already sent to the source system</source>
            <translation>Tin này đã được gửi lên hệ thống nguồn.</translation>
        </message>
        <message>
            <source>the item's file is not in the media cache</source>
            <translation>Tệp của tin không có trong bộ nhớ đệm.</translation>
        </message>
        <message>
            <source>no report {id}</source>
            <translation>Không có báo cáo {id}.</translation>
        </message>
        <message>
            <source>a custom date range cannot be a periodic report: choose a month, quarter, half-year, nine months or year</source>
            <translation>Khoảng ngày tự chọn không lập được báo cáo định kỳ: hãy chọn tháng, quý, 6 tháng, 9 tháng hoặc năm.</translation>
        </message>
        <message>
            <source>unknown manual field {key} (one of {fields})</source>
            <translation>Không có ô nhập tay {key} (các ô có: {fields}).</translation>
        </message>
        <message>
            <source>{field} must be a whole number</source>
            <translation>{field} phải là số nguyên.</translation>
        </message>
        <message>
            <source>{field} cannot be negative</source>
            <translation>{field} không được là số âm.</translation>
        </message>
        <message>
            <source>notes are limited to {count} characters</source>
            <translation>Ghi chú tối đa {count} ký tự.</translation>
        </message>
        <message>
            <source>{field} is limited to {count} characters</source>
            <translation>{field} tối đa {count} ký tự.</translation>
        </message>
        <message>
            <source>this report was submitted and can no longer be changed</source>
            <translation>Báo cáo này đã gửi đi, không sửa được nữa.</translation>
        </message>
        <message>
            <source>only a draft can be approved (this report is {state})</source>
            <translation>Chỉ duyệt được báo cáo nháp (báo cáo này đang ở trạng thái {state}).</translation>
        </message>
        <message>
            <source>the station code is not set: log in to the source system or set it in Settings first</source>
            <translation>Chưa có mã đài: hãy đăng nhập hệ thống nguồn hoặc đặt mã đài trong Cài đặt trước.</translation>
        </message>
        <message>
            <source>only an approved report can be submitted (this one is {state})</source>
            <translation>Chỉ gửi được báo cáo đã duyệt (báo cáo này đang ở trạng thái {state}).</translation>
        </message>
        <message>
            <source>{department} fixes {key} for every station of the province (department.json); ask the Department to change it</source>
            <translation>{department} cố định thiết lập {key} cho mọi đài trong tỉnh (department.json); muốn đổi, hãy đề nghị Sở.</translation>
        </message>
        <message>
            <source>there is no setting {key}; the settings are: {keys}</source>
            <translation>Không có thiết lập {key}; các thiết lập là: {keys}</translation>
        </message>
        <message>
            <source>{key} takes a time like 05:30, not {value}</source>
            <translation>{key} cần giờ dạng 05:30, không phải {value}.</translation>
        </message>
        <message>
            <source>{key} takes a number, not {value}</source>
            <translation>{key} cần một con số, không phải {value}.</translation>
        </message>
        <message>
            <source>{key} takes a whole number, not {value}</source>
            <translation>{key} cần số nguyên, không phải {value}.</translation>
        </message>
        <message>
            <source>{key} must be between {minimum} and {maximum}</source>
            <translation>{key} phải từ {minimum} đến {maximum}.</translation>
        </message>
        <message>
            <source>{key} takes one of {choices}, not {value}</source>
            <translation>{key} chỉ nhận một trong các giá trị {choices}, không phải {value}.</translation>
        </message>
        <message>
            <source>{key} takes an address starting with https://, not {value}</source>
            <translation>{key} cần địa chỉ bắt đầu bằng https://, không phải {value}.</translation>
        </message>
        <message>
            <source>the default targets are either all, or a list of villages (village:NAME) and devices</source>
            <translation>Nơi phát mặc định là toàn xã (all), hoặc danh sách thôn (village:TÊN) và thiết bị.</translation>
        </message>
        <message>
            <source>the broadcast day must start before it ends ({start} is not before {end})</source>
            <translation>Giờ bắt đầu phát trong ngày phải trước giờ kết thúc ({start} không trước {end}).</translation>
        </message>
        <message>
            <source>a user name must be 1-100 characters without spaces</source>
            <translation>Tên đăng nhập dài 1–100 ký tự và không có dấu cách.</translation>
        </message>
        <message>
            <source>the password must have at least {count} characters</source>
            <translation>Mật khẩu phải có ít nhất {count} ký tự.</translation>
        </message>
        <message>
            <source>the password must not be the user name</source>
            <translation>Mật khẩu không được trùng với tên đăng nhập.</translation>
        </message>
        <message>
            <source>there is no user {username}</source>
            <translation>Không có người dùng {username}.</translation>
        </message>
        <message>
            <source>there are users already; an admin must add new ones</source>
            <translation>Đã có người dùng; người dùng mới phải do quản trị viên thêm.</translation>
        </message>
        <message>
            <source>the user {username} exists already</source>
            <translation>Người dùng {username} đã có.</translation>
        </message>
        <message>
            <source>the account {username} is locked until {until} after {count} wrong passwords; try again then, or ask the administrator</source>
            <translation>Tài khoản {username} bị khóa đến {until} vì nhập sai mật khẩu {count} lần. Hãy thử lại sau thời điểm đó hoặc nhờ quản trị viên mở khóa.</translation>
        </message>
        <message>
            <source>the account {username} is disabled; ask the administrator</source>
            <translation>Tài khoản {username} đã bị vô hiệu hóa; hãy liên hệ quản trị viên.</translation>
        </message>
        <message>
            <source>the current password is not right</source>
            <translation>Mật khẩu hiện tại không đúng.</translation>
        </message>
        <message>
            <source>the new password must differ from the old one</source>
            <translation>Mật khẩu mới phải khác mật khẩu cũ.</translation>
        </message>
        <message>
            <source>{username} is the only administrator: make another account an administrator first</source>
            <translation>{username} là quản trị viên duy nhất: hãy cho một tài khoản khác làm quản trị viên trước.</translation>
        </message>
        <message>
            <source>you cannot disable your own account</source>
            <translation>Bạn không thể tự vô hiệu hóa tài khoản của mình.</translation>
        </message>
        <message>
            <source>the file {sha} is not in the media cache yet (sync when the link is up)</source>
            <translation>tệp {sha} chưa có trên máy này (hãy đồng bộ khi có kết nối)</translation>
        </message>
        <message>
            <source>there is no station database to back up</source>
            <translation>không có cơ sở dữ liệu của đài để sao lưu</translation>
        </message>
        <message>
            <source>a backup named {name} is already being written</source>
            <translation>bản sao lưu {name} đang được ghi</translation>
        </message>
        <message>
            <source>no backup folder is chosen: choose one in Settings (Sao lưu) or give --to DIR</source>
            <translation>chưa chọn thư mục sao lưu: hãy chọn trong Cài đặt (Sao lưu) hoặc dùng --to THƯ_MỤC</translation>
        </message>
        <message>
            <source>the users of {file} cannot be read: {reason}</source>
            <translation>không đọc được danh sách người dùng của {file}: {reason}</translation>
        </message>
        <message>
            <source>the backup has not been checked yet</source>
            <translation>bản sao lưu chưa được kiểm tra</translation>
        </message>
        <message>
            <source>the speech engine must be one of {choices}</source>
            <translation>bộ đọc phải là một trong: {choices}</translation>
        </message>
        <message>
            <source>the reading speed must be between {low} and {high} words a minute</source>
            <translation>tốc độ đọc phải từ {low} đến {high} từ một phút</translation>
        </message>
        <message>
            <source>a relay has no audio file: the loudspeakers play its stream at its time (listen to it with “Listen to the whole programme”)</source>
            <translation>tiếp sóng không có tệp âm thanh: cụm loa phát trực tiếp luồng này đúng giờ (nghe thử bằng nút “Nghe thử cả chương trình”)</translation>
        </message>
        <message>
            <source>the programme cannot be rendered: {missing}</source>
            <translation>Không thể dựng âm thanh chương trình: {missing}</translation>
        </message>
        <message>
            <source>“{title}” could not be read out: {reason}</source>
            <translation>Không đọc thành tiếng được “{title}”: {reason}</translation>
        </message>
        <message>
            <source>ffmpeg not found: {reason}</source>
            <translation>không tìm thấy ffmpeg (bộ xử lý âm thanh đi kèm phần mềm): {reason}. Hãy cài lại phần mềm</translation>
        </message>
        <message>
            <source>could not start ffmpeg: {reason}</source>
            <translation>không chạy được ffmpeg (bộ xử lý âm thanh): {reason}</translation>
        </message>
        <message>
            <source>ffmpeg took longer than {seconds} s and was stopped</source>
            <translation>xử lý âm thanh quá {seconds} giây nên đã dừng</translation>
        </message>
        <message>
            <source>the sound could not be processed (ffmpeg, exit {code}): {reason}</source>
            <translation>không xử lý được âm thanh (ffmpeg, mã {code}): {reason}</translation>
        </message>
        <message>
            <source>ffmpeg measured the loudness wrongly: {what} {value}</source>
            <translation>ffmpeg đo độ lớn âm thanh bị sai: {what} {value}</translation>
        </message>
        <message>
            <source>no sound could be measured in the file: is there audio in it?</source>
            <translation>không đo được âm thanh trong tệp: tệp có tiếng không?</translation>
        </message>
        <message>
            <source>ffmpeg measured the loudness only in part</source>
            <translation>ffmpeg chỉ đo được một phần độ lớn âm thanh</translation>
        </message>
        <message>
            <source>could not tell how long the audio is</source>
            <translation>không xác định được độ dài của âm thanh</translation>
        </message>
        <message>
            <source>no loudness could be measured in {file}</source>
            <translation>không đo được độ lớn âm thanh của {file}</translation>
        </message>
        <message>
            <source>the programme has nothing to render</source>
            <translation>chương trình chưa có nội dung để tạo tệp âm thanh</translation>
        </message>
        <message>
            <source>there is no text to read</source>
            <translation>chưa có văn bản để đọc</translation>
        </message>
        <message>
            <source>{engine} could not read the text: {reason}</source>
            <translation>{engine} không đọc được văn bản: {reason}</translation>
        </message>
        <message>
            <source>espeak-ng could not read the text (error {code})</source>
            <translation>giọng đọc espeak-ng không đọc được văn bản (lỗi {code})</translation>
        </message>
        <message>
            <source>Qt speech could not read the text: {reason}</source>
            <translation>giọng đọc của Qt không đọc được văn bản: {reason}</translation>
        </message>
        <message>
            <source>the Windows voice could not read the text: {reason}</source>
            <translation>giọng đọc của Windows không đọc được văn bản: {reason}</translation>
        </message>
        <message>
            <source>no adapter for the protocol {protocol}</source>
            <translation>chưa có cách gửi cho giao thức {protocol}</translation>
        </message>
        <message>
            <source>the notice could not be drawn for the board: {error}</source>
            <translation>không vẽ được thông báo cho bảng tin: {error}</translation>
        </message>
        <message>
            <source>the board resolution {value} is not like 1920x1080</source>
            <translation>độ phân giải bảng tin {value} không có dạng 1920x1080</translation>
        </message>
        <message>
            <source>{target} does not answer</source>
            <translation>{target} không trả lời</translation>
        </message>
        <message>
            <source>{target}: the board asks for a login (HTTP {status}); store its 'user:password' as the device key</source>
            <translation>{target}: bảng tin đòi đăng nhập (HTTP {status}); hãy lưu 'tài khoản:mật khẩu' của nó làm khóa thiết bị</translation>
        </message>
        <message>
            <source>{target} is busy (HTTP {status})</source>
            <translation>{target} đang bận (HTTP {status})</translation>
        </message>
        <message>
            <source>{target} refused {request} (HTTP {status}): {problem}</source>
            <translation>{target} từ chối {request} (HTTP {status}): {problem}</translation>
        </message>
        <message>
            <source>file {file} is sound or of an unknown kind: a board cannot show it</source>
            <translation>tệp {file} là âm thanh hoặc không rõ loại: bảng tin không hiển thị được</translation>
        </message>
        <message>
            <source>{target}: the board does not say its time zone (/api/v2/info has no 'time'), so a daily or weekly time window cannot be set: update Anthias, or give the target the option all_day=true</source>
            <translation>{target}: bảng tin không cho biết múi giờ (/api/v2/info không có 'time') nên không đặt được khung giờ hằng ngày hay hằng tuần: hãy cập nhật Anthias, hoặc đặt cho thiết bị tùy chọn all_day=true</translation>
        </message>
        <message>
            <source>a weekly entry names no weekday (1 = Monday … 7 = Sunday)</source>
            <translation>một mục hằng tuần không ghi thứ nào (1 = thứ Hai … 7 = Chủ nhật)</translation>
        </message>
        <message>
            <source>nothing to show</source>
            <translation>không có gì để hiển thị</translation>
        </message>
        <message>
            <source>{created} asset(s) created, {deleted} removed</source>
            <translation>đã tạo {created} mục hiển thị, gỡ {deleted} mục</translation>
        </message>
        <message>
            <source>the board already shows this schedule</source>
            <translation>bảng tin đã hiển thị đúng lịch này</translation>
        </message>
        <message>
            <source>a board has no loudspeaker volume to set</source>
            <translation>bảng tin không có loa để chỉnh âm lượng</translation>
        </message>
        <message>
            <source>a board cannot {command}</source>
            <translation>bảng tin không làm được lệnh {command}</translation>
        </message>
        <message>
            <source>file {file} is not in the media cache yet</source>
            <translation>tệp {file} chưa có trong bộ nhớ tệp của máy</translation>
        </message>
        <message>
            <source>{target}: a gateway target needs a device id</source>
            <translation>{target}: thiết bị qua cổng kết nối cần có mã thiết bị</translation>
        </message>
        <message>
            <source>the gateway at {address} does not answer</source>
            <translation>cổng kết nối ở {address} không trả lời</translation>
        </message>
        <message>
            <source>the gateway is busy (HTTP {status})</source>
            <translation>cổng kết nối đang bận (HTTP {status})</translation>
        </message>
        <message>
            <source>the gateway answered HTTP {status}</source>
            <translation>cổng kết nối trả lời HTTP {status}</translation>
        </message>
        <message>
            <source>the gateway's answer is not JSON</source>
            <translation>câu trả lời của cổng kết nối không phải JSON</translation>
        </message>
        <message>
            <source>{target} is offline behind its gateway</source>
            <translation>{target} mất kết nối sau cổng kết nối</translation>
        </message>
        <message>
            <source>{target} refused: {problem}</source>
            <translation>{target} từ chối: {problem}</translation>
        </message>
        <message>
            <source>no file server to publish files for the gateway</source>
            <translation>không có máy chủ tệp để đưa tệp cho cổng kết nối</translation>
        </message>
        <message>
            <source>{target} accepted the schedule but is not reporting</source>
            <translation>{target} đã nhận lịch nhưng không báo trạng thái</translation>
        </message>
        <message>
            <source>confirmed by status (this gateway has no acknowledgement)</source>
            <translation>xác nhận qua trạng thái (cổng kết nối này không báo đã nhận)</translation>
        </message>
        <message>
            <source>{count} file(s) not fetched during the push (the device may already hold them)</source>
            <translation>{count} tệp không được tải về trong lúc gửi (thiết bị có thể đã có sẵn)</translation>
        </message>
        <message>
            <source>this gateway can only play a file or a stream, not text</source>
            <translation>cổng kết nối này chỉ phát được tệp hoặc luồng, không phát được văn bản</translation>
        </message>
        <message>
            <source>this gateway cannot {command}</source>
            <translation>cổng kết nối này không làm được lệnh {command}</translation>
        </message>
        <message>
            <source>{target}: an Icecast target needs mount=/… in its options</source>
            <translation>{target}: luồng Icecast cần tùy chọn mount=/…</translation>
        </message>
        <message>
            <source>{target}: no emergency_mount in its options</source>
            <translation>{target}: chưa có tùy chọn emergency_mount</translation>
        </message>
        <message>
            <source>nothing to stream: choose a sound file or a relay URL</source>
            <translation>không có gì để phát luồng: hãy chọn tệp âm thanh hoặc địa chỉ tiếp sóng</translation>
        </message>
        <message>
            <source>an Icecast stream cannot {command}</source>
            <translation>luồng Icecast không làm được lệnh {command}</translation>
        </message>
        <message>
            <source>the Icecast server {address} does not answer</source>
            <translation>máy chủ Icecast {address} không trả lời</translation>
        </message>
        <message>
            <source>Icecast's status answered HTTP {status}</source>
            <translation>trạng thái Icecast trả lời HTTP {status}</translation>
        </message>
        <message>
            <source>Icecast's status is not JSON: {answer}</source>
            <translation>trạng thái Icecast không phải JSON: {answer}</translation>
        </message>
        <message>
            <source>the console window is not open: nothing plays through this computer's speakers</source>
            <translation>cửa sổ phần mềm chưa mở: loa của máy tính này không phát gì</translation>
        </message>
        <message>
            <source>{target} cannot be reached: {error}</source>
            <translation>không kết nối được {target}: {error}</translation>
        </message>
        <message>
            <source>{target} refused the device key (HTTP {status})</source>
            <translation>{target} không chấp nhận khóa thiết bị (HTTP {status})</translation>
        </message>
        <message>
            <source>{target} answered HTTP {status} when asked for a file</source>
            <translation>{target} trả lời HTTP {status} khi được hỏi về một tệp</translation>
        </message>
        <message>
            <source>{target} says file {file} arrived damaged</source>
            <translation>{target} báo tệp {file} nhận được bị hỏng</translation>
        </message>
        <message>
            <source>{target} refused a file (HTTP {status}): {problem}</source>
            <translation>{target} từ chối một tệp (HTTP {status}): {problem}</translation>
        </message>
        <message>
            <source>{target} lacks files: {problem}</source>
            <translation>{target} còn thiếu tệp: {problem}</translation>
        </message>
        <message>
            <source>{target} refused the schedule (HTTP {status}): {problem}</source>
            <translation>{target} từ chối lịch phát (HTTP {status}): {problem}</translation>
        </message>
        <message>
            <source>{target} refused the command {command}: {problem}</source>
            <translation>{target} từ chối lệnh {command}: {problem}</translation>
        </message>
        <message>
            <source>{target} answered HTTP {status} when asked for its play log</source>
            <translation>{target} trả lời HTTP {status} khi được hỏi nhật ký phát</translation>
        </message>
        <message>
            <source>cannot publish files for the gateway: {error}</source>
            <translation>không đưa được tệp cho cổng kết nối: {error}</translation>
        </message>
        <message>
            <source>not sent: the device was given another command since</source>
            <translation>không gửi: thiết bị đã nhận một lệnh khác sau đó</translation>
        </message>
        <message>
            <source>{command} acknowledged</source>
            <translation>đã nhận lệnh {command}</translation>
        </message>
        <message>
            <source>{command} acknowledged (not accepted)</source>
            <translation>đã nhận lệnh {command} (nhưng không thực hiện)</translation>
        </message>
        <message>
            <source>unexpected answer: {error}</source>
            <translation>câu trả lời không như mong đợi: {error}</translation>
        </message>
        <message>
            <source>{count} file(s) not on this computer and not fetched: {error}</source>
            <translation>{count} tệp không có trên máy này và không tải về được: {error}</translation>
        </message>
        <message>
            <source>{count} file(s) not on this computer and not available from the source system</source>
            <translation>{count} tệp không có trên máy này và hệ thống nguồn cũng không có</translation>
        </message>
        <message>
            <source>schedule version {version}</source>
            <translation>lịch phát phiên bản {version}</translation>
        </message>
        <message>
            <source>{sent} files sent, {skipped} already there</source>
            <translation>đã gửi {sent} tệp, {skipped} tệp có sẵn</translation>
        </message>
        <message>
            <source>delivered</source>
            <translation>thiết bị đã nhận</translation>
        </message>
        <message>
            <source>waiting to retry (try {attempts}): {reason}</source>
            <translation>chờ gửi lại (lần {attempts}): {reason}</translation>
        </message>
        <message>
            <source>the certificate of the Icecast server {host} was not accepted: {error}</source>
            <translation>chứng chỉ của máy chủ Icecast {host} không được chấp nhận: {error}</translation>
        </message>
        <message>
            <source>the Icecast server dropped the source on {mount}: {error}</source>
            <translation>máy chủ Icecast ngắt nguồn phát trên {mount}: {error}</translation>
        </message>
        <message>
            <source>Icecast refused the source password for {mount}</source>
            <translation>Icecast không chấp nhận mật khẩu nguồn phát của {mount}</translation>
        </message>
        <message>
            <source>Icecast refused the source on {mount}: the mount is in use</source>
            <translation>Icecast từ chối nguồn phát trên {mount}: điểm phát đang được dùng</translation>
        </message>
        <message>
            <source>Icecast refused the source on {mount}: {problem}</source>
            <translation>Icecast từ chối nguồn phát trên {mount}: {problem}</translation>
        </message>
        <message>
            <source>Icecast gave no answer for {mount}</source>
            <translation>Icecast không trả lời cho {mount}</translation>
        </message>
        <message>
            <source>Icecast answered {status} for {mount}</source>
            <translation>Icecast trả lời {status} cho {mount}</translation>
        </message>
        <message>
            <source>ffmpeg could not start: {error}</source>
            <translation>không khởi động được ffmpeg: {error}</translation>
        </message>
        <message>
            <source>the stream process could not start: {error}</source>
            <translation>không khởi động được tiến trình phát luồng: {error}</translation>
        </message>
        <message>
            <source>the stream process ended at once: {error}</source>
            <translation>tiến trình phát luồng dừng ngay: {error}</translation>
        </message>
        <message>
            <source>the stream process gave no answer</source>
            <translation>tiến trình phát luồng không trả lời</translation>
        </message>
        <message>
            <source>not a stream request</source>
            <translation>không phải yêu cầu phát luồng</translation>
        </message>
        <message>
            <source>another stream already plays on {mount}</source>
            <translation>một luồng khác đang phát trên {mount}</translation>
        </message>
        <message>
            <source>resumed after a restart</source>
            <translation>tiếp tục sau khi khởi động lại</translation>
        </message>
        <message>
            <source>the target was removed or disabled</source>
            <translation>thiết bị đã bị xóa hoặc tắt</translation>
        </message>
        <message>
            <source>queued again: the workstation sending it stopped</source>
            <translation>xếp hàng lại: máy đang gửi đã dừng</translation>
        </message>
        <message>
            <source>an item was withdrawn by the province</source>
            <translation>một tin đã bị tỉnh thu hồi</translation>
        </message>
        <message>
            <source>the programme was withdrawn</source>
            <translation>chương trình đã được rút khỏi lịch phát</translation>
        </message>
        <message>
            <source>superseded by version {version}</source>
            <translation>đã được thay bằng phiên bản {version}</translation>
        </message>
        <message>
            <source>play now</source>
            <translation>phát ngay</translation>
        </message>
        <message>
            <source>stop playing</source>
            <translation>dừng phát</translation>
        </message>
        <message>
            <source>set the volume</source>
            <translation>chỉnh âm lượng</translation>
        </message>
        <message>
            <source>start the emergency broadcast</source>
            <translation>bắt đầu phát khẩn cấp</translation>
        </message>
        <message>
            <source>end the emergency broadcast</source>
            <translation>kết thúc phát khẩn cấp</translation>
        </message>
        <message>
            <source>no password stored for the source system: log in first</source>
            <translation>chưa lưu mật khẩu của hệ thống nguồn: hãy đăng nhập trước</translation>
        </message>
        <message>
            <source>the source system refused user {user}: {problem}</source>
            <translation>hệ thống nguồn không chấp nhận tài khoản {user}: {problem}</translation>
        </message>
        <message>
            <source>token answer is missing {field}</source>
            <translation>câu trả lời đăng nhập thiếu {field}</translation>
        </message>
        <message>
            <source>TLS check failed for {url}: {error}</source>
            <translation>kiểm tra kết nối bảo mật (TLS) tới {url} không đạt: {error}</translation>
        </message>
        <message>
            <source>cannot reach the source system ({error})</source>
            <translation>không kết nối được hệ thống nguồn ({error})</translation>
        </message>
        <message>
            <source>the source system answered {code}</source>
            <translation>hệ thống nguồn trả lời {code}</translation>
        </message>
        <message>
            <source>{reason}; gave up after {tries} tries</source>
            <translation>{reason}; đã thử {tries} lần rồi dừng</translation>
        </message>
        <message>
            <source>the source system refused the request ({code}: {problem})</source>
            <translation>hệ thống nguồn từ chối yêu cầu ({code}: {problem})</translation>
        </message>
        <message>
            <source>unexpected answer {code}: {problem}</source>
            <translation>câu trả lời không như mong đợi {code}: {problem}</translation>
        </message>
        <message>
            <source>categories answer has no list</source>
            <translation>câu trả lời về chuyên mục không có danh sách</translation>
        </message>
        <message>
            <source>file URL is not on the source server: {url}</source>
            <translation>địa chỉ tệp không thuộc máy chủ nguồn: {url}</translation>
        </message>
        <message>
            <source>the server has fewer bytes than we already hold</source>
            <translation>máy chủ có ít dữ liệu hơn phần máy này đã tải</translation>
        </message>
        <message>
            <source>the answer from {path} crawls at {bytes} bytes in {seconds} s; given up</source>
            <translation>câu trả lời từ {path} quá chậm ({bytes} byte trong {seconds} giây); đã bỏ</translation>
        </message>
        <message>
            <source>the answer broke off ({error})</source>
            <translation>câu trả lời bị ngắt giữa chừng ({error})</translation>
        </message>
        <message>
            <source>the compressed answer broke off</source>
            <translation>câu trả lời nén bị ngắt giữa chừng</translation>
        </message>
        <message>
            <source>the server answered a different range</source>
            <translation>máy chủ trả về một đoạn khác với đoạn được hỏi</translation>
        </message>
        <message>
            <source>transfer stopped at {done} of {size} bytes</source>
            <translation>việc tải dừng ở {done} trên {size} byte</translation>
        </message>
        <message>
            <source>the server sent more bytes than the file's size</source>
            <translation>máy chủ gửi nhiều dữ liệu hơn kích thước tệp</translation>
        </message>
        <message>
            <source>today's data budget is spent</source>
            <translation>đã dùng hết hạn mức dữ liệu hôm nay</translation>
        </message>
        <message>
            <source>the disk is full while saving media in {folder}</source>
            <translation>ổ đĩa đầy khi lưu tệp vào {folder}</translation>
        </message>
        <message>
            <source>not enough disk space for media: {free} MB free, {needed} MB needed in {folder}</source>
            <translation>không đủ chỗ trống cho tệp: còn {free} MB, cần {needed} MB trong {folder}</translation>
        </message>
        <message>
            <source>no source system configured: run `commune-console login` or set it in Settings</source>
            <translation>chưa cấu hình hệ thống nguồn: chạy `commune-console login` hoặc đặt trong Cài đặt</translation>
        </message>
        <message>
            <source>the CA bundle {path} does not exist</source>
            <translation>không có tệp chứng chỉ CA {path}</translation>
        </message>
        <message>
            <source>{value} is not a SHA-256 certificate fingerprint (64 hex digits)</source>
            <translation>{value} không phải dấu vân tay SHA-256 của chứng chỉ (64 chữ số hệ 16)</translation>
        </message>
        <message>
            <source>the backup {file} cannot be read: {reason}</source>
            <translation>không đọc được bản sao lưu {file}: {reason}</translation>
        </message>
        <message>
            <source>{file} is not a database file</source>
            <translation>{file} không phải tệp cơ sở dữ liệu</translation>
        </message>
        <message>
            <source>the backup {file} is damaged: {problems}</source>
            <translation>bản sao lưu {file} bị hỏng: {problems}</translation>
        </message>
        <message>
            <source>{file} is not a station database (it has no {tables} table)</source>
            <translation>{file} không phải cơ sở dữ liệu của đài (thiếu bảng {tables})</translation>
        </message>
        <message>
            <source>the backup {file} cannot be read as a database: {reason}</source>
            <translation>không đọc được bản sao lưu {file} như một cơ sở dữ liệu: {reason}</translation>
        </message>
        <message>
            <source>{file} has no single schema version</source>
            <translation>{file} không có một phiên bản cấu trúc duy nhất</translation>
        </message>
        <message>
            <source>{file} was written by a newer or another program (schema {revision}); this console does not know that schema</source>
            <translation>{file} do một phiên bản mới hơn hoặc một phần mềm khác ghi (cấu trúc {revision}); phần mềm này không biết cấu trúc đó</translation>
        </message>
        <message>
            <source>the schema of {file} is not the one of version {revision} ({detail})</source>
            <translation>cấu trúc của {file} không đúng với phiên bản {revision} ({detail})</translation>
        </message>
        <message>
            <source>stopped while it was being sent; it is sent at the next synchronisation</source>
            <translation>dừng giữa lúc đang gửi; sẽ gửi ở lần đồng bộ sau</translation>
        </message>
        <message>
            <source>Cannot reach the station's database server ({url}): {reason}</source>
            <translation>Không kết nối được máy chủ cơ sở dữ liệu của đài ({url}): {reason}</translation>
        </message>
        <message>
            <source>The database server at {url} runs PostgreSQL {version}; the console needs 13 or newer.</source>
            <translation>Máy chủ cơ sở dữ liệu tại {url} chạy PostgreSQL {version}; phần mềm cần phiên bản 13 trở lên.</translation>
        </message>
        <message>
            <source>The option “{part}” is not name=value.</source>
            <translation>Tùy chọn “{part}” không có dạng tên=giá trị.</translation>
        </message>
        <message>
            <source>Unknown option “{name}” for {protocol} (known: {known}).</source>
            <translation>Không có tùy chọn “{name}” cho giao thức {protocol} (các tùy chọn có: {known}).</translation>
        </message>
        <message>
            <source>The option {name} must be a number, not “{value}”.</source>
            <translation>Tùy chọn {name} phải là một số, không phải “{value}”.</translation>
        </message>
        <message>
            <source>The resolution “{value}” is not like 1920x1080.</source>
            <translation>Độ phân giải “{value}” không có dạng như 1920x1080.</translation>
        </message>
        <message>
            <source>The tls_pin “{value}” is not a SHA-256 certificate fingerprint (64 hexadecimal digits).</source>
            <translation>tls_pin “{value}” không phải dấu vân tay SHA-256 của chứng chỉ (64 chữ số thập lục phân).</translation>
        </message>
        <message>
            <source>The {name} “{value}” must start with / (e.g. /live.mp3).</source>
            <translation>{name} “{value}” phải bắt đầu bằng / (ví dụ /live.mp3).</translation>
        </message>
        <message>
            <source>An icecast target needs mount=/… in its options.</source>
            <translation>Thiết bị icecast cần có mount=/… trong cột tùy chọn.</translation>
        </message>
        <message>
            <source>The list has no column {missing}. Its first line names the columns: {columns}.</source>
            <translation>Danh sách thiếu cột {missing}. Dòng đầu tiên phải ghi tên các cột: {columns}.</translation>
        </message>
        <message>
            <source>{file} is not an Excel workbook (.xlsx). Save it again from Excel, or as CSV.</source>
            <translation>{file} không phải là bảng tính Excel (.xlsx). Hãy lưu lại từ Excel, hoặc lưu thành CSV.</translation>
        </message>
        <message>
            <source>{file} is not UTF-8 text. In Excel, save it as “CSV UTF-8” or as an Excel workbook (.xlsx).</source>
            <translation>{file} không phải văn bản UTF-8. Trong Excel, hãy lưu thành “CSV UTF-8” hoặc bảng tính Excel (.xlsx).</translation>
        </message>
        <message>
            <source>The id is empty.</source>
            <translation>Mã thiết bị (id) bị trống.</translation>
        </message>
        <message>
            <source>The id “{id}” is too long or has spaces or slashes.</source>
            <translation>Mã thiết bị “{id}” quá dài hoặc có dấu cách, dấu gạch chéo.</translation>
        </message>
        <message>
            <source>The id “{id}” appears twice in the file.</source>
            <translation>Mã thiết bị “{id}” xuất hiện hai lần trong tệp.</translation>
        </message>
        <message>
            <source>Unknown kind “{kind}” (cluster, board or local).</source>
            <translation>Không rõ loại “{kind}” (cluster, board hoặc local).</translation>
        </message>
        <message>
            <source>The name is empty.</source>
            <translation>Tên thiết bị bị trống.</translation>
        </message>
        <message>
            <source>Unknown protocol “{protocol}” ({known}).</source>
            <translation>Không rõ giao thức “{protocol}” (có: {known}).</translation>
        </message>
        <message>
            <source>The address “{address}” is not an http(s) URL.</source>
            <translation>Địa chỉ “{address}” không phải là địa chỉ http(s).</translation>
        </message>
        <message>
            <source>Local playout (this computer's speakers) needs kind local and protocol local.</source>
            <translation>Phát qua loa của máy này cần loại local và giao thức local.</translation>
        </message>
        <message>
            <source>A gateway target needs its device_id.</source>
            <translation>Thiết bị qua bộ điều khiển (gateway) cần có device_id.</translation>
        </message>
        <message>
            <source>The {name} “{value}” is not a number.</source>
            <translation>Giá trị {name} “{value}” không phải là số.</translation>
        </message>
        <message>
            <source>The {name} {value} is out of range.</source>
            <translation>Giá trị {name} {value} nằm ngoài khoảng cho phép.</translation>
        </message>
        <message>
            <source>no Icecast stream is set up: live sound goes out through the station's Icecast server (Thiết bị, protocol icecast)</source>
            <translation>chưa có luồng Icecast nào: tiếng nói trực tiếp đi qua máy chủ Icecast của đài (Thiết bị, giao thức icecast)</translation>
        </message>
        <message>
            <source>an emergency is on air: end it before speaking live</source>
            <translation>đang phát khẩn cấp: hãy kết thúc khẩn cấp trước khi nói trực tiếp</translation>
        </message>
        <message>
            <source>{frequency} MHz is outside the FM band ({low}–{high} MHz)</source>
            <translation>{frequency} MHz nằm ngoài dải sóng FM ({low}–{high} MHz)</translation>
        </message>
        <message>
            <source>an FM relay lasts from 1 to {most} minutes</source>
            <translation>tiếp sóng FM kéo dài từ 1 đến {most} phút</translation>
        </message>
        <message>
            <source>{targets} cannot relay an FM station: only clusters behind a vendor gateway have an FM receiver the console can tune</source>
            <translation>{targets} không tiếp sóng FM được: chỉ các cụm loa qua cổng điều khiển (gateway) mới có máy thu FM mà phần mềm chỉnh được</translation>
        </message>
        <message>
            <source>an emergency is on air on {targets}: end it before relaying FM</source>
            <translation>đang phát khẩn cấp trên {targets}: hãy kết thúc khẩn cấp trước khi tiếp sóng FM</translation>
        </message>
    </context>
    <context>
        <name>Filters</name>
        <message>
            <source>Everything</source>
            <translation>Tất cả</translation>
        </message>
        <message>
            <source>New bulletins today</source>
            <translation>Bản tin mới hôm nay</translation>
        </message>
        <message>
            <source>Emergencies in force</source>
            <translation>Khẩn cấp còn hiệu lực</translation>
        </message>
        <message>
            <source>Not opened yet</source>
            <translation>Chưa xem</translation>
        </message>
        <message>
            <source>Not downloaded yet</source>
            <translation>Chưa tải về</translation>
        </message>
        <message>
            <source>Made in the commune</source>
            <translation>Do xã làm</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Mức ưu tiên</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Chuyên mục</translation>
        </message>
        <message>
            <source>Comes from</source>
            <translation>Nguồn</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <source>Validity</source>
            <translation>Hiệu lực</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Tệp</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Duyệt</translation>
        </message>
        <message>
            <source>Use</source>
            <translation>Sử dụng</translation>
        </message>
        <message>
            <source>Saved filters</source>
            <extracomment>the filter changed (read it with current()) the operator wants to save the current filter under a name the operator wants to delete a saved filter (its id)</extracomment>
            <translation>Bộ lọc đã lưu</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Lưu…</translation>
        </message>
        <message>
            <source>Save the filters chosen now under a name</source>
            <translation>Lưu các bộ lọc đang chọn dưới một cái tên</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>Delete the saved filter chosen in the list</source>
            <translation>Xóa bộ lọc đã lưu đang chọn trong danh sách</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Ngày phát hành</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Từ</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Đến</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Bộ lọc</translation>
        </message>
        <message>
            <source>published today</source>
            <translation>phát hành hôm nay</translation>
        </message>
        <message>
            <source>published in the last {n} days</source>
            <translation>phát hành trong {n} ngày qua</translation>
        </message>
        <message>
            <source>published {start} – {end}</source>
            <translation>phát hành {start} – {end}</translation>
        </message>
        <message>
            <source>not opened yet</source>
            <translation>chưa xem</translation>
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
            <source>The password must not be the user name.</source>
            <translation>Mật khẩu không được trùng với tên đăng nhập.</translation>
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
        <name>FmRelayAsk</name>
        <message>
            <source>FM relay {frequency} MHz</source>
            <translation>Tiếp sóng FM {frequency} MHz</translation>
        </message>
        <message>
            <source>Not relayed (no FM receiver the console can tune): {names}</source>
            <translation>Không tiếp sóng (không có máy thu FM mà phần mềm chỉnh được): {names}</translation>
        </message>
    </context>
    <context>
        <name>FmRelayDialog</name>
        <message>
            <source>FM relay</source>
            <translation>Tiếp sóng FM</translation>
        </message>
        <message>
            <source>The {count} chosen device(s) play the FM station from their own receiver. When the time is up the console sends them back to their schedule: keep it running until then.</source>
            <translation>{count} thiết bị đã chọn sẽ phát đài FM từ máy thu của chính chúng. Hết thời gian, phần mềm đưa chúng trở lại lịch phát: hãy để phần mềm chạy tới lúc đó.</translation>
        </message>
        <message>
            <source>&amp;Frequency</source>
            <translation>&amp;Tần số</translation>
        </message>
        <message>
            <source>For &amp;how long</source>
            <translation>Trong &amp;bao lâu</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation> phút</translation>
        </message>
        <message>
            <source>Next…</source>
            <translation>Tiếp tục…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
    </context>
    <context>
        <name>FrontDoor</name>
        <message>
            <source>When the window is closed, the console keeps running in the background: this computer's speakers still play the programmes and emergencies still arrive. Open it again from the icon near the clock or by starting the console again.

Keep it running when the window is closed?</source>
            <translation>Khi đóng cửa sổ, phần mềm vẫn chạy ngầm: loa của máy tính này vẫn phát các chương trình và tin khẩn cấp vẫn đến. Mở lại từ biểu tượng cạnh đồng hồ hoặc khởi động lại phần mềm.

Giữ phần mềm chạy khi đóng cửa sổ?</translation>
        </message>
        <message>
            <source>Devices not answering</source>
            <translation>Thiết bị không phản hồi</translation>
        </message>
        <message>
            <source>Playing something the station did not send</source>
            <translation>Đang phát nội dung không do đài gửi</translation>
        </message>
        <message>
            <source>{names}: open the Devices page.</source>
            <translation>{names}: hãy mở trang Thiết bị.</translation>
        </message>
        <message>
            <source>Keep the console running?</source>
            <translation>Giữ phần mềm tiếp tục chạy?</translation>
        </message>
        <message>
            <source>Items withdrawn by the province</source>
            <translation>Tin bị tỉnh thu hồi</translation>
        </message>
        <message>
            <source>{count} item(s) used in programmes were withdrawn. Open the console to replace them.</source>
            <translation>Có {count} tin dùng trong chương trình đã bị thu hồi. Mở phần mềm để thay thế.</translation>
        </message>
        <message>
            <source>Emergency from the province</source>
            <translation>Tin khẩn cấp từ tỉnh</translation>
        </message>
        <message>
            <source>{count} emergency item(s) arrived. Open the console to broadcast them.</source>
            <translation>Có {count} tin khẩn cấp vừa đến. Mở phần mềm để phát.</translation>
        </message>
    </context>
    <context>
        <name>GeneralSection</name>
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
            <source>Smaller (Ctrl -)</source>
            <translation>Nhỏ hơn (Ctrl -)</translation>
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
            <source>Start with Windows</source>
            <translation>Khởi động cùng Windows</translation>
        </message>
        <message>
            <source>Start when I sign in</source>
            <translation>Tự khởi động khi đăng nhập</translation>
        </message>
        <message>
            <source>In the background (in the tray), without opening the window</source>
            <translation>Chạy nền (ở khay hệ thống), không mở cửa sổ</translation>
        </message>
        <message>
            <source>After a power cut, local playout and emergency alerts come back by themselves as soon as the computer starts and someone signs in to Windows.</source>
            <translation>Sau khi mất điện, phát tại chỗ và cảnh báo khẩn cấp tự chạy lại ngay khi máy tính khởi động và có người đăng nhập Windows.</translation>
        </message>
        <message>
            <source>Only an administrator can change this.</source>
            <translation>Chỉ quản trị viên mới thay đổi được mục này.</translation>
        </message>
        <message>
            <source>Saved: the console starts when you sign in to Windows.</source>
            <translation>Đã lưu: bảng điều khiển tự khởi động khi bạn đăng nhập Windows.</translation>
        </message>
        <message>
            <source>Saved: the console no longer starts at sign-in.</source>
            <translation>Đã lưu: bảng điều khiển không còn tự khởi động khi đăng nhập.</translation>
        </message>
        <message>
            <source>The folder could not be opened: {path}</source>
            <translation>Không mở được thư mục: {path}</translation>
        </message>
    </context>
    <context>
        <name>HelpWindow</name>
        <message>
            <source>User guide</source>
            <translation>Hướng dẫn sử dụng</translation>
        </message>
        <message>
            <source>Topics of the guide</source>
            <translation>Các mục của hướng dẫn</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>it is not a file</source>
            <translation>đây không phải là tệp</translation>
        </message>
        <message>
            <source>this type of file cannot be imported (only mp3, wav, m4a, ogg, jpg, png and mp4)</source>
            <translation>không nhập được loại tệp này (chỉ nhận mp3, wav, m4a, ogg, jpg, png và mp4)</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>tệp rỗng</translation>
        </message>
        <message>
            <source>the file is too large</source>
            <translation>tệp quá lớn</translation>
        </message>
        <message>
            <source>the file cannot be read</source>
            <translation>không đọc được tệp</translation>
        </message>
        <message>
            <source>it is not a sound file that can be played</source>
            <translation>đây không phải tệp âm thanh phát được</translation>
        </message>
        <message>
            <source>it is not a picture that can be shown</source>
            <translation>đây không phải hình ảnh hiển thị được</translation>
        </message>
        <message>
            <source>it is not a video that can be played</source>
            <translation>đây không phải video phát được</translation>
        </message>
        <message>
            <source>its content cannot be read</source>
            <translation>không đọc được nội dung tệp</translation>
        </message>
        <message>
            <source>this file is already in the library as “{title}”</source>
            <translation>tệp này đã có trong thư viện với tên “{title}”</translation>
        </message>
        <message>
            <source>there is not enough free disk space</source>
            <translation>ổ đĩa không đủ chỗ trống</translation>
        </message>
        <message>
            <source>the file changed while it was being copied; try again</source>
            <translation>tệp bị thay đổi trong khi sao chép; hãy thử lại</translation>
        </message>
        <message>
            <source>Files added to the library</source>
            <translation>Tệp đã thêm vào thư viện</translation>
        </message>
        <message>
            <source>{n} file(s) added as items made in the commune.</source>
            <translation>Đã thêm {n} tệp thành nội dung do xã làm.</translation>
        </message>
        <message>
            <source>No file was added.</source>
            <translation>Không thêm được tệp nào.</translation>
        </message>
        <message>
            <source>They need the leader's approval before they go on air. Give each a clear title and, if needed, a text, a category and a validity.</source>
            <translation>Các nội dung này cần lãnh đạo duyệt trước khi phát. Hãy đặt cho mỗi nội dung một tiêu đề rõ ràng, và nếu cần thì thêm lời, chuyên mục và thời hạn hiệu lực.</translation>
        </message>
        <message>
            <source>{m} file(s) refused:</source>
            <translation>{m} tệp không được nhận:</translation>
        </message>
        <message>
            <source>Edit the details…</source>
            <translation>Sửa thông tin…</translation>
        </message>
        <message>
            <source>Details of an item made in the commune</source>
            <translation>Thông tin nội dung do xã làm</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tiêu đề</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Tóm tắt</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Chuyên mục</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Mức ưu tiên</translation>
        </message>
        <message>
            <source>Tags (separated by commas)</source>
            <translation>Thẻ (cách nhau bằng dấu phẩy)</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>Cơ quan ban hành</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Hiệu lực từ</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Hiệu lực đến</translation>
        </message>
        <message>
            <source>Please give the item a title.</source>
            <translation>Hãy đặt tiêu đề cho nội dung.</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Chưa lưu được: {reason}</translation>
        </message>
    </context>
    <context>
        <name>IndicatorGrid</name>
        <message>
            <source>Broadcasting</source>
            <extracomment>a number was clicked: its drill filter and what it is, in words</extracomment>
            <translation>Phát thanh</translation>
        </message>
        <message>
            <source>Clusters and boards</source>
            <translation>Cụm loa và bảng tin</translation>
        </message>
        <message>
            <source>Source system</source>
            <translation>Hệ thống thông tin nguồn</translation>
        </message>
        <message>
            <source>Show the plays behind this number</source>
            <translation>Xem các lượt phát tạo nên con số này</translation>
        </message>
        <message>
            <source>{indicator} — {period}</source>
            <translation>{indicator} — {period}</translation>
        </message>
    </context>
    <context>
        <name>ItemPicker</name>
        <message>
            <source>Play now</source>
            <translation>Phát ngay</translation>
        </message>
        <message>
            <source>Item to play now on {count} device(s):</source>
            <translation>Tin bài phát ngay trên {count} thiết bị:</translation>
        </message>
        <message>
            <source>Words of the title or text — with or without accents</source>
            <translation>Từ trong tiêu đề hay nội dung — gõ có dấu hay không dấu đều được</translation>
        </message>
        <message>
            <source>Play now…</source>
            <translation>Phát ngay…</translation>
        </message>
        <message>
            <source>Item for the emergency</source>
            <translation>Chọn tin phát khẩn cấp</translation>
        </message>
        <message>
            <source>Item to broadcast as an emergency:</source>
            <translation>Tin bài sẽ phát khẩn cấp:</translation>
        </message>
        <message>
            <source>Choose</source>
            <translation>Chọn</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Đang tìm…</translation>
        </message>
        <message>
            <source>{count} item(s) that may go on air now{more}.</source>
            <translation>{count} tin bài được phép phát lúc này{more}.</translation>
        </message>
        <message>
            <source> (the first ones: type more words)</source>
            <translation> (những tin đầu tiên: gõ thêm từ để thu hẹp)</translation>
        </message>
        <message>
            <source>Nothing that may go on air now matches these words.</source>
            <translation>Không có tin bài nào được phép phát lúc này khớp với các từ này.</translation>
        </message>
        <message>
            <source>The library has no item to play.</source>
            <translation>Thư viện không có tin bài nào để phát.</translation>
        </message>
    </context>
    <context>
        <name>JingleDialog</name>
        <message>
            <source>Station jingle</source>
            <translation>Nhạc hiệu của đài</translation>
        </message>
        <message>
            <source>At the start</source>
            <translation>Ở đầu chương trình</translation>
        </message>
        <message>
            <source>At the end</source>
            <translation>Ở cuối chương trình</translation>
        </message>
        <message>
            <source>Between items: one after every</source>
            <translation>Giữa các mục: một lần sau mỗi</translation>
        </message>
        <message>
            <source> items</source>
            <translation> mục</translation>
        </message>
        <message>
            <source>none</source>
            <translation>không</translation>
        </message>
        <message>
            <source>Jingles placed before are put back where they belong.</source>
            <translation>Nhạc hiệu đã đặt trước đây được xếp lại đúng chỗ.</translation>
        </message>
        <message>
            <source>No jingle in the library yet: import a sound file and tag it “nhạc hiệu”.</source>
            <translation>Thư viện chưa có nhạc hiệu: hãy nhập một tệp âm thanh và gắn thẻ “nhạc hiệu”.</translation>
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
        <message>
            <source>played on {played} device(s), not on {failed}</source>
            <translation>đã phát trên {played} thiết bị, {failed} thiết bị không phát được</translation>
        </message>
        <message>
            <source>played on {played} device(s)</source>
            <translation>đã phát trên {played} thiết bị</translation>
        </message>
        <message>
            <source>could not be played on {failed} device(s)</source>
            <translation>không phát được trên {failed} thiết bị</translation>
        </message>
        <message>
            <source>no play log yet</source>
            <translation>chưa có nhật ký phát</translation>
        </message>
    </context>
    <context>
        <name>Launch</name>
        <message>
            <source>The console is already open for this data folder. Use the window that is already open (look in the taskbar).</source>
            <translation>Bảng điều khiển đang được mở cho thư mục dữ liệu này. Hãy dùng cửa sổ đang mở (tìm trên thanh tác vụ).</translation>
        </message>
        <message>
            <source>This station's data was saved by a newer version of the console. Install the newer version; the data has not been changed.</source>
            <translation>Dữ liệu của đài đã được lưu bởi một phiên bản mới hơn của bảng điều khiển. Hãy cài phiên bản mới hơn; dữ liệu chưa bị thay đổi.</translation>
        </message>
        <message>
            <source>The station's data cannot be opened. Nothing has been changed. Ask your IT staff for help, and give them this message.</source>
            <translation>Không mở được dữ liệu của đài. Chưa có gì bị thay đổi. Hãy nhờ cán bộ kỹ thuật hỗ trợ và đưa cho họ thông báo này.</translation>
        </message>
        <message>
            <source>The station's database is damaged (after a power cut or a disk fault). The console can put back the last backup, saved {saved}. The damaged file is kept aside, not deleted. What was entered after that backup must be entered again.</source>
            <translation>Cơ sở dữ liệu của đài bị hỏng (do mất điện hoặc lỗi ổ đĩa). Bảng điều khiển có thể khôi phục bản sao lưu gần nhất, lưu lúc {saved}. Tệp bị hỏng được giữ lại bên cạnh, không bị xóa. Những gì nhập sau bản sao lưu đó cần nhập lại.</translation>
        </message>
        <message>
            <source>The station's database is damaged (after a power cut or a disk fault) and there is no backup to put back. Nothing has been changed. Ask your IT staff for help, and give them this message.</source>
            <translation>Cơ sở dữ liệu của đài bị hỏng (do mất điện hoặc lỗi ổ đĩa) và không có bản sao lưu nào để khôi phục. Chưa có gì bị thay đổi. Hãy nhờ cán bộ kỹ thuật giúp và gửi cho họ thông báo này.</translation>
        </message>
        <message>
            <source>Restore the last backup</source>
            <translation>Khôi phục bản sao lưu gần nhất</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Thoát</translation>
        </message>
        <message>
            <source>Only an administrator may put a backup back. Sign in with an administrator's user name and password as they were when the backup was saved.</source>
            <translation>Chỉ quản trị viên mới được khôi phục bản sao lưu. Hãy đăng nhập bằng tên người dùng và mật khẩu của một quản trị viên như lúc bản sao lưu được lưu.</translation>
        </message>
        <message>
            <source>The backup could not be put back. Nothing more has been changed. Ask your IT staff for help, and give them this message.</source>
            <translation>Không khôi phục được bản sao lưu. Không có gì bị thay đổi thêm. Hãy nhờ cán bộ kỹ thuật giúp và gửi cho họ thông báo này.</translation>
        </message>
        <message>
            <source>The console stopped because of an unexpected problem. The details are in the log file.</source>
            <translation>Bảng điều khiển đã dừng vì một sự cố ngoài dự kiến. Chi tiết được ghi trong tệp nhật ký.</translation>
        </message>
    </context>
    <context>
        <name>Library</name>
        <message>
            <source>Priority</source>
            <extracomment>the list was (re)read: number of rows, whether every id is in (False: more coming) reading failed; the argument is the reason</extracomment>
            <translation>Ưu tiên</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tiêu đề</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Chuyên mục</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Cơ quan ban hành</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Phát hành</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Hiệu lực đến</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Thời lượng</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Tệp</translation>
        </message>
        <message>
            <source>Used</source>
            <translation>Đã dùng</translation>
        </message>
        <message>
            <source>Who issued it (or where it comes from)</source>
            <translation>Cơ quan ban hành (hoặc nơi gửi đến)</translation>
        </message>
        <message>
            <source>Whether its files are on this computer</source>
            <translation>Tệp đã có trên máy này hay chưa</translation>
        </message>
        <message>
            <source>In how many programmes it is used</source>
            <translation>Số chương trình đang dùng nội dung này</translation>
        </message>
        <message>
            <source>Audio</source>
            <translation>Âm thanh</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Hình ảnh</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Văn bản</translation>
        </message>
        <message>
            <source>Relay</source>
            <translation>Tiếp sóng</translation>
        </message>
        <message>
            <source>Central</source>
            <translation>Trung ương</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>Tỉnh</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Huyện</translation>
        </message>
        <message>
            <source>Commune</source>
            <translation>Xã</translation>
        </message>
        <message>
            <source>Vietnamese</source>
            <translation>Tiếng Việt</translation>
        </message>
        <message>
            <source>Khmer</source>
            <translation>Tiếng Khmer</translation>
        </message>
        <message>
            <source>Cham</source>
            <translation>Tiếng Chăm</translation>
        </message>
        <message>
            <source>Hmong</source>
            <translation>Tiếng H'Mông</translation>
        </message>
        <message>
            <source>Ê Đê</source>
            <translation>Tiếng Ê Đê</translation>
        </message>
        <message>
            <source>Jarai</source>
            <translation>Tiếng Gia Rai</translation>
        </message>
        <message>
            <source>Bahnar</source>
            <translation>Tiếng Ba Na</translation>
        </message>
        <message>
            <source>Tày</source>
            <translation>Tiếng Tày</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Tiếng Anh</translation>
        </message>
        <message>
            <source>Valid now</source>
            <translation>Đang hiệu lực</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Hết hiệu lực</translation>
        </message>
        <message>
            <source>Not valid yet</source>
            <translation>Chưa đến hạn hiệu lực</translation>
        </message>
        <message>
            <source>Withdrawn by the source</source>
            <translation>Đã bị nguồn thu hồi</translation>
        </message>
        <message>
            <source>On this computer</source>
            <translation>Đã có trên máy</translation>
        </message>
        <message>
            <source>Not downloaded</source>
            <translation>Chưa tải về</translation>
        </message>
        <message>
            <source>No file</source>
            <translation>Không có tệp</translation>
        </message>
        <message>
            <source>Downloaded</source>
            <translation>Đã tải</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Chưa tải</translation>
        </message>
        <message>
            <source>Reviewed by the province</source>
            <translation>Tỉnh đã duyệt</translation>
        </message>
        <message>
            <source>Not reviewed</source>
            <translation>Chưa duyệt</translation>
        </message>
        <message>
            <source>Used in a programme</source>
            <translation>Đã dùng trong chương trình</translation>
        </message>
        <message>
            <source>Not used yet</source>
            <translation>Chưa dùng</translation>
        </message>
        <message>
            <source>{n} bytes</source>
            <translation>{n} byte</translation>
        </message>
        <message>
            <source>{n} KB</source>
            <translation>{n} KB</translation>
        </message>
        <message>
            <source>{n} MB</source>
            <translation>{n} MB</translation>
        </message>
        <message>
            <source>{n} GB</source>
            <translation>{n} GB</translation>
        </message>
    </context>
    <context>
        <name>LibraryPage</name>
        <message>
            <source>Search titles, texts, tags and issuers — with or without accents (Ctrl+F)</source>
            <translation>Tìm theo tiêu đề, nội dung, thẻ, cơ quan — gõ có dấu hay không dấu đều được (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search the library</source>
            <translation>Tìm trong thư viện</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Bộ lọc</translation>
        </message>
        <message>
            <source>Show or hide the filters</source>
            <translation>Hiện hoặc ẩn bộ lọc</translation>
        </message>
        <message>
            <source>Mark all as seen</source>
            <translation>Đánh dấu đã xem hết</translation>
        </message>
        <message>
            <source>Mark every item shown as opened</source>
            <translation>Đánh dấu mọi nội dung đang hiện là đã xem</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Thêm tệp…</translation>
        </message>
        <message>
            <source>Add sound, picture or video files made in the commune (mp3, wav, m4a, ogg, jpg, png, mp4). You can also drag files or a folder onto the library.</source>
            <translation>Thêm tệp âm thanh, hình ảnh hoặc video do xã làm (mp3, wav, m4a, ogg, jpg, png, mp4). Cũng có thể kéo tệp hoặc cả thư mục thả vào thư viện.</translation>
        </message>
        <message>
            <source>Items of the library</source>
            <translation>Các nội dung trong thư viện</translation>
        </message>
        <message>
            <source>Publish to Zalo…</source>
            <translation>Đăng lên Zalo…</translation>
        </message>
        <message>
            <source>Publish the chosen bulletins as articles on the commune's Zalo OA</source>
            <translation>Đăng các tin đã chọn thành bài viết trên trang Zalo OA của xã</translation>
        </message>
        <message>
            <source>Could not read the library: {reason}</source>
            <translation>Không đọc được thư viện: {reason}</translation>
        </message>
        <message>
            <source>{n} items shown, reading the rest…</source>
            <translation>Đã hiện {n} mục, đang đọc tiếp…</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Đang tìm…</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Đang đọc…</translation>
        </message>
        <message>
            <source>{n} found, best first</source>
            <translation>Tìm thấy {n}, sát nhất lên đầu</translation>
        </message>
        <message>
            <source>{n} found</source>
            <translation>Tìm thấy {n}</translation>
        </message>
        <message>
            <source>{n} items</source>
            <translation>{n} mục</translation>
        </message>
        <message>
            <source>(indexing: {n} new items not searchable yet)</source>
            <translation>(đang lập chỉ mục: {n} mục mới chưa tìm được)</translation>
        </message>
        <message>
            <source>Show everything</source>
            <translation>Hiện tất cả</translation>
        </message>
        <message>
            <source>Showing only: {what}</source>
            <translation>Chỉ hiện: {what}</translation>
        </message>
        <message>
            <source>Not opened yet</source>
            <translation>Chưa xem</translation>
        </message>
        <message>
            <source>{n} not opened yet</source>
            <translation>{n} mục chưa xem</translation>
        </message>
        <message>
            <source>Show the items nobody has opened yet</source>
            <translation>Hiện các nội dung chưa ai mở xem</translation>
        </message>
        <message>
            <source>Save these filters</source>
            <translation>Lưu bộ lọc này</translation>
        </message>
        <message>
            <source>Name of the saved filter:</source>
            <translation>Tên bộ lọc:</translation>
        </message>
        <message>
            <source>“{name}” is the name of a filter every station has: choose another name.</source>
            <translation>“{name}” là tên một bộ lọc có sẵn ở mọi đài: hãy chọn tên khác.</translation>
        </message>
        <message>
            <source>A saved filter is already named “{name}”. Replace it with these filters?</source>
            <translation>Đã có bộ lọc lưu với tên “{name}”. Thay nó bằng các lựa chọn lọc hiện tại?</translation>
        </message>
        <message>
            <source>Delete a saved filter</source>
            <translation>Xóa bộ lọc đã lưu</translation>
        </message>
        <message>
            <source>Delete the saved filter “{name}”?</source>
            <translation>Xóa bộ lọc đã lưu “{name}”?</translation>
        </message>
        <message>
            <source>Add files made in the commune</source>
            <translation>Thêm tệp do xã làm</translation>
        </message>
        <message>
            <source>Sound, pictures and video</source>
            <translation>Âm thanh, hình ảnh và video</translation>
        </message>
        <message>
            <source>Your role cannot add content. Ask an editor or the administrator.</source>
            <translation>Vai trò của bạn không được thêm nội dung. Hãy nhờ biên tập viên hoặc quản trị viên.</translation>
        </message>
        <message>
            <source>Adding {n} file(s)…</source>
            <translation>Đang thêm {n} tệp…</translation>
        </message>
        <message>
            <source>The files could not be added: {reason}</source>
            <translation>Không thêm được tệp: {reason}</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Thư viện</translation>
        </message>
    </context>
    <context>
        <name>LibraryPanel</name>
        <message>
            <source>Search the library</source>
            <extracomment>ids of the items to add at the end of the running order</extracomment>
            <translation>Tìm trong thư viện</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Thêm</translation>
        </message>
        <message>
            <source>Drag items onto the running order, or double-click them (or press Enter) to add them at the end.</source>
            <translation>Kéo mục vào thứ tự phát, hoặc bấm đúp (hay nhấn Enter) để thêm vào cuối.</translation>
        </message>
    </context>
    <context>
        <name>LiveConfirmDialog</name>
        <message>
            <source>Play now</source>
            <translation>Phát ngay</translation>
        </message>
        <message>
            <source>Emergency</source>
            <translation>Khẩn cấp</translation>
        </message>
        <message>
            <source>FM relay</source>
            <translation>Tiếp sóng FM</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Xác nhận</translation>
        </message>
        <message>
            <source> and {count} more</source>
            <translation> và {count} thiết bị khác</translation>
        </message>
        <message>
            <source>Devices ({count}): {where}
Item: “{title}”
Length: {length}
At: {hour} on {day}

It goes on air at once. Continue?</source>
            <translation>Thiết bị ({count}): {where}
Nội dung: “{title}”
Thời lượng: {length}
Lúc: {hour} ngày {day}

Nội dung sẽ phát ngay. Tiếp tục?</translation>
        </message>
        <message>
            <source>until it is stopped, 4 hours at most (relay)</source>
            <translation>đến khi dừng phát, tối đa 4 giờ (tiếp sóng)</translation>
        </message>
        <message>
            <source>Left out (they cannot do this): {names}</source>
            <translation>Không gửi tới (không làm được việc này): {names}</translation>
        </message>
        <message>
            <source>It is quiet hours: sound is allowed from {first} to {last}. A leader must allow this with a written reason.</source>
            <translation>Đang trong giờ yên tĩnh: chỉ được phát từ {first} đến {last}. Lãnh đạo phải cho phép và ghi rõ lý do.</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Lý do</translation>
        </message>
        <message>
            <source>Why it must play in quiet hours</source>
            <translation>Vì sao phải phát trong giờ yên tĩnh</translation>
        </message>
        <message>
            <source>Leader's &amp;user name</source>
            <translation>&amp;Tên đăng nhập của lãnh đạo</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>&amp;Mật khẩu</translation>
        </message>
        <message>
            <source>Broadcast now</source>
            <translation>Phát ngay</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
    </context>
    <context>
        <name>LiveDialog</name>
        <message>
            <source>Speak live</source>
            <translation>Nói trực tiếp</translation>
        </message>
        <message>
            <source>Speak live on the loudspeakers</source>
            <translation>Nói trực tiếp trên loa</translation>
        </message>
        <message>
            <source>&amp;What it is about</source>
            <translation>&amp;Nội dung</translation>
        </message>
        <message>
            <source>Live announcement</source>
            <translation>Thông báo trực tiếp</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Lý do</translation>
        </message>
        <message>
            <source>Why it must go out in quiet hours</source>
            <translation>Vì sao phải phát trong giờ yên tĩnh</translation>
        </message>
        <message>
            <source>Leader's &amp;user name</source>
            <translation>&amp;Tên đăng nhập của lãnh đạo</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>&amp;Mật khẩu</translation>
        </message>
        <message>
            <source>Start speaking</source>
            <translation>Bắt đầu nói</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Kết thúc</translation>
        </message>
        <message>
            <source>Reading where the sound would go…</source>
            <translation>Đang xem tiếng sẽ phát tới đâu…</translation>
        </message>
        <message>
            <source> and {count} more</source>
            <translation> và {count} nơi khác</translation>
        </message>
        <message>
            <source>Goes out at once on the station's stream: {names}. Every cluster tuned to it hears you until you press End.</source>
            <translation>Phát ngay trên luồng phát của đài: {names}. Mọi cụm loa nghe luồng này sẽ nghe bạn nói cho tới khi bấm Kết thúc.</translation>
        </message>
        <message>
            <source>It is quiet hours: sound is allowed from {first} to {last}. A leader must allow this with a written reason.</source>
            <translation>Đang trong giờ yên tĩnh: chỉ được phát từ {first} đến {last}. Lãnh đạo phải cho phép và ghi rõ lý do.</translation>
        </message>
        <message>
            <source>It is quiet hours: sound is allowed from {first} to {last}. A leader must allow this with a written reason, signing in here with their user name and password; you stay signed in.</source>
            <translation>Đang trong giờ yên tĩnh: chỉ được phát từ {first} đến {last}. Lãnh đạo phải cho phép kèm lý do bằng văn bản, đăng nhập tại đây bằng tên đăng nhập và mật khẩu của mình; bạn vẫn giữ phiên đăng nhập.</translation>
        </message>
        <message>
            <source>No microphone was found. Plug one in (or turn it on in the Windows sound settings) and open this window again.</source>
            <translation>Không tìm thấy micrô. Hãy cắm micrô (hoặc bật micrô trong phần cài đặt âm thanh của Windows) rồi mở lại cửa sổ này.</translation>
        </message>
        <message>
            <source>Press Start speaking, then speak; press End when you have finished.</source>
            <translation>Bấm Bắt đầu nói rồi nói; nói xong bấm Kết thúc.</translation>
        </message>
        <message>
            <source>A leader allows it: the leader types their user name and password here.</source>
            <translation>Cần lãnh đạo cho phép: lãnh đạo nhập tên đăng nhập và mật khẩu của mình tại đây.</translation>
        </message>
        <message>
            <source>Connecting to the stream…</source>
            <translation>Đang kết nối tới luồng phát…</translation>
        </message>
        <message>
            <source>The microphone could not be opened.</source>
            <translation>Không mở được micrô.</translation>
        </message>
        <message>
            <source>ON AIR: speak now. Press End when you have finished.</source>
            <translation>ĐANG PHÁT: hãy nói. Nói xong bấm Kết thúc.</translation>
        </message>
        <message>
            <source>The stream was dropped; the live sound has ended.</source>
            <translation>Luồng phát bị ngắt; phần nói trực tiếp đã dừng.</translation>
        </message>
        <message>
            <source>Ending…</source>
            <translation>Đang kết thúc…</translation>
        </message>
        <message>
            <source>Off air after {minutes}:{seconds:02d}.</source>
            <translation>Đã dừng phát sau {minutes}:{seconds:02d}.</translation>
        </message>
    </context>
    <context>
        <name>LocalPlayout</name>
        <message>
            <source>The programme at {time} plays through this computer's speakers and will be missed if you close the console.</source>
            <translation>Chương trình lúc {time} phát qua loa máy tính này sẽ bị lỡ nếu đóng chương trình.</translation>
        </message>
        <message>
            <source>{count} programmes from {time} on play through this computer's speakers and will be missed if you close the console.</source>
            <translation>{count} chương trình từ {time} trở đi phát qua loa máy tính này sẽ bị lỡ nếu đóng chương trình.</translation>
        </message>
        <message>
            <source>and {count} more</source>
            <translation>và {count} chương trình khác</translation>
        </message>
    </context>
    <context>
        <name>LogTab</name>
        <message>
            <source>From</source>
            <extracomment>the operator cleared a drill-down the save dialog; tests put a function here that returns a path</extracomment>
            <translation>Từ</translation>
        </message>
        <message>
            <source>to</source>
            <translation>đến</translation>
        </message>
        <message>
            <source>Title contains… (with or without accents)</source>
            <translation>Tiêu đề có chứa… (gõ có dấu hay không dấu đều được)</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>Hiện tất cả</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Xuất ra Excel…</translation>
        </message>
        <message>
            <source>Export to CSV…</source>
            <translation>Xuất ra CSV…</translation>
        </message>
        <message>
            <source>Clear this filter</source>
            <translation>Bỏ bộ lọc này</translation>
        </message>
        <message>
            <source>All clusters and boards</source>
            <translation>Tất cả cụm loa, bảng tin</translation>
        </message>
        <message>
            <source>All villages</source>
            <translation>Tất cả thôn, ấp</translation>
        </message>
        <message>
            <source>Any result</source>
            <translation>Mọi kết quả</translation>
        </message>
        <message>
            <source>Any priority</source>
            <translation>Mọi mức ưu tiên</translation>
        </message>
        <message>
            <source>Any content</source>
            <translation>Mọi nội dung</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Đang đếm…</translation>
        </message>
        <message>
            <source>{entries} plays: {success} played, {partial} partly, {failed} failed, {other} other · {hours} hours on air</source>
            <translation>{entries} lượt phát: {success} đã phát, {partial} phát một phần, {failed} không phát được, {other} khác · {hours} giờ phát sóng</translation>
        </message>
        <message>
            <source>No plays match. Widen the dates or choose "Show all".</source>
            <translation>Không có lượt phát nào phù hợp. Hãy mở rộng khoảng ngày hoặc chọn "Hiện tất cả".</translation>
        </message>
        <message>
            <source>Filter: {what}</source>
            <translation>Lọc: {what}</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Bảng tính Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV file (*.csv)</source>
            <translation>Tệp CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export the broadcast log</source>
            <translation>Xuất nhật ký phát thanh</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>Đang ghi {name}…</translation>
        </message>
        <message>
            <source>Saved {rows} plays to {path}</source>
            <translation>Đã lưu {rows} lượt phát vào {path}</translation>
        </message>
        <message>
            <source>The export failed: {reason}</source>
            <translation>Không xuất được: {reason}</translation>
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
            <source>The province withdrew {titles}: taken off {count} programme(s) and {devices} device(s).</source>
            <translation>Tỉnh đã thu hồi {titles}: đã gỡ khỏi {count} chương trình và {devices} thiết bị.</translation>
        </message>
        <message>
            <source>Approve again: {names}.</source>
            <translation>Cần duyệt lại: {names}.</translation>
        </message>
        <message>
            <source>Sign in to broadcast the emergency.</source>
            <translation>Hãy đăng nhập để phát tin khẩn cấp.</translation>
        </message>
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
            <source>&amp;Account</source>
            <translation>&amp;Tài khoản</translation>
        </message>
        <message>
            <source>Change my password…</source>
            <translation>Đổi mật khẩu của tôi…</translation>
        </message>
        <message>
            <source>Lock the console</source>
            <translation>Khóa bảng điều khiển</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Đăng xuất</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Trợ &amp;giúp</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>Hướng dẫn sử dụng</translation>
        </message>
        <message>
            <source>About the console</source>
            <translation>Giới thiệu</translation>
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
        <message>
            <source>Close anyway</source>
            <translation>Vẫn đóng</translation>
        </message>
        <message>
            <source>Keep the console open</source>
            <translation>Để chương trình tiếp tục chạy</translation>
        </message>
        <message>
            <source>You are speaking live on the loudspeakers. Closing the window ends the live sound.</source>
            <translation>Bạn đang nói trực tiếp trên loa. Đóng cửa sổ sẽ kết thúc việc nói trực tiếp.</translation>
        </message>
        <message>
            <source>Clusters are relaying an FM station until {time}: the console sends them back to their schedule then. Closed, it cannot: they go on playing the station until the console runs again.</source>
            <translation>Các cụm loa đang tiếp sóng FM tới {time}: lúc đó phần mềm sẽ đưa chúng trở lại lịch phát. Nếu đóng phần mềm thì không làm được: chúng sẽ phát tiếp đài FM cho tới khi phần mềm chạy lại.</translation>
        </message>
    </context>
    <context>
        <name>MediaCacheBox</name>
        <message>
            <source>Media cache on this computer</source>
            <translation>Bộ nhớ đệm trên máy này</translation>
        </message>
        <message>
            <source>Limit:</source>
            <translation>Giới hạn:</translation>
        </message>
        <message>
            <source>Save limit</source>
            <translation>Lưu giới hạn</translation>
        </message>
        <message>
            <source>Free space now</source>
            <translation>Giải phóng dung lượng ngay</translation>
        </message>
        <message>
            <source>Removes the media used least recently until the cache is within its limit. Never what a programme, a template, a pinned item or an emergency needs; a removed file is downloaded again when it is needed.</source>
            <translation>Xóa các tệp lâu nhất chưa dùng đến cho tới khi bộ nhớ đệm nằm trong giới hạn. Không bao giờ xóa tệp mà chương trình, mẫu, mục được giữ lại hoặc tin khẩn cấp cần; tệp đã xóa sẽ được tải lại khi cần.</translation>
        </message>
        <message>
            <source>The media cache's state could not be read: {reason}</source>
            <translation>Không đọc được tình trạng bộ nhớ đệm: {reason}</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Đang đọc…</translation>
        </message>
        <message>
            <source>{used} of {limit} used ({files} files).</source>
            <translation>Đã dùng {used} trên {limit} ({files} tệp).</translation>
        </message>
        <message>
            <source>{needed} needed by programmes, templates, pinned items and emergencies (never removed)</source>
            <translation>{needed} cần cho chương trình, mẫu, mục được giữ lại và tin khẩn cấp (không bao giờ xóa)</translation>
        </message>
        <message>
            <source>{files} file(s) removed ({freed}). The cache is still over its limit: what is left is needed by programmes, templates or pinned items.</source>
            <translation>Đã xóa {files} tệp ({freed}). Bộ nhớ đệm vẫn vượt giới hạn: phần còn lại là tệp chương trình, mẫu hoặc mục được giữ lại cần dùng.</translation>
        </message>
        <message>
            <source>{files} file(s) removed ({freed}).</source>
            <translation>Đã xóa {files} tệp ({freed}).</translation>
        </message>
        <message>
            <source>{n} needed file(s) not on this computer yet</source>
            <translation>{n} tệp cần dùng chưa có trên máy này</translation>
        </message>
        <message>
            <source>{n} file(s) removed to save space, downloaded again when needed</source>
            <translation>{n} tệp đã xóa để tiết kiệm dung lượng, sẽ tải lại khi cần</translation>
        </message>
        <message>
            <source>{n} item(s) kept on this computer</source>
            <translation>{n} mục được giữ trên máy này</translation>
        </message>
        <message>
            <source>Media cache</source>
            <translation>Bộ nhớ đệm</translation>
        </message>
    </context>
    <context>
        <name>MoveAiringDialog</name>
        <message>
            <source>Move an airing</source>
            <extracomment>the airing dragged, and the day it was dropped on</extracomment>
            <translation>Dời buổi phát</translation>
        </message>
        <message>
            <source>Move “{name}” of {when} to {day} at:</source>
            <translation>Dời “{name}” lúc {when} sang ngày {day}, vào lúc:</translation>
        </message>
        <message>
            <source>Only this airing</source>
            <translation>Chỉ buổi phát này</translation>
        </message>
        <message>
            <source>The whole series (every airing at this time moves to the new time of day)</source>
            <translation>Cả chuỗi (mọi buổi phát vào giờ này đều dời sang giờ mới)</translation>
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
            <extracomment>a section of the Settings page to show (the source system's account: "source")</extracomment>
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
            <extracomment>a programme to show on the Programmes page (double-click on one of its airings) an airing's play logs in the broadcast log: (LogFilter, what it shows, in words)</extracomment>
            <translation>Lịch phát</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Cài đặt</translation>
        </message>
        <message>
            <source>Today</source>
            <extracomment>an airing's play logs in the broadcast log: (LogFilter, what it shows, in words)</extracomment>
            <translation>Hôm nay</translation>
        </message>
        <message>
            <source>Plan and team</source>
            <translation>Kế hoạch và đội ngũ</translation>
        </message>
    </context>
    <context>
        <name>OneTimePasswordDialog</name>
        <message>
            <source>One-time password</source>
            <translation>Mật khẩu dùng một lần</translation>
        </message>
        <message>
            <source>One-time password for {name}</source>
            <translation>Mật khẩu dùng một lần của {name}</translation>
        </message>
        <message>
            <source>Give this password to {name} in person. It is shown only now; {name} must choose their own password when signing in with it.</source>
            <translation>Hãy trao tận tay mật khẩu này cho {name}. Mật khẩu chỉ hiện lần này; khi đăng nhập bằng nó, {name} phải đặt mật khẩu riêng.</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Sao chép</translation>
        </message>
        <message>
            <source>If it is lost, reset the password again.</source>
            <translation>Nếu làm mất, hãy đặt lại mật khẩu lần nữa.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Xong</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Đã sao chép</translation>
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
            <source>Change the account…</source>
            <translation>Đổi tài khoản…</translation>
        </message>
        <message>
            <source>Account {user} on {server}</source>
            <translation>Tài khoản {user} tại {server}</translation>
        </message>
        <message>
            <source>No account of the provincial source system yet: the console cannot sync.</source>
            <translation>Chưa có tài khoản của hệ thống thông tin nguồn: bảng điều khiển chưa đồng bộ được.</translation>
        </message>
        <message>
            <source>Enter the account…</source>
            <translation>Nhập tài khoản…</translation>
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
            <source>This computer's clock differs from the province's server by {minutes} minutes. Correct the clock: programmes would start at the wrong time.</source>
            <translation>Đồng hồ máy tính này lệch {minutes} phút so với máy chủ của tỉnh. Hãy chỉnh lại đồng hồ: nếu không, chương trình sẽ phát sai giờ.</translation>
        </message>
        <message>
            <source>{items} items in the library ({withdrawn} withdrawn by the province). Media: {ready} files ready, {waiting} waiting ({mb} MB), {failed} failed.</source>
            <translation>Thư viện có {items} tin ({withdrawn} tin tỉnh đã thu hồi). Tệp: {ready} tệp sẵn sàng, {waiting} tệp đang chờ tải ({mb} MB), {failed} tệp lỗi.</translation>
        </message>
        <message>
            <source>Nothing has been sent to the province yet, and nothing waits. What this station sends up (what was broadcast, reports, items made here) is listed below, waiting first.</source>
            <translation>Chưa gửi gì lên tỉnh và không có gì đang chờ gửi. Những gì đài gửi lên (nhật ký phát thanh, báo cáo, tin bài do xã làm) sẽ hiện trong bảng dưới đây, tin đang chờ đứng đầu.</translation>
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
            <source>Search index: {done} of {total} new items taken in…</source>
            <translation>Chỉ mục tìm kiếm: đã nạp {done} trên {total} mục mới…</translation>
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
            <source>Stopped part-way; kept: {added} new, {updated} changed, {files} files received. The next synchronisation goes on from there.</source>
            <translation>Đã dừng giữa chừng; vẫn giữ: {added} mục mới, {updated} mục thay đổi, {files} tệp đã nhận. Lần đồng bộ sau sẽ tiếp tục từ đó.</translation>
        </message>
        <message>
            <source>{n} file(s) ({mb} MB) wait for the data budget or an unmetered link.</source>
            <translation>{n} tệp ({mb} MB) chờ hạn mức dữ liệu hoặc đường truyền không tính phí theo dung lượng.</translation>
        </message>
    </context>
    <context>
        <name>PeriodPicker</name>
        <message>
            <source>Period:</source>
            <extracomment>the chosen period changed (a `Period`)</extracomment>
            <translation>Kỳ:</translation>
        </message>
        <message>
            <source>Month {month}</source>
            <translation>Tháng {month}</translation>
        </message>
        <message>
            <source>Quarter {quarter}</source>
            <translation>Quý {quarter}</translation>
        </message>
        <message>
            <source>First half</source>
            <translation>6 tháng đầu năm</translation>
        </message>
        <message>
            <source>Second half</source>
            <translation>6 tháng cuối năm</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>Propagandist</source>
            <translation>Tuyên truyền viên</translation>
        </message>
        <message>
            <source>(the whole commune)</source>
            <translation>(toàn xã)</translation>
        </message>
        <message>
            <source>Still in the team</source>
            <translation>Còn trong tổ</translation>
        </message>
        <message>
            <source>Full name:</source>
            <translation>Họ và tên:</translation>
        </message>
        <message>
            <source>Village:</source>
            <translation>Thôn, ấp:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Điện thoại:</translation>
        </message>
        <message>
            <source>Zalo:</source>
            <translation>Zalo:</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>Vai trò:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Ghi chú:</translation>
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
        <name>PlanTab</name>
        <message>
            <source>Year:</source>
            <extracomment>the file dialogs; tests put functions here that return a path</extracomment>
            <translation>Năm:</translation>
        </message>
        <message>
            <source>Import from Excel…</source>
            <translation>Nhập từ Excel…</translation>
        </message>
        <message>
            <source>Read the plan from an Excel file filled in by the office; it replaces the year's plan</source>
            <translation>Đọc kế hoạch từ tệp Excel văn phòng đã điền; thay cho kế hoạch hiện có của năm</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Xuất ra Excel…</translation>
        </message>
        <message>
            <source>Write the year's plan to Excel; a year without a plan gives an empty form</source>
            <translation>Ghi kế hoạch của năm ra Excel; năm chưa có kế hoạch thì ra mẫu trống để điền</translation>
        </message>
        <message>
            <source>Add a theme…</source>
            <translation>Thêm chủ đề…</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Sửa…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>Each cell shows done / planned. Bulletins belong to a theme by their tags; activities and trainings when they are recorded for it.</source>
            <translation>Mỗi ô ghi: đã thực hiện / kế hoạch. Tin, bài thuộc chủ đề theo thẻ của tin; hoạt động và tập huấn thuộc chủ đề khi được ghi cho chủ đề đó.</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Thời gian</translation>
        </message>
        <message>
            <source>Theme or campaign</source>
            <translation>Chủ đề, chiến dịch</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Từ khóa</translation>
        </message>
        <message>
            <source> ({views} views)</source>
            <translation> ({views} lượt xem)</translation>
        </message>
        <message>
            <source>No plan for {year} yet: import it from Excel or add its themes.</source>
            <translation>Chưa có kế hoạch năm {year}: hãy nhập từ Excel hoặc thêm các chủ đề.</translation>
        </message>
        <message>
            <source>The plan to import</source>
            <translation>Chọn tệp kế hoạch để nhập</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>Đang đọc {name}…</translation>
        </message>
        <message>
            <source>Plan {year} imported: {added} themes added, {updated} updated, {removed} removed.</source>
            <translation>Đã nhập kế hoạch năm {year}: thêm {added} chủ đề, cập nhật {updated}, bỏ {removed}.</translation>
        </message>
        <message>
            <source>Export the plan</source>
            <translation>Xuất kế hoạch</translation>
        </message>
        <message>
            <source>Written to {path}.</source>
            <translation>Đã ghi ra {path}.</translation>
        </message>
        <message>
            <source>Delete theme</source>
            <translation>Xóa chủ đề</translation>
        </message>
        <message>
            <source>Delete “{title}” from the plan of {year}? Its targets go with it; the bulletins, activities and trainings counted for it stay, without a theme.</source>
            <translation>Xóa “{title}” khỏi kế hoạch năm {year}? Các chỉ tiêu của chủ đề bị xóa theo; tin bài, hoạt động và tập huấn đã tính cho chủ đề vẫn được giữ, không còn thuộc chủ đề nào.</translation>
        </message>
    </context>
    <context>
        <name>PlanTeamPage</name>
        <message>
            <source>Annual plan</source>
            <translation>Kế hoạch năm</translation>
        </message>
        <message>
            <source>Propagandists</source>
            <translation>Tổ tuyên truyền</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Hoạt động</translation>
        </message>
        <message>
            <source>Trainings</source>
            <translation>Tập huấn</translation>
        </message>
        <message>
            <source>Zalo OA</source>
            <translation>Zalo OA</translation>
        </message>
    </context>
    <context>
        <name>Preview</name>
        <message>
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>This video cannot be played: {reason}</source>
            <translation>Không phát được video này: {reason}</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Vị trí đang phát</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Âm lượng</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Tạm dừng</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Nghe</translation>
        </message>
        <message>
            <source>No sound output on this computer: length, waveform and loudness only.</source>
            <extracomment>the player knows the length (milliseconds)</extracomment>
            <translation>Máy này không có đầu ra âm thanh: chỉ xem được thời lượng, dạng sóng và độ lớn.</translation>
        </message>
        <message>
            <source>Click to play from there</source>
            <translation>Bấm để nghe từ chỗ đó</translation>
        </message>
        <message>
            <source>Drawing the waveform…</source>
            <translation>Đang vẽ dạng sóng…</translation>
        </message>
        <message>
            <source>No sound in this file</source>
            <translation>Tệp này không có tiếng</translation>
        </message>
        <message>
            <source>The waveform could not be drawn.</source>
            <translation>Không vẽ được dạng sóng.</translation>
        </message>
        <message>
            <source>The loudness could not be measured.</source>
            <translation>Không đo được độ lớn.</translation>
        </message>
        <message>
            <source>Measuring the loudness…</source>
            <translation>Đang đo độ lớn…</translation>
        </message>
        <message>
            <source>Silent (nothing above −70 LUFS)</source>
            <translation>Im lặng (không có gì trên −70 LUFS)</translation>
        </message>
        <message>
            <source>Loudness {lufs} LUFS · true peak {peak} dBTP</source>
            <translation>Độ lớn {lufs} LUFS · đỉnh thực {peak} dBTP</translation>
        </message>
        <message>
            <source>This file cannot be played: {reason}</source>
            <translation>Không phát được tệp này: {reason}</translation>
        </message>
        <message>
            <source>this computer cannot open pictures in this format</source>
            <translation>máy này không mở được ảnh ở định dạng này</translation>
        </message>
        <message>
            <source>the file is damaged or is not a picture</source>
            <translation>tệp bị hỏng hoặc không phải là ảnh</translation>
        </message>
        <message>
            <source>the file is no longer on this computer</source>
            <translation>tệp không còn trên máy này</translation>
        </message>
        <message>
            <source>the file could not be read</source>
            <translation>không đọc được tệp</translation>
        </message>
        <message>
            <source>The picture cannot be shown: {why}.</source>
            <translation>Không hiển thị được ảnh: {why}.</translation>
        </message>
        <message>
            <source>EMERGENCY</source>
            <translation>KHẨN CẤP</translation>
        </message>
        <message>
            <source>PRIORITY NOTICE</source>
            <translation>THÔNG BÁO ƯU TIÊN</translation>
        </message>
        <message>
            <source>NOTICE</source>
            <translation>THÔNG BÁO</translation>
        </message>
        <message>
            <source>{n} s</source>
            <translation>{n} giây</translation>
        </message>
        <message>
            <source>{n} min</source>
            <translation>{n} phút</translation>
        </message>
        <message>
            <source>Choose an item in the list to listen to it, read it or look at it.</source>
            <extracomment>the item was opened for the first time (the page updates its list and counts) files of the item changed (downloaded now) the operator asked to edit a commune-made item</extracomment>
            <translation>Chọn một mục trong danh sách để nghe, đọc hoặc xem.</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <source>On the board</source>
            <translation>Trên bảng tin</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Chi tiết</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Sửa…</translation>
        </message>
        <message>
            <source>Change the title, text, category and validity of this item made in the commune</source>
            <translation>Sửa tiêu đề, nội dung, chuyên mục và thời hạn hiệu lực của nội dung do xã làm này</translation>
        </message>
        <message>
            <source>Download now</source>
            <translation>Tải về ngay</translation>
        </message>
        <message>
            <source>Keep on this PC</source>
            <translation>Giữ trên máy này</translation>
        </message>
        <message>
            <source>Its files stay on this computer even when the media cache is full (the cache removes what has not been used for the longest time, never what a programme needs)</source>
            <translation>Các tệp của mục này luôn được giữ trên máy kể cả khi bộ nhớ đệm đầy (bộ nhớ đệm xóa tệp lâu nhất chưa dùng, không bao giờ xóa tệp mà chương trình cần)</translation>
        </message>
        <message>
            <source>Your role cannot change what stays on this computer.</source>
            <translation>Vai trò của bạn không được thay đổi những gì giữ lại trên máy này.</translation>
        </message>
        <message>
            <source>Text of the item</source>
            <translation>Nội dung văn bản</translation>
        </message>
        <message>
            <source>This item could not be read: {reason}</source>
            <translation>Không đọc được mục này: {reason}</translation>
        </message>
        <message>
            <source>it will not be broadcast.</source>
            <translation>sẽ không được phát.</translation>
        </message>
        <message>
            <source>it cannot be broadcast before {when}.</source>
            <translation>chưa được phát trước {when}.</translation>
        </message>
        <message>
            <source>Made in the commune: the leader must approve it before it goes on air.</source>
            <translation>Do xã làm: lãnh đạo phải duyệt trước khi phát.</translation>
        </message>
        <message>
            <source>This item is not shown on boards.</source>
            <translation>Nội dung này không hiển thị trên bảng tin.</translation>
        </message>
        <message>
            <source>Relay of a stream: {url}</source>
            <translation>Tiếp sóng luồng: {url}</translation>
        </message>
        <message>
            <source>This is a video or a large file ({size}) and this link is metered: it is downloaded only when you ask for it, or when a programme of the next 48 hours needs it.</source>
            <translation>Đây là video hoặc tệp lớn ({size}) và đường truyền này tính phí theo dung lượng: tệp chỉ được tải khi bạn yêu cầu, hoặc khi một chương trình trong 48 giờ tới cần đến.</translation>
        </message>
        <message>
            <source>Today's data budget is used: the file of this item ({size}) comes with tomorrow's sync, or you can download it now.</source>
            <translation>Đã dùng hết hạn mức dữ liệu hôm nay: tệp của tin này ({size}) sẽ được tải trong lần đồng bộ ngày mai, hoặc bạn có thể tải về ngay.</translation>
        </message>
        <message>
            <source>The file of this item was removed from this computer to save space ({n} missing). It comes back when a programme needs it, or you can download it now.</source>
            <translation>Tệp của mục này đã được xóa khỏi máy để tiết kiệm dung lượng ({n} tệp thiếu). Tệp sẽ được tải lại khi một chương trình cần, hoặc bạn có thể tải về ngay.</translation>
        </message>
        <message>
            <source>The file of this item is not on this computer yet ({n} missing). It will be downloaded with the next sync, or you can download it now.</source>
            <translation>Tệp của mục này chưa có trên máy (thiếu {n} tệp). Tệp sẽ được tải về ở lần đồng bộ tới, hoặc bạn có thể tải về ngay.</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Tải về</translation>
        </message>
        <message>
            <source>Your role cannot download files; ask an operator or the administrator.</source>
            <translation>Vai trò của bạn không được tải tệp; hãy nhờ người vận hành hoặc quản trị viên.</translation>
        </message>
        <message>
            <source>The picture is not on this computer yet.</source>
            <translation>Hình ảnh chưa có trên máy.</translation>
        </message>
        <message>
            <source>Loading the picture…</source>
            <translation>Đang mở hình ảnh…</translation>
        </message>
        <message>
            <source>Drawing the slides…</source>
            <translation>Đang dựng trang chiếu…</translation>
        </message>
        <message>
            <source>The slides could not be drawn: {reason}</source>
            <translation>Không dựng được trang chiếu: {reason}</translation>
        </message>
        <message>
            <source>The text fills {n} slides; the board shows them one after another.</source>
            <translation>Nội dung chiếm {n} trang; bảng tin sẽ lần lượt hiện từng trang.</translation>
        </message>
        <message>
            <source>Downloading…</source>
            <translation>Đang tải về…</translation>
        </message>
        <message>
            <source>Downloading: {done} of {total}…</source>
            <translation>Đang tải: {done} trên {total}…</translation>
        </message>
        <message>
            <source>Downloading: {done} of {total}, about {left} left…</source>
            <translation>Đang tải: {done} trên {total}, còn khoảng {left}…</translation>
        </message>
        <message>
            <source>Downloaded.</source>
            <translation>Đã tải về.</translation>
        </message>
        <message>
            <source>Could not download: {reason}</source>
            <translation>Không tải về được: {reason}</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Vừa khung</translation>
        </message>
        <message>
            <source>Show the whole picture</source>
            <translation>Hiện toàn bộ hình</translation>
        </message>
        <message>
            <source>Larger (Ctrl + wheel)</source>
            <translation>Phóng to (Ctrl + con lăn chuột)</translation>
        </message>
        <message>
            <source>Smaller (Ctrl + wheel)</source>
            <translation>Thu nhỏ (Ctrl + con lăn chuột)</translation>
        </message>
        <message>
            <source>Larger</source>
            <translation>Phóng to</translation>
        </message>
        <message>
            <source>Smaller</source>
            <translation>Thu nhỏ</translation>
        </message>
        <message>
            <source>Actual size</source>
            <translation>Kích thước thật</translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Trang trước</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Trang sau ▶</translation>
        </message>
        <message>
            <source>Slide {n} of {total}</source>
            <translation>Trang {n}/{total}</translation>
        </message>
        <message>
            <source>Board {w}×{h}</source>
            <translation>Bảng tin {w}×{h}</translation>
        </message>
    </context>
    <context>
        <name>PreviewBar</name>
        <message>
            <source>Listen to the whole programme</source>
            <translation>Nghe thử cả chương trình</translation>
        </message>
        <message>
            <source>Prepare the programme as it will sound; double-click an entry to jump to it</source>
            <translation>Chuẩn bị chương trình đúng như khi phát; nháy đúp vào một mục để nghe từ mục đó</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Dừng</translation>
        </message>
        <message>
            <source>No preview yet</source>
            <translation>Chưa có bản nghe thử</translation>
        </message>
        <message>
            <source>Preparing the preview…</source>
            <translation>Đang chuẩn bị bản nghe thử…</translation>
        </message>
        <message>
            <source>There is no loudspeaker on this computer: the preview can be seen but not heard.</source>
            <translation>Máy tính này không có loa: chỉ xem được bản nghe thử, không nghe được.</translation>
        </message>
        <message>
            <source>The relay's stream, live: press Play to hear it.</source>
            <translation>Luồng tiếp sóng, trực tiếp: bấm Phát để nghe.</translation>
        </message>
        <message>
            <source>Stopped.</source>
            <translation>Đã dừng.</translation>
        </message>
        <message>
            <source>The relay's stream cannot be played ({error}): check its address.</source>
            <translation>Không phát được luồng tiếp sóng ({error}): hãy kiểm tra địa chỉ.</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Tạm dừng</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Phát</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeList</name>
        <message>
            <source>All programmes</source>
            <translation>Tất cả chương trình</translation>
        </message>
        <message>
            <source>Airing today</source>
            <translation>Phát hôm nay</translation>
        </message>
        <message>
            <source>Airing this week</source>
            <translation>Phát trong tuần này</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>Mẫu chương trình</translation>
        </message>
        <message>
            <source>Every state</source>
            <translation>Mọi trạng thái</translation>
        </message>
        <message>
            <source>Search by name</source>
            <translation>Tìm theo tên</translation>
        </message>
        <message>
            <source>Which programmes to list</source>
            <translation>Liệt kê chương trình nào</translation>
        </message>
        <message>
            <source>Only programmes in this state</source>
            <translation>Chỉ chương trình ở trạng thái này</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>Next airing</source>
            <translation>Buổi phát tới</translation>
        </message>
        <message>
            <source>Repeat</source>
            <translation>Lặp lại</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Nơi phát</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Thời lượng</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Mở</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Nhân bản</translation>
        </message>
        <message>
            <source>Delete draft</source>
            <translation>Xóa bản nháp</translation>
        </message>
        <message>
            <source>Withdraw from the air…</source>
            <translation>Rút khỏi sóng…</translation>
        </message>
        <message>
            <source>Save as template…</source>
            <translation>Lưu thành mẫu…</translation>
        </message>
        <message>
            <source>New programme from this template</source>
            <translation>Tạo chương trình từ mẫu này</translation>
        </message>
        <message>
            <source>template</source>
            <translation>mẫu</translation>
        </message>
        <message>
            <source>once</source>
            <translation>một lần</translation>
        </message>
        <message>
            <source>every day</source>
            <translation>hằng ngày</translation>
        </message>
        <message>
            <source>Mon–Fri</source>
            <translation>thứ Hai–thứ Sáu</translation>
        </message>
        <message>
            <source>some weekdays</source>
            <translation>một số ngày trong tuần</translation>
        </message>
        <message>
            <source>now</source>
            <translation>ngay</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>T2</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>T3</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>T4</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>T5</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>T6</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>T7</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>CN</translation>
        </message>
        <message>
            <source>whole commune</source>
            <translation>toàn xã</translation>
        </message>
        <message>
            <source>{count} device(s)</source>
            <translation>{count} thiết bị</translation>
        </message>
    </context>
    <context>
        <name>Programmes</name>
        <message>
            <source>Bulletin</source>
            <translation>Bản tin</translation>
        </message>
        <message>
            <source>Text read aloud</source>
            <translation>Đọc văn bản</translation>
        </message>
        <message>
            <source>Recording</source>
            <translation>Bản ghi âm</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Tệp</translation>
        </message>
        <message>
            <source>Relay</source>
            <translation>Tiếp sóng</translation>
        </message>
        <message>
            <source>Jingle</source>
            <translation>Nhạc hiệu</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Khoảng lặng</translation>
        </message>
    </context>
    <context>
        <name>ProgrammesPage</name>
        <message>
            <source>Name of the new programme</source>
            <translation>Tên chương trình mới</translation>
        </message>
        <message>
            <source>New programme</source>
            <translation>Tạo chương trình</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Thời lượng</translation>
        </message>
        <message>
            <source>Plays at</source>
            <translation>Phát lúc</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tiêu đề</translation>
        </message>
        <message>
            <source>Bulletin code(s), comma separated</source>
            <translation>Mã bản tin, cách nhau bằng dấu phẩy</translation>
        </message>
        <message>
            <source>Add bulletin</source>
            <translation>Thêm bản tin</translation>
        </message>
        <message>
            <source>Text to be read aloud</source>
            <translation>Văn bản cần đọc thành tiếng</translation>
        </message>
        <message>
            <source>Add text</source>
            <translation>Thêm văn bản</translation>
        </message>
        <message>
            <source>Speech engine</source>
            <translation>Bộ đọc văn bản</translation>
        </message>
        <message>
            <source>Voice</source>
            <translation>Giọng đọc</translation>
        </message>
        <message>
            <source> words/min</source>
            <translation> từ/phút</translation>
        </message>
        <message>
            <source>Reading speed; slower reads better outdoors</source>
            <translation>Tốc độ đọc; đọc chậm nghe rõ hơn qua loa ngoài trời</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Ghi âm</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Thư viện</translation>
        </message>
        <message>
            <source>Show the library beside the running order, to drag items onto it</source>
            <translation>Hiện thư viện bên cạnh danh sách phát để kéo tin bài vào</translation>
        </message>
        <message>
            <source>Add the suggested items</source>
            <translation>Thêm các tin bài được gợi ý</translation>
        </message>
        <message>
            <source>Record from the microphone; the recording is kept in the library and added here</source>
            <translation>Ghi âm từ micrô; bản ghi được lưu vào thư viện và thêm vào chương trình này</translation>
        </message>
        <message>
            <source>From a template</source>
            <translation>Từ mẫu</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Thao tác</translation>
        </message>
        <message>
            <source>Gain</source>
            <translation>Âm lượng</translation>
        </message>
        <message>
            <source>Fade</source>
            <translation>Vào/ra dần</translation>
        </message>
        <message>
            <source>Add the requested items</source>
            <translation>Thêm các mục được yêu cầu</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Lên trên</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Xuống dưới</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Bỏ ra</translation>
        </message>
        <message>
            <source>Gain and cut…</source>
            <translation>Âm lượng và cắt…</translation>
        </message>
        <message>
            <source>Gain, fades and where the entry starts and ends (F2)</source>
            <translation>Âm lượng, vào/ra dần và điểm bắt đầu, kết thúc của mục (F2)</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Hoàn tác</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Làm lại</translation>
        </message>
        <message>
            <source>Jingle…</source>
            <translation>Nhạc hiệu…</translation>
        </message>
        <message>
            <source>Slot </source>
            <translation>Khung </translation>
        </message>
        <message>
            <source> min</source>
            <translation> phút</translation>
        </message>
        <message>
            <source>How long the slot is; the running order is measured against it</source>
            <translation>Độ dài khung giờ phát; thứ tự phát được so với khung này</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Kiểm tra</translation>
        </message>
        <message>
            <source>Send for approval</source>
            <translation>Gửi duyệt</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Duyệt</translation>
        </message>
        <message>
            <source>Reason for broadcasting in quiet hours</source>
            <translation>Lý do phát trong giờ yên tĩnh</translation>
        </message>
        <message>
            <source>Make the audio file</source>
            <translation>Tạo tệp âm thanh</translation>
        </message>
        <message>
            <source>Double-click an entry to hear the programme from it; drop library items here</source>
            <translation>Nháy đúp vào một mục để nghe chương trình từ mục đó; thả tin bài từ thư viện vào đây</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Dừng</translation>
        </message>
        <message>
            <source>Near this date: {names}.</source>
            <translation>Gần ngày này: {names}.</translation>
        </message>
        <message>
            <source>{count} item(s) in the library are tagged for it: {titles}</source>
            <translation>Có {count} tin bài trong thư viện gắn thẻ chủ đề này: {titles}</translation>
        </message>
        <message>
            <source>“{title}”: {needed} of {requested} airing(s) still needed</source>
            <translation>“{title}”: còn thiếu {needed} trên {requested} buổi phát</translation>
        </message>
        <message>
            <source>The province asks for these to be aired:</source>
            <translation>Tỉnh yêu cầu phát các mục sau:</translation>
        </message>
        <message>
            <source>No speech engine is installed: text entries will be shown on the boards but not read aloud. Install espeak-ng or a Vietnamese Windows voice.</source>
            <translation>Chưa cài bộ đọc văn bản: văn bản sẽ hiện trên bảng tin nhưng không được đọc lên loa. Hãy cài espeak-ng hoặc giọng đọc tiếng Việt của Windows.</translation>
        </message>
        <message>
            <source>Northern voice</source>
            <translation>Giọng miền Bắc</translation>
        </message>
        <message>
            <source>Central voice</source>
            <translation>Giọng miền Trung</translation>
        </message>
        <message>
            <source>Southern voice</source>
            <translation>Giọng miền Nam</translation>
        </message>
        <message>
            <source> (made in the commune)</source>
            <translation> (do xã sản xuất)</translation>
        </message>
        <message>
            <source> (reviewed by the province)</source>
            <translation> (tỉnh đã biên tập)</translation>
        </message>
        <message>
            <source> — at the start</source>
            <translation> — ở đầu</translation>
        </message>
        <message>
            <source> — at the end</source>
            <translation> — ở cuối</translation>
        </message>
        <message>
            <source> — between items</source>
            <translation> — giữa các mục</translation>
        </message>
        <message>
            <source>Choose a programme to see its running order.</source>
            <translation>Chọn một chương trình để xem thứ tự phát.</translation>
        </message>
        <message>
            <source>Give the programme a name first.</source>
            <translation>Hãy đặt tên cho chương trình trước.</translation>
        </message>
        <message>
            <source>Programme created. Add bulletins to it.</source>
            <translation>Đã tạo chương trình. Hãy thêm bản tin vào.</translation>
        </message>
        <message>
            <source>Choose a programme first.</source>
            <translation>Hãy chọn một chương trình trước.</translation>
        </message>
        <message>
            <source>The recording is in the library; choose a programme to add it to.</source>
            <translation>Bản ghi âm đã có trong thư viện; hãy chọn chương trình để thêm vào.</translation>
        </message>
        <message>
            <source>Ready to go on air.</source>
            <translation>Sẵn sàng phát sóng.</translation>
        </message>
        <message>
            <source>Not ready yet:</source>
            <translation>Chưa thể phát:</translation>
        </message>
        <message>
            <source>‹ Programme list</source>
            <translation>‹ Danh sách chương trình</translation>
        </message>
        <message>
            <source>To Zalo…</source>
            <translation>Lên Zalo…</translation>
        </message>
        <message>
            <source>Publish the programme's bulletins as articles on the commune's Zalo OA</source>
            <translation>Đăng các tin của chương trình thành bài viết trên trang Zalo OA của xã</translation>
        </message>
        <message>
            <source>Move up (Ctrl+Up)</source>
            <translation>Đưa lên (Ctrl+Lên)</translation>
        </message>
        <message>
            <source>Move down (Ctrl+Down)</source>
            <translation>Đưa xuống (Ctrl+Xuống)</translation>
        </message>
        <message>
            <source>Undo (Ctrl+Z)</source>
            <translation>Hoàn tác (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Redo (Ctrl+Y)</source>
            <translation>Làm lại (Ctrl+Y)</translation>
        </message>
        <message>
            <source>Text…</source>
            <translation>Văn bản…</translation>
        </message>
        <message>
            <source>Text read aloud, or bulletins by their codes</source>
            <translation>Văn bản đọc thành tiếng, hoặc bản tin theo mã</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Đổi…</translation>
        </message>
        <message>
            <source>When it airs: once, every day, chosen days, at what times</source>
            <translation>Khi nào phát: một lần, hằng ngày, các thứ được chọn, vào những giờ nào</translation>
        </message>
        <message>
            <source>Where it goes: the whole commune, villages, clusters and boards</source>
            <translation>Phát ở đâu: toàn xã, từng thôn, từng cụm loa và bảng tin</translation>
        </message>
        <message>
            <source>Pause…</source>
            <translation>Khoảng lặng…</translation>
        </message>
        <message>
            <source>Add a pause (seconds of silence)</source>
            <translation>Thêm khoảng lặng (số giây im lặng)</translation>
        </message>
        <message>
            <source>Relay…</source>
            <translation>Tiếp sóng…</translation>
        </message>
        <message>
            <source>Relay a radio stream (the national or provincial station) for a set time</source>
            <translation>Tiếp sóng đài phát thanh (Trung ương hoặc tỉnh) trong một khoảng thời gian</translation>
        </message>
        <message>
            <source>Slot: no limit</source>
            <translation>Khung: không giới hạn</translation>
        </message>
        <message>
            <source>No programme in this list: type a name and press “{create}”, or press “{template}”.</source>
            <translation>Danh sách chưa có chương trình nào: nhập tên rồi bấm “{create}”, hoặc bấm “{template}”.</translation>
        </message>
        <message>
            <source>The province asks for {count} item(s) not aired enough yet, such as “{title}” ({needed} more).</source>
            <translation>Tỉnh yêu cầu phát {count} mục chưa đủ buổi, ví dụ “{title}” (còn thiếu {needed}).</translation>
        </message>
        <message>
            <source>{count} more are asked for at times this programme does not air, such as “{title}”: put them in a programme that airs then.</source>
            <translation>Còn {count} mục được yêu cầu phát vào giờ chương trình này không phát, ví dụ “{title}”: hãy đưa vào chương trình phát vào giờ đó.</translation>
        </message>
        <message>
            <source>Asked for at times this programme does not air:</source>
            <translation>Được yêu cầu phát vào giờ chương trình này không phát:</translation>
        </message>
        <message>
            <source>Picture (boards)</source>
            <translation>Hình ảnh (bảng tin)</translation>
        </message>
        <message>
            <source>{name} — {state}</source>
            <translation>{name} — {state}</translation>
        </message>
        <message>
            <source>template</source>
            <translation>mẫu</translation>
        </message>
        <message>
            <source>Airs: {when}</source>
            <translation>Lặp lại: {when}</translation>
        </message>
        <message>
            <source>Goes to: {where}</source>
            <translation>Nơi phát: {where}</translation>
        </message>
        <message>
            <source>{repeat}, nothing coming</source>
            <translation>{repeat}, không còn buổi phát nào</translation>
        </message>
        <message>
            <source>once, {at} (past)</source>
            <translation>một lần, {at} (đã qua)</translation>
        </message>
        <message>
            <source>{repeat}, next {at} ({count} this week)</source>
            <translation>{repeat}, lần tới {at} ({count} buổi trong tuần)</translation>
        </message>
        <message>
            <source>{count} entries, {total} in all</source>
            <translation>{count} mục, tổng {total}</translation>
        </message>
        <message>
            <source>ends at {end}</source>
            <translation>kết thúc lúc {end}</translation>
        </message>
        <message>
            <source>{over} over its {slot} slot</source>
            <translation>vượt {over} so với khung {slot}</translation>
        </message>
        <message>
            <source>{left} left of its {slot} slot</source>
            <translation>còn {left} trong khung {slot}</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Nhân bản</translation>
        </message>
        <message>
            <source>Name of the copy</source>
            <translation>Tên bản sao</translation>
        </message>
        <message>
            <source> (copy)</source>
            <translation> (bản sao)</translation>
        </message>
        <message>
            <source>Copy made. It is a draft: change it, then send it for approval.</source>
            <translation>Đã nhân bản. Bản sao là bản nháp: sửa xong thì gửi duyệt.</translation>
        </message>
        <message>
            <source>Delete the draft “{name}”? This cannot be undone.</source>
            <translation>Xóa bản nháp “{name}”? Không thể hoàn tác.</translation>
        </message>
        <message>
            <source>Deleted.</source>
            <translation>Đã xóa.</translation>
        </message>
        <message>
            <source>Withdraw from the air</source>
            <translation>Rút khỏi sóng</translation>
        </message>
        <message>
            <source>“{name}” will be taken off the air and every cluster and board that holds it will be told to drop it. Why?</source>
            <translation>“{name}” sẽ bị rút khỏi sóng và mọi cụm loa, bảng tin đang giữ nó sẽ được báo bỏ đi. Lý do?</translation>
        </message>
        <message>
            <source>Withdrawn; {count} device(s) told to drop it.</source>
            <translation>Đã rút; đã báo {count} thiết bị bỏ chương trình.</translation>
        </message>
        <message>
            <source>Save as template</source>
            <translation>Lưu thành mẫu</translation>
        </message>
        <message>
            <source>Name of the template</source>
            <translation>Tên mẫu</translation>
        </message>
        <message>
            <source>Saved as a template.</source>
            <translation>Đã lưu thành mẫu.</translation>
        </message>
        <message>
            <source>New programme made from the template. Add the news between the jingles.</source>
            <translation>Đã tạo chương trình từ mẫu. Hãy thêm tin bài vào giữa hai nhạc hiệu.</translation>
        </message>
        <message>
            <source>No template yet</source>
            <translation>Chưa có mẫu nào</translation>
        </message>
        <message>
            <source>“{name}” is {state}. Changing it sends it back to draft: it must be approved again before it airs, and the devices keep the approved version until then. Change it?</source>
            <translation>“{name}” đang ở trạng thái {state}. Sửa sẽ đưa nó về bản nháp: phải duyệt lại trước khi phát, và các thiết bị giữ bản đã duyệt cho đến lúc đó. Vẫn sửa?</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Khoảng lặng</translation>
        </message>
        <message>
            <source>Seconds of silence</source>
            <translation>Số giây im lặng</translation>
        </message>
        <message>
            <source>Choose an entry of the running order first.</source>
            <translation>Hãy chọn một mục trong thứ tự phát trước.</translation>
        </message>
        <message>
            <source>Sent for approval. A leader approves it (here or at another computer).</source>
            <translation>Đã gửi duyệt. Lãnh đạo duyệt tại đây hoặc ở máy khác.</translation>
        </message>
        <message>
            <source>Sent for approval; its sound is ready for the loudspeakers. A leader approves it (here or at another computer).</source>
            <translation>Đã gửi duyệt; âm thanh đã sẵn sàng cho loa. Lãnh đạo duyệt tại đây hoặc ở máy khác.</translation>
        </message>
        <message>
            <source>Approving…</source>
            <translation>Đang duyệt…</translation>
        </message>
        <message>
            <source>Approving: reading the text bulletins out ({done} of {total})…</source>
            <translation>Đang duyệt: đọc các bản tin chữ thành tiếng ({done}/{total})…</translation>
        </message>
        <message>
            <source>Approving: bringing the sound to the station’s loudness ({done} of {total} files)…</source>
            <translation>Đang duyệt: đưa âm thanh về độ lớn chuẩn của đài ({done}/{total} tệp)…</translation>
        </message>
        <message>
            <source>approved, not scheduled: {reason}</source>
            <translation>đã duyệt, chưa xếp lịch: {reason}</translation>
        </message>
        <message>
            <source>Audio file ready: {path}</source>
            <translation>Đã tạo xong tệp âm thanh: {path}</translation>
        </message>
        <message>
            <source>Stopped.</source>
            <translation>Đã dừng.</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>&amp;Chọn tất cả</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>&amp;Tăng</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>&amp;Giảm</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Hoàn tác</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Làm lại</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Cắt</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>Sao &amp;chép</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Dán</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Chọn tất cả</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Xem chi tiết...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Ẩn chi tiết...</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>Đồng ý</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Lưu tất cả</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Mở</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Có</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Có với &amp;tất cả</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Không</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>K&amp;hông với tất cả</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Hủy bỏ</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Thử lại</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Bỏ qua</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Bỏ đi</translation>
        </message>
        <message>
            <source>Don't Save</source>
            <translation>Không lưu</translation>
        </message>
        <message>
            <source>Close without Saving</source>
            <translation>Đóng không lưu</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Trợ giúp</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Áp dụng</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Đặt lại</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Khôi phục mặc định</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Hoàn tác</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Làm lại</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Cắt</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>Sao &amp;chép</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Dán</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Chọn tất cả</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Sao chép địa &amp;chỉ liên kết</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Quay lại</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Tiếp &gt;</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Tiếp</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Xong</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Trợ giúp</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>Xác nhận</translation>
        </message>
    </context>
    <context>
        <name>RecordDialog</name>
        <message>
            <source>Record</source>
            <extracomment>the library item made from the last kept take</extracomment>
            <translation>Ghi âm</translation>
        </message>
        <message>
            <source>Record from the microphone</source>
            <translation>Ghi âm từ micrô</translation>
        </message>
        <message>
            <source>Title of the recording</source>
            <translation>Tên bản ghi âm</translation>
        </message>
        <message>
            <source>Recording {when}</source>
            <translation>Ghi âm {when}</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Dừng</translation>
        </message>
        <message>
            <source>Play back</source>
            <translation>Nghe lại</translation>
        </message>
        <message>
            <source>Keep in the library</source>
            <translation>Lưu vào thư viện</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Bỏ</translation>
        </message>
        <message>
            <source>No microphone was found. Plug one in (or turn it on in the Windows sound settings) and open this window again.</source>
            <translation>Không tìm thấy micrô. Hãy cắm micrô (hoặc bật micrô trong phần cài đặt âm thanh của Windows) rồi mở lại cửa sổ này.</translation>
        </message>
        <message>
            <source>The microphone could not be opened.</source>
            <translation>Không mở được micrô.</translation>
        </message>
        <message>
            <source>Recording… press Stop when you have finished.</source>
            <translation>Đang ghi âm… bấm Dừng khi đã nói xong.</translation>
        </message>
        <message>
            <source>Recorded {seconds} s. Play it back, then keep it or discard it.</source>
            <translation>Đã ghi {seconds} giây. Hãy nghe lại, rồi lưu hoặc bỏ.</translation>
        </message>
        <message>
            <source>There is no loudspeaker to play it on.</source>
            <translation>Không có loa để nghe lại.</translation>
        </message>
        <message>
            <source>Give the recording a title first.</source>
            <translation>Hãy đặt tên cho bản ghi âm trước.</translation>
        </message>
        <message>
            <source>Saving to the library…</source>
            <translation>Đang lưu vào thư viện…</translation>
        </message>
        <message>
            <source>Kept as “{title}” and chosen for the emergency broadcast.</source>
            <translation>Đã lưu với tên “{title}” và chọn để phát khẩn cấp.</translation>
        </message>
        <message>
            <source>Kept in the library as “{title}”. The leader approves it before it goes on air.</source>
            <translation>Đã lưu vào thư viện với tên “{title}”. Lãnh đạo duyệt trước khi phát.</translation>
        </message>
        <message>
            <source>The recording was discarded.</source>
            <translation>Đã bỏ bản ghi âm.</translation>
        </message>
    </context>
    <context>
        <name>RelayDialog</name>
        <message>
            <source>Relay a stream</source>
            <translation>Tiếp sóng</translation>
        </message>
        <message>
            <source>Stream &amp;address</source>
            <translation>Đị&amp;a chỉ luồng phát</translation>
        </message>
        <message>
            <source>&amp;Relay for</source>
            <translation>&amp;Tiếp sóng trong</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>T&amp;ên</translation>
        </message>
        <message>
            <source> min</source>
            <translation> phút</translation>
        </message>
        <message>
            <source>e.g. News from the national radio</source>
            <translation>ví dụ: Thời sự Đài Tiếng nói Việt Nam</translation>
        </message>
        <message>
            <source>The loudspeakers play the stream themselves at the programme's time: make the relay a programme of its own. Clusters behind a vendor gateway and this computer's speakers can relay at a set time; the check names any that cannot.</source>
            <translation>Cụm loa tự phát luồng này đúng giờ của chương trình: hãy để tiếp sóng thành một chương trình riêng. Các cụm loa qua cổng điều khiển (gateway) và loa của máy tính này tiếp sóng được theo giờ; khi Kiểm tra, phần mềm nêu tên các cụm loa không làm được.</translation>
        </message>
        <message>
            <source>Type the stream's address, beginning with http://, https:// or rtsp://.</source>
            <translation>Hãy nhập địa chỉ luồng phát, bắt đầu bằng http://, https:// hoặc rtsp://.</translation>
        </message>
    </context>
    <context>
        <name>RepeatDialog</name>
        <message>
            <source>Repeat</source>
            <translation>Lặp lại</translation>
        </message>
        <message>
            <source>Once</source>
            <translation>Một lần</translation>
        </message>
        <message>
            <source>Every day</source>
            <translation>Hằng ngày</translation>
        </message>
        <message>
            <source>Monday to Friday</source>
            <translation>Thứ Hai đến thứ Sáu</translation>
        </message>
        <message>
            <source>Chosen days of the week</source>
            <translation>Các thứ được chọn trong tuần</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>T2</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>T3</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>T4</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>T5</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>T6</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>T7</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>CN</translation>
        </message>
        <message>
            <source>&amp;Airs</source>
            <translation>&amp;Phát</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Vào</translation>
        </message>
        <message>
            <source>&amp;Times</source>
            <translation>&amp;Giờ phát</translation>
        </message>
        <message>
            <source>Add time</source>
            <translation>Thêm giờ</translation>
        </message>
        <message>
            <source>Remove time</source>
            <translation>Bỏ giờ</translation>
        </message>
        <message>
            <source>&amp;First day</source>
            <translation>&amp;Ngày đầu</translation>
        </message>
        <message>
            <source>&amp;Last day</source>
            <translation>Ngày &amp;cuối</translation>
        </message>
        <message>
            <source>No last day</source>
            <translation>Không có ngày cuối</translation>
        </message>
        <message>
            <source>&amp;Days left out</source>
            <translation>Ngày &amp;nghỉ</translation>
        </message>
        <message>
            <source>Leave out this day</source>
            <translation>Nghỉ ngày này</translation>
        </message>
        <message>
            <source>Put back</source>
            <translation>Phát lại ngày này</translation>
        </message>
        <message>
            <source>The next {count} airings</source>
            <translation>{count} buổi phát tới</translation>
        </message>
        <message>
            <source>Add at least one time of day.</source>
            <translation>Hãy thêm ít nhất một giờ phát.</translation>
        </message>
        <message>
            <source>Tick at least one day of the week.</source>
            <translation>Hãy đánh dấu ít nhất một ngày trong tuần.</translation>
        </message>
        <message>
            <source>The last day is before the first.</source>
            <translation>Ngày cuối đứng trước ngày đầu.</translation>
        </message>
        <message>
            <source>This rule gives no airing from today on.</source>
            <translation>Quy tắc này không cho buổi phát nào từ hôm nay.</translation>
        </message>
        <message>
            <source>{count} of these airings have a problem (in red).</source>
            <translation>{count} buổi phát có vấn đề (màu đỏ).</translation>
        </message>
        <message>
            <source>No problem with these airings.</source>
            <translation>Các buổi phát này không có vấn đề.</translation>
        </message>
    </context>
    <context>
        <name>ReportLabels</name>
        <message>
            <source>Bulletins broadcast</source>
            <translation>Số lượt tin, bài đã phát</translation>
        </message>
        <message>
            <source>Hours broadcast</source>
            <translation>Tổng thời lượng phát thanh</translation>
        </message>
        <message>
            <source>Hours of the commune's own content</source>
            <translation>Thời lượng chương trình tự sản xuất</translation>
        </message>
        <message>
            <source>Hours relayed</source>
            <translation>Thời lượng tiếp sóng</translation>
        </message>
        <message>
            <source>Hours of items from the source system</source>
            <translation>Thời lượng tin, bài từ hệ thống thông tin nguồn</translation>
        </message>
        <message>
            <source>Emergency broadcasts</source>
            <translation>Số lượt phát khẩn cấp</translation>
        </message>
        <message>
            <source>Plays requested</source>
            <translation>Số lượt phát theo lịch</translation>
        </message>
        <message>
            <source>Plays succeeded</source>
            <translation>Số lượt phát thành công</translation>
        </message>
        <message>
            <source>Loudspeaker clusters</source>
            <translation>Tổng số cụm loa</translation>
        </message>
        <message>
            <source>Clusters in operation</source>
            <translation>Cụm loa hoạt động trong kỳ</translation>
        </message>
        <message>
            <source>Cluster availability</source>
            <translation>Tỷ lệ sẵn sàng của cụm loa</translation>
        </message>
        <message>
            <source>Bulletin boards</source>
            <translation>Tổng số bảng tin điện tử</translation>
        </message>
        <message>
            <source>Boards in operation</source>
            <translation>Bảng tin hoạt động trong kỳ</translation>
        </message>
        <message>
            <source>Board availability</source>
            <translation>Tỷ lệ sẵn sàng của bảng tin</translation>
        </message>
        <message>
            <source>Items sent to the province</source>
            <translation>Tin, bài gửi lên tỉnh</translation>
        </message>
        <message>
            <source>Items received from the source system</source>
            <translation>Tin, bài nhận từ hệ thống thông tin nguồn</translation>
        </message>
        <message>
            <source>Received items broadcast</source>
            <translation>Tin, bài nhận được đã phát</translation>
        </message>
        <message>
            <source>Median time to first broadcast</source>
            <translation>Thời gian đến lần phát đầu (trung vị)</translation>
        </message>
        <message>
            <source>Emergencies on air within 15 minutes</source>
            <translation>Tin khẩn cấp phát trong vòng 15 phút</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>giờ</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>phút</translation>
        </message>
        <message>
            <source>plays</source>
            <translation>lượt</translation>
        </message>
        <message>
            <source>clusters</source>
            <translation>cụm</translation>
        </message>
        <message>
            <source>boards</source>
            <translation>bảng</translation>
        </message>
        <message>
            <source>times</source>
            <translation>lượt</translation>
        </message>
        <message>
            <source>items</source>
            <translation>tin, bài</translation>
        </message>
        <message>
            <source>Propagandists</source>
            <translation>Số tuyên truyền viên cơ sở</translation>
        </message>
        <message>
            <source>Followers of the commune's social-media page</source>
            <translation>Số người theo dõi trang mạng xã hội của xã</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Nháp</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Đã duyệt</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Đã gửi</translation>
        </message>
        <message>
            <source>Played</source>
            <translation>Đã phát</translation>
        </message>
        <message>
            <source>Partly played</source>
            <translation>Phát một phần</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Không phát được</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Bị lỡ</translation>
        </message>
        <message>
            <source>Removed (withdrawn)</source>
            <translation>Đã gỡ (bị thu hồi)</translation>
        </message>
        <message>
            <source>Commune's own</source>
            <translation>Xã tự sản xuất</translation>
        </message>
        <message>
            <source>Relay</source>
            <translation>Tiếp sóng</translation>
        </message>
        <message>
            <source>Source system</source>
            <translation>Hệ thống nguồn</translation>
        </message>
        <message>
            <source>Device log</source>
            <translation>Nhật ký thiết bị</translation>
        </message>
        <message>
            <source>Inferred from status</source>
            <translation>Suy ra từ trạng thái</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>Máy tính này</translation>
        </message>
        <message>
            <source>The console</source>
            <translation>Phần mềm điều khiển</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Cụm loa</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Bảng tin</translation>
        </message>
        <message>
            <source>Stream</source>
            <translation>Luồng phát</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation>Đang chờ gửi</translation>
        </message>
        <message>
            <source>Being reviewed by the province</source>
            <translation>Tỉnh đang xem xét</translation>
        </message>
        <message>
            <source>Accepted by the province</source>
            <translation>Tỉnh đã chấp nhận</translation>
        </message>
        <message>
            <source>Not accepted by the province</source>
            <translation>Tỉnh không chấp nhận</translation>
        </message>
        <message>
            <source>Refused by the source system</source>
            <translation>Hệ thống nguồn từ chối</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Tháng</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Quý</translation>
        </message>
        <message>
            <source>Half-year</source>
            <translation>6 tháng</translation>
        </message>
        <message>
            <source>Nine months</source>
            <translation>9 tháng</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Năm</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Khoảng ngày</translation>
        </message>
        <message>
            <source>Month {month}/{year}</source>
            <translation>Tháng {month}/{year}</translation>
        </message>
        <message>
            <source>Quarter {quarter}/{year}</source>
            <translation>Quý {quarter}/{year}</translation>
        </message>
        <message>
            <source>First half of {year}</source>
            <translation>6 tháng đầu năm {year}</translation>
        </message>
        <message>
            <source>Second half of {year}</source>
            <translation>6 tháng cuối năm {year}</translation>
        </message>
        <message>
            <source>Nine months of {year}</source>
            <translation>9 tháng năm {year}</translation>
        </message>
        <message>
            <source>Year {year}</source>
            <translation>Năm {year}</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>Từ {start} đến {end}</translation>
        </message>
    </context>
    <context>
        <name>ReportTab</name>
        <message>
            <source>Prepare the report</source>
            <extracomment>a number of the form was clicked: its drill filter and what it is, in words a report changed state (its `ReportView`) a report was sent to the outbox the save dialog; tests put a function here that returns a path</extracomment>
            <translation>Lập báo cáo</translation>
        </message>
        <message>
            <source>Counts the figures of the chosen period into a draft (a draft already there is counted again; what people filled in is kept).</source>
            <translation>Tính số liệu của kỳ đã chọn vào một bản nháp (bản nháp đã có sẽ được tính lại; phần đã nhập tay được giữ nguyên).</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Kỳ báo cáo</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Ngày gửi</translation>
        </message>
        <message>
            <source>Counted by the console</source>
            <translation>Số liệu máy tự tính</translation>
        </message>
        <message>
            <source>Filled in by the station</source>
            <translation>Đài nhập tay</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Người ký</translation>
        </message>
        <message>
            <source>Prepared by</source>
            <translation>Người lập biểu</translation>
        </message>
        <message>
            <source>Checked by</source>
            <translation>Người kiểm tra</translation>
        </message>
        <message>
            <source>Head of the unit</source>
            <translation>Thủ trưởng đơn vị</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Duyệt</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Gửi</translation>
        </message>
        <message>
            <source>Send the approved report to the Department through the outbox</source>
            <translation>Gửi báo cáo đã duyệt lên Sở qua hộp thư đi</translation>
        </message>
        <message>
            <source>Excel…</source>
            <translation>Excel…</translation>
        </message>
        <message>
            <source>Export the form as an Excel workbook</source>
            <translation>Xuất biểu mẫu ra bảng tính Excel</translation>
        </message>
        <message>
            <source>PDF…</source>
            <translation>PDF…</translation>
        </message>
        <message>
            <source>Export the form as a PDF to print and sign</source>
            <translation>Xuất biểu mẫu ra PDF để in và ký</translation>
        </message>
        <message>
            <source>No report chosen</source>
            <translation>Chưa chọn báo cáo</translation>
        </message>
        <message>
            <source>Choose a period above and press "Prepare the report".</source>
            <translation>Chọn kỳ ở trên rồi bấm "Lập báo cáo".</translation>
        </message>
        <message>
            <source>Report for {period}</source>
            <translation>Báo cáo {period}</translation>
        </message>
        <message>
            <source>State: {state}</source>
            <translation>Trạng thái: {state}</translation>
        </message>
        <message>
            <source>Period {code} ({start} – {end}) · station code {station}</source>
            <translation>Mã kỳ {code} ({start} – {end}) · mã đài {station}</translation>
        </message>
        <message>
            <source>Your role may look at reports only.</source>
            <translation>Vai trò của bạn chỉ được xem báo cáo.</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Đang xử lý…</translation>
        </message>
        <message>
            <source>Choose a period.</source>
            <translation>Hãy chọn kỳ báo cáo.</translation>
        </message>
        <message>
            <source>The figures of {period} were counted into a draft.</source>
            <translation>Đã tính số liệu {period} vào bản nháp.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Đã lưu.</translation>
        </message>
        <message>
            <source>Approved. It can now be sent to the Department.</source>
            <translation>Đã duyệt. Bây giờ có thể gửi lên Sở.</translation>
        </message>
        <message>
            <source>Queued for the Department: it goes out with the next synchronisation (see Outbox &amp; sync).</source>
            <translation>Đã đưa vào hộp thư đi: báo cáo sẽ gửi lên Sở ở lần đồng bộ tới (xem Hộp thư đi &amp; đồng bộ).</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Bảng tính Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>Tài liệu PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Export the report</source>
            <translation>Xuất báo cáo</translation>
        </message>
        <message>
            <source>Saved to {path}</source>
            <translation>Đã lưu vào {path}</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Broadcast log</source>
            <translation>Nhật ký phát thanh</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Thống kê</translation>
        </message>
        <message>
            <source>Periodic report</source>
            <translation>Báo cáo định kỳ</translation>
        </message>
        <message>
            <source>Contributions</source>
            <translation>Đóng góp</translation>
        </message>
        <message>
            <source>Prepare it</source>
            <translation>Lập báo cáo</translation>
        </message>
        <message>
            <source>The report for {period} is due by {date} ({days} days left).</source>
            <translation>Báo cáo {period} phải gửi trước ngày {date} (còn {days} ngày).</translation>
        </message>
        <message>
            <source>And {count} more report(s) due by {date} (point here to see them).</source>
            <translation>Và {count} báo cáo khác phải gửi trước ngày {date} (đưa chuột vào đây để xem).</translation>
        </message>
    </context>
    <context>
        <name>RestoreWizard</name>
        <message>
            <source>daily</source>
            <translation>hằng ngày</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>làm tay</translation>
        </message>
        <message>
            <source>before an upgrade</source>
            <translation>trước khi nâng cấp</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Khôi phục từ bản sao lưu</translation>
        </message>
        <message>
            <source>Restore and restart</source>
            <translation>Khôi phục và khởi động lại</translation>
        </message>
    </context>
    <context>
        <name>RoleDialog</name>
        <message>
            <source>Change role</source>
            <translation>Đổi vai trò</translation>
        </message>
        <message>
            <source>Role of {name}</source>
            <translation>Vai trò của {name}</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Vai trò:</translation>
        </message>
        <message>
            <source>Operators send and broadcast; editors build programmes; approving leaders approve them; viewers only look; administrators also manage accounts and settings.</source>
            <translation>Người vận hành gửi và phát; biên tập viên lập chương trình; lãnh đạo duyệt chương trình; người xem chỉ được xem; quản trị viên còn quản lý tài khoản và cài đặt.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
    </context>
    <context>
        <name>RowsDialog</name>
        <message>
            <source>Day</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Nơi</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Số liệu</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Mã dòng</translation>
        </message>
    </context>
    <context>
        <name>SchedulePage</name>
        <message>
            <source>Previous week</source>
            <translation>Tuần trước</translation>
        </message>
        <message>
            <source>Previous day</source>
            <translation>Ngày trước</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Tuần này</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hôm nay</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Tuần sau</translation>
        </message>
        <message>
            <source>Next day</source>
            <translation>Ngày sau</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Tuần</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <source>Anniversaries and themes…</source>
            <translation>Ngày kỷ niệm và chủ đề…</translation>
        </message>
        <message>
            <source>Double-click an airing to open its programme; drag it to another day to move it</source>
            <translation>Bấm đúp vào buổi phát để mở chương trình; kéo sang ngày khác để dời</translation>
        </message>
        <message>
            <source>Whole commune</source>
            <translation>Toàn xã</translation>
        </message>
        <message>
            <source>Quiet hours: nothing but emergencies before {start} or after {end}.</source>
            <translation>Giờ yên tĩnh: trước {start} và sau {end} chỉ phát tin khẩn cấp.</translation>
        </message>
        <message>
            <source> (quiet hours)</source>
            <translation> (giờ yên tĩnh)</translation>
        </message>
        <message>
            <source>Anniversaries today:</source>
            <translation>Ngày kỷ niệm hôm nay:</translation>
        </message>
        <message>
            <source>Anniversaries this week:</source>
            <translation>Ngày lễ, kỷ niệm trong tuần:</translation>
        </message>
        <message>
            <source>Theme of the month:</source>
            <translation>Chủ đề tháng:</translation>
        </message>
        <message>
            <source>Open the programme</source>
            <translation>Mở chương trình</translation>
        </message>
        <message>
            <source>Its plays in the broadcast log</source>
            <translation>Xem các lượt phát trong nhật ký phát thanh</translation>
        </message>
        <message>
            <source>The {time} airing of {day} of “{name}”</source>
            <translation>Buổi phát {time} ngày {day} của “{name}”</translation>
        </message>
        <message>
            <source>Moved. The programme goes back to draft if it was approved: have it approved again.</source>
            <translation>Đã dời. Nếu chương trình đã được duyệt thì nó trở về bản nháp: hãy gửi duyệt lại.</translation>
        </message>
    </context>
    <context>
        <name>SectionsBox</name>
        <message>
            <source>The plan against what was done; the Zalo OA and the team</source>
            <extracomment>a number was opened: its log filter and what it is, in words</extracomment>
            <translation>Thực hiện kế hoạch; trang Zalo OA và tổ tuyên truyền</translation>
        </message>
        <message>
            <source>Each cell: done / planned. Click a number to see the rows behind it.</source>
            <translation>Mỗi ô: đã thực hiện / kế hoạch. Bấm vào một số để xem các dòng số liệu tạo nên số đó.</translation>
        </message>
        <message>
            <source>Theme or campaign</source>
            <translation>Chủ đề, chiến dịch</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Thời gian</translation>
        </message>
        <message>
            <source>Show the rows behind this number</source>
            <translation>Xem các dòng số liệu của số này</translation>
        </message>
        <message>
            <source>{channel}: {actual} of {planned} planned ({pct}), {verdict}</source>
            <translation>{channel}: {actual} trên {planned} theo kế hoạch ({pct}), {verdict}</translation>
        </message>
        <message>
            <source>The station had no plan for this period when the report was prepared.</source>
            <translation>Khi lập báo cáo, đài chưa có kế hoạch cho kỳ này.</translation>
        </message>
        <message>
            <source>Zalo OA followers: {start} at the start (read {start_day}), {end} at the end (read {end_day}); {articles} articles, {views} views.</source>
            <translation>Người theo dõi Zalo OA: đầu kỳ {start} (đọc ngày {start_day}), cuối kỳ {end} (đọc ngày {end_day}); {articles} bài, {views} lượt xem.</translation>
        </message>
        <message>
            <source>Team: {people} propagandists, {activities} activities reaching {reached} people, {trainings} trainings.</source>
            <translation>Tổ tuyên truyền: {people} tuyên truyền viên, {activities} hoạt động với {reached} người được tuyên truyền, {trainings} buổi tập huấn.</translation>
        </message>
    </context>
    <context>
        <name>SettingNames</name>
        <message>
            <source>Address of the source system</source>
            <translation>Địa chỉ hệ thống nguồn</translation>
        </message>
        <message>
            <source>Account at the source system</source>
            <translation>Tài khoản trên hệ thống nguồn</translation>
        </message>
        <message>
            <source>CA certificates of the province</source>
            <translation>Chứng chỉ CA của tỉnh</translation>
        </message>
        <message>
            <source>Certificate checks</source>
            <translation>Kiểm tra chứng chỉ</translation>
        </message>
        <message>
            <source>Station code</source>
            <translation>Mã đài</translation>
        </message>
        <message>
            <source>Sync interval</source>
            <translation>Chu kỳ đồng bộ</translation>
        </message>
        <message>
            <source>Earliest broadcast</source>
            <translation>Giờ phát sớm nhất</translation>
        </message>
        <message>
            <source>Latest broadcast</source>
            <translation>Giờ phát muộn nhất</translation>
        </message>
        <message>
            <source>Longest programme</source>
            <translation>Chương trình dài nhất</translation>
        </message>
        <message>
            <source>Daily limit</source>
            <translation>Thời lượng tối đa mỗi ngày</translation>
        </message>
        <message>
            <source>Default volume</source>
            <translation>Âm lượng mặc định</translation>
        </message>
        <message>
            <source>Default targets</source>
            <translation>Nơi phát mặc định</translation>
        </message>
        <message>
            <source>FM station for relays</source>
            <translation>Đài FM để tiếp sóng</translation>
        </message>
        <message>
            <source>Programme slots</source>
            <translation>Khung giờ chương trình</translation>
        </message>
        <message>
            <source>Loudness target</source>
            <translation>Độ to chuẩn</translation>
        </message>
        <message>
            <source>True-peak ceiling</source>
            <translation>Mức đỉnh tối đa</translation>
        </message>
        <message>
            <source>Lock after idle time</source>
            <translation>Khóa khi không dùng</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Ngôn ngữ giao diện</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(chưa có)</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>không giới hạn</translation>
        </message>
        <message>
            <source>never</source>
            <translation>chưa lần nào</translation>
        </message>
        <message>
            <source>{count} min</source>
            <translation>{count} phút</translation>
        </message>
        <message>
            <source>the whole commune</source>
            <translation>toàn xã</translation>
        </message>
        <message>
            <source>on</source>
            <translation>bật</translation>
        </message>
        <message>
            <source>OFF</source>
            <translation>TẮT</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>🔒 Set by {department} for every station of the province; it cannot be changed here.</source>
            <translation>🔒 Do {department} quy định cho mọi đài trong tỉnh; không đổi được ở đây.</translation>
        </message>
        <message>
            <source>🔒 {setting}: set by {department}; it cannot be changed here.</source>
            <translation>🔒 {setting}: do {department} quy định; không đổi được ở đây.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Parts of the settings</source>
            <translation>Các phần của cài đặt</translation>
        </message>
        <message>
            <source>‹ All settings</source>
            <translation>‹ Mọi mục cài đặt</translation>
        </message>
        <message>
            <source>Certificate checks are switched OFF for the province's server. Anyone on the network between this computer and the province can read and change what the console receives and sends. Ask your IT staff to switch them back on (with the province's CA certificate if it has its own).</source>
            <translation>Kiểm tra chứng thư số với máy chủ của tỉnh đang bị TẮT. Bất kỳ ai trên đường mạng giữa máy tính này và tỉnh đều có thể đọc và sửa những gì bảng điều khiển nhận và gửi. Hãy nhờ cán bộ kỹ thuật bật lại (kèm chứng thư CA của tỉnh nếu tỉnh có CA riêng).</translation>
        </message>
        <message>
            <source>Passwords cannot be saved safely on this computer: they are kept only until the console closes. Ask your IT staff to check Windows Credential Manager.</source>
            <translation>Máy tính này không lưu được mật khẩu một cách an toàn: mật khẩu chỉ được giữ đến khi đóng bảng điều khiển. Hãy nhờ cán bộ kỹ thuật kiểm tra Windows Credential Manager.</translation>
        </message>
        <message>
            <source>The setting is used now but could not be saved: {reason}</source>
            <translation>Cài đặt đã được áp dụng nhưng không lưu được: {reason}</translation>
        </message>
    </context>
    <context>
        <name>SettingsSections</name>
        <message>
            <source>Accounts</source>
            <translation>Tài khoản</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Nhật ký thao tác</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sao lưu</translation>
        </message>
        <message>
            <source>Broadcast rules</source>
            <translation>Quy định phát sóng</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Chung</translation>
        </message>
        <message>
            <source>Source system</source>
            <translation>Hệ thống thông tin nguồn</translation>
        </message>
        <message>
            <source>Zalo OA</source>
            <translation>Zalo OA</translation>
        </message>
    </context>
    <context>
        <name>SignInPanel</name>
        <message>
            <source>Sign in to the console</source>
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
            <source>Sign in</source>
            <translation>Đăng nhập</translation>
        </message>
        <message>
            <source>The console was locked because nobody used it for a while. Sign in to go on.</source>
            <translation>Bảng điều khiển đã tự khóa vì một lúc lâu không có ai dùng. Hãy đăng nhập để làm tiếp.</translation>
        </message>
        <message>
            <source>The console is locked. Sign in to go on.</source>
            <translation>Bảng điều khiển đang khóa. Hãy đăng nhập để làm tiếp.</translation>
        </message>
        <message>
            <source>You have signed out.</source>
            <translation>Bạn đã đăng xuất.</translation>
        </message>
        <message>
            <source>Please enter your user name and password.</source>
            <translation>Vui lòng nhập tên đăng nhập và mật khẩu.</translation>
        </message>
        <message>
            <source>Wrong user name or password. Please try again.</source>
            <translation>Sai tên đăng nhập hoặc mật khẩu. Vui lòng thử lại.</translation>
        </message>
    </context>
    <context>
        <name>Slides</name>
        <message>
            <source>Page {n} of {total}</source>
            <translation>Trang {n}/{total}</translation>
        </message>
    </context>
    <context>
        <name>SourceCheck</name>
        <message>
            <source>The connection works. The province knows this station as {station}.</source>
            <translation>Kết nối tốt. Hệ thống của tỉnh nhận đài này là {station}.</translation>
        </message>
        <message>
            <source>This is not a web address. It starts with https:// — copy it exactly from the Department's letter.</source>
            <translation>Đây không phải địa chỉ trang web. Địa chỉ bắt đầu bằng https:// — hãy chép đúng từ công văn của Sở.</translation>
        </message>
        <message>
            <source>This computer is not connected to the network. Check the cable, the Wi-Fi or the 3G/4G modem, then try again.</source>
            <translation>Máy tính này chưa kết nối mạng. Hãy kiểm tra dây mạng, Wi-Fi hoặc bộ phát 3G/4G rồi thử lại.</translation>
        </message>
        <message>
            <source>The server name {host} was not found. Check the address for typing mistakes. If it is right, the network cannot look names up: ask your IT staff.</source>
            <translation>Không tìm thấy máy chủ tên {host}. Hãy xem địa chỉ có gõ sai không. Nếu địa chỉ đúng thì mạng không tra được tên máy chủ: hãy nhờ cán bộ kỹ thuật.</translation>
        </message>
        <message>
            <source>Nothing answers at this address: the address or its port is wrong, or the province's server is stopped. Check the address; if it is right, call the province.</source>
            <translation>Không có máy chủ nào trả lời ở địa chỉ này: địa chỉ hoặc cổng bị sai, hoặc máy chủ của tỉnh đang ngừng. Hãy kiểm tra địa chỉ; nếu đúng thì gọi cho tỉnh.</translation>
        </message>
        <message>
            <source>The server did not answer in time: the connection is too slow or the server is busy. Try again in a few minutes.</source>
            <translation>Máy chủ không trả lời kịp: đường truyền quá chậm hoặc máy chủ đang bận. Hãy thử lại sau vài phút.</translation>
        </message>
        <message>
            <source>The server's security certificate is not trusted. If the province uses its own certificate authority, ask your IT staff to add its CA file. Do not switch the checks off.</source>
            <translation>Chứng chỉ bảo mật của máy chủ không đáng tin cậy. Nếu tỉnh dùng cơ quan cấp chứng chỉ riêng, hãy nhờ cán bộ kỹ thuật thêm tệp CA của tỉnh. Đừng tắt việc kiểm tra chứng chỉ.</translation>
        </message>
        <message>
            <source>The province's server refused this account or password. Check the account name and type the password again (mind Caps Lock); if it still fails, ask the province to reset it.</source>
            <translation>Máy chủ của tỉnh không chấp nhận tài khoản hoặc mật khẩu này. Hãy kiểm tra tên tài khoản và gõ lại mật khẩu (chú ý phím Caps Lock); nếu vẫn không được, đề nghị tỉnh cấp lại mật khẩu.</translation>
        </message>
        <message>
            <source>The province's server has a fault of its own ({detail}). Nothing is wrong on this computer: try again later, or tell the province.</source>
            <translation>Máy chủ của tỉnh đang gặp lỗi ({detail}). Máy tính này không có vấn đề gì: hãy thử lại sau hoặc báo cho tỉnh.</translation>
        </message>
        <message>
            <source>Something answers at this address, but it is not the source system. Check the address (it usually ends in /api/v1).</source>
            <translation>Có máy trả lời ở địa chỉ này nhưng đó không phải hệ thống nguồn. Hãy kiểm tra lại địa chỉ (thường kết thúc bằng /api/v1).</translation>
        </message>
    </context>
    <context>
        <name>SourceSection</name>
        <message>
            <source>The province's source system</source>
            <translation>Hệ thống thông tin nguồn của tỉnh</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>Đị&amp;a chỉ:</translation>
        </message>
        <message>
            <source>A&amp;ccount:</source>
            <translation>&amp;Tài khoản:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Mật khẩu:</translation>
        </message>
        <message>
            <source>Check the connection</source>
            <translation>Kiểm tra kết nối</translation>
        </message>
        <message>
            <source>Sign in and save</source>
            <translation>Đăng nhập và lưu</translation>
        </message>
        <message>
            <source>Synchronisation</source>
            <translation>Đồng bộ</translation>
        </message>
        <message>
            <source>Fetch files and send waiting messages every</source>
            <translation>Tải tệp và gửi tin đang chờ sau mỗi</translation>
        </message>
        <message>
            <source> min</source>
            <translation> phút</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <source>New bulletins and emergencies arrive as soon as the province publishes them; this is how often the console also fetches files and sends waiting messages.</source>
            <translation>Tin bài mới và tin khẩn cấp về ngay khi tỉnh đăng; đây là khoảng cách giữa các lần bảng điều khiển tải thêm tệp và gửi các tin đang chờ.</translation>
        </message>
        <message>
            <source>Settings from the Department</source>
            <translation>Thiết lập của Sở</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Thiết lập</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Giá trị</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>The Department fixes part of the account.</source>
            <translation>Sở quy định một phần của tài khoản.</translation>
        </message>
        <message>
            <source>(saved; type it only to change it)</source>
            <translation>(đã lưu; chỉ nhập khi muốn đổi)</translation>
        </message>
        <message>
            <source>The Department has not preset anything for this station (no department.json beside the program).</source>
            <translation>Sở chưa gửi thiết lập nào cho đài này (không có tệp department.json cạnh chương trình).</translation>
        </message>
        <message>
            <source>{department} presets these settings. Locked ones cannot be changed at the station; the others are suggestions the station may change.</source>
            <translation>{department} đặt sẵn các thiết lập dưới đây. Mục bị khóa thì đài không đổi được; các mục khác là gợi ý, đài có thể đổi.</translation>
        </message>
        <message>
            <source>🔒 locked</source>
            <translation>🔒 khóa</translation>
        </message>
        <message>
            <source>suggested</source>
            <translation>gợi ý</translation>
        </message>
        <message>
            <source>Fill in the address and the account.</source>
            <translation>Hãy nhập địa chỉ và tài khoản.</translation>
        </message>
        <message>
            <source>Type the password of the account.</source>
            <translation>Hãy nhập mật khẩu của tài khoản.</translation>
        </message>
        <message>
            <source>Checking the connection…</source>
            <translation>Đang kiểm tra kết nối…</translation>
        </message>
        <message>
            <source>Signing in to the province…</source>
            <translation>Đang đăng nhập vào hệ thống của tỉnh…</translation>
        </message>
        <message>
            <source>Signed in for {station}. Saved.</source>
            <translation>Đã đăng nhập cho {station}. Đã lưu.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Đã lưu.</translation>
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
            <source>FM relay</source>
            <translation>Tiếp sóng FM</translation>
        </message>
        <message>
            <source>Logged-in user</source>
            <translation>Người dùng đang đăng nhập</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Cảnh báo</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Đã khóa</translation>
        </message>
        <message>
            <source>Nobody signed in</source>
            <translation>Chưa có ai đăng nhập</translation>
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
        <message>
            <source>FM relay until {time}</source>
            <translation>Tiếp sóng FM tới {time}</translation>
        </message>
        <message>
            <source>Clusters relay an FM station; at {time} the console sends them back to their schedule (Devices › Stop playing ends it sooner)</source>
            <translation>Các cụm loa đang tiếp sóng FM; lúc {time} phần mềm đưa chúng trở lại lịch phát (Thiết bị › Dừng phát để dừng sớm hơn)</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} giờ {minutes} phút</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} phút</translation>
        </message>
        <message>
            <source>sync with the province</source>
            <translation>đồng bộ với tỉnh</translation>
        </message>
        <message>
            <source>sending to devices</source>
            <translation>gửi tới thiết bị</translation>
        </message>
        <message>
            <source>playout to the transmitter</source>
            <translation>phát ra máy phát</translation>
        </message>
        <message>
            <source>publishing to the Zalo OA</source>
            <translation>đăng bài lên Zalo OA</translation>
        </message>
        <message>
            <source>the daily backup to the second place</source>
            <translation>sao lưu hằng ngày ra nơi thứ hai</translation>
        </message>
        <message>
            <source>{work} runs on {workstation}</source>
            <translation>{work} chạy trên máy {workstation}</translation>
        </message>
        <message>
            <source>This station's PCs share one database; the work named here runs on the other PC, and this one takes it over if that PC stops.</source>
            <translation>Các máy của đài dùng chung một cơ sở dữ liệu; việc ghi ở đây đang chạy trên máy kia, và máy này sẽ tự đảm nhận nếu máy kia dừng.</translation>
        </message>
        <message>
            <source>Certificate checks OFF</source>
            <translation>Đang TẮT kiểm tra chứng thư số</translation>
        </message>
        <message>
            <source>The connection to the province is not protected: certificate checks were switched off in the settings.</source>
            <translation>Kết nối với hệ thống của tỉnh không được bảo vệ: kiểm tra chứng thư số đã bị tắt trong phần cài đặt.</translation>
        </message>
        <message>
            <source>PC clock {amount} slow</source>
            <translation>Đồng hồ máy chậm {amount}</translation>
        </message>
        <message>
            <source>This PC's clock is {amount} behind the province server</source>
            <translation>Đồng hồ máy tính này chậm {amount} so với máy chủ của tỉnh</translation>
        </message>
        <message>
            <source>PC clock {amount} fast</source>
            <translation>Đồng hồ máy nhanh {amount}</translation>
        </message>
        <message>
            <source>This PC's clock is {amount} ahead of the province server</source>
            <translation>Đồng hồ máy tính này nhanh {amount} so với máy chủ của tỉnh</translation>
        </message>
        <message>
            <source>Wrong clock on {count} device(s)</source>
            <translation>{count} thiết bị bị sai giờ</translation>
        </message>
        <message>
            <source>{name}: clock {amount} ahead</source>
            <translation>{name}: đồng hồ nhanh {amount}</translation>
        </message>
        <message>
            <source>{name}: clock {amount} behind</source>
            <translation>{name}: đồng hồ chậm {amount}</translation>
        </message>
    </context>
    <context>
        <name>StationTray</name>
        <message>
            <source>Open the console</source>
            <translation>Mở phần mềm</translation>
        </message>
        <message>
            <source>Quit (this computer's speakers stop)</source>
            <translation>Thoát (loa của máy tính này sẽ ngừng)</translation>
        </message>
        <message>
            <source>Commune Broadcast Console</source>
            <translation>Bảng điều khiển Đài truyền thanh</translation>
        </message>
        <message>
            <source>Link: {state}</source>
            <translation>Kết nối: {state}</translation>
        </message>
        <message>
            <source>Waiting to be sent: {count}</source>
            <translation>Đang chờ gửi: {count}</translation>
        </message>
        <message>
            <source>Next: {programme}</source>
            <translation>Tiếp theo: {programme}</translation>
        </message>
        <message>
            <source>Still running</source>
            <translation>Vẫn đang chạy</translation>
        </message>
        <message>
            <source>The console keeps playing and listening in the background.</source>
            <translation>Phần mềm vẫn phát và lắng nghe ở chế độ chạy ngầm.</translation>
        </message>
    </context>
    <context>
        <name>StatisticsTab</name>
        <message>
            <source>Collect play logs and count again</source>
            <extracomment>a number or a bar was clicked: its drill filter and what it is, in words the statistics of a period arrived (a `Statistics`) fetches waiting play logs from the devices (None: do not collect)</extracomment>
            <translation>Lấy nhật ký phát và tính lại</translation>
        </message>
        <message>
            <source>Collecting play logs from the clusters and boards…</source>
            <translation>Đang lấy nhật ký phát từ các cụm loa, bảng tin…</translation>
        </message>
        <message>
            <source>Play logs could not be collected ({reason}); the figures count what is already here.</source>
            <translation>Không lấy được nhật ký phát ({reason}); số liệu tính theo những gì đã có trên máy.</translation>
        </message>
        <message>
            <source>{count} clusters or boards could not be reached; their latest plays are counted once they answer.</source>
            <translation>{count} cụm loa, bảng tin không liên lạc được; các lượt phát mới nhất của chúng sẽ được tính khi kết nối lại.</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Đang tính…</translation>
        </message>
        <message>
            <source>The figures could not be counted: {reason}</source>
            <translation>Không tính được số liệu: {reason}</translation>
        </message>
        <message>
            <source>Figures for {period}. Click a blue number or a bar to see the plays behind it.</source>
            <translation>Số liệu {period}. Bấm vào số màu xanh hoặc một cột để xem các lượt phát tương ứng.</translation>
        </message>
        <message>
            <source>Bulletins broadcast by village</source>
            <translation>Lượt tin, bài đã phát theo thôn, ấp</translation>
        </message>
        <message>
            <source>Bulletins broadcast by month</source>
            <translation>Lượt tin, bài đã phát theo tháng</translation>
        </message>
        <message>
            <source>Bulletins</source>
            <translation>Tin, bài</translation>
        </message>
        <message>
            <source>Hours on air by village</source>
            <translation>Giờ phát sóng theo thôn, ấp</translation>
        </message>
        <message>
            <source>Hours on air by month</source>
            <translation>Giờ phát sóng theo tháng</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Giờ</translation>
        </message>
        <message>
            <source>Bulletins by category</source>
            <translation>Tin, bài theo lĩnh vực</translation>
        </message>
        <message>
            <source>Availability by day (%)</source>
            <translation>Tỷ lệ sẵn sàng theo ngày (%)</translation>
        </message>
        <message>
            <source>Clusters</source>
            <translation>Cụm loa</translation>
        </message>
        <message>
            <source>Boards</source>
            <translation>Bảng tin</translation>
        </message>
        <message>
            <source>{what} — {period}</source>
            <translation>{what} — {period}</translation>
        </message>
    </context>
    <context>
        <name>TargetsDialog</name>
        <message>
            <source>Where it goes</source>
            <translation>Nơi phát</translation>
        </message>
        <message>
            <source>Tick the whole commune, villages, or single clusters and boards. A ticked village also takes clusters added to it later.</source>
            <translation>Đánh dấu toàn xã, từng thôn, hoặc từng cụm loa, bảng tin. Thôn được đánh dấu cũng nhận các cụm loa thêm vào sau này.</translation>
        </message>
        <message>
            <source>Use this for new programmes (the station's default)</source>
            <translation>Dùng cho các chương trình mới (mặc định của đài)</translation>
        </message>
        <message>
            <source>Whole commune ({online} of {total} online)</source>
            <translation>Toàn xã ({online}/{total} đang hoạt động)</translation>
        </message>
        <message>
            <source>No village</source>
            <translation>Chưa thuộc thôn nào</translation>
        </message>
        <message>
            <source>{name} ({online} of {total} online)</source>
            <translation>{name} ({online}/{total} đang hoạt động)</translation>
        </message>
        <message>
            <source>board</source>
            <translation>bảng tin</translation>
        </message>
        <message>
            <source>this computer</source>
            <translation>máy tính này</translation>
        </message>
        <message>
            <source>cluster</source>
            <translation>cụm loa</translation>
        </message>
        <message>
            <source>online</source>
            <translation>đang hoạt động</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>mất kết nối</translation>
        </message>
        <message>
            <source>Nothing is ticked: tick where the programme goes.</source>
            <translation>Chưa chọn nơi nào: hãy đánh dấu nơi phát chương trình.</translation>
        </message>
        <message>
            <source>{count} clusters and boards will get it.</source>
            <translation>{count} cụm loa và bảng tin sẽ nhận chương trình.</translation>
        </message>
    </context>
    <context>
        <name>TeamTab</name>
        <message>
            <source>Import from Excel…</source>
            <translation>Nhập từ Excel…</translation>
        </message>
        <message>
            <source>Columns: full name, village, phone, Zalo, role, note. A known phone number updates that person.</source>
            <translation>Các cột: họ và tên, thôn/ấp, điện thoại, Zalo, vai trò, ghi chú. Số điện thoại đã có thì cập nhật người đó.</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Xuất ra Excel…</translation>
        </message>
        <message>
            <source>Add a person…</source>
            <translation>Thêm người…</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Sửa…</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>Thôn, ấp</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <source>Zalo</source>
            <translation>Zalo</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Vai trò</translation>
        </message>
        <message>
            <source>Trainings attended</source>
            <translation>Số lần tập huấn</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <source>(the whole commune)</source>
            <translation>(toàn xã)</translation>
        </message>
        <message>
            <source>{count} propagandists.</source>
            <translation>{count} tuyên truyền viên.</translation>
        </message>
        <message>
            <source>No propagandists in the team yet.</source>
            <translation>Tổ tuyên truyền chưa có ai.</translation>
        </message>
        <message>
            <source>“Import from Excel…” takes the commune's list (full name, village, phone, Zalo, role, note); “Add a person…” adds one at a time.</source>
            <translation>Bấm “Nhập từ Excel…” để nhập danh sách của xã (họ và tên, thôn, điện thoại, Zalo, vai trò, ghi chú), hoặc “Thêm người…” để thêm từng người.</translation>
        </message>
        <message>
            <source>The list of propagandists</source>
            <translation>Chọn danh sách tuyên truyền viên</translation>
        </message>
        <message>
            <source>{added} added, {updated} updated, {unchanged} unchanged.</source>
            <translation>Thêm {added}, cập nhật {updated}, giữ nguyên {unchanged}.</translation>
        </message>
        <message>
            <source>Export the list</source>
            <translation>Xuất danh sách</translation>
        </message>
        <message>
            <source>Written to {path}.</source>
            <translation>Đã ghi ra {path}.</translation>
        </message>
    </context>
    <context>
        <name>ThemeDialog</name>
        <message>
            <source>Theme of the plan</source>
            <translation>Chủ đề trong kế hoạch</translation>
        </message>
        <message>
            <source>Change the theme</source>
            <translation>Sửa chủ đề</translation>
        </message>
        <message>
            <source>A month</source>
            <translation>Một tháng</translation>
        </message>
        <message>
            <source>A quarter</source>
            <translation>Một quý</translation>
        </message>
        <message>
            <source>Half a year</source>
            <translation>6 tháng</translation>
        </message>
        <message>
            <source>tags of its bulletins, comma separated</source>
            <translation>thẻ của các tin thuộc chủ đề, cách nhau bởi dấu phẩy</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Thời gian:</translation>
        </message>
        <message>
            <source>Theme or campaign:</source>
            <translation>Chủ đề, chiến dịch:</translation>
        </message>
        <message>
            <source>Tags:</source>
            <translation>Từ khóa:</translation>
        </message>
        <message>
            <source>{channel}, planned:</source>
            <translation>{channel}, kế hoạch:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Ghi chú:</translation>
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
            <source>Read today's overview again (F5)</source>
            <translation>Đọc lại tổng quan hôm nay (F5)</translation>
        </message>
        <message>
            <source>Today's programmes</source>
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
            <source>This month's themes: done / planned</source>
            <translation>Chủ đề tháng này: đã thực hiện / kế hoạch</translation>
        </message>
        <message>
            <source>Programmes ›</source>
            <translation>Chương trình ›</translation>
        </message>
        <message>
            <source>Open the Programmes page</source>
            <translation>Mở trang Chương trình</translation>
        </message>
        <message>
            <source>Devices ›</source>
            <translation>Thiết bị ›</translation>
        </message>
        <message>
            <source>Open the Devices page</source>
            <translation>Mở trang Thiết bị</translation>
        </message>
        <message>
            <source>Library ›</source>
            <translation>Thư viện ›</translation>
        </message>
        <message>
            <source>Open the Library</source>
            <translation>Mở Thư viện</translation>
        </message>
        <message>
            <source>Outbox ›</source>
            <translation>Hộp thư đi ›</translation>
        </message>
        <message>
            <source>Open Outbox &amp; sync</source>
            <translation>Mở Hộp thư đi &amp; đồng bộ</translation>
        </message>
        <message>
            <source>Could not read this: {reason}</source>
            <translation>Không đọc được: {reason}</translation>
        </message>
        <message>
            <source>Whether the station is backed up could not be read: {reason}</source>
            <translation>Không đọc được tình trạng sao lưu của đài: {reason}</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Đang tải…</translation>
        </message>
        <message>
            <source>Show fewer</source>
            <translation>Thu gọn</translation>
        </message>
        <message>
            <source>No programme is planned for today.</source>
            <translation>Hôm nay chưa có chương trình nào.</translation>
        </message>
        <message>
            <source>The {time} airing of “{name}”</source>
            <translation>Buổi phát {time} của “{name}”</translation>
        </message>
        <message>
            <source>Waiting for approval ({count}):</source>
            <translation>Chờ duyệt ({count}):</translation>
        </message>
        <message>
            <source>no airing left</source>
            <translation>không còn buổi phát nào</translation>
        </message>
        <message>
            <source>• “{name}”, sent by {who}; next airing {when}</source>
            <translation>• “{name}”, {who} gửi duyệt; phát lần tới {when}</translation>
        </message>
        <message>
            <source>Open this programme to listen and approve it</source>
            <translation>Mở chương trình này để nghe và duyệt</translation>
        </message>
        <message>
            <source>Withdrawn by the province: {titles} left “{programme}” and {devices} device(s) at {time}.</source>
            <translation>Tỉnh đã thu hồi tin: {titles} đã được gỡ khỏi “{programme}” và {devices} thiết bị lúc {time}.</translation>
        </message>
        <message>
            <source>It must be approved again.</source>
            <translation>Chương trình cần được duyệt lại.</translation>
        </message>
        <message>
            <source>The console was off from {since} to {back}.</source>
            <translation>Bảng điều khiển đã tắt từ {since} đến {back}.</translation>
        </message>
        <message>
            <source>• Missed: {title}</source>
            <translation>• Bị lỡ: {title}</translation>
        </message>
        <message>
            <source>• {title} went on from minute {minute}.</source>
            <translation>• {title} được phát tiếp từ phút thứ {minute}.</translation>
        </message>
        <message>
            <source>Still owed to the province:</source>
            <translation>Tỉnh yêu cầu, còn chưa phát đủ:</translation>
        </message>
        <message>
            <source>• “{title}”: {needed} more airing(s) of {requested} asked</source>
            <translation>• “{title}”: còn thiếu {needed} trên {requested} buổi phát</translation>
        </message>
        <message>
            <source>and {count} more</source>
            <translation>và {count} mục khác</translation>
        </message>
        <message>
            <source>The name opens the programme; what the devices' play logs say opens those plays in the broadcast log</source>
            <translation>Bấm tên để mở chương trình; bấm dòng nhật ký phát để xem các lượt phát ấy trong nhật ký phát thanh</translation>
        </message>
        <message>
            <source>The name opens the programme</source>
            <translation>Bấm tên để mở chương trình</translation>
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
            <source>{count} not checked yet: Devices › Check now asks them</source>
            <translation>{count} thiết bị chưa được kiểm tra: vào Thiết bị › Kiểm tra ngay để hỏi</translation>
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
        <message>
            <source>The plan has no theme for this month. The year's plan is imported on the Plan and team page.</source>
            <translation>Kế hoạch chưa có chủ đề cho tháng này. Kế hoạch năm được nhập ở trang Kế hoạch và đội ngũ.</translation>
        </message>
        <message>
            <source>Loudspeakers {airings} · boards {board_days} days · Zalo {zalo} articles · team {team} activities</source>
            <translation>Loa {airings} lượt · bảng tin {board_days} ngày · Zalo {zalo} bài · tổ tuyên truyền {team} hoạt động</translation>
        </message>
    </context>
    <context>
        <name>TrainingDialog</name>
        <message>
            <source>Record a training</source>
            <translation>Ghi buổi tập huấn</translation>
        </message>
        <message>
            <source>Correct a training</source>
            <translation>Sửa buổi tập huấn</translation>
        </message>
        <message>
            <source>Day:</source>
            <translation>Ngày:</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Nội dung:</translation>
        </message>
        <message>
            <source>Place:</source>
            <translation>Địa điểm:</translation>
        </message>
        <message>
            <source>Theme of the plan:</source>
            <translation>Chủ đề trong kế hoạch:</translation>
        </message>
        <message>
            <source>Who attended:</source>
            <translation>Người tham dự:</translation>
        </message>
        <message>
            <source>(no theme of the plan)</source>
            <translation>(không thuộc chủ đề nào)</translation>
        </message>
    </context>
    <context>
        <name>TrainingsTab</name>
        <message>
            <source>Record a training…</source>
            <translation>Ghi buổi tập huấn…</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Sửa…</translation>
        </message>
        <message>
            <source>Correct the chosen training (also: double-click it)</source>
            <translation>Sửa buổi tập huấn đang chọn (hoặc nhấp đúp vào nó)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Địa điểm</translation>
        </message>
        <message>
            <source>Theme of the plan</source>
            <translation>Chủ đề trong kế hoạch</translation>
        </message>
        <message>
            <source>Who attended</source>
            <translation>Người tham dự</translation>
        </message>
        <message>
            <source>The training is recorded.</source>
            <translation>Đã ghi buổi tập huấn.</translation>
        </message>
        <message>
            <source>The training is corrected.</source>
            <translation>Đã sửa buổi tập huấn.</translation>
        </message>
        <message>
            <source>Delete training</source>
            <translation>Xóa buổi tập huấn</translation>
        </message>
        <message>
            <source>Delete the training “{title}” of {day} ({count} attended)? The plan and the reports no longer count it.</source>
            <translation>Xóa buổi tập huấn “{title}” ngày {day} ({count} người tham dự)? Kế hoạch và báo cáo sẽ không tính buổi này nữa.</translation>
        </message>
        <message>
            <source>No training recorded in the last {days} days.</source>
            <translation>Chưa ghi buổi tập huấn nào trong {days} ngày qua.</translation>
        </message>
        <message>
            <source>“Record a training…” records one with who of the team attended: the plan and the reports count it.</source>
            <translation>Bấm “Ghi buổi tập huấn…” để ghi một buổi tập huấn và những người trong tổ đã dự: kế hoạch và báo cáo sẽ tính buổi đó.</translation>
        </message>
        <message>
            <source>The training is deleted.</source>
            <translation>Đã xóa buổi tập huấn.</translation>
        </message>
    </context>
    <context>
        <name>ZaloPublishing</name>
        <message>
            <source>Publish to Zalo</source>
            <translation>Đăng lên Zalo</translation>
        </message>
        <message>
            <source>Publish on the commune's Zalo OA, for everyone to read?

{titles}</source>
            <translation>Đăng lên trang Zalo OA của xã cho mọi người cùng đọc?

{titles}</translation>
        </message>
        <message>
            <source>Already on the OA: the same revision is never published twice.</source>
            <translation>Đã có trên trang OA: mỗi bản của tin chỉ được đăng một lần.</translation>
        </message>
        <message>
            <source>{count} article(s) queued for the Zalo OA. They go out in the background, also later if the connection is down now.</source>
            <translation>Đã đưa {count} bài vào hàng chờ đăng lên Zalo OA. Bài được đăng tự động, kể cả khi lúc này mất kết nối thì sẽ đăng sau.</translation>
        </message>
    </context>
    <context>
        <name>ZaloSettingsBox</name>
        <message>
            <source>Zalo OA of the commune</source>
            <extracomment>the connection changed (connected, disconnected)</extracomment>
            <translation>Trang Zalo OA của xã</translation>
        </message>
        <message>
            <source>Bulletins can be published as articles on the commune's Zalo Official Account, and its followers and article views go into the reports. Copy the app id, the secret key and a refresh token from the Zalo developer console (developers.zalo.me). They are kept in Windows Credential Manager.</source>
            <translation>Tin, bài có thể được đăng thành bài viết trên trang Zalo Official Account của xã; số người theo dõi và lượt xem được đưa vào báo cáo. Sao chép mã ứng dụng (app id), khóa bí mật (secret key) và mã làm mới (refresh token) từ trang Zalo cho nhà phát triển (developers.zalo.me). Các mã này được giữ trong Windows Credential Manager.</translation>
        </message>
        <message>
            <source>Zalo address:</source>
            <translation>Địa chỉ Zalo:</translation>
        </message>
        <message>
            <source>App id:</source>
            <translation>Mã ứng dụng:</translation>
        </message>
        <message>
            <source>Secret key:</source>
            <translation>Khóa bí mật:</translation>
        </message>
        <message>
            <source>Refresh token:</source>
            <translation>Mã làm mới:</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Kết nối</translation>
        </message>
        <message>
            <source>Disconnect</source>
            <translation>Ngắt kết nối</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>Chưa kết nối</translation>
        </message>
        <message>
            <source>Connected to {name}</source>
            <translation>Đã kết nối với {name}</translation>
        </message>
        <message>
            <source>{followers} followers (read {day}). Articles: {published} published, {waiting} waiting.</source>
            <translation>{followers} người theo dõi (đọc lúc {day}). Bài viết: {published} đã đăng, {waiting} đang chờ.</translation>
        </message>
        <message>
            <source>The followers have not been read yet.</source>
            <translation>Chưa đọc được số người theo dõi.</translation>
        </message>
        <message>
            <source>Only an administrator can change the connection.</source>
            <translation>Chỉ quản trị viên mới thay đổi được kết nối.</translation>
        </message>
        <message>
            <source>Connecting to Zalo…</source>
            <translation>Đang kết nối với Zalo…</translation>
        </message>
        <message>
            <source>Connected. Bulletins can now be published to the OA.</source>
            <translation>Đã kết nối. Từ giờ có thể đăng tin lên trang OA.</translation>
        </message>
        <message>
            <source>Disconnect the Zalo OA? Articles waiting to be published stay in the outbox until it is connected again.</source>
            <translation>Ngắt kết nối trang Zalo OA? Các bài đang chờ đăng vẫn nằm trong hộp thư đi cho đến khi kết nối lại.</translation>
        </message>
    </context>
    <context>
        <name>ZaloTab</name>
        <message>
            <source>Refresh</source>
            <translation>Làm mới</translation>
        </message>
        <message>
            <source>Bulletin</source>
            <translation>Tin, bài</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Bản</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Đăng lúc</translation>
        </message>
        <message>
            <source>Views</source>
            <translation>Lượt xem</translation>
        </message>
        <message>
            <source>Article id</source>
            <translation>Mã bài viết</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Sự cố</translation>
        </message>
        <message>
            <source>The Zalo OA is not connected: an administrator connects it in Settings.</source>
            <translation>Chưa kết nối trang Zalo OA: quản trị viên kết nối trong Cài đặt.</translation>
        </message>
        <message>
            <source>{name}: {followers} followers</source>
            <translation>{name}: {followers} người theo dõi</translation>
        </message>
        <message>
            <source>{views} (read {day})</source>
            <translation>{views} (đọc ngày {day})</translation>
        </message>
    </context>
</TS>
