import type { ReactNode } from 'react';
import { Card } from 'antd';

/**
 * A part of a procedure's page: a card whose title is an h2 of the page's outline. Not a named
 * region: a page has a dozen of them, and its headings already let a screen reader jump between them.
 */
export function CatalogSection({
  id,
  title,
  extra,
  level = 2,
  children,
}: {
  id: string;
  title: string;
  extra?: ReactNode;
  level?: 2 | 3;
  children: ReactNode;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section>
      <Card
        title={
          <Heading className="card-heading" id={id}>
            {title}
          </Heading>
        }
        extra={extra}
      >
        {children}
      </Card>
    </section>
  );
}
