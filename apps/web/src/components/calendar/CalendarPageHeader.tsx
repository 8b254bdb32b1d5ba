import { Flex, Typography } from 'antd';
import { YearSelector } from './YearSelector.tsx';

/** A calendar page's h1 with the year selector beside it, and a line saying what the page is for. */
export function CalendarPageHeader({
  title,
  intro,
  year,
  onYearChange,
}: {
  title: string;
  intro: string;
  year: number;
  onYearChange: (year: number) => void;
}) {
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap="middle">
        <Typography.Title level={1} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <YearSelector year={year} onChange={onYearChange} />
      </Flex>
      <Typography.Paragraph style={{ margin: 0 }}>{intro}</Typography.Paragraph>
    </>
  );
}
