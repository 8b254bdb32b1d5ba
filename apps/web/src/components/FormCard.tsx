import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** A page that is one form in a centered card with its heading: signing in, registering, passwords. */
export function FormCard(props: { title: string; maxWidth?: number; children: ReactNode }) {
  return (
    <Flex justify="center">
      <Card style={{ width: '100%', maxWidth: props.maxWidth ?? 480 }}>
        <Typography.Title level={1} style={{ fontSize: 24 }}>
          {props.title}
        </Typography.Title>
        {props.children}
      </Card>
    </Flex>
  );
}
