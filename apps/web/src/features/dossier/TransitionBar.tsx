import { useState } from 'react';
import { Button, Flex } from 'antd';
import type { DossierView, TransitionName } from '@motcua/core';
import type { Issued } from './IssuedNotice.tsx';
import { useDossierFormat } from '../../components/dossier/useDossierFormat.ts';
import { DANGEROUS, FORWARD } from './transition-values.ts';
import { TransitionModal } from './TransitionModal.tsx';

/** One button per transition the server allows this reader now (`availableTransitions`), each opening its form. */
export function TransitionBar({
  dossier,
  onReload,
  onIssued,
}: {
  dossier: DossierView;
  onReload: () => void;
  /** A transition issued a secret or a notice: the page offers it once. */
  onIssued: (issued: Issued) => void;
}) {
  const format = useDossierFormat();
  const [open, setOpen] = useState<TransitionName | null>(null);
  if (dossier.availableTransitions.length === 0) return null;
  return (
    <>
      <Flex gap="small" wrap data-testid="transition-bar">
        {dossier.availableTransitions.map((name) => (
          <Button
            key={name}
            type={FORWARD.has(name) ? 'primary' : 'default'}
            danger={DANGEROUS.has(name)}
            onClick={() => setOpen(name)}
            data-testid={`transition-${name}`}
          >
            {format.transition(name)}
          </Button>
        ))}
      </Flex>
      {open && (
        <TransitionModal
          key={open}
          name={open}
          dossier={dossier}
          onClose={() => setOpen(null)}
          onReload={onReload}
          onIssued={onIssued}
        />
      )}
    </>
  );
}
