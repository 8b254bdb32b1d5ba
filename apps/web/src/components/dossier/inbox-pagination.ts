import type { TablePaginationConfig } from 'antd';

/** The page sizes an inbox offers (the API caps a page at 100). */
export const INBOX_PAGE_SIZES = [10, 20, 50, 100] as const;

/** Where an inbox stands and how it moves: its page, its size, how many there are, and what a move asks for. */
export type InboxPage = {
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number, pageSize: number) => void;
};

/** The pagination every inbox table shows (dossiers, consultations), its total in the inbox's own words. */
export const inboxPagination = (at: InboxPage, showTotal: (total: number) => string): TablePaginationConfig => ({
  current: at.page,
  pageSize: at.pageSize,
  total: at.total,
  showSizeChanger: true,
  pageSizeOptions: [...INBOX_PAGE_SIZES],
  showTotal,
  onChange: at.onPageChange,
});
