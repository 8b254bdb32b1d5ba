import { BUSINESS_REGISTRATION, DEGREE, HEALTH_CERTIFICATE, PORTRAIT_3X4 } from './common.ts';
import { lePhi, phi, type AgencyData } from './types.ts';

const FISHERIES = ['Luật Thủy sản số 18/2017/QH14', 'Nghị định số 26/2019/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Thủy sản'];
const VETERINARY = ['Luật Thú y số 79/2015/QH13'];
const FISHING_BOAT = 'Tờ khai đăng ký tàu cá (mẫu)';

export const NNPTNT: AgencyData = {
  slug: 'nnptnt',
  prefix: 'NN',
  fields: [
    {
      name: 'Trồng trọt và bảo vệ thực vật',
      organisations: true,
      legal: ['Luật Trồng trọt số 31/2018/QH14', 'Luật Bảo vệ và kiểm dịch thực vật số 41/2013/QH13'],
      real: [
        { name: 'Cấp giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật', limit: 20, online: 'full', fees: [phi('Phí thẩm định cấp giấy chứng nhận', 500_000)], docs: ['Đơn đề nghị cấp giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật (mẫu)', 'Bản thuyết minh điều kiện buôn bán thuốc bảo vệ thực vật', 'Bản sao văn bằng chuyên ngành bảo vệ thực vật, trồng trọt hoặc giấy chứng nhận bồi dưỡng chuyên môn|c'] },
        { name: 'Cấp giấy chứng nhận đủ điều kiện buôn bán phân bón', limit: 15, online: 'full', docs: ['Đơn đề nghị cấp giấy chứng nhận đủ điều kiện buôn bán phân bón (mẫu)', 'Bản sao giấy chứng nhận bồi dưỡng chuyên môn về phân bón|c'] },
      ],
      subjects: ['giấy chứng nhận đủ điều kiện sản xuất phân bón', 'giấy chứng nhận kiểm dịch thực vật nội địa'],
    },
    {
      name: 'Chăn nuôi và thú y',
      legal: [...VETERINARY, 'Luật Chăn nuôi số 32/2018/QH14'],
      real: [
        { name: 'Cấp giấy chứng nhận kiểm dịch động vật, sản phẩm động vật vận chuyển ra khỏi địa bàn cấp tỉnh', limit: 3, online: 'full', fees: [phi('Phí kiểm dịch động vật, sản phẩm động vật', 70_000)], docs: ['Giấy đăng ký kiểm dịch động vật, sản phẩm động vật vận chuyển ra khỏi địa bàn cấp tỉnh (mẫu)', 'Bản sao giấy chứng nhận tiêm phòng hoặc kết quả xét nghiệm bệnh|c|1|Động vật thuộc diện phải tiêm phòng hoặc xét nghiệm'] },
        { name: 'Cấp chứng chỉ hành nghề thú y', limit: 5, online: 'full', fees: [lePhi('Lệ phí cấp chứng chỉ hành nghề thú y', 50_000)], docs: ['Đơn đăng ký cấp chứng chỉ hành nghề thú y (mẫu)', DEGREE, HEALTH_CERTIFICATE, PORTRAIT_3X4] },
        { name: 'Cấp giấy chứng nhận đủ điều kiện chăn nuôi đối với chăn nuôi trang trại quy mô lớn', limit: 15, online: 'partial', docs: ['Đơn đề nghị cấp giấy chứng nhận đủ điều kiện chăn nuôi (mẫu)', 'Bản thuyết minh về điều kiện chăn nuôi', 'Bản sao báo cáo đánh giá tác động môi trường đã được phê duyệt|c'] },
        { name: 'Cấp giấy chứng nhận đủ điều kiện sản xuất thức ăn chăn nuôi thương mại', limit: 20, online: 'partial', docs: ['Đơn đề nghị cấp giấy chứng nhận (mẫu)', 'Bản thuyết minh điều kiện sản xuất thức ăn chăn nuôi', BUSINESS_REGISTRATION] },
      ],
      subjects: ['giấy chứng nhận cơ sở an toàn dịch bệnh động vật', 'giấy chứng nhận điều kiện vệ sinh thú y'],
    },
    {
      name: 'Thủy sản',
      legal: FISHERIES,
      real: [
        { name: 'Đăng ký tàu cá', limit: 3, online: 'full', fees: [lePhi('Lệ phí cấp giấy chứng nhận đăng ký tàu cá', 70_000)], docs: [FISHING_BOAT, 'Giấy chứng nhận an toàn kỹ thuật tàu cá|c', 'Giấy tờ chứng minh nguồn gốc tàu cá (hợp đồng đóng mới, mua bán)|c', 'Ảnh màu cỡ 9x12 cm chụp toàn tàu theo hướng hai bên mạn tàu|o|2'] },
        { name: 'Cấp văn bản chấp thuận đóng mới, cải hoán, thuê, mua tàu cá', limit: 5, online: 'full', docs: ['Đơn đề nghị chấp thuận đóng mới, cải hoán, thuê, mua tàu cá (mẫu)', 'Bản sao giấy phép khai thác thủy sản của tàu cá đã được thay thế|c|1|Tàu cá thay thế'] },
        { name: 'Cấp giấy phép khai thác thủy sản', limit: 6, online: 'full', fees: [lePhi('Lệ phí cấp giấy phép khai thác thủy sản', 40_000)], docs: ['Đơn đề nghị cấp giấy phép khai thác thủy sản (mẫu)', 'Bản sao văn bằng, chứng chỉ thuyền trưởng, máy trưởng|c|1|Tàu cá có chiều dài từ 12 m trở lên'] },
        { name: 'Cấp giấy chứng nhận an toàn kỹ thuật tàu cá', limit: 5, online: 'partial', docs: ['Giấy đề nghị kiểm tra an toàn kỹ thuật tàu cá (mẫu)', 'Hồ sơ thiết kế tàu cá đã được thẩm định|c|1|Tàu cá đóng mới hoặc cải hoán'] },
        { name: 'Cấp giấy chứng nhận cơ sở đủ điều kiện nuôi trồng thủy sản', limit: 10, online: 'partial', docs: ['Đơn đề nghị cấp giấy chứng nhận (mẫu)', 'Bản thuyết minh về cơ sở vật chất, kỹ thuật nuôi trồng thủy sản'] },
      ],
      subjects: ['giấy chứng nhận đăng ký tàu cá tạm thời', 'giấy xác nhận đăng ký nuôi trồng thủy sản lồng bè'],
    },
    {
      name: 'Lâm nghiệp',
      legal: ['Luật Lâm nghiệp số 16/2017/QH14', 'Nghị định số 156/2018/NĐ-CP quy định chi tiết thi hành một số điều của Luật Lâm nghiệp'],
      real: [
        { name: 'Phê duyệt phương án khai thác thực vật rừng thông thường thuộc rừng sản xuất là rừng trồng', limit: 10, online: 'partial', docs: ['Văn bản đề nghị phê duyệt phương án khai thác (mẫu)', 'Phương án khai thác thực vật rừng thông thường'] },
        { name: 'Chuyển loại rừng đối với khu rừng do Ủy ban nhân dân cấp tỉnh quyết định thành lập', limit: 30, online: 'partial', docs: ['Tờ trình đề nghị chuyển loại rừng', 'Phương án chuyển loại rừng', 'Bản đồ hiện trạng khu rừng đề nghị chuyển loại|o|1'] },
      ],
      subjects: ['giấy chứng nhận đăng ký trại nuôi sinh trưởng, sinh sản động vật rừng', 'mã số cơ sở nuôi, trồng các loài thực vật, động vật hoang dã'],
    },
    {
      name: 'Thủy lợi',
      organisations: true,
      legal: ['Luật Thủy lợi số 08/2017/QH14', 'Nghị định số 67/2018/NĐ-CP quy định chi tiết một số điều của Luật Thủy lợi'],
      real: [
        { name: 'Cấp giấy phép cho các hoạt động trong phạm vi bảo vệ công trình thủy lợi', limit: 20, online: 'partial', docs: ['Đơn đề nghị cấp giấy phép (mẫu)', 'Bản vẽ thiết kế thể hiện vị trí và phạm vi hoạt động đề nghị cấp phép', 'Văn bản đánh giá ảnh hưởng của hoạt động đến công trình thủy lợi'] },
      ],
      subjects: ['giấy phép xả nước thải vào công trình thủy lợi', 'giấy phép khoan, đào khảo sát địa chất trong phạm vi bảo vệ công trình thủy lợi'],
    },
    {
      name: 'Quản lý chất lượng nông lâm sản và thủy sản',
      organisations: true,
      legal: ['Luật An toàn thực phẩm số 55/2010/QH12', 'Thông tư số 38/2018/TT-BNNPTNT quy định việc thẩm định, chứng nhận cơ sở sản xuất, kinh doanh thực phẩm nông, lâm, thủy sản đủ điều kiện an toàn thực phẩm'],
      real: [
        { name: 'Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh nông, lâm, thủy sản', limit: 15, online: 'full', fees: [phi('Phí thẩm định cơ sở đủ điều kiện an toàn thực phẩm', 700_000)], docs: ['Đơn đề nghị cấp giấy chứng nhận (mẫu)', 'Bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ sản xuất, kinh doanh'] },
        { name: 'Xác nhận nội dung quảng cáo đối với sản phẩm nông, lâm, thủy sản', limit: 10, online: 'full', docs: ['Đơn đề nghị xác nhận nội dung quảng cáo (mẫu)', 'Bản sao giấy chứng nhận lưu hành sản phẩm|c', 'Kịch bản hoặc mẫu quảng cáo dự kiến'] },
      ],
      subjects: ['giấy xác nhận kiến thức về an toàn thực phẩm nông, lâm, thủy sản'],
    },
    {
      name: 'Phát triển nông thôn',
      legal: ['Quyết định số 919/QĐ-TTg phê duyệt Chương trình mỗi xã một sản phẩm giai đoạn 2021–2025', 'Nghị định số 52/2018/NĐ-CP về phát triển ngành nghề nông thôn'],
      real: [
        { name: 'Công nhận nghề truyền thống, làng nghề, làng nghề truyền thống', limit: 30, online: 'partial', docs: ['Văn bản đề nghị công nhận của Ủy ban nhân dân cấp xã', 'Báo cáo tóm tắt quá trình hình thành và phát triển của nghề, làng nghề', 'Bản sao giấy chứng nhận, huy chương đã đạt được|c|1|Làng nghề đã được khen thưởng'] },
        { name: 'Đánh giá, phân hạng sản phẩm OCOP cấp tỉnh', limit: 30, online: 'partial', docs: ['Phiếu đăng ký sản phẩm OCOP (mẫu)', 'Phương án, dự án sản xuất kinh doanh', 'Bản sao giấy chứng nhận an toàn thực phẩm và công bố sản phẩm|c'] },
      ],
      subjects: [],
    },
  ],
};
