import { Pagination, Paragraph, usePagination } from '@digdir/designsystemet-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { type PageOf, pageCount } from '../lib/paging';

/**
 * Pages through a list: a navigation landmark named by `label`, page buttons with "Side n" as their names, and a status
 * line ("Side 2 av 5 …") that screen readers announce when the page changes. Nothing is shown while the list fits on one
 * page. A page that no longer exists (items removed meanwhile) moves to the last one.
 */
export function Pager({ page, onPage, label }: { page: PageOf<unknown> | undefined; onPage: (page: number) => void; label: string }) {
  const { t } = useTranslation();
  const pages = page ? pageCount(page) : 1;
  const current = Math.min(page?.pageNumber ?? 1, pages);
  const { pages: steps, prevButtonProps, nextButtonProps } = usePagination({ currentPage: current, totalPages: pages, showPages: 7, setCurrentPage: onPage });
  const beyond = page !== undefined && page.total > 0 && page.pageNumber > pages;
  useEffect(() => {
    if (beyond) onPage(pages);
  }, [beyond, pages, onPage]);
  if (!page || pages <= 1) return null;
  const from = (current - 1) * page.pageSize + 1;
  const to = Math.min(current * page.pageSize, page.total);
  return (
    <div className="stack">
      <Pagination aria-label={label}>
        <Pagination.List>
          <Pagination.Item>
            <Pagination.Button {...prevButtonProps}>{t('pager.previous')}</Pagination.Button>
          </Pagination.Item>
          {steps.map(({ page: step, itemKey, buttonProps }) => (
            <Pagination.Item key={itemKey}>
              {typeof step === 'number' && (
                <Pagination.Button {...buttonProps} aria-label={t('pager.page', { page: step })}>
                  {step}
                </Pagination.Button>
              )}
            </Pagination.Item>
          ))}
          <Pagination.Item>
            <Pagination.Button {...nextButtonProps}>{t('pager.next')}</Pagination.Button>
          </Pagination.Item>
        </Pagination.List>
      </Pagination>
      <Paragraph role="status" data-size="sm">
        {t('pager.status', { page: current, pages, from, to, total: page.total })}
      </Paragraph>
    </div>
  );
}
