import { BUSINESS_REGISTRATION } from './common.ts';
import { feeTable, phi, type AgencyData } from './types.ts';

const TRADE = 'Luật Thương mại số 36/2005/QH11';
const ALCOHOL = 'Nghị định số 105/2017/NĐ-CP về kinh doanh rượu';
const TOBACCO = 'Nghị định số 67/2013/NĐ-CP quy định chi tiết một số điều của Luật Phòng, chống tác hại của thuốc lá về kinh doanh thuốc lá';
const FUEL = 'Nghị định số 83/2014/NĐ-CP về kinh doanh xăng dầu, sửa đổi, bổ sung bởi Nghị định số 95/2021/NĐ-CP và Nghị định số 80/2023/NĐ-CP';
// TT 168/2016/TT-BTC: the appraisal charge of trading licences, by where the business is.
const tradeAppraisal = feeTable('charge', 'Phí thẩm định cấp giấy phép kinh doanh', [['Tại thành phố, thị xã', 1_200_000], ['Tại khu vực khác', 600_000]]);
const REQUEST = 'Đơn đề nghị cấp giấy phép (mẫu)';
const PREMISES = 'Bản sao hợp đồng thuê hoặc giấy tờ chứng minh quyền sử dụng địa điểm kinh doanh|c';
const foodSafety = feeTable('charge', 'Phí thẩm định cơ sở đủ điều kiện an toàn thực phẩm', [['Cơ sở sản xuất thực phẩm', 3_000_000], ['Cơ sở kinh doanh thực phẩm', 1_000_000]]);

