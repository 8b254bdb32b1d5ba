/** Vietnamese text of the password pages (DESIGN §13). */
export const passwordVi = {
  password: {
    menu: 'Đổi mật khẩu',
    changeTitle: 'Đổi mật khẩu',
    setupTitle: 'Đặt mật khẩu',
    setupIntro: 'Chọn mật khẩu cho tài khoản của bạn. Đường dẫn này chỉ dùng được một lần, trong 3 ngày.',
    mustChange: 'Bạn đang dùng mật khẩu tạm thời. Vui lòng đổi mật khẩu trước khi tiếp tục làm việc.',
    policyTitle: 'Mật khẩu mới phải:',
    policy: {
      length: 'có ít nhất 12 ký tự (nên dùng một câu dễ nhớ);',
      common: 'không phải mật khẩu phổ biến, dễ đoán;',
      username: 'không chứa tên đăng nhập.',
    },
    current: 'Mật khẩu hiện tại',
    new: 'Mật khẩu mới',
    repeat: 'Nhập lại mật khẩu mới',
    currentRequired: 'Vui lòng nhập mật khẩu hiện tại',
    newRequired: 'Vui lòng nhập mật khẩu mới',
    mismatch: 'Hai mật khẩu mới không giống nhau',
    submitChange: 'Đổi mật khẩu',
    submitSetup: 'Đặt mật khẩu',
    changed: 'Đã đổi mật khẩu',
    setupDone: 'Đã đặt mật khẩu. Vui lòng đăng nhập bằng mật khẩu mới.',
    noToken: 'Đường dẫn không đầy đủ. Vui lòng mở lại đường dẫn trong thư điện tử.',
    toLogin: 'Đến trang đăng nhập',
  },
};
