// The seed report's narrative (2023), as the chairperson would keep it in congdoan: the text is theirs,
// but years, member figures and anniversaries are placeholders computed from the records.
// Emulation figures (A.II.1, A.II.3) come from the emulation records (huong-binh-emulation-2023.ts); welfare, blood
// donations, the voluntary fund, campaigns and dues (A.I.3, A.II.3) from the ledger (huong-binh-finance-2023.ts);
// the limitations of A.III from the attendance (huong-binh-activities-2023.ts); part B from the 2024 plan.
export const HUONG_BINH_REPORT_DATE_2023 = '2023-12-25';

export const huongBinhReport2023: Record<string, string[]> = {
  moDau: [
    'Năm {{nam}} điều kiện kinh tế xã hội gặp rất nhiều khó khăn, thời tiết khí hậu thay đổi thất thường, giá cả các mặt hàng nông sản không ổn định, tình hình dịch bệnh trên các loại cây trồng vật nuôi vẫn còn phức tạp nên đã có nhiều tác động khó khăn đến đời sống của bà con nhân dân nói chung và cán bộ, công chức nói riêng, tình hình an ninh chính trị và trật tự an toàn xã hội tuy ổn định nhưng vẫn còn tiềm ẩn những diễn biến phức tạp khó lường. Nhưng dưới sự lãnh đạo trực tiếp của Đảng ủy, cán bộ, đoàn viên của Công đoàn đã ra sức phấn đấu thực hiện thắng lợi Nghị quyết Đảng ủy, HĐND và nhiệm vụ của Công đoàn đặt ra trong năm {{nam}}.',
  ],
  'A.I.1': [
    'Trong năm qua, cùng với sự phát triển chung của xã hội xã {{diaDanh}} cũng có nhiều phát triển, tiến bộ mới, bộ mặt nông thôn trên địa bàn xã ngày càng được khởi sắc.',
    'Tổng số đoàn viên Công đoàn hiện nay là {{doanVien.tong}} đồng chí, Nữ {{doanVien.nu}} đồng chí. Về chất lượng đã được nâng lên rõ rệt, hầu hết cán bộ, đoàn viên Công đoàn đều có lập trường kiên định, tư tưởng chính trị vững vàng, có ý thức tổ chức kỷ luật, trình độ chuyên môn ngày càng chuẩn hóa, có lối sống trong sáng, lành mạnh, tin tưởng vào sự lãnh đạo của Đảng, gương mẫu đi đầu trong sự nghiệp đổi mới của đất nước và các phong trào ở địa phương.',
  ],
  'A.I.2': [
    'Tình hình đời sống của CBCC của cơ quan tuy có một số đồng chí thu nhập từ lương, phụ cấp còn thấp, nhưng nhờ biết kết hợp phát triển kinh tế gia đình nên đời sống vật chất, tinh thần được nâng lên đáng kể. Phần lớn CBCC của cơ quan đều đã mua sắm các phương tiện đi lại, phương tiện nghe nhìn, các vật dụng có giá trị kinh tế trong gia đình và xây dựng nhà cửa kiên cố và có nguồn thu nhập ổn định.',
  ],
  'A.I.3': [
    '- Công tác kiểm tra và giám sát việc thực hiện các chế độ chính sách đối với CBCC của cơ quan được Công đoàn thường xuyên quan tâm, nhất là các chế độ thiết thực như: bảo hiểm xã hội, bảo hiểm y tế, công tác phí, chế độ nâng lương, nâng bậc lương... Các hoạt động xã hội tình nghĩa khác cũng được đông đảo CBCC của cơ quan hưởng ứng tích cực, tuy đời sống của một số ít CBCC của cơ quan vẫn còn khó khăn. Song với truyền thống “Lá lành đùm lá rách”, “Lá rách ít đùm lá rách nhiều”, Công đoàn đã vận động toàn thể CBCC của cơ quan tham gia thực hiện đầy đủ các khoản đóng góp theo chủ trương của Đảng, Nhà nước phát động như: {{taiChinh.vanDong.ten}}... Ngoài ra hàng tháng mỗi đoàn viên tự nguyện tham gia đóng góp quỹ Công đoàn {{taiChinh.quyTuNguyen.mucDong}}/người/tháng để góp phần xây dựng quỹ tham quan học tập, đồng thời còn tham gia đóng góp đầy đủ các loại quỹ do Liên đoàn lao động các cấp phát động.',
    'Vận động CBCC trong cơ quan tham gia hiến máu nhân đạo hàng năm, có những đoàn viên tham gia hiến máu nhân đạo đến nay {{chamLo.hienMau.khoang15}} lần.',
    'Kịp thời thăm hỏi, động viên khi CBCC và người thân ốm đau, hoạn nạn, từ trần. Hỗ trợ về vật chất cũng như tinh thần cho CBCC trong các ngày lễ, tết với số tiền {{chamLo.leTet.lamTron}} đồng. Khen thưởng động viên kịp thời con của CBCC học giỏi ở các cấp học, tổ chức gặp mặt tặng quà cho các cháu thiếu nhi đồng con của đoàn viên nhân dịp ngày quốc tế thiếu nhi, tết Trung thu…',
  ],
  'A.II.1': [
    'Công tác tham gia quản lý và phối hợp tổ chức các phong trào thi đua yêu nước trong CBCC của cơ quan có nhiều chuyển biến tốt.',
    'Công đoàn đã xây dựng và thực hiện quy chế phối hợp giữa Cơ quan và Công đoàn, quy chế dân chủ trong hoạt động của cơ quan. Thông qua các hình thức hoạt động này CBCC trong cơ quan đã phát huy dân chủ, trực tiếp tham gia ý kiến xây dựng chương trình kế hoạch nội quy, quy chế hoạt động, đã tác động tích cực vào việc nâng cao trách nhiệm, ý thức tổ chức kỷ luật trong CBCC.',
    'Năm {{nam}}, cán bộ, công chức cơ quan xã đăng ký thi đua là {{thiDua.dangKy.tong}} đồng chí, trong đó có {{thiDua.dangKy.canBoCongChuc}} đồng chí cán bộ và công chức, {{thiDua.dangKy.khongChuyenTrach}} cán bộ không chuyên trách.',
    'Đối với cán bộ, công chức có {{thiDua.dangKy.ldtt}} đồng chí đăng ký danh hiệu “Lao động tiên tiến” và {{thiDua.dangKy.cstdcs}} đồng chí đăng ký danh hiệu “Chiến sĩ thi đua cấp cơ sở”. Kết quả qua bình xét cuối năm {{nam}} có {{thiDua.dat.ldtt}} đồng chí đạt danh hiệu “Lao động tiên tiến”. Trong đó có {{thiDua.sangKien.tacGia}} đồng chí làm đề tài sáng kiến kinh nghiệm đề nghị công nhận danh hiệu Chiến sĩ thi đua cấp cơ sở, được UBND thị xã công nhận {{thiDua.sangKien.capHuyen}} đề tài sáng kiến đạt danh hiệu “Chiến sĩ thi đua cấp cơ sở”.',
    'Đối với cán bộ không chuyên trách có {{thiDua.danhGia.httnv.khongChuyenTrach}} đồng chí được công nhận HTTNV, kết quả cuối năm được các ngành, cơ quan khen thưởng.',
    'Có một số đồng chí được cấp trên, cơ quan chuyên môn tặng giấy khen vì có thành tích trong hoạt động phong trào và hoàn thành tốt nhiệm vụ chuyên môn.',
    'Cơ quan xã {{diaDanh}} được UBND thị xã công nhận {{thiDua.tapThe.coQuan.danhHieu}}. Công tác {{thiDua.giaiThuong.coQuan.ten}} được UBND thị xã trao {{thiDua.giaiThuong.coQuan.hang}}.',
    'Công đoàn cơ sở được công nhận là {{thiDua.xepLoai}}, được LĐLĐ tỉnh khen thưởng cho {{thiDua.khenThuong.capTinh.daKhen}} cá nhân, LĐLĐ thị xã khen thưởng {{thiDua.khenThuong.capHuyen.daKhen}} cá nhân đoàn viên có thành tích xuất sắc trong các phong trào của Công đoàn, đề nghị UBND xã khen thưởng cho {{thiDua.khenThuong.capXa.deNghi}} cá nhân các đồng chí đoàn viên. Các Hội đoàn thể đều đạt danh hiệu HTTNV và HTXSNV được Hội cấp trên khen thưởng.',
    'Phong trào thi đua học tập để nâng cao trình độ học vấn, trình độ chính trị, trình độ chuyên môn nghiệp vụ để từng bước chuẩn hóa đội ngũ cán bộ, công chức.',
    'Các đoàn thể trong xã thi đua thực hiện phong trào ngày “Chủ nhật xanh”, Công đoàn cơ sở cùng với CBCC cơ quan quản lý khuôn viên cơ quan “Sáng, xanh, sạch, đẹp”. Thông qua phong trào này đã xây dựng cảnh quan môi trường ngày càng sạch đẹp hơn.',
    'Phong trào xây dựng nếp sống văn hóa trong cơ quan được cán bộ, công chức quan tâm hưởng ứng tích cực.',
  ],
  'A.II.2': [
    'Công tác tuyên truyền giáo dục đã có nhiều tiến bộ, phẩm chất chính trị, năng lực công tác và ý thức tổ chức kỷ luật của CBCC trong cơ quan được nâng lên.',
    'Trong năm qua, Ban chấp hành Công đoàn đã bám sát Nghị quyết của Đảng uỷ, các chính sách Pháp luật của Nhà nước, Nghị quyết của Công đoàn các cấp và các sự kiện chính trị của đất nước để tuyên truyền giáo dục, góp phần nâng cao nhận thức về tư tưởng, bản lĩnh chính trị, phẩm chất đạo đức cách mạng cho cán bộ, công chức trong cơ quan. Quan tâm tạo điều kiện cho cán bộ, công chức tham gia học tập các nghị quyết của Đảng, chính sách pháp luật của Nhà nước do thị xã và xã tổ chức, đặc biệt là việc: “Học tập và làm theo tấm gương đạo đức phong cách Hồ Chí Minh”. Đồng thời triển khai thực hiện cuộc vận động xây dựng người CBCC “Trung thành, tận tuỵ, sáng tạo, gương mẫu”.',
    'Bên cạnh các nội dung, giải pháp tuyên truyền giáo dục cho CBCC, trong năm qua Công đoàn đã tham gia hưởng ứng tốt các phong trào hoạt động khác như: Các hoạt động tuyên truyền nhân các ngày thành lập của các Hội, ngày thành lập Công đoàn...',
    'Xây dựng và thực hiện nếp sống văn hóa trong cơ quan và nơi cư trú, hàng năm qua bình xét phân loại có {{giaDinhVanHoa.tyLe}} gia đình CBCC trong cơ quan được công nhận gia đình văn hóa.',
  ],
  'A.II.3': [
    'Tích cực tham gia góp ý về sự lãnh đạo của Đảng, góp ý tự phê bình và phê bình trong CBCC và đảng viên, tham gia góp ý về sự điều hành của UBND không ngừng nâng cao hiệu lực, hiệu quả quản lý nhà nước góp phần thúc đẩy phát triển kinh tế - xã hội của địa phương.',
    'Thực hiện hướng dẫn của LĐLĐ Tỉnh, LĐLĐ Thị xã về xây dựng Công đoàn cơ sở vững mạnh, kết quả xếp loại CĐCS năm {{nam}} được xếp loại CĐCS {{thiDua.xepLoai}}. Tổ nữ công của Công đoàn đã hoạt động có hiệu quả, tập hợp vận động được chị em tham gia các hoạt động như: Phụ nữ giỏi việc Nước, đảm việc nhà, nuôi con khỏe, dạy con ngoan, gia đình bình đẳng hạnh phúc... phối hợp với Hội LHPN xã tổ chức kỷ niệm ngày Quốc tế phụ nữ và khởi nghĩa Hai Bà Trưng, kỷ niệm {{kyNiem.hoiLHPN}} năm ngày thành lập Hội LHPN Việt Nam 20/10, tổ chức thăm hỏi, tặng quà động viên cho đoàn viên nữ nhân kỷ niệm các ngày 8/3 và 20/10.',
    'Công đoàn đã thực hiện tốt việc thu, chi đoàn phí, {{taiChinh.nopDayDu.tyLe}} đoàn viên nộp đầy đủ các loại quỹ do cấp trên phát động, công tác thu, chi {{taiChinh.congKhai.danhGia}} theo nguyên tắc tài chính. Chăm sóc, quản lý tốt diện tích rừng trồng để xây dựng nguồn quỹ hoạt động của Công đoàn.',
  ],
  'A.III.1': [
    'Bên cạnh những kết quả đạt được, hoạt động Công đoàn trong năm qua còn có những hạn chế khuyết điểm như sau:',
    '- Công tác tuyên truyền giáo dục của Công đoàn chưa đáp ứng với yêu cầu nhiệm vụ đặt ra.',
    '- Công tác tổ chức xây dựng công đoàn vững mạnh, đã có nhiều cố gắng, song một số vấn đề còn yếu như: Việc duy trì chế độ sinh hoạt công đoàn, tổ công đoàn thực hiện {{hoatDong.sinhHoat.danhGia}}, một số đoàn viên vẫn chưa nêu cao ý thức tập thể để xây dựng Công đoàn vững mạnh, Phong trào Chủ nhật xanh tại cơ quan {{hoatDong.chuNhatXanh.soDoanVienDuoiNguong}} đồng chí đoàn viên chưa thực sự gương mẫu chấp hành kế hoạch thực hiện vào chiều thứ 6 hàng tuần mà tổ chức làm việc khác hoặc báo đi công tác…',
  ],
  'A.III.2': [
    '- Nhận thức về vị trí, vai trò và chức năng, nhiệm vụ của Công đoàn đối với cán bộ, công chức, đoàn viên còn hạn chế.',
    '- Công tác đấu tranh, tự phê bình và phê bình trong một số cán bộ đoàn viên công đoàn chưa mạnh dạn.',
  ],
  B: [
    'Trên cơ sở Nghị quyết của Đảng ủy, Nghị quyết của Hội đồng nhân dân xã và Chương trình công tác năm {{namSau}} của Ủy ban nhân dân xã. Để thực hiện thắng lợi mục tiêu, các chỉ tiêu kinh tế xã hội, Công đoàn cơ sở xã {{diaDanh}} phát động phong trào thi đua yêu nước năm {{namSau}} và đề ra một số chỉ tiêu với những nội dung như sau:',
  ],
  // B.I is written from the movements launched for 2024 (huong-binh-plan-2024.ts), as the template does; B.II
  // arranges the 2024 targets the way the seed groups them, each one's words and value from the plan.
  'B.II': [
    '1. {{keHoach.namSau.1}}. Thực hiện tốt quy chế làm việc, quy định về văn hóa công sở và Nghị định 04/2015/NĐ-CP về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước và đơn vị sự nghiệp công lập.',
    '2. {{keHoach.namSau.2}}, {{keHoach.namSau.3}}; {{keHoach.namSau.4}}; Cơ quan Đảng, Chính quyền, Mặt trận và các Đoàn thể được công nhận danh hiệu “Tập thể lao động tiên tiến”; {{keHoach.namSau.5}}.',
    '3. {{keHoach.namSau.6}}. {{keHoach.namSau.7}}.',
    '4. {{keHoach.namSau.8}}.',
    '5. Tiếp tục thực hiện phong trào thi đua “Công đoàn cơ sở không khói thuốc lá”.',
  ],
  ketLuan: [
    'Phát huy truyền thống đoàn kết, phối hợp chặt chẽ, tinh thần chủ động, sáng tạo, Ban chấp hành Công đoàn kêu gọi mỗi một đoàn viên của Công đoàn tích cực phấn đấu lao động, học tập, rèn luyện bản thân để thực hiện có hiệu quả các phong trào thi đua yêu nước năm {{namSau}} góp phần thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội của địa phương./.',
  ],
};
