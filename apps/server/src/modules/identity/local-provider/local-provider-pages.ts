/**
 * The local test provider's pages. Every page says plainly that it is a test provider and not VNeID: a citizen who
 * meets it on a demo server must never think they gave their identity to the State.
 */
export const TEST_LABEL = {
  vi: 'NHÀ CUNG CẤP ĐỊNH DANH THỬ NGHIỆM — chỉ dùng để thử, không phải VNeID',
  en: 'TEST IDENTITY PROVIDER — for trying only, not VNeID',
};

export type SuggestedIdentity = { identityNumber: string; fullName: string; birthDate: string };

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>
body{font-family:system-ui,sans-serif;max-width:32rem;margin:0 auto;padding:1rem;color:#222}
.test{background:#fff3cd;border:2px solid #d39e00;padding:.75rem;font-weight:700;margin-bottom:1rem}
.test small{display:block;font-weight:400}
label{display:block;margin:.75rem 0 .25rem}input{width:100%;padding:.5rem;box-sizing:border-box}
button{margin-top:1rem;padding:.5rem 1rem}.error{color:#b00020}
</style></head><body>
<div class="test" data-testid="test-provider-label" role="note">${escape(TEST_LABEL.vi)}<small lang="en">${escape(TEST_LABEL.en)}</small></div>
${body}
</body></html>`;
}

/** The log-in form: the identity typed is the account. Prefilled with the suggested identity (the demo's citizen). */
export function loginPage(uid: string, values: Partial<SuggestedIdentity>, error?: string): string {
  const field = (name: string, label: string, en: string, value: string | undefined, extra: string) =>
    `<label for="${name}">${escape(label)} <small lang="en">(${escape(en)})</small></label>
<input id="${name}" name="${name}" value="${escape(value ?? '')}" required ${extra}>`;
  return page(
    'Đăng nhập thử nghiệm / Test log-in',
    `<h1>Đăng nhập <small lang="en">(Log in)</small></h1>
${error ? `<p class="error" role="alert">${escape(error)}</p>` : ''}
<form method="post" action="/interaction/${escape(uid)}/login" autocomplete="off">
${field('identityNumber', 'Số định danh', 'Identity number, 12 digits', values.identityNumber, 'inputmode="numeric" pattern="\\d{12}" maxlength="12"')}
${field('fullName', 'Họ và tên', 'Full name', values.fullName, 'maxlength="100"')}
${field('birthDate', 'Ngày sinh (dd/mm/yyyy)', 'Date of birth', values.birthDate, 'pattern="\\d{2}/\\d{2}/\\d{4}" placeholder="dd/mm/yyyy"')}
<button type="submit">Đăng nhập <small lang="en">(Log in)</small></button>
</form>`,
  );
}

export function errorPage(message: string): string {
  return page('Lỗi / Error', `<h1>Lỗi <small lang="en">(Error)</small></h1><p>${escape(message)}</p>`);
}
