import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface Notice {
  readonly id: number;
  readonly kind: 'info' | 'error';
  readonly text: string;
}

/** Messages for the user: errors stay until dismissed (role alert), information fades (role status). */
export function Notices({ notices, dismiss }: { readonly notices: readonly Notice[]; readonly dismiss: (id: number) => void }): ReactNode {
  const { t } = useTranslation();
  return (
    <div className="notices">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
          <span>{n.text}</span>
          <button type="button" className="link-button" onClick={() => dismiss(n.id)} aria-label={t('notice.dismiss')}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
