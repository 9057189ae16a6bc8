/**
 * Packs a document uses that have no credit to print (imported before licences were read,
 * or with none): the export asks for one before it prints, so no page goes out without the
 * credit the pack's licence asks for.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { packCredit, PACK_LIMITS, type Pack } from '../model/pack';
import type { SignpostDocument } from '../model/schema';
import type { Profile } from '../model/profile';
import { symbolsNeeded } from '../layout/needs';
import { resolveStyle } from '../profile/resolve';
import type { Services } from './services';

/** The packs a document shows (for these profiles, or none) that have no credit. */
export function uncreditedPacks(services: Services, doc: SignpostDocument, profiles: readonly (Profile | null)[]): Pack[] {
  const sets = new Set<string>();
  for (const p of profiles.length ? profiles : [null]) for (const r of symbolsNeeded(doc, resolveStyle(p), services.layoutDeps.symboliser)) sets.add(r.set);
  return services.library.packList().filter((p) => sets.has(p.id) && !packCredit(p));
}

/** Stores a pack's credit and uses it from now on. */
export async function setPackCredit(services: Services, pack: Pack, credit: string): Promise<void> {
  const next = { ...pack, attribution: credit.trim().slice(0, PACK_LIMITS.attribution) };
  await services.store.putPack(next);
  services.library.addPack(next);
  services.attributions.set(next.id, packCredit(next));
}

/** A credit field for each pack that needs one, saved as it is given. */
export function PackCreditsNeeded({ packs, onSave }: { packs: readonly Pack[]; onSave: (pack: Pack, credit: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState<Record<string, string>>({});
  if (!packs.length) return null;
  return (
    <div className="warning" role="note">
      <p>{t('export.creditNeeded', { count: packs.length })}</p>
      {packs.map((p) => (
        <div key={p.id} className="button-row">
          <label className="field">
            {t('export.creditFor', { name: p.name })}
            <input type="text" maxLength={PACK_LIMITS.attribution} value={Object.hasOwn(typed, p.id) ? typed[p.id] : ''} onChange={(e) => setTyped({ ...typed, [p.id]: e.target.value })} />
          </label>
          <button type="button" disabled={!(typed[p.id] ?? '').trim()} onClick={() => void onSave(p, typed[p.id] ?? '')}>
            {t('export.creditSave')}
          </button>
        </div>
      ))}
    </div>
  );
}
