import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OnlineLevel } from '@motcua/core';
import './catalog.css';

/** "Toàn trình" / "Một phần" / "Trực tiếp", with what it means as the tag's title. */
export function OnlineLevelTag({ level }: { level: OnlineLevel }) {
  const { t } = useTranslation();
  return (
    <Tag
      className={`online-level online-level-${level}`}
      title={t(`catalog.onlineLevelMeaning.${level}`)}
      data-online-level={level}
    >
      {t(`catalog.onlineLevel.${level}`)}
    </Tag>
  );
}
