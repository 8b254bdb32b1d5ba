import { CCCD_SHOWN, DEGREE, PORTRAIT_4X6 } from './common.ts';
import { feeTable, lePhi, phi, type AgencyData } from './types.ts';

const CONSTRUCTION = ['Luật Xây dựng số 50/2014/QH13, sửa đổi, bổ sung bởi Luật số 62/2020/QH14', 'Nghị định số 175/2024/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng'];
const permitFee = feeTable('fee', 'Lệ phí cấp giấy phép xây dựng', [['Nhà ở riêng lẻ', 75_000], ['Công trình khác', 150_000]]);
const PERMIT_FORM = 'Đơn đề nghị cấp giấy phép xây dựng (mẫu số 01)';
const LAND_TITLE = 'Bản sao giấy tờ chứng minh quyền sử dụng đất|c';
const DRAWINGS = 'Bản vẽ thiết kế xây dựng: mặt bằng, mặt cắt, mặt đứng, móng công trình|o|2';
const PROJECT = 'Bản sao quyết định phê duyệt dự án và văn bản thông báo kết quả thẩm định thiết kế|c';

export const XAYDUNG: AgencyData = {
  slug: 'xaydung',
  prefix: 'XD',
  fields: [
    {
      name: 'Hoạt động xây dựng',
      weight: 2,
      organisations: true,
      legal: CONSTRUCTION,
      real: [
        {
          key: 'gpxd',
          name: 'Cấp giấy phép xây dựng mới đối với công trình cấp I, cấp II',
          limit: 20,
          online: 'partial',
          fees: [permitFee],
          docs: [PERMIT_FORM, LAND_TITLE, PROJECT, DRAWINGS, 'Văn bản thẩm duyệt thiết kế về phòng cháy và chữa cháy|c|1|Công trình thuộc diện phải thẩm duyệt về phòng cháy và chữa cháy'],
        },
        {
          name: 'Cấp giấy phép xây dựng đối với nhà ở riêng lẻ',
          limit: 15,
          level: 'commune',
          online: 'full',
          fees: [lePhi('Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ', 75_000)],
          docs: [
            PERMIT_FORM,
            'Bản sao giấy chứng nhận quyền sử dụng đất|c',
            DRAWINGS,
            'Bản kê khai năng lực, kinh nghiệm của tổ chức, cá nhân thiết kế|o|1|Nhà ở từ 3 tầng trở lên hoặc tổng diện tích sàn từ 250 m² trở lên',
            'Văn bản cam kết bảo đảm an toàn đối với công trình liền kề|o|1|Công trình xây chen có tầng hầm',
            CCCD_SHOWN,
          ],
        },
        { name: 'Cấp giấy phép sửa chữa, cải tạo công trình', limit: 15, online: 'partial', fees: [permitFee], docs: [PERMIT_FORM, LAND_TITLE, 'Bản vẽ hiện trạng của bộ phận, hạng mục công trình đề nghị cải tạo|o|2', DRAWINGS] },
        { name: 'Cấp giấy phép di dời công trình', limit: 20, online: 'partial', fees: [permitFee], docs: [PERMIT_FORM, 'Bản sao giấy tờ về quyền sử dụng đất nơi công trình sẽ di dời tới|c', 'Bản vẽ hoàn công công trình hoặc bản vẽ thiết kế mô tả thực trạng công trình được di dời', 'Phương án di dời do tổ chức, cá nhân có năng lực thực hiện'] },
        { name: 'Điều chỉnh, gia hạn, cấp lại giấy phép xây dựng', limit: 10, online: 'partial', docs: ['Đơn đề nghị điều chỉnh, gia hạn, cấp lại giấy phép xây dựng (mẫu số 02)', 'Bản chính giấy phép xây dựng đã được cấp|o|1|Gia hạn hoặc cấp lại do rách, nát', 'Bản vẽ thiết kế điều chỉnh|o|2|Điều chỉnh thiết kế'] },
        {
          name: 'Thẩm định báo cáo nghiên cứu khả thi đầu tư xây dựng',
          limit: 30,
          online: 'partial',
          restart: true,
          docs: ['Tờ trình thẩm định báo cáo nghiên cứu khả thi (mẫu)', 'Báo cáo nghiên cứu khả thi đầu tư xây dựng', 'Hồ sơ thiết kế cơ sở', 'Văn bản chấp thuận chủ trương đầu tư|c'],
        },
        { name: 'Thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở', limit: 30, online: 'partial', restart: true, docs: ['Tờ trình thẩm định thiết kế xây dựng (mẫu)', 'Hồ sơ thiết kế xây dựng triển khai sau thiết kế cơ sở', 'Báo cáo kết quả khảo sát xây dựng'] },
        {
          name: 'Cấp chứng chỉ hành nghề hoạt động xây dựng hạng II, hạng III',
          limit: 20,
          online: 'full',
          fees: [lePhi('Lệ phí cấp chứng chỉ hành nghề hoạt động xây dựng', 150_000)],
          docs: ['Đơn đề nghị cấp chứng chỉ hành nghề (mẫu)', PORTRAIT_4X6, DEGREE, 'Bản sao chứng chỉ hành nghề đã được cấp|c|1|Đề nghị nâng hạng chứng chỉ', 'Bản kê khai kinh nghiệm công việc chuyên môn'],
        },
        { name: 'Cấp chứng chỉ năng lực hoạt động xây dựng hạng II, hạng III', limit: 20, online: 'full', fees: [phi('Phí thẩm định cấp chứng chỉ năng lực', 1_000_000)], docs: ['Đơn đề nghị cấp chứng chỉ năng lực (mẫu)', 'Bản kê khai danh sách cá nhân chủ chốt và chứng chỉ hành nghề', 'Hợp đồng và biên bản nghiệm thu công việc đã thực hiện|c'] },
        { name: 'Kiểm tra công tác nghiệm thu hoàn thành công trình xây dựng', limit: 15, online: 'partial', docs: ['Báo cáo hoàn thành thi công xây dựng công trình (mẫu)', 'Danh mục hồ sơ hoàn thành công trình', 'Biên bản nghiệm thu các giai đoạn thi công'] },
      ],
      subjects: ['chứng chỉ hành nghề giám sát thi công xây dựng', 'chứng chỉ hành nghề thiết kế xây dựng', 'chứng chỉ hành nghề định giá xây dựng'],
    },
    {
      name: 'Quy hoạch xây dựng, kiến trúc',
      organisations: true,
      legal: ['Luật Quy hoạch đô thị và nông thôn số 47/2024/QH15', 'Luật Kiến trúc số 40/2019/QH14'],
      real: [
        { name: 'Cung cấp thông tin về quy hoạch xây dựng', limit: 7, online: 'full', docs: ['Văn bản đề nghị cung cấp thông tin quy hoạch (mẫu)', 'Sơ đồ vị trí khu đất đề nghị cung cấp thông tin'] },
        { name: 'Thẩm định nhiệm vụ, đồ án quy hoạch chi tiết xây dựng', limit: 25, online: 'partial', docs: ['Tờ trình đề nghị thẩm định (mẫu)', 'Thuyết minh nhiệm vụ, đồ án quy hoạch', 'Bản vẽ đồ án quy hoạch|o|2', 'Báo cáo tổng hợp ý kiến của cộng đồng dân cư'] },
        { name: 'Cấp giấy phép quy hoạch dự án đầu tư xây dựng', limit: 30, online: 'partial', docs: ['Đơn đề nghị cấp giấy phép quy hoạch (mẫu)', 'Sơ đồ vị trí địa điểm đề nghị cấp giấy phép quy hoạch', 'Dự kiến phạm vi, quy mô dự án'] },
      ],
      subjects: ['chứng chỉ hành nghề kiến trúc', 'giấy phép quy hoạch xây dựng'],
    },
    {
      name: 'Nhà ở',
      legal: ['Luật Nhà ở số 27/2023/QH15', 'Nghị định số 100/2024/NĐ-CP quy định chi tiết một số điều của Luật Nhà ở về phát triển và quản lý nhà ở xã hội'],
      real: [
        { name: 'Cho thuê nhà ở công vụ thuộc thẩm quyền quản lý của Ủy ban nhân dân cấp tỉnh', limit: 15, docs: ['Đơn đề nghị thuê nhà ở công vụ (mẫu)', 'Bản sao quyết định bổ nhiệm, điều động, luân chuyển công tác|c', 'Giấy xác nhận chưa có nhà ở thuộc sở hữu tại địa phương nơi đến công tác'] },
        { name: 'Thẩm định giá bán, giá thuê mua, giá thuê nhà ở xã hội', limit: 30, docs: ['Văn bản đề nghị thẩm định giá (mẫu)', 'Phương án giá bán, giá thuê mua, giá thuê nhà ở xã hội', 'Quyết định phê duyệt dự án và tổng mức đầu tư|c'] },
      ],
      subjects: ['văn bản thông báo nhà ở hình thành trong tương lai đủ điều kiện được bán', 'giấy chứng nhận hoàn thành đào tạo, bồi dưỡng kiến thức quản lý vận hành nhà chung cư'],
    },
    {
      name: 'Kinh doanh bất động sản',
      legal: ['Luật Kinh doanh bất động sản số 29/2023/QH15'],
      real: [
        { name: 'Cấp chứng chỉ hành nghề môi giới bất động sản', limit: 10, online: 'full', docs: ['Đơn đề nghị cấp chứng chỉ hành nghề môi giới bất động sản (mẫu)', 'Bản sao giấy chứng nhận đã đạt kỳ thi sát hạch về kiến thức môi giới bất động sản|c', PORTRAIT_4X6] },
        { name: 'Chuyển nhượng toàn bộ hoặc một phần dự án bất động sản', limit: 30, online: 'partial', docs: ['Đơn đề nghị cho phép chuyển nhượng dự án (mẫu)', 'Dự thảo hợp đồng chuyển nhượng dự án', 'Bản sao quyết định chấp thuận chủ trương đầu tư và giấy chứng nhận quyền sử dụng đất|c', 'Báo cáo quá trình thực hiện dự án'] },
      ],
      subjects: ['chứng chỉ hành nghề môi giới bất động sản'],
    },
    {
      name: 'Vật liệu xây dựng',
      organisations: true,
      legal: ['Nghị định số 09/2021/NĐ-CP về quản lý vật liệu xây dựng'],
      real: [{ name: 'Tiếp nhận bản công bố hợp quy sản phẩm, hàng hóa vật liệu xây dựng', limit: 5, online: 'full', docs: ['Bản công bố hợp quy (mẫu)', 'Bản sao giấy chứng nhận hợp quy do tổ chức chứng nhận cấp|c', 'Bản mô tả chung về sản phẩm, hàng hóa'] }],
      subjects: ['giấy chứng nhận phòng thí nghiệm chuyên ngành xây dựng'],
    },
  ],
};
