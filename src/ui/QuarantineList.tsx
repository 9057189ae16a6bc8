/**
 * Stored records that failed validation, kept aside instead of dropped: each can be saved as
 * a file (to keep, repair or send for help) and then deleted. Shown on the home screen.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalStore, QuarantinedRecord } from '../storage/db';
import { downloadBytes, safeFileName } from './fileIo';

const EXTENSION = { document: 'json', profile: 'profile.json', pack: 'pack.json' } as const;

/** The JSON worth saving: a document's record holds the document under `doc`. */
function fileOf(r: QuarantinedRecord): Uint8Array {
  const data = r.kind === 'document' && r.data && typeof r.data === 'object' && 'doc' in r.data ? (r.data as { doc: unknown }).doc : r.data;
  return new TextEncoder().encode(JSON.stringify(data, null, 1));
}

export function QuarantineList({ store, version }: { store: LocalStore; version: number }) {
  const { t } = useTranslation();
  const [items, setItems] = useState<QuarantinedRecord[]>([]);
  useEffect(() => {
    let alive = true;
    void store.quarantine().then((q) => alive && setItems(q));
    return () => {
      alive = false;
    };
  }, [store, version]);
  if (!items.length) return null;

  const remove = async (r: QuarantinedRecord, label: string) => {
    if (!window.confirm(t('quarantine.confirmDelete', { name: label }))) return;
    await store.deleteQuarantined(r.key);
    setItems(await store.quarantine());
  };
  return (
    <section className="quarantine" aria-labelledby="quarantine-h">
      <h2 id="quarantine-h">{t('quarantine.title')}</h2>
      <p className="muted">{t('quarantine.note')}</p>
      <ul>
        {items.map((r) => {
          const label = t('quarantine.item', { kind: t(`quarantine.${r.kind}`), name: r.name || t('quarantine.noName') });
          return (
            <li key={r.key}>
              <bdi>{label}</bdi>{' '}
              <button type="button" onClick={() => downloadBytes(fileOf(r), `${safeFileName(r.name || r.kind)}.${EXTENSION[r.kind]}`, 'application/json')} aria-label={`${t('quarantine.save')}: ${label}`}>
                {t('quarantine.save')}
              </button>{' '}
              <button type="button" onClick={() => void remove(r, label)} aria-label={`${t('quarantine.delete')}: ${label}`}>
                {t('quarantine.delete')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