export const CONGTHUONG: AgencyData = {
  slug: 'congthuong',
  prefix: 'CT',
  fields: [
    {
      name: 'Lưu thông hàng hóa trong nước',
      organisations: true,
      weight: 2,
      legal: [TRADE],
      real: [
        { name: 'Cấp giấy phép bán buôn rượu trên địa bàn tỉnh', limit: 10, online: 'full', fees: [tradeAppraisal], docs: [REQUEST, BUSINESS_REGISTRATION, PREMISES, 'Hợp đồng nguyên tắc với thương nhân sản xuất, phân phối rượu|p', 'Bản cam kết bảo đảm điều kiện phòng cháy, chữa cháy, bảo vệ môi trường'], legal: [ALCOHOL] },
        { name: 'Cấp giấy phép sản xuất rượu công nghiệp quy mô dưới 3 triệu lít/năm', limit: 15, online: 'full', fees: [tradeAppraisal], docs: [REQUEST, BUSINESS_REGISTRATION, 'Bản sao giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm|c', 'Bản sao bản công bố sản phẩm rượu|c', 'Danh sách và bằng cấp của cán bộ kỹ thuật|p'], legal: [ALCOHOL] },
        { name: 'Cấp giấy phép bán buôn sản phẩm thuốc lá', limit: 15, online: 'full', fees: [tradeAppraisal], docs: [REQUEST, BUSINESS_REGISTRATION, PREMISES, 'Văn bản giới thiệu của các thương nhân phân phối sản phẩm thuốc lá|c'], legal: [TOBACCO] },
        { name: 'Cấp giấy phép bán lẻ sản phẩm thuốc lá', limit: 10, online: 'full', fees: [tradeAppraisal], docs: [REQUEST, BUSINESS_REGISTRATION, PREMISES, 'Văn bản giới thiệu của thương nhân bán buôn sản phẩm thuốc lá|c'], legal: [TOBACCO] },
        { name: 'Cấp giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu', limit: 15, online: 'full', fees: [tradeAppraisal], docs: [REQUEST, BUSINESS_REGISTRATION, 'Bản sao giấy tờ chứng minh quyền sử dụng cửa hàng bán lẻ xăng dầu|c', 'Bản sao biên bản nghiệm thu về phòng cháy, chữa cháy|c', 'Bản sao giấy chứng nhận kiểm định cột đo nhiên liệu|c'], legal: [FUEL] },
        { name: 'Cấp giấy chứng nhận đủ điều kiện thương nhân kinh doanh mua bán khí', limit: 15, online: 'full', fees: [tradeAppraisal], docs: [REQUEST, BUSINESS_REGISTRATION, 'Tài liệu chứng minh đáp ứng điều kiện về kho chứa, phương tiện vận chuyển khí|c'], legal: ['Nghị định số 87/2018/NĐ-CP về kinh doanh khí'] },
      ],
      subjects: ['giấy phép bán lẻ rượu', 'giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh', 'giấy chứng nhận đủ điều kiện cửa hàng bán lẻ khí dầu mỏ hóa lỏng chai', 'giấy phép sản xuất sản phẩm thuốc lá'],
    },
    {
      name: 'Xúc tiến thương mại',
      organisations: true,
      legal: [TRADE, 'Nghị định số 81/2018/NĐ-CP quy định chi tiết Luật Thương mại về hoạt động xúc tiến thương mại'],
      real: [
        { name: 'Đăng ký thực hiện khuyến mại theo hình thức mang tính may rủi thực hiện trên địa bàn tỉnh', limit: 5, online: 'full', docs: ['Đơn đề nghị đăng ký thực hiện khuyến mại (mẫu)', 'Thể lệ chương trình khuyến mại', 'Mẫu vé số dự thưởng|o|1|Chương trình có phát hành vé số dự thưởng'] },
        { name: 'Đăng ký tổ chức hội chợ, triển lãm thương mại tại Việt Nam', limit: 7, online: 'full', docs: ['Đơn đăng ký tổ chức hội chợ, triển lãm thương mại (mẫu)'] },
      ],
      subjects: ['xác nhận đăng ký thực hiện khuyến mại', 'văn bản xác nhận đăng ký tổ chức hội chợ, triển lãm thương mại'],
    },
    {
      name: 'Điện',
      organisations: true,
      legal: ['Luật Điện lực số 61/2024/QH15'],
      real: [
        { name: 'Cấp giấy phép hoạt động điện lực trong lĩnh vực phát điện đối với nhà máy điện có quy mô dưới 30 MW', limit: 15, online: 'full', fees: [phi('Phí thẩm định cấp giấy phép hoạt động điện lực', 2_100_000)], docs: ['Văn bản đề nghị cấp giấy phép hoạt động điện lực (mẫu)', BUSINESS_REGISTRATION, 'Danh sách trích ngang người trực tiếp quản lý kỹ thuật, vận hành|p', 'Bản sao quyết định phê duyệt dự án và biên bản nghiệm thu công trình|c'] },
        { name: 'Cấp thẻ kiểm tra viên điện lực', limit: 10, online: 'full', docs: ['Giấy đề nghị cấp thẻ kiểm tra viên điện lực (mẫu)', 'Bản sao văn bằng chuyên ngành điện|c', 'Ảnh màu cỡ 2x3 cm|o|2'] },
      ],
      subjects: ['giấy phép hoạt động điện lực trong lĩnh vực bán lẻ điện', 'giấy phép hoạt động điện lực trong lĩnh vực tư vấn chuyên ngành điện lực'],
    },
    {
      name: 'Hóa chất',
      organisations: true,
      legal: ['Luật Hóa chất số 06/2007/QH12', 'Nghị định số 113/2017/NĐ-CP quy định chi tiết và hướng dẫn thi hành một số điều của Luật Hóa chất'],
      real: [
        { name: 'Cấp giấy chứng nhận đủ điều kiện sản xuất, kinh doanh hóa chất sản xuất, kinh doanh có điều kiện trong lĩnh vực công nghiệp', limit: 12, online: 'full', docs: ['Văn bản đề nghị cấp giấy chứng nhận (mẫu)', BUSINESS_REGISTRATION, 'Bản kê khai địa điểm kinh doanh, kho chứa hóa chất', 'Bản sao quyết định phê duyệt kế hoạch phòng ngừa, ứng phó sự cố hóa chất|c'] },
        { name: 'Xác nhận biện pháp phòng ngừa, ứng phó sự cố hóa chất', limit: 15, online: 'partial', docs: ['Văn bản đề nghị xác nhận biện pháp (mẫu)', 'Biện pháp phòng ngừa, ứng phó sự cố hóa chất|o|3'] },
      ],
      subjects: ['giấy chứng nhận đủ điều kiện kinh doanh hóa chất hạn chế sản xuất, kinh doanh'],
    },
    {
      name: 'An toàn thực phẩm',
      organisations: true,
      legal: ['Luật An toàn thực phẩm số 55/2010/QH12', 'Nghị định số 15/2018/NĐ-CP quy định chi tiết thi hành một số điều của Luật An toàn thực phẩm'],
      real: [
        { name: 'Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh thực phẩm do Sở Công Thương quản lý', limit: 20, online: 'full', fees: [foodSafety], docs: ['Đơn đề nghị cấp giấy chứng nhận (mẫu)', 'Bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ bảo đảm điều kiện vệ sinh an toàn thực phẩm', 'Giấy xác nhận đủ sức khỏe của chủ cơ sở và người trực tiếp sản xuất, kinh doanh thực phẩm|c', 'Giấy xác nhận đã được tập huấn kiến thức an toàn thực phẩm|c'] },
      ],
      subjects: ['giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở kinh doanh tổng hợp các nhóm sản phẩm', 'giấy xác nhận kiến thức an toàn thực phẩm'],
    },
    {
      name: 'Thương mại quốc tế',
      organisations: true,
      legal: [TRADE, 'Nghị định số 09/2018/NĐ-CP quy định chi tiết Luật Thương mại và Luật Quản lý ngoại thương về hoạt động mua bán hàng hóa của nhà đầu tư nước ngoài'],
      real: [
        { name: 'Cấp giấy phép kinh doanh cho tổ chức kinh tế có vốn đầu tư nước ngoài', limit: 10, online: 'full', fees: [phi('Phí thẩm định cấp giấy phép kinh doanh', 3_000_000)], docs: ['Đơn đề nghị cấp giấy phép kinh doanh (mẫu)', 'Bản giải trình có nội dung về điều kiện cấp giấy phép kinh doanh', 'Tài liệu về tình hình tài chính của tổ chức kinh tế|c', BUSINESS_REGISTRATION] },
        { name: 'Cấp giấy phép thành lập văn phòng đại diện của thương nhân nước ngoài tại Việt Nam', limit: 7, online: 'full', docs: ['Đơn đề nghị cấp giấy phép thành lập văn phòng đại diện (mẫu)', 'Bản sao giấy đăng ký kinh doanh của thương nhân nước ngoài có hợp pháp hóa lãnh sự|c', 'Báo cáo tài chính có kiểm toán năm gần nhất|c', 'Bản sao hộ chiếu của người đứng đầu văn phòng đại diện|c'] },
      ],
      subjects: ['giấy phép lập cơ sở bán lẻ của tổ chức kinh tế có vốn đầu tư nước ngoài', 'giấy phép thành lập văn phòng đại diện của thương nhân nước ngoài'],
    },
  ],
};
