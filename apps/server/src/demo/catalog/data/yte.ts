import { BUSINESS_REGISTRATION, CV, DEGREE, HEALTH_CERTIFICATE, PORTRAIT_4X6 } from './common.ts';
import { feeTable, phi, type AgencyData } from './types.ts';

const MEDICAL = ['Luật Khám bệnh, chữa bệnh số 15/2023/QH15', 'Nghị định số 96/2023/NĐ-CP quy định chi tiết một số điều của Luật Khám bệnh, chữa bệnh'];
const PHARMACY = ['Luật Dược số 105/2016/QH13, sửa đổi, bổ sung bởi Luật số 44/2024/QH15', 'Nghị định số 54/2017/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Dược'];
const foodSafety = feeTable('charge', 'Phí thẩm định cơ sở đủ điều kiện an toàn thực phẩm', [['Cơ sở sản xuất thực phẩm', 3_000_000], ['Cơ sở kinh doanh dịch vụ ăn uống phục vụ từ 200 suất ăn trở lên', 1_000_000], ['Cơ sở kinh doanh dịch vụ ăn uống phục vụ dưới 200 suất ăn', 700_000]]);

export const YTE: AgencyData = {
  slug: 'yte',
  prefix: 'YT',
  fields: [
    {
      name: 'Khám bệnh, chữa bệnh',
      weight: 2,
      legal: MEDICAL,
      real: [
        { name: 'Cấp giấy phép hành nghề khám bệnh, chữa bệnh', limit: 30, online: 'full', fees: [phi('Phí thẩm định cấp giấy phép hành nghề', 360_000)], docs: ['Đơn đề nghị cấp giấy phép hành nghề (mẫu)', DEGREE, HEALTH_CERTIFICATE, 'Giấy xác nhận hoàn thành thực hành khám bệnh, chữa bệnh|c', PORTRAIT_4X6, 'Phiếu lý lịch tư pháp|o|1|Người nước ngoài hành nghề tại Việt Nam'] },
        { name: 'Cấp lại giấy phép hành nghề khám bệnh, chữa bệnh', limit: 10, online: 'full', fees: [phi('Phí thẩm định cấp lại giấy phép hành nghề', 150_000)], docs: ['Đơn đề nghị cấp lại giấy phép hành nghề (mẫu)', 'Giấy phép hành nghề đã được cấp|o|1|Giấy phép bị hư hỏng', PORTRAIT_4X6] },
        { name: 'Cấp giấy phép hoạt động đối với phòng khám chuyên khoa', limit: 30, online: 'full', fees: [phi('Phí thẩm định cấp giấy phép hoạt động', 4_300_000)], docs: ['Đơn đề nghị cấp giấy phép hoạt động (mẫu)', 'Bản sao giấy phép hành nghề của người chịu trách nhiệm chuyên môn kỹ thuật|c', 'Danh sách người hành nghề và người làm việc tại cơ sở', 'Bản kê khai cơ sở vật chất, thiết bị y tế', BUSINESS_REGISTRATION] },
        { name: 'Cấp giấy phép hoạt động đối với phòng khám đa khoa', limit: 30, online: 'full', fees: [phi('Phí thẩm định cấp giấy phép hoạt động', 5_700_000)], docs: ['Đơn đề nghị cấp giấy phép hoạt động (mẫu)', 'Danh sách người hành nghề và người làm việc tại cơ sở', 'Bản kê khai cơ sở vật chất, thiết bị y tế', 'Hồ sơ nhân sự của người chịu trách nhiệm chuyên môn kỹ thuật|c'] },
        { name: 'Cho phép người hành nghề được tiếp tục hành nghề khám bệnh, chữa bệnh sau khi bị đình chỉ', limit: 10, docs: ['Đơn đề nghị (mẫu)', 'Tài liệu chứng minh đã khắc phục sai sót chuyên môn|c'] },
      ],
      subjects: ['giấy phép hoạt động đối với cơ sở dịch vụ y tế', 'giấy phép hoạt động đối với phòng chẩn trị y học cổ truyền', 'giấy phép hoạt động đối với cơ sở dịch vụ cấp cứu, hỗ trợ vận chuyển người bệnh'],
    },
    {
      name: 'Dược phẩm',
      organisations: true,
      legal: PHARMACY,
      real: [
        { name: 'Cấp chứng chỉ hành nghề dược', limit: 20, online: 'full', fees: [phi('Phí thẩm định cấp chứng chỉ hành nghề dược', 500_000)], docs: ['Đơn đề nghị cấp chứng chỉ hành nghề dược (mẫu)', DEGREE, 'Giấy xác nhận thời gian thực hành chuyên môn|c', PORTRAIT_4X6, CV] },
        { name: 'Cấp giấy chứng nhận đủ điều kiện kinh doanh dược đối với nhà thuốc', limit: 20, online: 'full', fees: [phi('Phí thẩm định điều kiện kinh doanh dược', 1_000_000)], docs: ['Đơn đề nghị cấp giấy chứng nhận đủ điều kiện kinh doanh dược (mẫu)', 'Tài liệu kỹ thuật tương ứng với cơ sở kinh doanh dược', 'Bản sao chứng chỉ hành nghề dược của người chịu trách nhiệm chuyên môn|c'] },
        { name: 'Cấp giấy chứng nhận đủ điều kiện kinh doanh dược đối với quầy thuốc', limit: 20, online: 'full', fees: [phi('Phí thẩm định điều kiện kinh doanh dược', 500_000)], docs: ['Đơn đề nghị cấp giấy chứng nhận đủ điều kiện kinh doanh dược (mẫu)', 'Tài liệu kỹ thuật tương ứng với cơ sở kinh doanh dược', 'Bản sao chứng chỉ hành nghề dược của người chịu trách nhiệm chuyên môn|c'] },
        { name: 'Cho phép hủy thuốc gây nghiện, thuốc hướng tâm thần, thuốc tiền chất', limit: 10, docs: ['Văn bản đề nghị hủy thuốc (mẫu)', 'Danh mục thuốc đề nghị hủy'] },
      ],
      subjects: ['giấy xác nhận nội dung thông tin, quảng cáo thuốc', 'giấy chứng nhận thực hành tốt phân phối thuốc'],
    },
    {
      name: 'Mỹ phẩm',
      organisations: true,
      legal: ['Nghị định số 93/2016/NĐ-CP quy định về điều kiện sản xuất mỹ phẩm', 'Thông tư số 06/2011/TT-BYT quy định về quản lý mỹ phẩm'],
      real: [
        { name: 'Cấp số tiếp nhận phiếu công bố sản phẩm mỹ phẩm sản xuất trong nước', limit: 3, online: 'full', fees: [phi('Phí thẩm định phiếu công bố sản phẩm mỹ phẩm', 500_000)], docs: ['Phiếu công bố sản phẩm mỹ phẩm (mẫu)', 'Bản sao giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm|c', 'Giấy ủy quyền của nhà sản xuất|c|1|Tổ chức đứng tên công bố không phải là nhà sản xuất'] },
        { name: 'Cấp giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm', limit: 30, online: 'full', fees: [phi('Phí thẩm định điều kiện sản xuất mỹ phẩm', 6_000_000)], docs: ['Văn bản đề nghị cấp giấy chứng nhận (mẫu)', 'Sơ đồ mặt bằng và thiết kế của cơ sở sản xuất', 'Danh mục thiết bị hiện có của cơ sở sản xuất', BUSINESS_REGISTRATION] },
      ],
      subjects: ['giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm'],
    },
    {
      name: 'An toàn thực phẩm và dinh dưỡng',
      organisations: true,
      legal: ['Luật An toàn thực phẩm số 55/2010/QH12', 'Nghị định số 15/2018/NĐ-CP quy định chi tiết thi hành một số điều của Luật An toàn thực phẩm'],
      real: [
        { name: 'Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh thực phẩm do ngành Y tế quản lý', limit: 20, online: 'full', fees: [foodSafety], docs: ['Đơn đề nghị cấp giấy chứng nhận (mẫu)', 'Bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ bảo đảm điều kiện vệ sinh an toàn thực phẩm', 'Giấy xác nhận đủ sức khỏe của chủ cơ sở và người trực tiếp sản xuất, kinh doanh thực phẩm|c', 'Giấy xác nhận đã được tập huấn kiến thức an toàn thực phẩm|c'] },
        { name: 'Đăng ký bản công bố sản phẩm thực phẩm bảo vệ sức khỏe, thực phẩm dinh dưỡng y học', limit: 7, online: 'full', fees: [phi('Phí thẩm định hồ sơ đăng ký bản công bố sản phẩm', 500_000)], docs: ['Bản công bố sản phẩm (mẫu)', 'Phiếu kết quả kiểm nghiệm an toàn thực phẩm của sản phẩm trong thời hạn 12 tháng|c', 'Bằng chứng khoa học chứng minh công dụng của sản phẩm|c'] },
        { name: 'Xác nhận nội dung quảng cáo thực phẩm', limit: 10, online: 'full', fees: [phi('Phí thẩm định nội dung quảng cáo thực phẩm', 1_100_000)], docs: ['Đơn đề nghị xác nhận nội dung quảng cáo (mẫu)', 'Bản sao giấy tiếp nhận đăng ký bản công bố sản phẩm|c', 'Mẫu nhãn sản phẩm', 'Kịch bản hoặc maket quảng cáo|o|2'] },
      ],
      subjects: ['giấy xác nhận kiến thức về an toàn thực phẩm'],
    },
    {
      name: 'Trang thiết bị y tế',
      organisations: true,
      legal: ['Nghị định số 98/2021/NĐ-CP về quản lý trang thiết bị y tế'],
      real: [
        { name: 'Công bố đủ điều kiện mua bán trang thiết bị y tế thuộc loại B, C, D', limit: 3, online: 'full', docs: ['Văn bản công bố đủ điều kiện mua bán trang thiết bị y tế (mẫu)', 'Bản kê khai nhân sự', BUSINESS_REGISTRATION] },
        { name: 'Công bố tiêu chuẩn áp dụng đối với trang thiết bị y tế thuộc loại A', limit: 3, online: 'full', docs: ['Văn bản công bố tiêu chuẩn áp dụng (mẫu)', 'Tài liệu mô tả tóm tắt kỹ thuật trang thiết bị y tế', 'Giấy chứng nhận đạt tiêu chuẩn quản lý chất lượng|c'] },
      ],
      subjects: ['số lưu hành trang thiết bị y tế thuộc loại A'],
    },
    {
      name: 'Giám định y khoa',
      legal: ['Thông tư số 56/2017/TT-BYT quy định chi tiết thi hành Luật Bảo hiểm xã hội và Luật An toàn, vệ sinh lao động thuộc lĩnh vực y tế'],
      real: [
        { name: 'Khám giám định mức suy giảm khả năng lao động để hưởng chế độ hưu trí', limit: 30, docs: ['Giấy đề nghị khám giám định (mẫu)', 'Bản tóm tắt hồ sơ bệnh án hoặc giấy ra viện|c', 'Giấy tờ về khám, điều trị thương tật, bệnh tật|c'] },
        { name: 'Khám giám định tai nạn lao động, bệnh nghề nghiệp', limit: 30, docs: ['Giấy đề nghị khám giám định (mẫu)', 'Biên bản điều tra tai nạn lao động|c|1|Giám định tai nạn lao động', 'Bản tóm tắt hồ sơ bệnh án|c'] },
      ],
      subjects: [],
    },
  ],
};
