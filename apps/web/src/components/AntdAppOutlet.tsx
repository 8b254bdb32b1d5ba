import { App as AntdApp } from 'antd';
import { Outlet } from 'react-router-dom';

/**
 * Ant Design's App (its `message`, `modal` and `notification` through `App.useApp`) around every page but the portal's
 * home, loaded with the first of them: its dialogs and forms stay out of the first page's download (issue 19: at most
 * 250 kB of JavaScript, gzip, `npm run bench -- web`).
 */
export function AntdAppOutlet() {
  return (
    <AntdApp>
      <Outlet />
    </AntdApp>
  );
}
